// Hostile input: each kind gets its defined behaviour, and none crashes,
// hangs or throws. Sizes are those of issue 5 (a 50 MB line, 200,000 nested
// parentheses, a 100,000-entry list); timings are measured in bench/, not here.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "rankparse/rankparse.hpp"

namespace {

using rankparse::Article;
using rankparse::Severity;

const rankparse::Diagnostic* find_code(const Article& article, std::string_view code) {
  const auto found = std::find_if(article.diagnostics.begin(), article.diagnostics.end(), [&](const auto& d) { return d.code == code; });
  return found == article.diagnostics.end() ? nullptr : &*found;
}

bool has_errors(const Article& article) {
  return std::any_of(article.diagnostics.begin(), article.diagnostics.end(), [](const auto& d) { return d.severity == Severity::error; });
}

std::size_t entry_count(const Article& article) {
  std::size_t count = 0;
  for (const auto& list : article.lists) count += list.entries.size();
  return count;
}

constexpr std::string_view three_hospitals =
    "March 3, 2024\n"
    "Top 3 hospitals:\n"
    "1. Mayo Clinic (Rochester, Minn.)\n"
    "2. Cleveland Clinic (Cleveland)\n"
    "3. Johns Hopkins Hospital (Baltimore)\n";

std::string with_line_ends(std::string_view text, std::string_view line_end) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') {
      out += line_end;
    } else {
      out += c;
    }
  }
  return out;
}

void expect_three_hospitals(const Article& article) {
  ASSERT_TRUE(article.date);
  EXPECT_EQ(article.date->value, "2024-03-03");
  ASSERT_EQ(article.lists.size(), 1U);
  const auto& entries = article.lists[0].entries;
  ASSERT_EQ(entries.size(), 3U);
  EXPECT_EQ(entries[0].name.text, "Mayo Clinic");
  EXPECT_EQ(entries[2].name.text, "Johns Hopkins Hospital");
  EXPECT_EQ(entries[2].name.span.line, 5U);
  EXPECT_EQ(entries[2].name.span.column, 4U);
  ASSERT_TRUE(entries[1].location);
  EXPECT_EQ(entries[1].location->city, "Cleveland");
  EXPECT_TRUE(article.diagnostics.empty());
}

TEST(Hostile, EmptyInputHasNoListsAndNoErrors) {
  const auto article = rankparse::parse("");
  EXPECT_TRUE(article.lists.empty());
  EXPECT_FALSE(has_errors(article));
  EXPECT_TRUE(find_code(article, "article.no_lists"));
}

TEST(Hostile, WhitespaceOnlyIsLikeEmpty) {
  const auto article = rankparse::parse(" \t\n\r\n  \u00a0\n");
  EXPECT_TRUE(article.lists.empty());
  EXPECT_FALSE(has_errors(article));
}

TEST(Hostile, NulBytesMakeBinaryInputAnError) {
  const std::string text("Top 2 schools:\n1. A\0B University\n2. C College\n", 46);
  const auto article = rankparse::parse(text);
  const auto* binary = find_code(article, "input.binary");
  ASSERT_TRUE(binary);
  EXPECT_EQ(binary->severity, Severity::error);
  EXPECT_NE(binary->message.find("byte offset 19"), std::string::npos) << binary->message;
  EXPECT_EQ(binary->span.line, 2U);
  EXPECT_TRUE(article.lists.empty());
}

TEST(Hostile, InvalidUtf8IsAnErrorNamingTheByteOffset) {
  const std::string text = "Top 2 hospitals:\n1. Caf\xE9 Hospital (Boston)\n2. Mayo Clinic\n";
  const auto article = rankparse::parse(text);
  const auto* bad = find_code(article, "input.invalid_utf8");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->severity, Severity::error);
  EXPECT_NE(bad->message.find("byte offset 23"), std::string::npos) << bad->message;
  EXPECT_EQ(bad->span.begin, 23U);
  EXPECT_TRUE(article.lists.empty());
}

TEST(Hostile, InvalidUtf8CanBeReplacedToGoOn) {
  const std::string text = "Top 2 hospitals:\n1. Caf\xE9 Hospital (Boston)\n2. Mayo \xF0\x9F Clinic\n";
  const auto article = rankparse::parse(text, {.source_name = "-", .replace_invalid_utf8 = true});
  const auto* replaced = find_code(article, "input.invalid_utf8_replaced");
  ASSERT_TRUE(replaced);
  EXPECT_EQ(replaced->severity, Severity::warning);
  EXPECT_NE(replaced->message.find("byte offset 23: 2 bad sequence(s)"), std::string::npos) << replaced->message;
  EXPECT_FALSE(has_errors(article));
  ASSERT_EQ(entry_count(article), 2U);
  EXPECT_EQ(article.lists[0].entries[0].name.text, "Caf\uFFFD Hospital");
  EXPECT_EQ(article.source.bytes, text.size());  // the source is described as given
}

TEST(Hostile, ByteOrderMarkIsSkipped) {
  const auto article = rankparse::parse("\xEF\xBB\xBF" + std::string(three_hospitals));
  expect_three_hospitals(article);
  ASSERT_TRUE(article.date);
  EXPECT_EQ(article.date->span.begin, 3U);
  EXPECT_EQ(article.date->span.column, 1U);
}

TEST(Hostile, CrlfAndCrOnlyLineEndsReadLikeLf) {
  expect_three_hospitals(rankparse::parse(three_hospitals));
  expect_three_hospitals(rankparse::parse(with_line_ends(three_hospitals, "\r\n")));
  expect_three_hospitals(rankparse::parse(with_line_ends(three_hospitals, "\r")));
}

TEST(Hostile, FiftyMegabyteLine) {
  std::string text(three_hospitals);
  const std::string_view words = "the best hospitals (Boston) No. 1 according to U.S. News, released March 3 ";
  while (text.size() < 50'000'000) text += words;
  text += '\n';
  const auto article = rankparse::parse(text);
  EXPECT_FALSE(has_errors(article));
  EXPECT_EQ(entry_count(article), 3U);
  EXPECT_FALSE(rankparse::to_json(article, rankparse::JsonLayout::compact).empty());
}

TEST(Hostile, TwoHundredThousandNestedParentheses) {
  const std::string nested = std::string(200'000, '(') + "x" + std::string(200'000, ')');
  const auto article = rankparse::parse("Top 2 hospitals:\n1. Mayo Clinic " + nested + "\n2. Cleveland Clinic\n");
  EXPECT_FALSE(has_errors(article));
  ASSERT_EQ(entry_count(article), 2U);
  EXPECT_EQ(article.lists[0].entries[1].name.text, "Cleveland Clinic");
  const auto unclosed = rankparse::parse("1. Mayo Clinic " + std::string(200'000, '(') + "\n");
  EXPECT_FALSE(has_errors(unclosed));
}

TEST(Hostile, HundredThousandEntryList) {
  std::string text = "Top 100000 hospitals:\n";
  for (int rank = 1; rank <= 100'000; ++rank) text += std::to_string(rank) + ". Hospital Number " + std::to_string(rank) + " (Boston)\n";
  const auto article = rankparse::parse(text);
  ASSERT_EQ(article.lists.size(), 1U);
  EXPECT_EQ(article.lists[0].entries.size(), 100'000U);
  EXPECT_EQ(article.lists[0].entries.back().rank, 100'000);
  EXPECT_TRUE(article.diagnostics.empty());
}

TEST(Hostile, TwentyFiveDigitRankIsRecordedAsNull) {
  const auto article = rankparse::parse("Top 3 hospitals:\n1. Mayo Clinic\n1234567890123456789012345. Cleveland Clinic\n3. Johns Hopkins\n");
  ASSERT_EQ(entry_count(article), 3U);
  EXPECT_FALSE(article.lists[0].entries[1].rank.has_value());
  EXPECT_EQ(article.lists[0].entries[1].name.text, "Cleveland Clinic");
  EXPECT_TRUE(find_code(article, "entry.rank_overflow"));
}

TEST(Hostile, ZeroAndNegativeRanksAreKeptWithANullRank) {
  const auto article = rankparse::parse("Top 3 hospitals:\n0. Mayo Clinic\n-1. Cleveland Clinic\n1. Johns Hopkins\n");
  ASSERT_EQ(entry_count(article), 3U);
  const auto& entries = article.lists[0].entries;
  EXPECT_FALSE(entries[0].rank.has_value());
  EXPECT_FALSE(entries[1].rank.has_value());
  EXPECT_EQ(entries[1].name.text, "Cleveland Clinic");
  EXPECT_EQ(entries[2].rank, 1);
  const auto* zero = find_code(article, "entry.rank_zero");
  const auto* negative = find_code(article, "entry.rank_negative");
  ASSERT_TRUE(zero && negative);
  EXPECT_EQ(zero->severity, Severity::warning);
  EXPECT_EQ(negative->span.line, 3U);
}

TEST(Hostile, ImpossibleDatesAreWarnedAndLeftNull) {
  for (const std::string_view date : {"2022-02-30", "Feb. 30, 2022", "February 29, 2023", "2022-13-01"}) {
    const auto article = rankparse::parse(std::string(date) + "\nTop 1 hospitals:\n1. Mayo Clinic\n");
    EXPECT_FALSE(article.date.has_value()) << date;
    EXPECT_EQ(entry_count(article), 1U) << date;
    if (date != "2022-13-01") {
      EXPECT_TRUE(find_code(article, "date.impossible")) << date;
    }
  }
}

}  // namespace
