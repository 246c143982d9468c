// Each validation check, triggered by a crafted article in samples/check_*.txt.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "rankparse/rankparse.hpp"
#include "test_support.hpp"

using namespace rankparse;

namespace {

Article parse_sample(const std::string& name) { return parse(test::read_sample(name), {.source_name = "samples/" + name}); }

bool has(const Article& article, const std::string& code, Severity severity) {
  return std::any_of(article.diagnostics.begin(), article.diagnostics.end(),
                     [&](const Diagnostic& d) { return d.code == code && d.severity == severity; });
}

struct Case {
  const char* sample;
  const char* code;
  Severity severity;
};

class ValidationCheck : public testing::TestWithParam<Case> {};

}  // namespace

TEST_P(ValidationCheck, CraftedArticleTriggersIt) {
  const auto article = parse_sample(GetParam().sample);
  EXPECT_TRUE(has(article, GetParam().code, GetParam().severity)) << GetParam().sample << " should report " << GetParam().code;
  // A diagnostic never costs the other results: the lists are still there.
  if (std::string(GetParam().code) != "article.no_lists") {
    EXPECT_FALSE(article.lists.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Checks, ValidationCheck,
    testing::Values(Case{"check_rank_gap.txt", "rank.gap", Severity::warning},
                    Case{"check_tie_not_skipped.txt", "rank.tie_not_skipped", Severity::warning},
                    Case{"check_out_of_order.txt", "rank.out_of_order", Severity::warning},
                    Case{"check_tie_without_partner.txt", "tie.without_partner", Severity::warning},
                    Case{"check_list_size_short.txt", "list.size_short", Severity::warning},
                    Case{"check_list_size_exceeded.txt", "list.size_exceeded", Severity::warning},
                    Case{"check_ties_past_declared_size.txt", "list.size_exceeded_by_ties", Severity::info},
                    Case{"check_release_after_article.txt", "date.release_after_article", Severity::warning},
                    Case{"check_impossible_date.txt", "date.impossible", Severity::warning},
                    Case{"check_headline_rank_mismatch.txt", "headline.rank_mismatch", Severity::warning},
                    Case{"check_headline_not_in_list.txt", "headline.subject_not_in_list", Severity::warning},
                    Case{"check_ambiguous_city.txt", "location.ambiguous_city", Severity::info},
                    Case{"check_no_lists.txt", "article.no_lists", Severity::info}),
    [](const testing::TestParamInfo<Case>& param_info) {
      std::string name = param_info.param.code;
      std::replace(name.begin(), name.end(), '.', '_');
      return name;
    });

TEST(Validation, ReferenceArticleHasNoDiagnostics) {
  const auto article = parse_sample("reference.txt");
  for (const auto& d : article.diagnostics) ADD_FAILURE() << d.code << ": " << d.message;
}

TEST(Validation, CountdownWithCompetitionTiesIsClean) {
  const auto article = parse_sample("countdown_with_tie.txt");
  ASSERT_EQ(article.lists.size(), 1U);
  EXPECT_EQ(article.lists[0].order, ListOrder::countdown);
  EXPECT_TRUE(article.diagnostics.empty());
}

TEST(Validation, TiesWithinAnIncludingTiesHeadingAreNotReported) {
  const auto article = parse("Top 2 colleges, including ties:\n1. A College (Boston)\n2. B College (Boston)\n2. C College (Boston)\n");
  EXPECT_TRUE(article.diagnostics.empty());
}

TEST(Validation, InvalidUtf8IsAnErrorWithItsOffset) {
  const auto article = parse(std::string("Top 1:\n1. Caf\xC3\x28 Hospital\n"));
  ASSERT_EQ(article.diagnostics.size(), 1U);
  EXPECT_EQ(article.diagnostics[0].code, "input.invalid_utf8");
  EXPECT_EQ(article.diagnostics[0].severity, Severity::error);
  EXPECT_EQ(article.diagnostics[0].span.begin, 13U);
  EXPECT_NE(article.diagnostics[0].message.find("13"), std::string::npos);
}

TEST(Validation, CountdownProblemsAreReportedInReadingOrder) {
  const auto article = parse("The best towns:\n5. Alpha (Norway)\n4. Beta (Norway)\n2. Gamma (Norway)\n1. Delta (Norway)\n");
  ASSERT_EQ(article.diagnostics.size(), 1U);
  EXPECT_EQ(article.diagnostics[0].code, "rank.gap");
  EXPECT_EQ(article.diagnostics[0].span.line, 4U);
  EXPECT_NE(article.diagnostics[0].message.find("rank 2 of 'Gamma' follows rank 4; expected 3"), std::string::npos);
}

TEST(Validation, RankTooLargeForAnIntegerIsNullWithAWarning) {
  const auto article = parse("Top 2:\n1. Alpha (Boston)\n1234567890123456789012345. Beta (Boston)\n");
  ASSERT_EQ(article.lists.size(), 1U);
  EXPECT_EQ(article.lists[0].entries[1].rank, std::nullopt);
  EXPECT_TRUE(has(article, "entry.rank_overflow", Severity::warning));
}

TEST(Validation, HeadingWithOnlyASize) {
  const auto article = parse("Top 2:\n1. Alpha (Boston)\n2. Beta (Boston)\n");
  ASSERT_EQ(article.lists.size(), 1U);
  EXPECT_EQ(article.lists[0].declared_size->value, 2);
  EXPECT_FALSE(article.lists[0].title);
  EXPECT_TRUE(article.diagnostics.empty());
}

TEST(Validation, NumberedStepsAreNoRankingList) {
  const auto article = parse(
      "How the ranking was built:\n\n"
      "1. Researchers collected outcomes data from 4,500 hospitals.\n"
      "2. Each hospital was scored on mortality and complications.\n"
      "3. Scores were adjusted for the risk of each patient group.\n");
  EXPECT_TRUE(article.lists.empty());
  EXPECT_TRUE(has(article, "list.not_a_ranking", Severity::info));
}

TEST(Validation, KeyFindingsHeadingIsNoRankingList) {
  const auto article = parse("Key findings:\n\n1. Rural Hospitals\n2. Urban Hospitals\n");
  EXPECT_TRUE(article.lists.empty());
  EXPECT_TRUE(has(article, "list.not_a_ranking", Severity::info));
}

TEST(Validation, EntryCutOffByTheEndOfInputIsKeptAndFlagged) {
  const auto article = parse("Top 3 colleges:\n1. Alpha College (Boston)\n2. Beta College (Denver)\n3. Gamma Univer");
  ASSERT_EQ(article.lists.size(), 1U);
  ASSERT_EQ(article.lists[0].entries.size(), 3U);
  EXPECT_TRUE(article.lists[0].entries[2].truncated);
  EXPECT_EQ(article.lists[0].entries[2].name.text, "Gamma Univer");
  EXPECT_TRUE(has(article, "entry.truncated", Severity::warning));
}

TEST(Validation, BareRankAtTheEndIsDropped) {
  const auto article = parse("Top 3 colleges:\n1. Alpha College (Boston)\n2. Beta College (Denver)\n3.");
  ASSERT_EQ(article.lists.size(), 1U);
  EXPECT_EQ(article.lists[0].entries.size(), 2U);
}

TEST(Validation, ARankBandIsNoTieWithoutAPartner) {
  // A country's excerpt of a world ranking lists one institution of its band.
  const auto article = parse("Top institutions:\n\n1. Alpha University (Boston)\n201-250  Beta University (Denver)\n");
  ASSERT_EQ(article.lists.size(), 1U);
  EXPECT_TRUE(article.lists[0].entries.at(1).tied);
  EXPECT_FALSE(has(article, "tie.without_partner", Severity::warning));
  // A tie mark with no partner still is reported.
  EXPECT_TRUE(has(parse("Top institutions:\n\n1. Alpha University (Boston)\n=2 Beta University (Denver)\n"), "tie.without_partner",
                  Severity::warning));
}
