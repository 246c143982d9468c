// Compares rankparse with the hand-written facts in tests/accuracy/NAME.expected
// (format in tests/accuracy/README.md): the article date, the publisher, the
// lists' titles, and every entry's rank, tie, name and location. Each sample
// must be exactly right; the summary test prints the share of entries right.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "rankparse/rankparse.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rankparse;

namespace {

// Two sets: the samples (articles in samples/, facts in tests/accuracy/) and a
// set written apart from the samples to measure articles nobody tuned for
// (tests/heldout/, articles beside their facts).
struct Suite {
  fs::path expectations;
  fs::path articles;
};
Suite samples_suite() { return {RANKPARSE_ACCURACY_DIR, test::samples_dir()}; }
Suite heldout_suite() { return {RANKPARSE_HELDOUT_DIR, RANKPARSE_HELDOUT_DIR}; }

struct Facts {
  std::string date = "null";
  std::string publisher = "null";
  std::vector<std::string> list_titles;
  std::vector<std::string> entries;  // "rank\ttied\tname\tlocation"
};

// Columns are separated by a TAB, or where an editor cannot type one by the
// two characters "\t" or by " | ".
std::string with_tabs(std::string line) {
  for (const std::string separator : {"\\t", " | "}) {
    for (auto pos = line.find(separator); pos != std::string::npos; pos = line.find(separator, pos + 1)) line.replace(pos, separator.size(), "\t");
  }
  return line;
}

Facts read_expected(const fs::path& path) {
  Facts facts;
  std::istringstream lines(test::read_file(path));
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    auto value_of = [&](std::string_view prefix) { return line.substr(prefix.size() + line.substr(prefix.size()).find_first_not_of(' ')); };
    if (line.rfind("date:", 0) == 0) {
      facts.date = value_of("date:");
    } else if (line.rfind("publisher:", 0) == 0) {
      facts.publisher = value_of("publisher:");
    } else if (line.rfind("list:", 0) == 0) {
      facts.list_titles.push_back(value_of("list:"));
    } else {
      facts.entries.push_back(with_tabs(line));
    }
  }
  return facts;
}

Facts facts_of(const Article& article) {
  Facts facts;
  if (article.date) facts.date = article.date->value;
  if (article.publisher) facts.publisher = article.publisher->name;
  for (const auto& list : article.lists) {
    facts.list_titles.push_back(list.title ? list.title->text : "-");
    for (const auto& entry : list.entries) {
      facts.entries.push_back((entry.rank ? std::to_string(*entry.rank) : "-") + "\t" + (entry.tied ? "T" : "-") + "\t" +
                              entry.name.text + "\t" + (entry.location ? entry.location->text : "-"));
    }
  }
  return facts;
}

// How many expected entries the tool got exactly right, in order: the longest
// common subsequence, so one missed or extra entry costs only itself.
std::size_t entries_right(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
  std::vector<std::size_t> row(actual.size() + 1, 0);
  for (const auto& want : expected) {
    std::size_t diagonal = 0;
    for (std::size_t j = 1; j <= actual.size(); ++j) {
      const auto above = row[j];
      row[j] = want == actual[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row.back();
}

std::string numbered(const std::vector<std::string>& lines) {
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) text += "  " + std::to_string(i + 1) + ": " + lines[i] + "\n";
  return text;
}

std::vector<std::string> names_in(const Suite& suite) {
  std::vector<std::string> names;
  if (!fs::exists(suite.expectations)) return names;
  for (const auto& file : fs::directory_iterator(suite.expectations)) {
    if (file.path().extension() == ".expected") names.push_back(file.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

Facts actual_facts(const Suite& suite, const std::string& name) {
  const auto text = test::read_file(suite.articles / (name + ".txt"));
  return facts_of(parse(text, {.source_name = name + ".txt"}));
}

void expect_careful_reader(const Suite& suite, const std::string& name) {
  const auto expected = read_expected(suite.expectations / (name + ".expected"));
  const auto actual = actual_facts(suite, name);
  EXPECT_EQ(actual.date, expected.date);
  EXPECT_EQ(actual.publisher, expected.publisher);
  EXPECT_EQ(actual.list_titles, expected.list_titles);
  EXPECT_EQ(actual.entries, expected.entries) << "expected:\n" << numbered(expected.entries) << "actual:\n" << numbered(actual.entries);
}

class Accuracy : public testing::TestWithParam<std::string> {};
class HeldOut : public testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(Accuracy, MatchesTheCarefulReader) { expect_careful_reader(samples_suite(), GetParam()); }
TEST_P(HeldOut, MatchesTheCarefulReader) { expect_careful_reader(heldout_suite(), GetParam()); }

INSTANTIATE_TEST_SUITE_P(Samples, Accuracy, testing::ValuesIn(names_in(samples_suite())),
                         [](const testing::TestParamInfo<std::string>& param_info) { return param_info.param; });
INSTANTIATE_TEST_SUITE_P(Articles, HeldOut, testing::ValuesIn(names_in(heldout_suite())),
                         [](const testing::TestParamInfo<std::string>& param_info) { return param_info.param; });

// Not a pass/fail check: the figures reported in issue notes.
TEST(AccuracySummary, ShareOfEntriesExactlyRight) {
  for (const auto& [label, suite] : {std::pair{"samples", samples_suite()}, std::pair{"held-out", heldout_suite()}}) {
    std::size_t right = 0;
    std::size_t total = 0;
    const auto names = names_in(suite);
    for (const auto& name : names) {
      const auto expected = read_expected(suite.expectations / (name + ".expected"));
      right += entries_right(expected.entries, actual_facts(suite, name).entries);
      total += expected.entries.size();
    }
    std::cout << "accuracy (" << label << "): " << right << " of " << total << " entries exactly right ("
              << (total == 0 ? 100.0 : 100.0 * static_cast<double>(right) / static_cast<double>(total)) << " %) over " << names.size()
              << " articles\n";
  }
}
