// Golden tests: the whole JSON for every samples/NAME.txt must equal
// samples/NAME.json. Expected outputs are checked by a person reading the
// article. RANKPARSE_UPDATE_GOLDENS=1 rewrites them from the tool instead;
// read every changed line of the diff against the article before committing.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "rankparse/rankparse.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

class Golden : public testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(Golden, WholeJsonMatches) {
  const auto name = GetParam();
  const auto dir = rankparse::test::samples_dir();
  const auto text = rankparse::test::read_file(dir / (name + ".txt"));
  const auto actual_text = rankparse::to_json(rankparse::parse(text, {.source_name = "samples/" + name + ".txt"}));
  const auto golden_path = dir / (name + ".json");

  if (const char* update = std::getenv("RANKPARSE_UPDATE_GOLDENS"); update && std::string(update) == "1") {
    std::ofstream(golden_path, std::ios::binary) << actual_text << '\n';
    GTEST_SKIP() << "rewrote " << golden_path;
  }
  ASSERT_TRUE(fs::exists(golden_path)) << "no expected output " << golden_path << " (write it by hand, or see the file comment)";
  const auto expected = ordered_json::parse(rankparse::test::read_file(golden_path));
  const auto actual = ordered_json::parse(actual_text);
  // Compare as text too, so key order is part of the contract.
  EXPECT_EQ(expected.dump(2), actual.dump(2)) << "JSON patch from expected to actual:\n"
                                              << nlohmann::json::diff(nlohmann::json(expected), nlohmann::json(actual)).dump(2);
}

namespace {

std::size_t column_of(const std::string& text, std::size_t offset) {
  const auto line_start = offset == 0 ? std::string::npos : text.find_last_of("\r\n", offset - 1);
  std::size_t column = 1;
  auto first = line_start == std::string::npos ? 0 : line_start + 1;
  if (first == 0 && text.starts_with("\xEF\xBB\xBF") && offset >= 3) first = 3;  // a byte-order mark takes no column
  for (auto i = first; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) ++column;  // count code points
  }
  return column;
}

// Every {"text", "span"} value must point at bytes that begin with its first
// word and end with its last (a name may have a place cut from its middle),
// and its line and column must agree with its byte offset.
void check_spans(const std::string& text, const nlohmann::json& value, const std::string& path) {
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) check_spans(text, value[i], path + "[" + std::to_string(i) + "]");
    return;
  }
  if (!value.is_object()) return;
  if (value.contains("text") && value["text"].is_string() && value.contains("span")) {
    const auto& span = value["span"];
    const auto begin = span["begin"].get<std::size_t>();
    const auto end = span["end"].get<std::size_t>();
    ASSERT_LE(end, text.size()) << path;
    const auto bytes = text.substr(begin, end - begin);
    const auto written = value["text"].get<std::string>();
    const auto first_word = written.substr(0, written.find(' '));
    const auto last_word = written.substr(written.rfind(' ') + 1);
    EXPECT_EQ(bytes.rfind(first_word, 0), 0U) << path << ": span holds '" << bytes << "' for '" << written << "'";
    EXPECT_TRUE(bytes.size() >= last_word.size() && bytes.compare(bytes.size() - last_word.size(), last_word.size(), last_word) == 0)
        << path << ": span holds '" << bytes << "' for '" << written << "'";
    std::size_t line = 1;  // LF, CRLF and a lone CR each end a line
    for (std::size_t i = 0; i < begin; ++i) line += text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
    EXPECT_EQ(span["line"].get<std::size_t>(), line) << path;
    EXPECT_EQ(span["column"].get<std::size_t>(), column_of(text, begin)) << path;
  }
  for (const auto& [key, child] : value.items()) check_spans(text, child, path + "." + key);
}

}  // namespace

TEST_P(Golden, SpansPointAtTheirText) {
  const auto text = rankparse::test::read_file(rankparse::test::samples_dir() / (GetParam() + ".txt"));
  check_spans(text, nlohmann::json::parse(rankparse::to_json(rankparse::parse(text))), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Samples, Golden, testing::ValuesIn(rankparse::test::sample_names()),
                         [](const testing::TestParamInfo<std::string>& param_info) { return param_info.param; });
