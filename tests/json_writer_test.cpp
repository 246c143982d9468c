// The streaming JSON writer behind to_json must give exactly the text
// nlohmann::json's dump() gives: every sample, both layouts, byte for byte,
// and the same string escaping, including invalid UTF-8 replaced by U+FFFD.
#include "emit/json_writer.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "rankparse/rankparse.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using nlohmann::ordered_json;
using rankparse::JsonLayout;
using rankparse::detail::JsonWriter;

namespace {

class SameAsNlohmann : public testing::TestWithParam<std::string> {};

// One string value as the writer gives it.
std::string written(std::string_view text, JsonLayout layout = JsonLayout::compact) {
  JsonWriter out(layout);
  out.value(text);
  return std::move(out).str();
}

// The same string as nlohmann dumps it with the handler the old emitter used.
std::string dumped(std::string_view text) {
  return ordered_json(std::string(text)).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace

TEST_P(SameAsNlohmann, PrettyAndCompact) {
  const auto name = GetParam();
  const auto text = rankparse::test::read_sample(name + ".txt");
  const auto article = rankparse::parse(text, {.source_name = "samples/" + name + ".txt"});
  const auto pretty = rankparse::to_json(article, JsonLayout::pretty);
  const auto compact = rankparse::to_json(article, JsonLayout::compact);
  EXPECT_EQ(pretty, ordered_json::parse(pretty).dump(2));
  EXPECT_EQ(compact, ordered_json::parse(compact).dump(-1));
  EXPECT_EQ(ordered_json::parse(pretty), ordered_json::parse(compact));
}

INSTANTIATE_TEST_SUITE_P(Samples, SameAsNlohmann, testing::ValuesIn(rankparse::test::sample_names()),
                         [](const testing::TestParamInfo<std::string>& sample) { return sample.param; });

TEST(JsonWriterEscaping, QuoteAndBackslash) {
  EXPECT_EQ(written(R"(say "hi" \o/)"), R"("say \"hi\" \\o/")");
}

TEST(JsonWriterEscaping, ControlCharacters) {
  EXPECT_EQ(written("a\nb\tc"), R"("a\nb\tc")");
  EXPECT_EQ(written("\b\f\r"), R"("\b\f\r")");
  EXPECT_EQ(written("x\x01y"), R"("x\u0001y")");
  EXPECT_EQ(written(std::string_view("\0\x1f\x7f", 3)), "\"\\u0000\\u001f\x7f\"");
}

TEST(JsonWriterEscaping, NonAsciiKept) {
  // "Zürich – “quoted” 😀": two-, three- and four-byte sequences, all as written.
  const std::string text = "Z\xC3\xBCrich \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80";
  EXPECT_EQ(written(text), "\"" + text + "\"");
}

TEST(JsonWriterEscaping, InvalidBytesReplaced) {
  const std::string replacement = "\xEF\xBF\xBD";
  EXPECT_EQ(written("a\xFF" "b"), "\"a" + replacement + "b\"");
  EXPECT_EQ(written("caf\xE9"), "\"caf" + replacement + "\"");  // Latin-1, cut short at the end
  EXPECT_EQ(written("\xE2\x80(x"), "\"" + replacement + "(x\"");  // one U+FFFD for the truncated sequence
  EXPECT_EQ(written("\xC0\x80"), "\"" + replacement + replacement + "\"");  // overlong: two
  EXPECT_EQ(written("\xED\xA0\x80"), "\"" + replacement + replacement + replacement + "\"");  // surrogate
}

TEST(JsonWriterEscaping, SameAsNlohmannForAnyBytes) {
  // Short random strings drawn mostly from bytes that matter to UTF-8 and escaping.
  const std::string alphabet =
      "a\"\\\n\x01\x1f\x7f\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xe1\xec\xed\xee\xef\xf0\xf1\xf3\xf4\xf5\xff";
  std::mt19937 random(20240611);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  // Up to 24 bytes, so that runs of eight bytes tested at once are covered.
  std::uniform_int_distribution<std::size_t> length(0, 24);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (auto n = length(random); n > 0; --n) text += alphabet[pick(random)];
    ASSERT_EQ(written(text), dumped(text)) << testing::PrintToString(text);
  }
}

TEST(JsonWriterEscaping, SameAsNlohmannAtEveryPlaceInARun) {
  // Plain text is tested eight bytes at a time: a byte that needs care is
  // found wherever it stands in such a run, and next to its edges.
  for (const std::string special : {"\"", "\\", "\n", "\x1f", "\x20", "\x7f", "\xC3\xBC", "\xE2\x80\x93", "\xFF", "!", "[", "]"}) {
    for (std::size_t at = 0; at <= 17; ++at) {
      std::string text(17, 'a');
      text.insert(at, special);
      ASSERT_EQ(written(text), dumped(text)) << testing::PrintToString(text);
    }
  }
}

TEST(JsonWriter, NestedContainersLikeDump) {
  for (const auto layout : {JsonLayout::pretty, JsonLayout::compact}) {
    JsonWriter out(layout);
    out.begin_object();
    out.key("empty_object").begin_object();
    out.end_object();
    out.key("empty_array").begin_array();
    out.end_array();
    out.key("numbers").begin_array();
    out.value(std::int64_t{-9223372036854775807 - 1});
    out.value(std::uint64_t{18446744073709551615U});
    out.value(0);
    out.end_array();
    out.key("nested").begin_array();
    out.begin_object();
    out.key("k").value(true);
    out.end_object();
    out.begin_array();
    out.value(false);
    out.value(nullptr);
    out.end_array();
    out.end_array();
    out.key("missing").value(std::optional<std::string>{});
    out.key("present").value(std::optional<std::string>{"x"});
    out.key("literal").value("text");
    out.key("span").integer_object({{"begin", 0}, {"end", 18446744073709551615U}});
    out.key("spans").begin_array();
    out.integer_object({{"line", 1}});
    out.integer_object({{"line", 2}, {"column", 10}});
    out.end_array();
    out.end_object();
    const auto text = std::move(out).str();
    EXPECT_EQ(text, ordered_json::parse(text).dump(layout == JsonLayout::pretty ? 2 : -1));
    if (layout == JsonLayout::compact) {
      EXPECT_NE(text.find(R"("literal":"text")"), std::string::npos);
      EXPECT_NE(text.find(R"("spans":[{"line":1},{"line":2,"column":10}])"), std::string::npos);
    }
  }
}

TEST(JsonWriter, TopLevelScalarsAndEmptyDocumentContainers) {
  EXPECT_EQ(written("x", JsonLayout::pretty), "\"x\"");
  JsonWriter object(JsonLayout::pretty);
  object.begin_object();
  object.end_object();
  EXPECT_EQ(std::move(object).str(), "{}");
  JsonWriter array(JsonLayout::pretty);
  array.begin_array();
  array.end_array();
  EXPECT_EQ(std::move(array).str(), "[]");
}
