// The reference article (samples/reference.txt, from ../shared/seed), fact by
// fact as issue 2 lists them. The golden test checks the whole JSON; this one
// says in words what must hold, and checks that every span points at its text.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "rankparse/rankparse.hpp"
#include "test_support.hpp"

using namespace rankparse;

namespace {

class Reference : public testing::Test {
 protected:
  void SetUp() override {
    text_ = test::read_sample("reference.txt");
    article_ = parse(text_, {.source_name = "samples/reference.txt"});
  }
  // The bytes a span points at.
  [[nodiscard]] std::string at(const Span& span) const { return text_.substr(span.begin, span.end - span.begin); }
  std::string text_;
  Article article_;
};

}  // namespace

TEST_F(Reference, ArticleDateFromThePrefix) {
  ASSERT_TRUE(article_.date);
  EXPECT_EQ(article_.date->value, "2022-03-29");
  EXPECT_EQ(at(article_.date->span), "2022-03-29");
}

TEST_F(Reference, Publisher) {
  ASSERT_TRUE(article_.publisher);
  EXPECT_EQ(article_.publisher->name, "U.S. News & World Report");
  EXPECT_EQ(article_.publisher->text, "U.S. News and World Report");
  EXPECT_EQ(at(article_.publisher->span), "U.S. News and World Report");
}

TEST_F(Reference, Ranking) {
  const auto& ranking = article_.ranking;
  ASSERT_TRUE(ranking.title && ranking.edition && ranking.released && ranking.family);
  EXPECT_EQ(ranking.title->text, "best medical schools for research");
  EXPECT_EQ(at(ranking.title->span), "best medical schools for research");
  EXPECT_EQ(ranking.edition->value, 2023);
  EXPECT_EQ(ranking.released->text, "March 29");
  EXPECT_EQ(ranking.released->value, "2022-03-29");
  EXPECT_EQ(ranking.released->resolved_by, DateResolution::article_year);
  EXPECT_EQ(ranking.family->text, "best graduate schools");
}

TEST_F(Reference, Headline) {
  ASSERT_TRUE(article_.headline);
  const auto& headline = *article_.headline;
  EXPECT_EQ(headline.subject.text, "Harvard Medical School");
  EXPECT_EQ(at(headline.subject.span), "Harvard Medical School");
  ASSERT_TRUE(headline.descriptor && headline.rank && headline.consecutive_years);
  EXPECT_EQ(headline.descriptor->text, "Boston-based");
  EXPECT_EQ(headline.rank->value, 1);
  EXPECT_EQ(headline.consecutive_years->value, 2);
  EXPECT_EQ(at(headline.consecutive_years->span), "for the second consecutive year");
}

TEST_F(Reference, Methodology) {
  const auto& m = article_.methodology;
  auto texts = [](const std::vector<Text>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item.text);
    return out;
  };
  EXPECT_EQ(texts(m.categories), (std::vector<std::string>{"research", "primary care"}));
  EXPECT_EQ(texts(m.criteria), (std::vector<std::string>{"faculty resources", "the academic achievements of entering students",
                                                         "qualitative assessments by schools and residency directors"}));
  ASSERT_EQ(m.measures.size(), 2U);
  EXPECT_EQ(m.measures[0].category.text, "research");
  EXPECT_EQ(m.measures[0].count.value, 2);
  EXPECT_EQ(m.measures[0].measure.text, "measures of research productivity");
  EXPECT_EQ(m.measures[1].category.text, "primary care");
  EXPECT_EQ(m.measures[1].count.value, 2);
  EXPECT_EQ(m.measures[1].measure.text, "metrics for graduates going into primary care");
  ASSERT_TRUE(m.ranked_count && m.ranked_kind && m.eligibility);
  EXPECT_EQ(m.ranked_count->value, 130);
  EXPECT_EQ(m.ranked_kind->text, "medical and osteopathic schools");
  ASSERT_TRUE(m.eligibility->accreditation_year);
  EXPECT_EQ(m.eligibility->accreditation_year->value, 2021);
  EXPECT_EQ(texts(m.eligibility->accredited_by),
            (std::vector<std::string>{"Liaison Committee on Medical Education", "American Osteopathic Association"}));
  EXPECT_EQ(texts(m.eligibility->conditions), (std::vector<std::string>{"responded to a survey and provided data to U.S. News"}));
}

TEST_F(Reference, TwoListsWithTheirRanksTiesAndSizes) {
  ASSERT_EQ(article_.lists.size(), 2U);
  const auto& research = article_.lists[0];
  const auto& primary = article_.lists[1];
  EXPECT_EQ(research.title->text, "medical schools for research");
  EXPECT_EQ(primary.title->text, "medical schools for primary care");
  EXPECT_EQ(research.declared_size->value, 10);
  EXPECT_EQ(primary.declared_size->value, 10);
  EXPECT_TRUE(research.includes_ties);
  EXPECT_FALSE(primary.includes_ties);
  std::vector<std::int64_t> ranks;
  std::vector<bool> tied;
  for (const auto& entry : research.entries) {
    ranks.push_back(*entry.rank);
    tied.push_back(entry.tied);
  }
  EXPECT_EQ(ranks, (std::vector<std::int64_t>{1, 2, 3, 3, 3, 6, 6, 8, 9, 10}));
  EXPECT_EQ(tied, (std::vector<bool>{false, false, true, true, true, true, true, false, false, false}));
  for (const auto& entry : primary.entries) EXPECT_FALSE(entry.tied);
}

TEST_F(Reference, NamesWithoutLocationsAndNormalizedPlaces) {
  const auto& research = article_.lists[0].entries;
  const auto& primary = article_.lists[1].entries;
  EXPECT_EQ(research[7].name.text, "Stanford University School of Medicine");
  EXPECT_EQ(research[7].location->text, "Calif.");
  EXPECT_EQ(research[7].location->state, "CA");
  EXPECT_EQ(primary[7].name.text, "UC Davis School of Medicine");
  EXPECT_EQ(primary[7].location->state, "CA");
  EXPECT_FALSE(research[4].location);  // University of California San Francisco School of Medicine
  EXPECT_FALSE(primary[1].location);   // UC San Francisco School of Medicine
  EXPECT_EQ(research[5].location->city, "Durham");
  EXPECT_EQ(research[5].location->state, "NC");
  EXPECT_EQ(research[0].location->city, "Boston");
  EXPECT_EQ(research[0].location->state, "MA");
  EXPECT_EQ(primary[3].location->state, "OR");  // Portland, settled by "Oregon Health & Science University"
  EXPECT_EQ(primary[5].location->state, "CO");  // Aurora, settled by "University of Colorado"
  EXPECT_EQ(primary[9].location->state, "KS");  // Kansas City, settled by "University of Kansas"
  for (const auto* list : {&research, &primary}) {
    for (const auto& entry : *list) {
      if (entry.location) {
        EXPECT_EQ(entry.location->country, "US") << entry.name.text;
      }
      EXPECT_EQ(at(entry.name.span).find(entry.name.text.substr(0, 8)), 0U) << entry.name.text;
    }
  }
}

TEST_F(Reference, KeysMatchTheSameSchoolAcrossLists) {
  const auto& research = article_.lists[0].entries;
  const auto& primary = article_.lists[1].entries;
  EXPECT_EQ(research[0].key, primary[8].key);  // Harvard Medical School
  EXPECT_EQ(research[4].key, primary[1].key);  // UCSF, two spellings
  EXPECT_EQ(research[8].key, primary[0].key);  // University of Washington
}

TEST_F(Reference, NoDiagnostics) { EXPECT_TRUE(article_.diagnostics.empty()); }
