// Rule-level tests: what each rule matches and what it leaves unconsumed,
// plus a whole-grammar analysis for rules that could loop without progress.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/article.hpp"
#include "test_support.hpp"

namespace g = rankparse::grammar;
namespace pegtl = tao::pegtl;

namespace {

// The unconsumed rest when `Rule` matches at the start of `text`; nullopt on a local failure.
template <typename Rule>
std::optional<std::string> rest_after(std::string_view text) {
  pegtl::memory_input in(text.data(), text.size(), "test");
  if (!pegtl::parse<Rule>(in)) return std::nullopt;
  return std::string(in.current(), in.size());
}

}  // namespace

TEST(Grammar, HasNoRulesThatLoopWithoutConsuming) { EXPECT_EQ(pegtl::analyze<g::article>(-1), 0U); }

TEST(Grammar, LineEndsAreLfCrlfAndLoneCr) {
  EXPECT_EQ(rest_after<g::line_end>("\nx"), "x");
  EXPECT_EQ(rest_after<g::line_end>("\r\nx"), "x");
  EXPECT_EQ(rest_after<g::line_end>("\rx"), "x");
  EXPECT_EQ(rest_after<g::line_end>("x"), std::nullopt);
}

TEST(Grammar, SpacesIncludeNoBreakSpace) {
  EXPECT_EQ(rest_after<g::hspaces>(" \t\u00A0x"), "x");
  EXPECT_EQ(rest_after<g::hspaces>("x"), std::nullopt);
}

TEST(Grammar, ApostrophesAndDashesMatchEveryVariant) {
  EXPECT_EQ(rest_after<g::possessive>("'s list"), " list");
  EXPECT_EQ(rest_after<g::possessive>("\u2019s list"), " list");
  EXPECT_EQ(rest_after<g::possessive>("' annual"), " annual");
  EXPECT_EQ(rest_after<g::dash>("\u2013x"), "x");
  EXPECT_EQ(rest_after<g::dash>("\u2014x"), "x");
}

TEST(Grammar, DatePrefixKeepsItsPrecision) {
  EXPECT_EQ(rest_after<g::date_prefix>(" date 2022-03-29 Boston"), "Boston");
  EXPECT_EQ(rest_after<g::date_prefix>(" date 2022-11 Lakeshore"), "Lakeshore");
  EXPECT_EQ(rest_after<g::date_prefix>("date: 2022"), std::nullopt);
  EXPECT_EQ(rest_after<g::date_prefix>(" dated 2022-03-29"), std::nullopt);
}

TEST(Grammar, MonthDayDates) {
  EXPECT_EQ(rest_after<g::month_day_date>("March 29."), ".");
  EXPECT_EQ(rest_after<g::month_day_date>("Sept. 18, 2023 and"), " and");
  EXPECT_EQ(rest_after<g::month_day_date>("May 4th, 2023"), "");
  EXPECT_EQ(rest_after<g::month_day_date>("Marching 29"), std::nullopt);
}

TEST(Grammar, HeadingLines) {
  EXPECT_EQ(rest_after<g::heading_line>("Top 10 medical schools for research, including ties:\nnext"), "next");
  EXPECT_EQ(rest_after<g::heading_line>("Top 10 medical schools for primary care:\r\n"), "");
  EXPECT_EQ(rest_after<g::heading_line>("Top ten firms\n"), "");
  EXPECT_EQ(rest_after<g::heading_line>("THE TOP TEN FIRMS ON THE 2024 LIST ARE:\n"), "");
  EXPECT_EQ(rest_after<g::heading_line>("U.S. News: Best Children's Hospitals\n"), "");
  EXPECT_EQ(rest_after<g::heading_line>("The 25 leading nursing programs, according to U.S. News:\n"), "");
  EXPECT_EQ(rest_after<g::heading_line>("The rankings are part of a series.\n"), std::nullopt);
  EXPECT_EQ(rest_after<g::heading_line>("Top 3:\n\nnext"), "\nnext");  // the blank line after it is not eaten
  EXPECT_EQ(rest_after<g::size_phrase>("Top 3:"), ":");
  EXPECT_EQ(rest_after<g::size_phrase>("The 2023 best hospitals"), std::nullopt);  // a year, not a size
}

TEST(Grammar, EntryLinesWithRankMarkers) {
  EXPECT_EQ(rest_after<g::ranked_line>("1. Harvard Medical School (Boston)\n\n2."), "\n2.");
  for (const char* line : {"7. Name", "7.Name", "  7. Name", "7) Name", "7   Name", "#7 Name", "#7. Name", "#7 | Name", "No. 7 Name",
                           "No. 7: Name", "Rank 7- Name", "T-7. Name", "T7 Name", "=7 Name", "7 (tie). Name", "7. (tie) Name",
                           "7= Name", "7T. Name", "#1,047 Name", "1,102. Name", "48  \u00c9cole", "=48  \u00c9cole", "1st: Name",
                           "22nd - Name", "Tied for 4th: Name", "Second: Name", "3rd (tie) - Name", "201-250  Name",
                           "101\u2013125  Name", "201-250. Name", "1001-1200  Name"}) {
    EXPECT_EQ(rest_after<g::ranked_line>(std::string(line) + "\nnext"), "next") << line;
  }
  EXPECT_EQ(rest_after<g::ranked_line>("1. \n"), std::nullopt);  // a bare rank is no entry
  EXPECT_EQ(rest_after<g::ranked_line>("2022 was a year\n"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranked_line>("2024 Best Hospitals\n"), std::nullopt);  // a year, not a rank
  EXPECT_EQ(rest_after<g::ranked_line>("3 Mar 2024\n"), std::nullopt);          // a date, not a rank
  EXPECT_EQ(rest_after<g::ranked_line>("1.5 million people live here\n"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranked_line>("10 hospitals were ranked\n"), std::nullopt);  // a count in a sentence
  EXPECT_EQ(rest_after<g::ranked_line>("1,200 Ohio Nurses Honored\n"), std::nullopt);  // a grouped number needs "#" or a mark
  EXPECT_EQ(rest_after<g::ranked_line>("2023-24 Honor Roll hospitals\n"), std::nullopt);  // years, not a band
  EXPECT_EQ(rest_after<g::ranked_line>("2023-2024 Best Hospitals\n"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranked_line>("250-201  Name\n"), std::nullopt);  // a band ascends
  EXPECT_EQ(rest_after<g::ranked_line>("1st Source Bank\n"), std::nullopt);            // an ordinal needs a mark
  EXPECT_EQ(rest_after<g::ranked_line>("First: the data were gathered\n"), std::nullopt);  // and a name after it
}

TEST(Grammar, BulletsLabelsAndTables) {
  for (const char* line : {"\u2022 Name", "- Name", "\u2013 Name", "\u2014 Name", "* Name"}) {
    EXPECT_EQ(rest_after<g::bulleted_line>(std::string(line) + "\nnext"), "next") << line;
  }
  EXPECT_EQ(rest_after<g::bulleted_line>("*Results for the 12 months\n"), std::nullopt);  // a footnote
  EXPECT_EQ(rest_after<g::label_prefix>("Ohio: Lakeview Hospital"), "Lakeview Hospital");
  EXPECT_EQ(rest_after<g::label_prefix>("Led by: Jane Roe"), "Jane Roe");
  EXPECT_EQ(rest_after<g::table_row>("| 7 | Name | Country |\nnext"), "next");
  EXPECT_EQ(rest_after<g::table_separator_row>("|---|:---:|---|\nnext"), "next");
}

TEST(Grammar, Datelines) {
  for (const char* line : {"March 3, 2024", "Mar. 3, 2024", "3 Mar 2024", "Updated On 9:10 AM IST, 3 Mar 2024", "May 4th, 2023 9:00am PDT",
                           "DENVER, March 3, 2024", "Tuesday, March 3, 2024", "Posted: Tue, 3 Mar 2024", "By Jane Roe | March 3, 2024",
                           "By Jane Roe, Mar. 3, 2024", "Denver Business Journal | March 3, 2024", "2024-03-03",
                           "Giles Bruce - Tuesday, July 16th, 2024", "Written by Aaron Castellanos | Friday, March 7th, 2025",
                           "By Aisling Brennan-Roy \u00B7 14 October 2024"}) {
    EXPECT_EQ(rest_after<g::dateline>(std::string(line) + " /Wire/"), " /Wire/") << line;
  }
  EXPECT_EQ(rest_after<g::dateline>("2024-03-03T08:00:00Z"), "T08:00:00Z");
  EXPECT_EQ(rest_after<g::dateline>("March 3 was a Sunday"), std::nullopt);
  EXPECT_EQ(rest_after<g::dateline>("Boston Medical Center, which ranked third"), std::nullopt);
  // Capitalized words and a dash or comma are an entry or a holiday, not a byline; before a weekday, a dash makes one.
  EXPECT_EQ(rest_after<g::dateline>("Alpha Bistro \u2014 March 3, 2024"), std::nullopt);
  EXPECT_EQ(rest_after<g::dateline>("Election Day, Nov. 5, 2024"), std::nullopt);
}

TEST(Grammar, FactsRunOverSoftLineBreaksOnly) {
  EXPECT_EQ(rest_after<g::rank_claim>("earned the\nNo. 1 spot"), "");
  EXPECT_EQ(rest_after<g::rank_claim>("earned the\n\nNo. 1 spot"), std::nullopt);  // a blank line ends the paragraph
  EXPECT_EQ(rest_after<g::ranking_title>("best hospitals in\n1. Alpha"), "\n1. Alpha");  // a list line ends it too
}

TEST(Grammar, UnbalancedParenthesisIsNameText) {
  EXPECT_EQ(rest_after<g::entry_body>("Lakeview Bone Institute (Dayton\nx"), "\nx");
  EXPECT_EQ(rest_after<g::parenthetical>("(Durham, N.C.) rest"), " rest");
  EXPECT_EQ(rest_after<g::parenthetical>("(Durham"), std::nullopt);
}

TEST(Grammar, PublishersMatchTheLongestAlias) {
  EXPECT_EQ(rest_after<g::publisher_name>("U.S. News and World Report's list"), "'s list");
  EXPECT_EQ(rest_after<g::publisher_name>("U.S. News' annual"), "' annual");
  EXPECT_EQ(rest_after<g::publisher_name>("Forbesian"), std::nullopt);
}

TEST(Grammar, RankClaims) {
  EXPECT_EQ(rest_after<g::rank_claim>("earned the No. 1 spot on"), " on");
  EXPECT_EQ(rest_after<g::rank_claim>("ranked No. 3 in"), " in");
  EXPECT_EQ(rest_after<g::rank_claim>("took the #2 position."), ".");
  EXPECT_EQ(rest_after<g::rank_claim>("earned the praise"), std::nullopt);
  // An adverb between the verb and the claim.
  EXPECT_EQ(rest_after<g::rank_claim>("is once again the No. 1 school"), " school");
  // "first" only after a verb of placing.
  EXPECT_EQ(rest_after<g::rank_claim>("ranks first on"), " on");
  EXPECT_EQ(rest_after<g::rank_claim>("came first in"), " in");
  EXPECT_EQ(rest_after<g::rank_claim>("was first to"), std::nullopt);
  // A superlative before a noun, with whose best it is.
  EXPECT_EQ(rest_after<g::rank_claim>("is the nation's top hospital for"), " for");
  EXPECT_EQ(rest_after<g::rank_claim>("is again the top-ranked college in"), " in");
  EXPECT_EQ(rest_after<g::rank_claim>("has the best undergraduate program"), " program");
  EXPECT_EQ(rest_after<g::rank_claim>("is the top-10 school"), std::nullopt);
  EXPECT_EQ(rest_after<g::rank_claim>("is the best."), std::nullopt);
  EXPECT_EQ(rest_after<g::rank_claim>("has the most beds"), std::nullopt);
  EXPECT_EQ(rest_after<g::rank_claim>("is the most valuable hospital brand"), " brand");
  EXPECT_EQ(rest_after<g::rank_claim>("is the most selective school"), std::nullopt);
  EXPECT_EQ(rest_after<g::rank_claim>("has the top two hospitals"), std::nullopt);
  EXPECT_EQ(rest_after<g::rank_claim>("is the top 10 program"), std::nullopt);
  // Named or ranked in the passive only: in "X named the best" X names.
  EXPECT_EQ(rest_after<g::rank_claim>("been ranked the best engineering school"), " school");
  EXPECT_EQ(rest_after<g::rank_claim>("was named the top hospital in"), " in");
  EXPECT_EQ(rest_after<g::rank_claim>("named the best hospital in"), std::nullopt);
  // A move to a rank.
  EXPECT_EQ(rest_after<g::rank_claim>("climbed three places to No. 4 in"), " in");
  EXPECT_EQ(rest_after<g::rank_claim>("fell to No. 12."), ".");
  EXPECT_EQ(rest_after<g::rank_claim>("moved closer to the top"), std::nullopt);
}

TEST(Grammar, ConsecutivePhrases) {
  EXPECT_EQ(rest_after<g::consecutive_phrase>("for the second consecutive year earned"), " earned");
  EXPECT_EQ(rest_after<g::consecutive_phrase>("for 3 straight years."), ".");
  EXPECT_EQ(rest_after<g::consecutive_phrase>("for the fifth year in a row,"), ",");
  EXPECT_EQ(rest_after<g::consecutive_phrase>("for the second time ever"), std::nullopt);
  EXPECT_EQ(rest_after<g::consecutive_phrase>("for the 21st consecutive year,"), ",");
}

TEST(Grammar, ListOfStopsBeforeTheEditionYear) {
  EXPECT_EQ(rest_after<g::publisher_list_of>("Forbes' list of best employers for 2024, released"), ", released");
  EXPECT_EQ(rest_after<g::publisher_list_of>("Newsweek's ranking of top hospitals."), ".");
  EXPECT_EQ(rest_after<g::publisher_list_of>("Newsweek released its list of best hospitals for 2022, then"), ", then");
  EXPECT_EQ(rest_after<g::publisher_list_of>("Forbes' annual list of top employers."), ".");
}

// The edition is a word like any other: a named ranking matches exactly as
// far as seven words would.
TEST(Grammar, NamedRankingsGiveEditionAndName) {
  EXPECT_EQ(rest_after<g::ranking_edition>("2024 Best"), " Best");
  EXPECT_EQ(rest_after<g::ranking_edition>("2023-24 Best"), " Best");
  EXPECT_EQ(rest_after<g::ranking_edition>("2024\u201325 Best"), " Best");
  EXPECT_EQ(rest_after<g::ranking_edition>("2024's Best"), "'s Best");  // the possessive is no part of it
  EXPECT_EQ(rest_after<g::ranking_edition>("2024'sBest"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranking_edition>("2024-25b"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranking_edition>("20245"), std::nullopt);
  EXPECT_EQ(rest_after<g::publisher_ranking>("U.S. News' 2024 Best Graduate Schools rankings, released"), ", released");
  EXPECT_EQ(rest_after<g::publisher_ranking>("Newsweek's 2024's Best list."), ".");
  EXPECT_EQ(rest_after<g::publisher_ranking>("Newsweek's one two three four five six seven eight list."), std::nullopt);
  EXPECT_EQ(rest_after<g::publisher_ranking>("Newsweek's 2024 one two three four five six seven list."), std::nullopt);
  EXPECT_EQ(rest_after<g::unknown_publisher_ranking>("the Meridian Urban Institute's 2024 Global Livability Index, published"),
            ", published");
  EXPECT_EQ(rest_after<g::according_to>("according to U.S. News' 2023-24 Best Hospitals rankings, released"), ", released");
  EXPECT_EQ(rest_after<g::according_to>("according to Forbes, the"), ", the");
  // The edition may follow the ranking word; "according to" leaves a publisher's own edition to publisher_edition.
  EXPECT_EQ(rest_after<g::publisher_ranking>("Newsweek's World University Rankings 2026, while"), ", while");
  EXPECT_EQ(rest_after<g::according_to>("according to the Newsweek World University Rankings 2026, while"), ", while");
  EXPECT_EQ(rest_after<g::according_to>("according to the QS World University Rankings 2026, while"), std::nullopt);
  EXPECT_EQ(rest_after<g::publisher_edition>("QS World University Rankings 2026, while"), ", while");
}

// A title of capitalized words owned by its publisher, the edition before or after it.
TEST(Grammar, OwnedEditionTitles) {
  EXPECT_EQ(rest_after<g::owned_edition_title>("Healthgrades released its 2025 America's 50 Best Hospitals for Cardiac Care on Tuesday, and"),
            ", and");
  EXPECT_EQ(rest_after<g::owned_edition_title>("Forbes released America's Top Colleges 2024 on Sept. 10, and"), ", and");
  EXPECT_EQ(rest_after<g::owned_edition_title>("Newsweek's America's Greatest Workplaces 2024, the"), ", the");
  EXPECT_EQ(rest_after<g::owned_edition_title>("WalletHub's 2024's Best States to Raise a Family report, released"), ", released");
  // A year is no word of the title, and a title needs two words.
  EXPECT_EQ(rest_after<g::owned_edition_title>("Newsweek's Best Hospitals in 2024, the"), std::nullopt);
  EXPECT_EQ(rest_after<g::owned_edition_title>("Forbes released its 2024 results on Monday."), std::nullopt);
  // "the 2024 Inc. 5000": the publisher's name is the ranking's.
  EXPECT_EQ(rest_after<g::edition_of_publisher>("the 2024 Inc. 5000 are"), " are");
  EXPECT_EQ(rest_after<g::edition_of_publisher>("the 2024 Olympics"), std::nullopt);
}

TEST(Grammar, CoordinatedItemsKeepTheLastItemWhole) {
  using criteria = g::criteria_phrase;
  EXPECT_EQ(rest_after<criteria>("based on cost, outcomes and reviews by patients and staff. Next"), ". Next");
  EXPECT_EQ(rest_after<criteria>("based on 130 schools."), std::nullopt);  // a count is a population, not criteria
  EXPECT_EQ(rest_after<criteria>("based on where they place; the"), std::nullopt);  // a clause, not criteria
}

TEST(Grammar, RankedPopulationSaidOutright) {
  EXPECT_EQ(rest_after<g::ranked_population>("ranked 124 full-time MBA programs on placement success"), " on placement success");
  EXPECT_EQ(rest_after<g::ranked_population>("ranked 544 programs this year."), " this year.");
  EXPECT_EQ(rest_after<g::ranked_population>("list of 226 ranked master's programs is available"), " is available");
  // A rank, not how many were ranked.
  EXPECT_EQ(rest_after<g::ranked_population>("ranked 151 to 200."), std::nullopt);
  EXPECT_EQ(rest_after<g::ranked_population>("ranked 12 in the nation"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranked_population>("ranked 15 among public universities"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranked_population>("ranked 1 of 50 hospitals"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranked_population>("ranked 2 spots higher"), std::nullopt);
  EXPECT_EQ(rest_after<g::ranked_population>("ranked 12 measures"), std::nullopt);   // what is measured
}

TEST(Grammar, PopulationPhrase) {
  EXPECT_EQ(rest_after<g::population_phrase>(
                "based on 130 medical schools fully accredited in 2021 by the A Committee or the B Association that responded. X"),
            ". X");
  EXPECT_EQ(rest_after<g::population_phrase>("based on two surveys."), ".");
  EXPECT_EQ(rest_after<g::population_phrase>("based on 13 indicators in four categories."), std::nullopt);  // what is measured
}

// The family's name itself is checked by samples/unranked_label_prefixed.json.
TEST(Grammar, FamilyPhraseLeavesOwnerAndEditionOut) {
  EXPECT_EQ(rest_after<g::family_edition>("2023-24 Best"), " Best");
  EXPECT_EQ(rest_after<g::family_edition>("2024 Best"), " Best");
  EXPECT_EQ(rest_after<g::family_phrase>("part of its 2023-24 Best Hospitals rankings, released"), ", released");
  EXPECT_EQ(rest_after<g::family_phrase>("part of U.S. News' annual best graduate schools lists."), ".");
}

TEST(Grammar, MeasurePhrase) {
  EXPECT_EQ(rest_after<g::measure_phrase>("The research rankings include two measures of research productivity, and"), ", and");
  EXPECT_EQ(rest_after<g::measure_phrase>("The rankings include two measures."), std::nullopt);  // no category
}

TEST(Grammar, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(rest_after<g::abbreviation>("U.S. News"), " News");
  EXPECT_EQ(rest_after<g::abbreviation>("Calif. University"), " University");
  EXPECT_EQ(rest_after<g::sentence_end>(". Next"), " Next");
  EXPECT_EQ(rest_after<g::sentence_end>(".5"), std::nullopt);
}

TEST(Grammar, WholeArticleAlwaysParses) {
  EXPECT_EQ(rest_after<g::article>(""), "");
  EXPECT_EQ(rest_after<g::article>("\xEF\xBB\xBF date 2022-03-29 Text.\r\n\r\n1. Name (Place)\r\n"), "");
  EXPECT_EQ(rest_after<g::article>("no line end at the end"), "");
}

TEST(Grammar, FactLeadWords) {
  EXPECT_EQ(g::fact_start_at("earned the No. 1 spot"), g::FactStart::any);
  EXPECT_EQ(g::fact_start_at("According to"), g::FactStart::any);  // keywords match in any case
  EXPECT_EQ(g::fact_start_at("Boston"), g::FactStart::name);
  EXPECT_EQ(g::fact_start_at("boston-based"), g::FactStart::name);
  EXPECT_EQ(g::fact_start_at("z\u00FCrich-based"), g::FactStart::name);
  EXPECT_EQ(g::fact_start_at("eBay"), g::FactStart::name);
  EXPECT_EQ(g::fact_start_at("hospital"), g::FactStart::none);
  EXPECT_EQ(g::fact_start_at("fortune"), g::FactStart::none);  // "for" only as a whole word
  EXPECT_EQ(g::fact_start_at("2024"), g::FactStart::none);
  EXPECT_EQ(g::fact_start_at(" earned"), g::FactStart::none);
  EXPECT_EQ(g::fact_start_at(""), g::FactStart::none);
}

// fact_start_at is a hand-kept summary of how the fact rules begin. Wherever
// it says no fact begins, none may match; wherever it says only a name rule
// can, the name rules must match exactly what all the rules match.
TEST(Grammar, FactStartTriesEveryRuleThatCanMatch) {
  for (const auto& name : rankparse::test::sample_names()) {
    const auto text = rankparse::test::read_sample(name + ".txt");
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      if ((static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;  // inside a UTF-8 character
      const auto rest = std::string_view(text).substr(pos);
      const auto start = g::fact_start_at(rest);
      if (start == g::FactStart::any) continue;
      const auto all_rules = rest_after<g::prose_fact>(rest);
      const auto tried = start == g::FactStart::name ? rest_after<g::name_fact>(rest) : std::nullopt;
      if (all_rules != tried) {
        ADD_FAILURE() << name << " byte " << pos << ": at \"" << rest.substr(0, 40) << "\" a fact rule is not tried";
      }
    }
  }
}

// A plain token is what the prose scan would take as one inline_token, with
// no fact, sentence end, parenthetical or blank rest of the line at its start.
TEST(Grammar, PlainTokensAreTokensWhereNothingElseMatches) {
  std::size_t plain = 0;
  for (const auto& name : rankparse::test::sample_names()) {
    const auto text = rankparse::test::read_sample(name + ".txt");
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      const auto rest = std::string_view(text).substr(pos);
      const auto length = g::plain_token_length(rest);
      if (length == 0) continue;
      ++plain;
      const auto where = name + " byte " + std::to_string(pos) + " \"" + std::string(rest.substr(0, 30)) + "\"";
      EXPECT_EQ(rest_after<g::inline_token>(rest), std::string(rest.substr(length))) << where;
      EXPECT_EQ(rest_after<g::fact_here>(rest), std::nullopt) << where;
      EXPECT_EQ(rest_after<g::sentence_end>(rest), std::nullopt) << where;
      EXPECT_EQ(rest_after<g::parenthetical>(rest), std::nullopt) << where;
      EXPECT_EQ(rest_after<g::line_rest_is_blank>(rest), std::nullopt) << where;
    }
  }
  EXPECT_GT(plain, 100000U);  // the samples are mostly plain prose
}

TEST(Grammar, PlainTokensLeaveWhatTheScanMustSee) {
  EXPECT_EQ(g::plain_token_length("word, next"), 4U);
  EXPECT_EQ(g::plain_token_length("don't stop"), 5U);
  EXPECT_EQ(g::plain_token_length("3.5 stars"), 3U);
  EXPECT_EQ(g::plain_token_length("  two"), 2U);
  EXPECT_EQ(g::plain_token_length(", and"), 1U);
  EXPECT_EQ(g::plain_token_length("  \n"), 0U);          // the blank rest of a line
  EXPECT_EQ(g::plain_token_length(" \u00A0x"), 0U);      // a run that goes on with a no-break space
  EXPECT_EQ(g::plain_token_length("e.g. this"), 0U);      // may be an abbreviation
  EXPECT_EQ(g::plain_token_length("earned the"), 0U);     // a fact may begin here
  EXPECT_EQ(g::fact_start_at("EARNED the"), g::FactStart::any);  // lead words in any case
  EXPECT_EQ(g::fact_start_at("earnest"), g::FactStart::none);
  EXPECT_EQ(g::plain_token_length("Boston"), 0U);         // a name may begin here
  EXPECT_EQ(g::plain_token_length("caf\u00E9 x"), 0U);   // the word goes on in another script
  EXPECT_EQ(g::plain_token_length("don\u2019t"), 0U);    // a curly apostrophe
  EXPECT_EQ(g::plain_token_length(". Next"), 0U);
  EXPECT_EQ(g::plain_token_length("(Boston)"), 0U);
}

// colon_terminated reads a line from its end; it must agree with the rule it
// stands for, tried byte by byte.
struct colon_terminated_byte_by_byte : pegtl::seq<pegtl::plus<pegtl::not_at<g::heading_colon>, pegtl::not_at<g::line_end>, pegtl::any>,
                                                  g::heading_colon> {};

TEST(Grammar, ColonTerminatedLinesAgreeWithTheByteByByteRule) {
  std::size_t line_starts = 0;
  for (const auto& name : rankparse::test::sample_names()) {
    const auto text = rankparse::test::read_sample(name + ".txt");
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      const bool line_start = pos == 0 || text[pos - 1] == '\n' || text[pos - 1] == '\r';
      if (!line_start && text[pos - 1] != ' ') continue;  // line and word starts
      const auto rest = std::string_view(text).substr(pos);
      line_starts += line_start ? 1U : 0U;
      EXPECT_EQ(rest_after<g::colon_terminated>(rest), rest_after<colon_terminated_byte_by_byte>(rest)) << name << " byte " << pos;
    }
  }
  EXPECT_GT(line_starts, 2000U);
  for (const std::string_view line : {"Top hospitals:", "Top hospitals: \u00A0\t\u2009\u202F\nx", "Top: hospitals\n", ":\n", "::\n", "a:\r\n",
                                      "a: :\rb", " :", "Note:\u00A0", "x\u00A0:", "\n:", "a:b:"}) {
    EXPECT_EQ(rest_after<g::colon_terminated>(line), rest_after<colon_terminated_byte_by_byte>(line)) << line;
  }
}

// text_until_paren skips to the next "(" in one loop; it must end where the
// rules it stands for, tried byte by byte, end.
template <char... Ends>
struct text_byte_by_byte : pegtl::plus<pegtl::sor<g::parenthetical, pegtl::not_one<Ends...>>> {};
template <char... Ends>
struct text_in_runs : pegtl::plus<pegtl::sor<g::parenthetical, g::text_until_paren<Ends...>>> {};

// Where each parenthetical a rule matched begins.
template <typename Rule>
struct record_parentheticals : pegtl::nothing<Rule> {};
template <>
struct record_parentheticals<g::parenthetical> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, std::vector<std::size_t>& found) {
    found.push_back(static_cast<std::size_t>(in.begin() - in.input().begin()));
  }
};

// The parentheticals `Rule` finds at the start of `text`, and the rest it leaves.
template <typename Rule>
std::pair<std::vector<std::size_t>, std::optional<std::string>> parentheticals_and_rest(std::string_view text) {
  pegtl::memory_input in(text.data(), text.size(), "test");
  std::vector<std::size_t> found;
  if (!pegtl::parse<Rule, record_parentheticals>(in, found)) return {found, std::nullopt};
  return {found, std::string(in.current(), in.size())};
}

TEST(Grammar, TextUntilParenAgreesWithTheByteByByteRule) {
  std::size_t compared = 0;
  auto compare = [&](std::string_view rest, const std::string& where) {
    ++compared;
    EXPECT_EQ((parentheticals_and_rest<text_in_runs<'\r', '\n'>>(rest)), (parentheticals_and_rest<text_byte_by_byte<'\r', '\n'>>(rest)))
        << where;
    EXPECT_EQ((parentheticals_and_rest<text_in_runs<'|', '\r', '\n'>>(rest)),
              (parentheticals_and_rest<text_byte_by_byte<'|', '\r', '\n'>>(rest)))
        << where;
  };
  for (const auto& name : rankparse::test::sample_names()) {
    const auto text = rankparse::test::read_sample(name + ".txt");
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      const bool line_start = pos == 0 || text[pos - 1] == '\n' || text[pos - 1] == '\r';
      if (line_start || text[pos] == '(' || text[pos] == '|') compare(std::string_view(text).substr(pos), name + " byte " + std::to_string(pos));
    }
  }
  EXPECT_GT(compared, 2000U);
  for (const std::string_view line : {"A (b (c) d\n", "(x", "((a))", "a)(b)|c\r\n", "|", "(\n)", "Name (Place) (tie)"}) compare(line, std::string(line));
}

// The abbreviation tables are looked up only after letters and a dot.
TEST(Grammar, EveryAbbreviationHasADotAfterItsFirstLetters) {
  for (const auto* table : {&g::abbreviations(), &g::state_abbreviations()}) {
    for (const auto& entry : table->entries()) EXPECT_TRUE(rest_after<g::letters_then_dot>(entry.text)) << entry.text;
  }
}
