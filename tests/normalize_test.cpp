// Unit tests for normalization: identity keys, dates, numbers, text clean-up,
// and how entries read their parentheticals and locations.
#include <gtest/gtest.h>

#include "normalize/dates.hpp"
#include "normalize/entry_text.hpp"
#include "normalize/text.hpp"
#include "parse/numbers.hpp"
#include "rankparse/rankparse.hpp"
#include "source.hpp"
#include "utf8.hpp"

using namespace rankparse;
using namespace rankparse::detail;

TEST(EntityKey, MatchesTheSameInstitutionAcrossSpellings) {
  EXPECT_EQ(entity_key("UC San Francisco School of Medicine"), entity_key("University of California San Francisco School of Medicine"));
  EXPECT_EQ(entity_key("Oregon Health & Science University"), entity_key("Oregon Health and Science University"));
  EXPECT_EQ(entity_key("The Johns Hopkins Hospital"), entity_key("Johns Hopkins Hospital"));
  EXPECT_EQ(entity_key("Children\u2019s Hospital"), entity_key("Children's Hospital"));
  EXPECT_EQ(entity_key("Universit\u00e9 de Montr\u00e9al"), entity_key("Universite de Montreal"));
  EXPECT_EQ(entity_key("Harvard Medical School"), "harvard-medical-school");
  EXPECT_EQ(entity_key("\u201cQuoted\u201d Place \u2013 Annex"), "quoted-place-annex");
  EXPECT_EQ(entity_key("\u6771\u4eac\u5927\u5b66 Tokyo"), "\u6771\u4eac\u5927\u5b66-tokyo");
  EXPECT_NE(entity_key("Harvard Medical School"), entity_key("Yale School of Medicine"));
}

TEST(CleanText, ComposesToNfcAndFoldsSpaces) {
  EXPECT_EQ(clean_text("Cafe\u0301  Hospital\u00A0West"), "Caf\u00e9 Hospital West");
  EXPECT_EQ(clean_text("  padded  "), "padded");
  EXPECT_EQ(clean_text("a \t\n b\u2009\u202Fc"), "a b c");
  EXPECT_EQ(clean_text(""), "");
  EXPECT_EQ(clean_text(" \u00A0 "), "");
  // Text NFC leaves alone is read in place; anything else is still composed.
  EXPECT_EQ(clean_text("\u201CZ\u00FCrich\u201D \u2013 \u0141\u00F3d\u017A"), "\u201CZ\u00FCrich\u201D \u2013 \u0141\u00F3d\u017A");
  EXPECT_EQ(clean_text("\u00FCe\u0301"), "\u00FC\u00E9");
  EXPECT_EQ(clean_text("\u2000A\u212B"), "\u2002A\u00C5");  // an en quad and the angstrom sign are replaced
}

TEST(TextSearch, AgreesWithTheStandardSearchesItReplaces) {
  for (const std::string_view text : {"", "No. 4", "Lakeview, No. 4, No. 5", "a #7 #", "aaaa", ", ", "x, y, z", "  ", "a  b and c"}) {
    for (const std::string_view needle : {", No. ", " No. ", " #", "#", ", ", "aa", "z", " ", "  ", " and "}) {
      EXPECT_EQ(find_last(text, needle), text.rfind(needle)) << text << " / " << needle;
      for (std::size_t from = 0; from <= text.size() + 1; ++from) {
        EXPECT_EQ(find_first(text, needle, from), text.find(needle, from)) << text << " / " << needle << " from " << from;
      }
    }
  }
  EXPECT_TRUE(equals_ignoring_case("TiE", "tie"));
  EXPECT_FALSE(equals_ignoring_case("ties", "tie"));
  EXPECT_TRUE(starts_with_ignoring_case("No. 12", "no."));
  EXPECT_FALSE(starts_with_ignoring_case("N", "no."));
  EXPECT_EQ(find_ignoring_case("National RANK: #3", "rank"), 9U);
  EXPECT_EQ(find_ignoring_case("#3", "overall"), std::string_view::npos);
}

TEST(CleanText, ReadInPlaceWhenCleanAlready) {
  for (const std::string_view text : {"Boston", "Dayton, Ohio", " padded", "two  spaces", "Z\u00FCrich", "Cafe\u0301", "", "tab\there"}) {
    EXPECT_EQ(CleanedText(text).view(), clean_text(text)) << text;
  }
  const std::string_view clean = "Dayton, Ohio";
  EXPECT_EQ(CleanedText(clean).view().data(), clean.data());  // no copy
}

TEST(Entries, NeedlesOutsideParenthesesFromAnyOffset) {
  const Source source("x, Alpha (Dayton, Ohio), Beta, Gamma");
  const std::vector<RawParenthetical> parentheticals{{{9, 23}, {10, 22}}};
  const RawSpan span{3, source.text().size()};
  EXPECT_EQ(first_outside(source, span, ",", parentheticals), 23U);
  EXPECT_EQ(first_outside(source, span, ",", parentheticals, 24), 29U);
  EXPECT_EQ(first_outside(source, span, ",", parentheticals, 30), std::nullopt);
  EXPECT_EQ(last_outside(source, span, ",", parentheticals), 29U);
  EXPECT_EQ(last_outside(source, span, "Ohio", parentheticals), std::nullopt);
}

TEST(Headline, AClauseBeforeAndIsNotPartOfTheSubject) {
  const auto article = parse(
      "Newsweek released its 2023 list of the best hospitals for cardiology on Thursday, and Mayo Clinic took the top spot.\n\n"
      "Top 2 hospitals for cardiology:\n1. Mayo Clinic (Rochester, Minn.)\n2. Cleveland Clinic (Cleveland)\n");
  ASSERT_TRUE(article.headline);
  EXPECT_EQ(article.headline->subject.text, "Mayo Clinic");
  const auto joined = parse(
      "Brigham and Women's Hospital took the top spot on Newsweek's list of the best hospitals for cardiology.\n\n"
      "Top 2 hospitals for cardiology:\n1. Brigham and Women's Hospital (Boston)\n2. Cleveland Clinic (Cleveland)\n");
  ASSERT_TRUE(joined.headline);
  EXPECT_EQ(joined.headline->subject.text, "Brigham and Women's Hospital");
}

// The subject is the name before the claim, without what stands around it:
// an auxiliary or adverb, "<place>'s" before it, ", <place>" after it.
TEST(Headline, SubjectIsTheNameAlone) {
  const auto subject_of = [](std::string_view text) {
    const auto article = parse(text);
    return article.headline ? article.headline->subject.text : std::string("(none)");
  };
  EXPECT_EQ(subject_of("The University of Carolina Piedmont has topped Kiplinger's ranking of best-value colleges.\n"),
            "The University of Carolina Piedmont");
  EXPECT_EQ(subject_of("Houston-based Gulfstream Cancer Center again earned the top spot.\n"), "Gulfstream Cancer Center");
  EXPECT_EQ(subject_of("Portland's Willamette Heights Hospital is again the best hospital in Oregon.\n"), "Willamette Heights Hospital");
  EXPECT_EQ(subject_of("Scottsdale, Ariz., is the best place in America to retire.\n"), "Scottsdale");
  EXPECT_EQ(subject_of("The Lakeside Institute, Chennai has been ranked the best engineering school.\n"), "The Lakeside Institute");
  EXPECT_EQ(subject_of("U.S. News & World Report named the best hospital in each state.\n"), "(none)");
  // What leads in to the sentence is no part of the name.
  EXPECT_EQ(subject_of("According to WalletHub, Boston is the best city for families.\n"), "Boston");
  EXPECT_EQ(subject_of("According to U.S. News, Mayo Clinic is the best hospital in the nation.\n"), "Mayo Clinic");
  EXPECT_EQ(subject_of("In 2024, Boston took the top spot in WalletHub's ranking.\n"), "Boston");
  EXPECT_EQ(subject_of("Brookfield University's Whitman School of Business has the top MBA program.\n"),
            "Brookfield University's Whitman School of Business");
}

// A claim whose subject is no name is passed over for the next one; in a
// sentence the stated claim wins over a superlative, and a move counts only
// when nothing else names its subject.
TEST(Headline, TheFirstSentencesStrongestClaimWithANamedSubject) {
  const auto lead = [](std::string_view text) {
    const auto article = parse(text);
    return article.headline ? article.headline->subject.text + " #" + std::to_string(article.headline->rank->value) : std::string("(none)");
  };
  EXPECT_EQ(lead("The ranking is the best guide we have. Lakeview Hospital earned the No. 2 spot.\n"), "Lakeview Hospital #2");
  EXPECT_EQ(lead("Minnesota is the best state for health care, and Mayo Clinic earned the No. 1 spot.\n"), "Mayo Clinic #1");
  EXPECT_EQ(lead("Johns Hopkins slipped to No. 3 while Mayo Clinic retained the top spot.\n"), "Mayo Clinic #1");
  EXPECT_EQ(lead("Lakeview Hospital is the best hospital in Ohio. Mayo Clinic earned the No. 1 spot.\n"), "Lakeview Hospital #1");
  EXPECT_EQ(lead("Brightwater Hospital climbed three places to No. 4 in the rankings.\n"), "Brightwater Hospital #4");
}

// "<owner>'s <edition> <name> <noun>" names the ranking of the article's publisher.
TEST(Ranking, NamedAfterItsEdition) {
  auto ranking_of = [](std::string_view text) { return parse(text).ranking; };
  const auto its = ranking_of("Forbes released its 2024 Best Employers list on Tuesday.\n");
  ASSERT_TRUE(its.edition && its.title);
  EXPECT_EQ(its.edition->value, 2024);
  EXPECT_EQ(its.title->text, "Best Employers");
  // An ampersand stands for a word of the name.
  const auto ampersand = ranking_of("Great Place to Work based its 2024 Best Workplaces in Consulting & Professional Services list on surveys.\n");
  ASSERT_TRUE(ampersand.title);
  EXPECT_EQ(ampersand.title->text, "Best Workplaces in Consulting & Professional Services");
  // The owner named after it, or inside it.
  const auto from = ranking_of("Lakeview High is No. 1 in the 2024-25 Best High Schools rankings from U.S. News.\n");
  ASSERT_TRUE(from.edition && from.family);
  EXPECT_EQ(from.edition->value, 2024);
  EXPECT_EQ(from.family->text, "Best High Schools");
  const auto inside = ranking_of("Lakeview High tops the 2024 U.S. News & World Report Best High Schools rankings.\n");
  ASSERT_TRUE(inside.edition);
  EXPECT_EQ(inside.edition->value, 2024);
  // A publisher whose name is a possessive owns its ranking: "Maclean's 2025 University Rankings".
  const auto macleans = parse("Carleton is No. 3 in Maclean's 2025 University Rankings.\n");
  ASSERT_TRUE(macleans.publisher && macleans.ranking.edition);
  EXPECT_EQ(macleans.publisher->name, "Maclean's");
  EXPECT_EQ(macleans.ranking.edition->value, 2025);
  // Another publisher's ranking named inside is not the article's.
  const auto other = parse("According to U.S. News, Lakeview is No. 1. It was also on the 2023 Newsweek Best Hospitals list.\n");
  ASSERT_TRUE(other.publisher);
  EXPECT_EQ(other.publisher->name, "U.S. News & World Report");
  EXPECT_FALSE(other.ranking.edition);
}

TEST(Ranking, NamedWithItsOwnersPossessive) {
  auto ranking_of = [](std::string_view text) { return parse(text).ranking; };

  // A plain "rankings" or "lists" is a series: the family.
  const auto series = ranking_of("Lakeview Hospital is No. 1 according to U.S. News & World Report's 2023-24 Best Hospitals rankings.\n");
  ASSERT_TRUE(series.family && series.edition);
  EXPECT_EQ(series.family->text, "Best Hospitals");
  EXPECT_EQ(series.edition->text, "2023-24");
  EXPECT_EQ(series.edition->value, 2023);
  EXPECT_FALSE(series.title);

  const auto list = ranking_of("Lakeview Hospital placed first on Glassdoor's 2024 Best Places to Work list.\n");
  ASSERT_TRUE(list.title && list.edition);
  EXPECT_EQ(list.title->text, "Best Places to Work");
  EXPECT_EQ(list.edition->value, 2024);
  EXPECT_FALSE(list.family);

  // The edition may follow the name.
  const auto after = ranking_of("Lakeview Hospital is No. 1 according to Newsweek's World's Best Specialized Hospitals 2024 ranking.\n");
  ASSERT_TRUE(after.title && after.edition);
  EXPECT_EQ(after.title->text, "World's Best Specialized Hospitals");
  EXPECT_EQ(after.edition->value, 2024);

  // After a name that is not plural, "rankings" are its own: the title.
  const auto award = ranking_of("Lakeview Hospital is the best hospital for stroke care, according to Healthgrades' 2023 Stroke Care "
                                "Excellence Award rankings.\n");
  ASSERT_TRUE(award.title);
  EXPECT_EQ(award.title->text, "Stroke Care Excellence Award");
  EXPECT_FALSE(award.family);

  // A capitalized noun is part of the name.
  const auto index = ranking_of("Vienna tops the Meridian Urban Institute's 2024 Global Livability Index.\n");
  ASSERT_TRUE(index.title);
  EXPECT_EQ(index.title->text, "Global Livability Index");
  const auto qs = ranking_of("Harrowgate University leads Newsweek's 2024 World University Rankings.\n");
  ASSERT_TRUE(qs.title);
  EXPECT_EQ(qs.title->text, "World University Rankings");
  EXPECT_FALSE(qs.family);

  // The owner's possessive is needed: "Fortune/PINC AI 15 Top Health Systems list" names no ranking.
  EXPECT_FALSE(ranking_of("Lakeview Health made the Fortune/PINC AI 15 Top Health Systems list.\n").title);

  // A name in lower case is no name; the edition still counts.
  const auto lower = ranking_of("Lakeview Hospital leads in Healthgrades' 2024 specialty excellence ratings.\n");
  EXPECT_FALSE(lower.title);
  ASSERT_TRUE(lower.edition);
  EXPECT_EQ(lower.edition->value, 2024);

  // Words after the owner that are no name ("Ben Harder said the") name nothing.
  const auto person = ranking_of("U.S. News & World Report's Ben Harder said the rankings help patients. Mayo Clinic is in U.S. News & "
                                 "World Report's 2024-25 Best Hospitals Rankings.\n");
  ASSERT_TRUE(person.family);
  EXPECT_EQ(person.family->text, "Best Hospitals");  // "Rankings" with a capital is still the series
  EXPECT_FALSE(person.title);

  // "list of ... for 2024" says it first; another publisher's ranking is only mentioned.
  const auto list_of = ranking_of("Lakeview Hospital topped Forbes' list of best employers for 2024. It also made Forbes' 2023 World's Best "
                                  "Employers ranking and Newsweek's 2022 Best Hospitals rankings.\n");
  ASSERT_TRUE(list_of.title && list_of.edition);
  EXPECT_EQ(list_of.title->text, "best employers");
  EXPECT_EQ(list_of.edition->value, 2024);
  EXPECT_FALSE(list_of.family);
}

TEST(Numbers, DigitsWordsAndOverflow) {
  EXPECT_EQ(count_from_text("130", {}).value, 130);
  EXPECT_EQ(count_from_text("1,000", {}).value, 1000);
  EXPECT_EQ(count_from_text("two", {}).value, 2);
  EXPECT_EQ(count_from_text("Ten", {}).value, 10);
  EXPECT_EQ(count_from_text("second", {}).value, 2);
  const auto huge = count_from_text("1234567890123456789012345", {});
  EXPECT_TRUE(huge.overflow);
}

TEST(Dates, ImpossibleDatesAreRejected) {
  EXPECT_TRUE(is_possible(RawDate{2024, 2, 29, {}}));
  EXPECT_FALSE(is_possible(RawDate{2022, 2, 29, {}}));
  EXPECT_FALSE(is_possible(RawDate{2022, 2, 30, {}}));
  EXPECT_FALSE(is_possible(RawDate{2022, 13, 0, {}}));
  EXPECT_TRUE(is_possible(RawDate{2022, 11, 0, {}}));
  EXPECT_EQ(iso_text(RawDate{2022, 11, 0, {}}), "2022-11");
}

TEST(Dates, ADayNamedRelativeToTheArticleCountsBackFromIt) {
  const RawDate thursday{2024, 4, 11, {}};  // a Thursday
  EXPECT_EQ(resolve_day_before("Tuesday", thursday).value, "2024-04-09");
  EXPECT_EQ(resolve_day_before("Tuesday", thursday).resolved_by, DateResolution::article_weekday);
  EXPECT_EQ(resolve_day_before("Thursday", thursday).value, "2024-04-11");  // the same day
  EXPECT_EQ(resolve_day_before("Friday", thursday).value, "2024-04-05");    // never after the article
  EXPECT_EQ(resolve_day_before("today", thursday).value, "2024-04-11");
  EXPECT_EQ(resolve_day_before("yesterday", RawDate{2024, 3, 1, {}}).value, "2024-02-29");
  EXPECT_EQ(resolve_day_before("Tuesday", RawDate{2024, 4, 0, {}}).resolved_by, DateResolution::unresolved);  // no day to count from
  const auto article = parse("April 11, 2024\n\nU.S. News released its rankings Tuesday.\n");
  ASSERT_TRUE(article.ranking.released);
  EXPECT_EQ(article.ranking.released->value, "2024-04-09");
  EXPECT_EQ(article.ranking.released->text, "Tuesday");
  // After the ranking it names, as Becker's writes: "released its 2024-25 Best Hospitals rankings on July 16".
  const auto after_ranking = parse("By Jane Roe | July 18, 2024\n\nU.S. News released its 2024-25 Best Hospitals rankings on July 16.\n");
  ASSERT_TRUE(after_ranking.ranking.released);
  EXPECT_EQ(after_ranking.ranking.released->value, "2024-07-16");
  const auto weekday_after = parse("July 18, 2024\n\nForbes released its 2024 Best Employers list on Tuesday.\n");
  ASSERT_TRUE(weekday_after.ranking.released);
  EXPECT_EQ(weekday_after.ranking.released->value, "2024-07-16");
  // A release yet to come is none.
  EXPECT_FALSE(parse("Nov. 25, 2023\n\nThe final poll will be released Dec. 3.\n").ranking.released);
  // A weekday before a full date is part of it.
  const auto full = parse("April 11, 2024\n\nU.S. News released it on Wednesday, Oct. 30, 2023.\n");
  ASSERT_TRUE(full.ranking.released);
  EXPECT_EQ(full.ranking.released->value, "2023-10-30");
}

TEST(Dates, ReleasePhrasesNameWhatWasReleased) {
  const auto released_on = [](const std::string& sentence) {
    const auto article = parse("Dec. 19, 2024\n\n" + sentence + "\n");
    return article.ranking.released ? article.ranking.released->value : std::optional<std::string>{"(none)"};
  };
  // Words between the determiner and the ranking noun, and "of the year" after it.
  EXPECT_EQ(released_on("Forbes, which released its annual ranking May 18."), "2024-05-18");
  EXPECT_EQ(released_on("FIFA published the last men's world ranking of the year on Thursday."), "2024-12-19");
  // A publisher's release verb begins no ranking name.
  EXPECT_EQ(released_on("Niche released the ranking Tuesday."), "2024-12-17");
  // A press release's "today announced": its own day, when a ranking follows.
  EXPECT_EQ(released_on("Newsweek today announced its 2025 World's Best Hospitals ranking."), "2024-12-19");
  EXPECT_EQ(released_on("Built In, the online community, today announced its 2025 Best Places To Work awards."), "2024-12-19");
  EXPECT_EQ(released_on("The mayor today announced a new park."), "(none)");
  // "on Tuesday" before the verb; initials' full stops end no clause ("U.S. News").
  EXPECT_EQ(released_on("The Leapfrog Group on Tuesday released its 2024 Top Hospitals list."), "2024-12-17");
  EXPECT_EQ(released_on("U.S. News on Tuesday released its 2024-25 Best Hospitals rankings."), "2024-12-17");
  // An edition after the determiner is still read with the ranking it names.
  const auto edition = parse("Dec. 19, 2024\n\nU.S. News released its 2024 Best Colleges ranking on July 16.\n");
  ASSERT_TRUE(edition.ranking.edition);
  EXPECT_EQ(edition.ranking.edition->value, 2024);
  ASSERT_TRUE(edition.ranking.title);
  EXPECT_EQ(edition.ranking.title->text, "Best Colleges");
  EXPECT_EQ(edition.publisher->name, "U.S. News & World Report");
  EXPECT_EQ(parse("Dec. 19, 2024\n\nFIFA published its world ranking.\n").publisher->name, "FIFA");
  // The owner's edition and a capitalized title, no ranking word after it.
  const auto livability = parse("May 21, 2025\n\nAnn Arbor took the top spot on Livability's 2025 Top 100 Best Places to Live, released Tuesday.\n\n"
                                "It was No. 7 on the 2024 list.\n");
  ASSERT_TRUE(livability.publisher);
  EXPECT_EQ(livability.publisher->name, "Livability");
  ASSERT_TRUE(livability.ranking.edition);
  EXPECT_EQ(livability.ranking.edition->value, 2025);
  ASSERT_TRUE(livability.ranking.title);
  EXPECT_EQ(livability.ranking.title->text, "Top 100 Best Places to Live");
  const auto rockies = parse("May 14, 2024\n\nAcme earned the No. 1 spot on Newsweek's 2024 Best Places to Work in the Rockies list.\n");
  ASSERT_TRUE(rockies.ranking.title);
  EXPECT_EQ(rockies.ranking.title->text, "Best Places to Work in the Rockies");
  // Without a ranking word: the edition before or after the title, or the publisher's name as the ranking's.
  const auto cardiac = parse("Nov. 13, 2024\n\nHealthgrades released its 2025 America's 50 Best Hospitals for Cardiac Care on Tuesday.\n");
  ASSERT_TRUE(cardiac.ranking.edition && cardiac.ranking.title && cardiac.ranking.released);
  EXPECT_EQ(cardiac.ranking.edition->value, 2025);
  EXPECT_EQ(cardiac.ranking.title->text, "America's 50 Best Hospitals for Cardiac Care");
  EXPECT_EQ(cardiac.ranking.released->value, "2024-11-12");
  const auto workplaces = parse("May 4, 2024\n\nEleven companies made Newsweek's America's Greatest Workplaces 2024, the annual ranking.\n");
  ASSERT_TRUE(workplaces.ranking.edition);
  EXPECT_EQ(workplaces.ranking.edition->value, 2024);
  const auto inc = parse("Aug. 14, 2024\n\nTwelve companies are in the top 1,200 of the 2024 Inc. 5000.\n");
  ASSERT_TRUE(inc.ranking.edition);
  EXPECT_EQ(inc.ranking.edition->value, 2024);
  // The first edition the publisher's ranking is named with is the article's, however named: later ones are last year's.
  const auto yelp = parse("Feb. 26, 2025\n\nYelp published its 2025 Top 100 US Restaurants list on Tuesday.\n\n"
                          "Houston had three restaurants on Yelp's 2024 list.\n");
  ASSERT_TRUE(yelp.ranking.edition);
  EXPECT_EQ(yelp.ranking.edition->value, 2025);
  const auto qs = parse("June 19, 2025\n\nImperial is second, according to the QS World University Rankings 2026.\n\n"
                        "Last year's edition, the QS World University Rankings 2025, also placed it second.\n");
  ASSERT_TRUE(qs.ranking.edition);
  EXPECT_EQ(qs.ranking.edition->value, 2026);
  // A bare "the 2024 ranking" fills in an edition the publisher's named ranking does not give.
  const auto bare = parse("Feb. 28, 2024\n\nOslo joined Newsweek's World's Best Hospitals ranking.\n\nThe 2024 ranking covers 2,400 hospitals.\n");
  ASSERT_TRUE(bare.ranking.edition && bare.ranking.title);
  EXPECT_EQ(bare.ranking.edition->value, 2024);
  EXPECT_EQ(bare.ranking.title->text, "World's Best Hospitals");
  // A publisher and an edition alone name no ranking: "Forbes 2024" has no title "2024".
  const auto headline = parse("The 10 Best Employers In Ohio: Forbes 2024\n\nApr 23, 2024\n\n1. Alpha Corp (Dayton)\n2. Beta Inc. (Akron)\n");
  ASSERT_TRUE(headline.ranking.edition);
  EXPECT_EQ(headline.ranking.edition->value, 2024);
  EXPECT_FALSE(headline.ranking.title);
}

TEST(Dates, NumericDatesAndACityBeforeAColon) {
  const auto posted = parse("Posted 08/14/2024\n\nAlpha ranks first.\n");
  ASSERT_TRUE(posted.date);
  EXPECT_EQ(posted.date->value, "2024-08-14");
  EXPECT_FALSE(parse("Posted 13/14/2024\n\nAlpha ranks first.\n").date);  // no 13th month
  const auto wire = parse("TROY, Mich.: 13 Feb. 2025 \u2014 J.D. Power today released its 2025 Vehicle Dependability Study.\n");
  ASSERT_TRUE(wire.date);
  EXPECT_EQ(wire.date->value, "2025-02-13");
  ASSERT_TRUE(wire.ranking.released);
  EXPECT_EQ(wire.ranking.released->value, "2025-02-13");
}

// Web pages put menus, headlines and captions above the date: a dateline counts in the first 30 lines.
TEST(Dates, ADatelineBelowAPagesMenusCounts) {
  std::string page;
  for (int i = 0; i < 10; ++i) page += "Menu item " + std::to_string(i) + "\n";
  const auto written = parse(page + "Written by Aaron Castellanos | Friday, March 7th, 2025\n\nAlpha ranks first.\n");
  ASSERT_TRUE(written.date);
  EXPECT_EQ(written.date->value, "2025-03-07");
  const auto dotted = parse(page + "By Aisling Brennan-Roy  \u00B7  14 October 2024  \u00B7  7 min read\n\nAlpha ranks first.\n");
  ASSERT_TRUE(dotted.date);
  EXPECT_EQ(dotted.date->value, "2024-10-14");
  // An indented dateline, as wire archives set it.
  const auto indented = parse(page + "                 July 13, 1997, Sunday, AM cycle\n\nAlpha ranks first.\n");
  ASSERT_TRUE(indented.date);
  EXPECT_EQ(indented.date->value, "1997-07-13");
  EXPECT_EQ(indented.date->text, "July 13, 1997");
  std::string deep;
  for (int i = 0; i < 30; ++i) deep += "Line " + std::to_string(i) + "\n";
  EXPECT_FALSE(parse(deep + "March 7, 2025\n\nAlpha ranks first.\n").date);
}

TEST(Dates, MonthDayResolvesAgainstTheArticleDateNeverTheClock) {
  const RawDate article{2022, 3, 29, {}};
  auto same_day = resolve_against(RawDate{0, 3, 29, {}}, article);
  EXPECT_EQ(same_day.value, "2022-03-29");
  EXPECT_EQ(same_day.resolved_by, DateResolution::article_year);
  auto december = resolve_against(RawDate{0, 12, 12, {}}, RawDate{2024, 1, 15, {}});
  EXPECT_EQ(december.value, "2023-12-12");
  EXPECT_EQ(december.resolved_by, DateResolution::article_previous_year);
  auto explicit_year = resolve_against(RawDate{2021, 5, 4, {}}, article);
  EXPECT_EQ(explicit_year.resolved_by, DateResolution::explicit_year);
  auto no_article = resolve_against(RawDate{0, 3, 29, {}}, std::nullopt);
  EXPECT_EQ(no_article.value, std::nullopt);
  EXPECT_EQ(no_article.resolved_by, DateResolution::unresolved);
  // An article dated to the month: a later month is last year's, any other this year's.
  const RawDate september{2024, 9, 0, {}};
  EXPECT_EQ(resolve_against(RawDate{0, 9, 24, {}}, september).value, "2024-09-24");
  EXPECT_EQ(resolve_against(RawDate{0, 2, 3, {}}, september).value, "2024-02-03");
  auto october = resolve_against(RawDate{0, 10, 1, {}}, september);
  EXPECT_EQ(october.value, "2023-10-01");
  EXPECT_EQ(october.resolved_by, DateResolution::article_previous_year);
  // A year alone places nothing.
  EXPECT_EQ(resolve_against(RawDate{0, 9, 24, {}}, RawDate{2024, 0, 0, {}}).value, std::nullopt);
}

namespace {

Entry only_entry(const std::string& line) {
  const auto article = parse("Top 1 places:\n" + line + "\n");
  EXPECT_EQ(article.lists.size(), 1U);
  EXPECT_EQ(article.lists.at(0).entries.size(), 1U);
  return article.lists.at(0).entries.at(0);
}

}  // namespace

TEST(Entries, LocationInsideTheNameIsRemoved) {
  const auto entry = only_entry("8. Stanford (Calif.) University School of Medicine");
  EXPECT_EQ(entry.name.text, "Stanford University School of Medicine");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Calif.");
  EXPECT_EQ(entry.location->state, "CA");
  EXPECT_EQ(entry.location->city, std::nullopt);
}

TEST(Entries, ADashSetsAPlaceOrAValueApart) {
  auto entry = only_entry("1. Lakeshore Clinic \u2014 Cleveland");
  EXPECT_EQ(entry.name.text, "Lakeshore Clinic");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->state, "OH");
  entry = only_entry("1. University of Westland - Eastport \u2013 Eastport, Mich.");
  EXPECT_EQ(entry.name.text, "University of Westland - Eastport");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Eastport, Mich.");
  entry = only_entry("1. Great Lakes Health - Grand Rapids, Mich. -- 86.1");
  EXPECT_EQ(entry.name.text, "Great Lakes Health");
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].value, "86.1");
  // A name with a dash inside is no place.
  entry = only_entry("1. Charit\u00e9 - Universit\u00e4tsmedizin Berlin");
  EXPECT_EQ(entry.name.text, "Charit\u00e9 - Universit\u00e4tsmedizin Berlin");
  EXPECT_FALSE(entry.location);
  entry = only_entry("1. Charit\u00e9 - Universit\u00e4tsmedizin Berlin, Berlin");
  EXPECT_EQ(entry.name.text, "Charit\u00e9 - Universit\u00e4tsmedizin Berlin");
  // "Tyler in Tyler" is no town's name: the place is after "in", and the campus before it stays in the name.
  entry = only_entry("1. Mother Felicity Hospital - Tyler in Tyler, Texas");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Tyler, Texas");
  EXPECT_EQ(entry.name.text, "Mother Felicity Hospital - Tyler");
  // A campus after a dash stays in the name; a number that begins a name is no value.
  entry = only_entry("1. University of Wisconsin - Madison");
  EXPECT_EQ(entry.name.text, "University of Wisconsin - Madison");
  entry = only_entry("1. Blink \u2014 182 Partners");
  EXPECT_EQ(entry.name.text, "Blink \u2014 182 Partners");
  // A rank after the name takes its dash or "ranked" with it.
  entry = only_entry("Lone Star Title & Escrow (Dayton) \u2014 No. 1");
  EXPECT_EQ(entry.name.text, "Lone Star Title & Escrow");
  entry = only_entry("Maumee Paper Co., ranked No. 1");
  EXPECT_EQ(entry.name.text, "Maumee Paper Co.");
}

TEST(Entries, MovementNotesAfterTheName) {
  auto entry = only_entry("11. Jones Day (Washington, D.C.), down 4");
  EXPECT_EQ(entry.name.text, "Jones Day");
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].label, "movement");
  EXPECT_EQ(entry.attributes[0].value, "down 4");
  // Cut before the place is sought, so the comma tail is still the place.
  entry = only_entry("3. Jones Day, Cleveland, down 1");
  EXPECT_EQ(entry.name.text, "Jones Day");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Cleveland");
  entry = only_entry("5. Fairbank Stroud LLP (Minneapolis) \u2014 new");
  EXPECT_EQ(entry.name.text, "Fairbank Stroud LLP");
  EXPECT_EQ(entry.attributes.at(0).value, "new");
  entry = only_entry("7. Alpha Health (up 3 spots) (Dayton, Ohio)");
  EXPECT_EQ(entry.name.text, "Alpha Health");
  EXPECT_EQ(entry.attributes.at(0).value, "up 3 spots");
  EXPECT_EQ(entry.location->text, "Dayton, Ohio");
  // A name that only starts like a note keeps it: "Up 4 Fitness" is no movement.
  entry = only_entry("2. Alpha Gym, Up 4 Fitness Club");
  EXPECT_TRUE(entry.attributes.empty());
}

TEST(Entries, PlaceAfterIn) {
  auto entry = only_entry("1. Mayo Clinic in Rochester, Minn.");
  EXPECT_EQ(entry.name.text, "Mayo Clinic");
  EXPECT_EQ(entry.location->text, "Rochester, Minn.");
  entry = only_entry("2. Cleveland Clinic in Cleveland");
  EXPECT_EQ(entry.name.text, "Cleveland Clinic");
  EXPECT_EQ(entry.location->text, "Cleveland");
  // A bare city after "in" is a place only after a hospital's name.
  entry = only_entry("3. Washington University in St. Louis");
  EXPECT_EQ(entry.name.text, "Washington University in St. Louis");
  EXPECT_FALSE(entry.location);
}

TEST(Entries, PollColumnsAfterTheName) {
  auto entry = only_entry("1. Georgia (62) 12-0 1,574 1");
  EXPECT_EQ(entry.name.text, "Georgia");
  EXPECT_TRUE(entry.qualifiers.empty());
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].label, "columns");
  EXPECT_EQ(entry.attributes[0].value, "(62) 12-0 1,574 1");
  entry = only_entry("25. Tennessee 8-4 111 NR");
  EXPECT_EQ(entry.name.text, "Tennessee");
  // Points in thousands and how the row moved; after a dash, the dash goes too.
  entry = only_entry("2. Tom\u00E1s Echeverr\u00EDa (Argentina) 9,410 \u25B21");
  EXPECT_EQ(entry.name.text, "Tom\u00E1s Echeverr\u00EDa");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Argentina");
  ASSERT_FALSE(entry.attributes.empty());
  EXPECT_EQ(entry.attributes[0].value, "9,410 \u25B21");
  EXPECT_EQ(only_entry("3. Nikolai Barinov 8,215 \u25BC1").name.text, "Nikolai Barinov");
  EXPECT_EQ(only_entry("6 Taylor Brooks \u2014 4,870").name.text, "Taylor Brooks");
  // One number ends a name; a date is no column.
  EXPECT_EQ(only_entry("4. Forever 21").name.text, "Forever 21");
  EXPECT_EQ(only_entry("4. Alpha Bistro, opened March 3, 2024").name.text, "Alpha Bistro, opened March 3, 2024");
}

TEST(Lists, PlaceColumnsOfTablesSetWithTabsOrSpaces) {
  // A header row names the place column, so a town the gazetteer lacks is still the place.
  const auto headed = parse(
      "Top 2 high schools:\n\nRank\tSchool\tLocation\tScore\n1\tBoston Latin School\tBoston\t99.85\n"
      "2\tHopkinton High School\tHopkinton\t97.44\n");
  ASSERT_EQ(headed.lists.size(), 1U);
  ASSERT_EQ(headed.lists[0].entries.size(), 2U);
  const auto& second = headed.lists[0].entries[1];
  EXPECT_EQ(second.name.text, "Hopkinton High School");
  ASSERT_TRUE(second.location);
  EXPECT_EQ(second.location->text, "Hopkinton");
  ASSERT_EQ(second.attributes.size(), 1U);
  EXPECT_EQ(second.attributes[0].value, "97.44");
  // A ragged row has no cell to take by position.
  const auto ragged = parse("Top 1:\n\nRank   School   Location   Score\n1      Worcester Academy Worcester      98.96\n");
  ASSERT_EQ(ragged.lists.size(), 1U);
  EXPECT_FALSE(ragged.lists[0].entries.at(0).location);
  // Without a header, a cell that reads as a place.
  const auto bare = parse("Top 1:\n\n7   Exxon Mobil   344,582   Spring, Texas\n");
  ASSERT_EQ(bare.lists.size(), 1U);
  ASSERT_TRUE(bare.lists[0].entries.at(0).location);
  EXPECT_EQ(bare.lists[0].entries[0].location->text, "Spring, Texas");
}

TEST(Entries, ACityTheNameAlreadyHoldsIsItsPlaceNotACampus) {
  auto entry = only_entry("328. University of Delhi, Delhi");
  EXPECT_EQ(entry.name.text, "University of Delhi");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Delhi");
  entry = only_entry("1. University of Michigan Health-Ann Arbor, Ann Arbor");
  EXPECT_EQ(entry.name.text, "University of Michigan Health-Ann Arbor");
  // A campus the name does not hold stays in the name.
  EXPECT_EQ(only_entry("1. University of Westland, Eastport").name.text, "University of Westland, Eastport");
  // A city and its state after it are the place; before a country the campus stays.
  entry = only_entry("1. University of Michigan, Ann Arbor, Mich.");
  EXPECT_EQ(entry.name.text, "University of Michigan");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Ann Arbor, Mich.");
  entry = only_entry("2. University of Victoria, Victoria, B.C.");
  EXPECT_EQ(entry.name.text, "University of Victoria");
  EXPECT_EQ(entry.location->text, "Victoria, B.C.");
  entry = only_entry("3. University of Westmark, Hillsborough, United States");
  EXPECT_EQ(entry.name.text, "University of Westmark, Hillsborough");
  EXPECT_EQ(entry.location->text, "United States");
}

TEST(Entries, CommasInsideAFirmsName) {
  auto entry = only_entry("1. Brennan, Hale & Whitcomb LLP");
  EXPECT_EQ(entry.name.text, "Brennan, Hale & Whitcomb LLP");
  EXPECT_FALSE(entry.location);
  entry = only_entry("1. Procter, Gamble & Sons, Cincinnati, Ohio");
  EXPECT_EQ(entry.name.text, "Procter, Gamble & Sons");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Cincinnati, Ohio");
  // A town the gazetteer lacks still ends the name when a state follows it.
  entry = only_entry("1. Lone Pine Community Hospital, Bishop, Calif.");
  EXPECT_EQ(entry.name.text, "Lone Pine Community Hospital");
}

TEST(Entries, ATieWordAfterANameEndingInANonAsciiLetter) {
  // "Ó" is C3 93 in UTF-8: its last byte is an en dash's, but it is no dash.
  auto entry = only_entry("1. Hospital Universitario IT\u00d3, tie");
  EXPECT_EQ(entry.name.text, "Hospital Universitario IT\u00d3");
  EXPECT_TRUE(entry.tied);
  entry = only_entry("1. Alpha Hospital \u2013 tie");
  EXPECT_EQ(entry.name.text, "Alpha Hospital");
  EXPECT_TRUE(entry.tied);
}

TEST(Entries, NonPlaceParentheticalStaysAsQualifier) {
  const auto entry = only_entry("1. Northern Institute of Technology (NIT) (Boston)");
  EXPECT_EQ(entry.name.text, "Northern Institute of Technology (NIT)");
  ASSERT_EQ(entry.qualifiers.size(), 1U);
  EXPECT_EQ(entry.qualifiers[0].text, "NIT");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->state, "MA");
}

TEST(Entries, CommaTailPlaceIsTheLocation) {
  const auto entry = only_entry("1. Lakeview Hospital, Dayton, Ohio");
  EXPECT_EQ(entry.name.text, "Lakeview Hospital");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Dayton, Ohio");
  EXPECT_EQ(entry.location->city, "Dayton");
  EXPECT_EQ(entry.location->state, "OH");
  EXPECT_EQ(entry.location->country, "US");
}

TEST(Entries, TieMarkersAreRemovedAndRecorded) {
  const auto marked = only_entry("4. Pine Hospital (tie) (Troy, Mich.)");
  EXPECT_TRUE(marked.tied);
  EXPECT_EQ(marked.name.text, "Pine Hospital");
  EXPECT_TRUE(only_entry("T-4. Pine Hospital").tied);
}

TEST(Entries, NameSpanPointsAtTheBytes) {
  const std::string text = "Top 1 places:\n1. Harvard Medical School (Boston)\n";
  const auto article = parse(text);
  const auto& name = article.lists.at(0).entries.at(0).name;
  EXPECT_EQ(text.substr(name.span.begin, name.span.end - name.span.begin), "Harvard Medical School");
  EXPECT_EQ(name.span.line, 2U);
  EXPECT_EQ(name.span.column, 4U);
}

TEST(Locations, StateFromTheEntityNameWhenTheCityIsAmbiguous) {
  const auto article = parse("Top 2:\n1. University of Colorado School of Medicine (Aurora)\n2. Springfield Clinic (Springfield)\n");
  const auto& entries = article.lists.at(0).entries;
  EXPECT_EQ(entries[0].location->state, "CO");
  EXPECT_EQ(entries[1].location->state, std::nullopt);
  ASSERT_EQ(article.diagnostics.size(), 1U);
  EXPECT_EQ(article.diagnostics[0].code, "location.ambiguous_city");
  EXPECT_EQ(article.diagnostics[0].severity, Severity::info);
}

TEST(Locations, HomeCountryDecidesABareCityName) {
  // Birmingham, England is larger, but this article's places are American.
  const auto article = parse("Top 2:\n1. Alpha Hospital (Birmingham)\n2. Beta Hospital (Durham, N.C.)\n");
  EXPECT_EQ(article.lists.at(0).entries[0].location->state, "AL");
  EXPECT_EQ(article.lists.at(0).entries[0].location->country, "US");
}

TEST(Locations, AListsUsualStateDecidesABareCityName) {
  // Three places settle in Massachusetts: the Lexington there, not Kentucky's, though that one is larger.
  const auto schools = parse(
      "Top 4:\n1. Alpha High School (Boston)\n2. Beta High School (Springfield, Mass.)\n3. Gamma High School (Lexington)\n"
      "4. Delta High School (Newton, Mass.)\n");
  EXPECT_EQ(schools.lists.at(0).entries[2].location->state, "MA");
  // The entity's own words still come first.
  const auto named = parse(
      "Top 4:\n1. Alpha High School (Boston)\n2. Beta High School (Springfield, Mass.)\n3. University of Kentucky Hospital (Lexington)\n"
      "4. Delta High School (Newton, Mass.)\n");
  EXPECT_EQ(named.lists.at(0).entries[2].location->state, "KY");
  // Places spread over several states name no usual one: population decides.
  const auto national = parse(
      "Top 4:\n1. Alpha Hospital (Boston)\n2. Beta Hospital (Dallas)\n3. Gamma Hospital (Lexington)\n4. Delta Hospital (Newton, Mass.)\n");
  EXPECT_EQ(national.lists.at(0).entries[2].location->state, "KY");
}

TEST(Locations, AStateNameIsTheCityInAListOfCities) {
  const auto cities = parse("Top 3:\n1. Alpha Hospital (St. Louis)\n2. Beta Hospital (Washington)\n3. Gamma Clinic (Reno)\n");
  const auto& city = *cities.lists.at(0).entries[1].location;
  EXPECT_EQ(city.city, "Washington D.C.");
  EXPECT_EQ(city.state, "DC");
  // An abbreviation is the state, whatever city it may also spell.
  const auto abbreviated = parse("Top 3:\n1. Alpha Hospital (St. Louis)\n2. Beta Hospital (La.)\n3. Gamma Clinic (Reno)\n");
  EXPECT_EQ(abbreviated.lists.at(0).entries[1].location->city, std::nullopt);
  EXPECT_EQ(abbreviated.lists.at(0).entries[1].location->state, "LA");
  // Only Washington and New York: "(Delaware)" among cities is the state.
  const auto delaware = parse("Top 3:\n1. Alpha Hospital (St. Louis)\n2. Beta Hospital (Delaware)\n3. Gamma Clinic (Reno)\n");
  EXPECT_EQ(delaware.lists.at(0).entries[1].location->city, std::nullopt);
  EXPECT_EQ(delaware.lists.at(0).entries[1].location->state, "DE");
  const auto states = parse("Top 3:\n1. Alpha Hospital (Oregon)\n2. Beta Hospital (Washington)\n3. Gamma Clinic (Boise)\n");
  const auto& state = *states.lists.at(0).entries[1].location;
  EXPECT_EQ(state.city, std::nullopt);
  EXPECT_EQ(state.state, "WA");
}

// Line ends and bad bytes are found a word at a time: check every position
// relative to the eight-byte words, and each kind of line end.
TEST(Source, FindsEveryLineEndWhereverItFalls) {
  for (const std::string_view line_end : {"\n", "\r\n", "\r"}) {
    for (std::size_t at = 0; at <= 20; ++at) {
      const std::string text = std::string(at, 'a') + std::string(line_end) + std::string(20, 'b') + "\tc";
      const Source source(text);
      const auto after = at + line_end.size();
      EXPECT_EQ(source.span({after, after + 1}).line, 2U) << at;
      EXPECT_EQ(source.span({after, after + 1}).column, 1U) << at;
      EXPECT_EQ(source.span({text.size() - 1, text.size()}).line, 2U) << at;
      EXPECT_EQ(source.line_text(0), std::string(at, 'a')) << at;
    }
  }
}

TEST(Source, FindsTheFirstBadByteWhereverItFalls) {
  for (std::size_t at = 0; at <= 20; ++at) {
    const std::string good = std::string(at, 'a') + "\u00FC" + std::string(20, 'b');
    EXPECT_EQ(find_invalid_utf8(good), std::nullopt) << at;
    const std::string bad = std::string(at, 'a') + "\xFF" + std::string(20, 'b');
    EXPECT_EQ(find_invalid_utf8(bad), at);
  }
}

TEST(Lists, AnIntroducingParagraphsLastSentenceIsTheHeading) {
  const auto heading_of = [](const std::string& intro) {
    const auto article = parse(intro + "\n\n1. Lakeside Hospital (Boston)\n2. Harbor Clinic (Salem, Mass.)\n");
    EXPECT_EQ(article.lists.size(), 1U);
    return article.lists.empty() || !article.lists[0].heading ? std::string() : article.lists[0].heading->text;
  };
  EXPECT_EQ(heading_of("The magazine ranked 40 hospitals in the U.S. Northeast. The top two in Massachusetts:"), "The top two in Massachusetts");
  // Abbreviations ("U.S.", "St.") end no sentence.
  EXPECT_EQ(heading_of("Hospitals in the U.S. Northeast ranked by St. Vincent Press:"), "Hospitals in the U.S. Northeast ranked by St. Vincent Press");
  // A month's abbreviation ends no sentence; a day's number may.
  EXPECT_EQ(heading_of("The awards were named on Jan. 24. Finalists for Best Chef include:"), "Finalists for Best Chef include");
  EXPECT_EQ(heading_of("The awards named on Jan. 24 two Boston hospitals as finalists:"),
            "The awards named on Jan. 24 two Boston hospitals as finalists");
  // A sentence too short to stand alone keeps the one before it.
  EXPECT_EQ(heading_of("Newsweek does not rank the hospitals on its honor roll. They are:"), "Newsweek does not rank the hospitals on its honor roll. They are");
}

TEST(Lists, DeclaredSizeAfterAnOwnerOrALeadIn) {
  struct Heading {
    std::optional<std::int64_t> size;
    std::string title;
  };
  const auto heading_of = [](const std::string& line) {
    const auto article = parse(line + "\n\n1. Lakeside Hospital (Boston)\n2. Harbor Clinic (Salem, Mass.)\n");
    EXPECT_EQ(article.lists.size(), 1U);
    Heading heading;
    if (article.lists.empty()) return heading;
    const auto& list = article.lists[0];
    if (list.declared_size) heading.size = list.declared_size->value;
    if (list.title) heading.title = list.title->text;
    return heading;
  };
  auto heading = heading_of("Ohio's 2 largest hospitals by staffed beds:");
  EXPECT_EQ(heading.size, 2);
  EXPECT_EQ(heading.title, "Ohio's 2 largest hospitals by staffed beds");  // the owner stays in the title
  heading = heading_of("Here are the two best hospitals in Massachusetts:");
  EXPECT_EQ(heading.size, 2);
  EXPECT_EQ(heading.title, "best hospitals in Massachusetts");
  EXPECT_EQ(heading_of("Here is the top two:").size, 2);
  EXPECT_EQ(heading_of("Top 2, including ties:").size, 2);
  EXPECT_EQ(heading_of("The top two, according to U.S. News:").size, 2);
  EXPECT_EQ(heading_of("Here are the 2024 winners:").size, std::nullopt);  // a year, not a size
  EXPECT_EQ(heading_of("Boston's best hospitals:").size, std::nullopt);
  EXPECT_EQ(heading_of("It's 2 of the best:").size, std::nullopt);  // a contraction owns nothing
}

TEST(Lists, ASentenceStartingWithANumberIsNoEntry) {
  const auto article = parse(
      "Top 2 Ohio hospitals:\n\n1. Cleveland Clinic (Cleveland)\n2. Christ Hospital (Cincinnati)\n\n"
      "12 Ohio hospitals were ranked in at least one specialty, up from nine last year.\n");
  ASSERT_EQ(article.lists.size(), 1U);
  EXPECT_EQ(article.lists[0].entries.size(), 2U);
  // Names that end in a full stop are still names.
  const auto stopped = parse("Top 2:\n\n1 Cleveland Clinic, Cleveland, Ohio.\n2 University Hospitals Cleveland Medical Center.\n");
  ASSERT_EQ(stopped.lists.size(), 1U);
  EXPECT_EQ(stopped.lists[0].entries.size(), 2U);
  // A bare number before a name is still a rank.
  const auto bare = parse("Top 2:\n\n1   Cleveland Clinic (Cleveland)\n2   Christ Hospital (Cincinnati)\n");
  ASSERT_EQ(bare.lists.size(), 1U);
  EXPECT_EQ(bare.lists[0].entries.size(), 2U);
}

TEST(Entries, RankBandsOfWorldRankings) {
  const auto entry = only_entry("201\u2013250  University of Vienna (Vienna, Austria)");
  EXPECT_EQ(entry.rank, 201);
  EXPECT_TRUE(entry.tied);  // all in the band share it
  EXPECT_EQ(entry.name.text, "University of Vienna");
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].label, "rank_band");
  EXPECT_EQ(entry.attributes[0].value, "201\u2013250");
}

TEST(Lists, RunIntoASentence) {
  const auto article = parse(
      "Its neighbors did well too. The top five: 1. Delaware, 2. Maryland, 3. Massachusetts, 4. New York and 5. Vermont. "
      "The bottom three were 48. Wyoming, 49. Montana and 50. Mississippi.\n\n"
      "The safest cities were 1. Yonkers, N.Y.; 2. Boston; and 3. Newark, N.J. The list is new.\n");
  ASSERT_EQ(article.lists.size(), 3U);
  const auto& top = article.lists[0];
  ASSERT_EQ(top.entries.size(), 5U);
  EXPECT_EQ(top.heading->text, "The top five");
  EXPECT_EQ(top.entries[3].name.text, "New York");
  EXPECT_EQ(top.entries[4].name.text, "Vermont");
  EXPECT_EQ(top.entries[4].rank, 5);
  EXPECT_EQ(article.lists[1].entries.at(0).rank, 48);
  EXPECT_EQ(article.lists[1].heading->text, "The bottom three were");
  const auto& cities = article.lists[2].entries;
  ASSERT_EQ(cities.size(), 3U);
  EXPECT_EQ(cities[0].name.text, "Yonkers");
  EXPECT_EQ(cities[0].location->text, "N.Y.");
  EXPECT_EQ(cities[2].name.text, "Newark");  // the sentence ends after "N.J."
  // Numbers that do not run on, or items that are no names, make no list.
  EXPECT_TRUE(parse("It rose from 5. to 7. and then 9. Nothing else.\n").lists.empty());
  EXPECT_TRUE(parse("The steps: 1. wash, 2. rinse, 3. repeat.\n").lists.empty());
}

TEST(Lists, LegendsPlacesInParenthesesAndSentencesAfterValues) {
  // A legend under the heading heads nothing; the heading still titles the list.
  const auto legend = parse("Best Cities for Families\n(Overall rank, city, total score)\n\n1. Fremont, CA \u2013 67.46\n2. Irvine, CA \u2013 65.58\n");
  ASSERT_EQ(legend.lists.size(), 1U);
  ASSERT_TRUE(legend.lists[0].title);
  EXPECT_EQ(legend.lists[0].title->text, "Best Cities for Families");
  EXPECT_TRUE(legend.lists[0].entries[0].attributes.size() == 1U && legend.lists[0].entries[0].attributes[0].label == "value");
  // A place in parentheses on the line under an entry that has none is its place.
  const auto under = parse("Top 3:\n\n1. Alpha High School (Lincroft, NJ)\n2. Thomas Jefferson High School\n(Alexandria, VA)\n3. Beta Academy (Aurora, IL)\n");
  ASSERT_EQ(under.lists.size(), 1U);
  const auto& second = under.lists[0].entries.at(1);
  ASSERT_TRUE(second.location);
  EXPECT_EQ(second.location->text, "Alexandria, VA");
  EXPECT_TRUE(under.lists[0].entries.at(2).attributes.empty());  // no group for the entries below
  // A sub-line's value ends before the sentence after it.
  const auto growth = parse("Top 1:\n\nNo. 38: Queen City Solar (Charlotte)\nThree-year growth: 6,412%. The installer has 240 employees.\n");
  ASSERT_EQ(growth.lists.size(), 1U);
  ASSERT_EQ(growth.lists[0].entries.at(0).attributes.size(), 1U);
  EXPECT_EQ(growth.lists[0].entries[0].attributes[0].value, "6,412%");
}

TEST(Lists, TablesWithTwoRankColumnsOrUnderFindings) {
  // Last year's rank between rank and name is no name.
  const auto two_ranks = parse("The global top 2:\n\n| 2025 Rank | 2024 Rank | Institution | Location |\n|---|---|---|---|\n"
                               "| 1 | 1 | Alpha Institute of Technology | United States |\n| 2 | 6 | Imperial College London | United Kingdom |\n");
  ASSERT_EQ(two_ranks.lists.size(), 1U);
  EXPECT_EQ(two_ranks.lists[0].entries.at(1).name.text, "Imperial College London");
  EXPECT_EQ(two_ranks.lists[0].entries.at(1).rank, 2);
  // A ranked table under a header row ranks, even under "Main Findings".
  const auto findings = parse("Main Findings\n\nOverall Rank   City           Total Score\n1              Fishers, IN    66.05\n"
                              "2              Round Rock, TX   64.20\n");
  ASSERT_EQ(findings.lists.size(), 1U);
  EXPECT_EQ(findings.lists[0].entries.size(), 2U);
  // A place column named last in the header.
  const auto city_last = parse("Ranked institutions:\n\nRank\tInstitution\tCity\n88\tGreat Lakes University\tAnn Arbor\n"
                               "501\tSaginaw Valley Institute\tHoughton\n");
  ASSERT_EQ(city_last.lists.size(), 1U);
  ASSERT_TRUE(city_last.lists[0].entries.at(1).location);
  EXPECT_EQ(city_last.lists[0].entries[1].location->text, "Houghton");
}

TEST(Entries, TownsTheGazetteerLacks) {
  // A school named for its town: the parenthetical is the town.
  auto entry = only_entry("\u2022 Cresskill High School (Cresskill)");
  EXPECT_EQ(entry.name.text, "Cresskill High School");
  ASSERT_TRUE(entry.location);
  EXPECT_EQ(entry.location->text, "Cresskill");
  // A hospital of a university has no campus after its dash.
  entry = only_entry("2. Scioto State University Wexner Medical Center \u2014 Columbus");
  EXPECT_EQ(entry.name.text, "Scioto State University Wexner Medical Center");
  // Comma tails of a list count as places, rank annotations after them or not: with
  // known towns in most entries, an unknown one is a town too.
  const auto schools = parse("Top 3:\n\n#1 Bergen Academies, Hackensack (#3 in NJ)\n#2 Tenafly High School, Tenafly (#33 in NJ)\n"
                             "#3 Ridgewood High School, Ridgewood (#41 in NJ)\n");
  ASSERT_EQ(schools.lists.size(), 1U);
  EXPECT_EQ(schools.lists[0].entries.at(1).name.text, "Tenafly High School");
  ASSERT_TRUE(schools.lists[0].entries[1].location);
  EXPECT_EQ(schools.lists[0].entries[1].location->text, "Tenafly");
}

TEST(Lists, HonoreesUnderRegionsAndLoneLines) {
  // A state alone over lines that each name an entity; a key to footnote marks is no list.
  const auto honorees = parse(
      "Quality & Safety\n\n24 Upper Midwest hospitals named 2024 Leapfrog Top Hospitals\n\nThe honorees:\n\n"
      "Illinois\nAdvocate Good Shepherd Hospital, Barrington\nCarle BroMenn Medical Center, Normal*\n\n"
      "North Dakota\nNo hospitals recognized this year.\n\n"
      "Wisconsin\nAspirus Wausau Hospital, Wausau\nUW Health University Hospital, Madison\u2020\n\n"
      "* First-time Top Hospital\n\u2020 Top Teaching Hospital\n");
  ASSERT_EQ(honorees.lists.size(), 2U);
  EXPECT_EQ(honorees.lists[0].title->text, "Illinois");
  ASSERT_EQ(honorees.lists[0].entries.size(), 2U);
  EXPECT_EQ(honorees.lists[0].entries[1].name.text, "Carle BroMenn Medical Center");
  EXPECT_EQ(honorees.lists[0].entries[1].location->text, "Normal");
  EXPECT_EQ(honorees.lists[1].title->text, "Wisconsin");
  ASSERT_EQ(honorees.lists[1].entries.size(), 2U);
  EXPECT_EQ(honorees.lists[1].entries[1].location->text, "Madison");
  // A number then words on a line of their own: a headline, no entry.
  EXPECT_TRUE(parse("14 Mountain West companies crack the top 1,200 of this year's Inc. 5000\n\nBy Owen Haldane\n").lists.empty());
  EXPECT_TRUE(parse("UP NEXT\n\nNo. 5 Mississippi plays host to Kentucky, and No. 22 Notre Dame plays host to Miami (Ohio).\n").lists.empty());
}

TEST(Lists, AHeadlineEndingInARankIsNoEntry) {
  const auto headline = parse("Overland Park climbs to No. 2\n\nOverland Park rose two places this year.\n");
  EXPECT_TRUE(headline.lists.empty());
  // A line that is only a name and its rank still is one.
  const auto entry = parse("Lone Star Title & Escrow (Dayton) \u2014 No. 1\n");
  ASSERT_EQ(entry.lists.size(), 1U);
  ASSERT_EQ(entry.lists[0].entries.size(), 1U);
  EXPECT_EQ(entry.lists[0].entries[0].name.text, "Lone Star Title & Escrow");
  EXPECT_EQ(entry.lists[0].entries[0].rank, 1);
}

TEST(Lists, CountedCriteriaAreNoRanking) {
  const std::string criteria =
      "WalletHub compared 182 cities across five key dimensions:\n\n1. Family Fun \u2013 Total Points: 20\n"
      "2. Health & Safety \u2013 Total Points: 20\n3. Affordability \u2013 Total Points: 20\n"
      "4. Socio-economics \u2013 Total Points: 20\n5. Education & Child Care \u2013 Total Points: 20\n";
  EXPECT_TRUE(parse(criteria).lists.empty());
  // Introduced by a long sentence (a heading, no title), the same.
  EXPECT_TRUE(parse("To find the best places to raise a family, WalletHub compared 182 cities, including the 150 most populated, "
                    "across five key dimensions:\n\n1. Family Fun\n2. Health & Safety\n3. Affordability\n4. Socio-economics\n"
                    "5. Education & Child Care\n")
                  .lists.empty());
  // Criteria counted other than the list's length say how it was ranked.
  const auto ranked = parse("Top 2 cities, ranked on 30 metrics:\n\n1. Fremont, Calif.\n2. Irvine, Calif.\n");
  ASSERT_EQ(ranked.lists.size(), 1U);
  EXPECT_EQ(ranked.lists[0].entries.size(), 2U);
}

TEST(Lists, AHeadingThatIntroducesCriteriaIsNoRanking) {
  EXPECT_TRUE(parse("Affordability metrics included:\n\n\u2022 Median home value: Double Weight (~10 Points)\n"
                    "\u2022 Closing costs: Full Weight (~5 Points)\n\u2022 Average property tax bill: Full Weight (~5 Points)\n")
                  .lists.empty());
  EXPECT_TRUE(parse("Factors considered:\n\n- Nurse Staffing\n- Patient Safety\n- Readmissions\n").lists.empty());
  EXPECT_TRUE(parse("Measures:\n\n- Nurse Staffing\n- Patient Safety\n- Readmissions\n").lists.empty());
  // A criteria word that ends a ranking's heading is no sign.
  const auto ranked = parse("Hospitals that led on safety measures:\n\n1. Alpha Hospital (Boise)\n2. Beta Hospital (Dayton, Ohio)\n");
  ASSERT_EQ(ranked.lists.size(), 1U);
  EXPECT_EQ(ranked.lists[0].entries.size(), 2U);
}

TEST(Entries, ABulletBeforeTheRank) {
  const auto article = parse("The top companies are:\n\n\u2022 #1 Kestrel Analytics\n\u2022 #2 Lumenfield Health (Evanston, Ill.)\n\n"
                             "The leading universities:\n\n- No. 1: Meridian College\n- =40. Universit\u00e9 PSL (France)\n- =40. KU Leuven (Belgium)\n");
  ASSERT_EQ(article.lists.size(), 2U);
  const auto& first = article.lists[0].entries;
  ASSERT_EQ(first.size(), 2U);
  EXPECT_EQ(first[0].rank, 1);
  EXPECT_EQ(first[0].name.text, "Kestrel Analytics");
  EXPECT_EQ(first[1].location->text, "Evanston, Ill.");
  const auto& second = article.lists[1].entries;
  ASSERT_EQ(second.size(), 3U);
  EXPECT_EQ(second[0].rank, 1);
  EXPECT_EQ(second[0].name.text, "Meridian College");
  EXPECT_EQ(second[1].rank, 40);
  EXPECT_TRUE(second[1].tied);
  EXPECT_EQ(second[1].name.text, "Universit\u00e9 PSL");
  // A bullet before a sentence that starts with a number is still a bullet.
  EXPECT_EQ(only_entry("- 5 Star Senior Living").rank, std::nullopt);
}

TEST(Entries, AFirmsSuffixIsNoTown) {
  // Even in a list whose other entries give places outright.
  const auto article = parse("Top 3:\n1. Alpha Data (Naperville, Ill.)\n2. Beta Corp\n3. Wrenfield Data, Inc.\n");
  const auto& entry = article.lists.at(0).entries.at(2);
  EXPECT_EQ(entry.name.text, "Wrenfield Data, Inc.");
  EXPECT_FALSE(entry.location);
}

TEST(Entries, ValuesAfterTheName) {
  auto entry = only_entry("1. Argentina (1,867.25 points)");
  EXPECT_EQ(entry.name.text, "Argentina");
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].label, "value");
  EXPECT_EQ(entry.attributes[0].value, "1,867.25 points");
  EXPECT_EQ(only_entry("3. Ohio St. (1)").name.text, "Ohio St.");
  EXPECT_EQ(only_entry("4. Kessler Group ($4.2 billion)").name.text, "Kessler Group");
  entry = only_entry("1. Cleveland Clinic (Cleveland, Ohio) \u2014 score 95.61");
  EXPECT_EQ(entry.name.text, "Cleveland Clinic");
  EXPECT_EQ(entry.location->text, "Cleveland, Ohio");
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].value, "score 95.61");
  // A year names a title; a word after the dash that is capitalized begins a name.
  EXPECT_EQ(only_entry("1. Oppenheimer (2023)").name.text, "Oppenheimer (2023)");
  EXPECT_EQ(only_entry("1. Blink \u2014 182 Partners").name.text, "Blink \u2014 182 Partners");
  EXPECT_EQ(only_entry("1. Alpha \u2014 Score Kings 4").name.text, "Alpha \u2014 Score Kings 4");
  // A note in parentheses after the value, a column after a second dash.
  entry = only_entry("1. \u2018Night Harbor\u2019 \u2014 $41.6 million (Warner Bros.)");
  EXPECT_EQ(entry.name.text, "\u2018Night Harbor\u2019");
  EXPECT_FALSE(entry.location);
  ASSERT_EQ(entry.attributes.size(), 2U);
  EXPECT_EQ(entry.attributes[0].value, "$41.6 million");
  EXPECT_EQ(entry.attributes[1].label, "note");
  EXPECT_EQ(entry.attributes[1].value, "Warner Bros.");
  entry = only_entry("1. Corvane Systems \u2014 4.7 \u2014 Information Technology");
  EXPECT_EQ(entry.name.text, "Corvane Systems");
  ASSERT_EQ(entry.attributes.size(), 2U);
  EXPECT_EQ(entry.attributes[0].value, "4.7");
  EXPECT_EQ(entry.attributes[1].label, "column");
  EXPECT_EQ(entry.attributes[1].value, "Information Technology");
  EXPECT_EQ(only_entry("1. Alpha Bistro \u2014 Federal Hill, Providence, RI").location->text, "Federal Hill, Providence, RI");
  // A labelled value in parentheses, and dot leaders before a value.
  entry = only_entry("1. Toyota Camry (score: 90)");
  EXPECT_EQ(entry.name.text, "Toyota Camry");
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].value, "score: 90");
  entry = only_entry("2. Ram 1500 ....................... 80");
  EXPECT_EQ(entry.name.text, "Ram 1500");
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].value, "80");
  // Dots with no value after them are no leader.
  entry = only_entry("3. Alpha Bistro ...");
  EXPECT_TRUE(entry.name.text.starts_with("Alpha Bistro .."));
  EXPECT_TRUE(entry.attributes.empty());
  entry = only_entry("4. Beta Grill ... Denver Tech Center");
  EXPECT_EQ(entry.name.text, "Beta Grill ... Denver Tech Center");
  EXPECT_TRUE(entry.attributes.empty());
}

TEST(Entries, ARankAfterThePlaceWithAValue) {
  const auto entry = only_entry("Kessler Paper Group, Neenah: No. 41, $12.4 billion");
  EXPECT_EQ(entry.rank, 41);
  EXPECT_EQ(entry.name.text, "Kessler Paper Group");
  EXPECT_EQ(entry.location->text, "Neenah");
  ASSERT_EQ(entry.attributes.size(), 2U);
  EXPECT_EQ(entry.attributes[0].label, "value");
  EXPECT_EQ(entry.attributes[0].value, "$12.4 billion");
  EXPECT_EQ(entry.attributes[1].label, "rank_annotation");
  EXPECT_EQ(entry.attributes[1].value, "No. 41");
}

TEST(Entries, APollRowsRecordAndLastWeek) {
  auto entry = only_entry("1. Auburn (7-0) \u2014 Last week: 4");
  EXPECT_EQ(entry.name.text, "Auburn");
  ASSERT_EQ(entry.attributes.size(), 2U);
  EXPECT_EQ(entry.attributes[0].label, "Last week");
  EXPECT_EQ(entry.attributes[0].value, "4");
  EXPECT_EQ(entry.attributes[1].label, "value");
  EXPECT_EQ(entry.attributes[1].value, "7-0");
  entry = only_entry("22. Saint Mary\u2019s (Calif.) (7-1) \u2014 Last week: NR");
  EXPECT_EQ(entry.name.text, "Saint Mary\u2019s");
  EXPECT_EQ(entry.location->text, "Calif.");
  // A game schedule is no ranking.
  EXPECT_TRUE(parse("Coming up:\n1. No. 4 Duke at No. 1 Auburn, Wednesday\n2. No. 9 Alabama at No. 12 Purdue, Thursday\n").lists.empty());
}

TEST(Entries, CityAndStateCellsAreOnePlace) {
  const auto article = parse("Rank | Hospital | City | State\n---- | -------- | ---- | -----\n1 | Boston Children's Hospital | Boston | Mass.\n"
                             "2 | Texas Children's Hospital | Houston | Texas\n");
  const auto& entries = article.lists.at(0).entries;
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(entries[0].location->text, "Boston, Mass.");
  EXPECT_EQ(entries[0].location->state, "MA");
  const auto markdown = parse("| Rank | Hospital | City | State |\n|---|---|---|---|\n| 1 | Boston Children's Hospital | Boston | Mass. |\n");
  EXPECT_EQ(markdown.lists.at(0).entries.at(0).location->text, "Boston, Mass.");
  // A place cell, then a column.
  const auto scored = only_entry("1 | Alpha Clinic | Dayton, Ohio | 98.2");
  EXPECT_EQ(scored.location->text, "Dayton, Ohio");
  ASSERT_EQ(scored.attributes.size(), 1U);
  EXPECT_EQ(scored.attributes[0].label, "column");
  EXPECT_EQ(scored.attributes[0].value, "98.2");
}

TEST(Lists, ATabTablesCityAndStateColumnsAreOnePlace) {
  const auto article = parse(
      "The companies, by national rank:\n\nRank\tCompany\tCity\tState\tIndustry\t3-yr growth\n"
      "12\tTrailhead Solar Co.\tBoulder\tCO\tEnergy\t14,212%\n1,034\tFront Range Pediatric Therapy*\tColorado Springs\tCO\tHealth\t688%\n");
  ASSERT_EQ(article.lists.size(), 1U);
  const auto& entries = article.lists[0].entries;
  ASSERT_EQ(entries.size(), 2U);
  EXPECT_EQ(entries[0].location->text, "Boulder, CO");
  EXPECT_EQ(entries[0].location->state, "CO");
  // A thousands comma before a tab is a rank: the row is a table's.
  EXPECT_EQ(entries[1].rank, 1034);
  EXPECT_EQ(entries[1].name.text, "Front Range Pediatric Therapy");
  EXPECT_EQ(entries[1].location->text, "Colorado Springs, CO");
  // The header row ("3-yr growth" has a letter) titles nothing.
  EXPECT_EQ(article.lists[0].title->text, "The companies, by national rank");
}

TEST(Lists, LinksToOtherPagesAreNoRanking) {
  EXPECT_TRUE(parse("Share this article:\nFacebook | X | LinkedIn | Email\n").lists.empty());
  EXPECT_TRUE(parse("Related coverage:\n\n- Alpha Hospital Opens New Wing\n- Beta Clinic Names New Chief\n").lists.empty());
  // A short line without a colon heads them too.
  EXPECT_TRUE(parse("Some text.\n\nRelated\n\u2022 America's Best Hospitals 2025: The Full List\n\u2022 How Statista Surveyed Experts\n"
                    "\u2022 Newsweek's World's Best Smart Hospitals 2025\n")
                  .lists.empty());
  // A contact block is no list; "contact" counts only in a short heading.
  EXPECT_TRUE(parse("Some text.\n\nMedia Contact:\nJordan Reyes\npress@example.com\n").lists.empty());
  const auto centers = parse("Top 2 contact centers:\n1. Alpha Support (Boise, Idaho)\n2. Beta Care (Reno, Nev.)\n");
  ASSERT_EQ(centers.lists.size(), 1U);
  EXPECT_EQ(centers.lists[0].entries.size(), 2U);
}

TEST(Entries, BracketedRanksAndDoubleHyphens) {
  auto entry = only_entry("(1) Lakeview Heart Institute, Dayton, Ohio");
  EXPECT_EQ(entry.rank, 1);
  EXPECT_EQ(entry.name.text, "Lakeview Heart Institute");
  EXPECT_EQ(entry.location->text, "Dayton, Ohio");
  entry = only_entry("[17] Gamma Clinic (Reno, Nev.)");
  EXPECT_EQ(entry.rank, 17);
  EXPECT_EQ(entry.name.text, "Gamma Clinic");
  entry = only_entry("#4 -- Joe's Diner \u2014 Brooklyn, NY");
  EXPECT_EQ(entry.rank, 4);
  EXPECT_EQ(entry.name.text, "Joe's Diner");
  EXPECT_EQ(entry.location->text, "Brooklyn, NY");
  // A parenthetical that begins a sentence is no rank.
  const auto sentence = parse("Top 1 places:\n(1) the hospital must apply\n");
  EXPECT_TRUE(sentence.lists.empty() || !sentence.lists[0].entries.at(0).rank);
}

TEST(Entries, ADescriptionAfterTheEntry) {
  auto entry = only_entry("(1) Lakeview Heart Institute, Dayton, Ohio \u2014 The hospital cut its 30-day mortality by 22% over three years.");
  EXPECT_EQ(entry.name.text, "Lakeview Heart Institute");
  EXPECT_EQ(entry.location->text, "Dayton, Ohio");
  ASSERT_EQ(entry.attributes.size(), 1U);
  EXPECT_EQ(entry.attributes[0].label, "description");
  EXPECT_EQ(entry.attributes[0].value, "The hospital cut its 30-day mortality by 22% over three years.");
  entry = only_entry("(3) Mercy Hospital & Heart Center, Springfield, Mo.: Lowest complication rate for bypass surgery.");
  EXPECT_EQ(entry.name.text, "Mercy Hospital & Heart Center");
  EXPECT_EQ(entry.location->text, "Springfield, Mo.");
  entry = only_entry("(4) St. Aldric Medical Center, Minneapolis \u2014 Last year's No. 1.");
  EXPECT_EQ(entry.rank, 4);
  EXPECT_EQ(entry.name.text, "St. Aldric Medical Center");
  EXPECT_EQ(entry.location->text, "Minneapolis");
  // Names and places after a dash stay: no word in lower case, or a place.
  EXPECT_EQ(only_entry("3. Toronto General - University Health Network.").name.text, "Toronto General - University Health Network");
  EXPECT_EQ(only_entry("3. Mayo Clinic \u2014 Rochester, Minn.").location->text, "Rochester, Minn.");
}

TEST(Entries, OrdinalRanks) {
  auto entry = only_entry("1st: Boise, Idaho");
  EXPECT_EQ(entry.rank, 1);
  EXPECT_FALSE(entry.tied);
  EXPECT_EQ(entry.name.text, "Boise");
  entry = only_entry("Tied for 4th: Knoxville, Tenn.");
  EXPECT_EQ(entry.rank, 4);
  EXPECT_TRUE(entry.tied);
  EXPECT_EQ(entry.name.text, "Knoxville");
  entry = only_entry("Second: Sarasota, Fla.");
  EXPECT_EQ(entry.rank, 2);
  entry = only_entry("22nd - Ohio State University (Columbus)");
  EXPECT_EQ(entry.rank, 22);
  EXPECT_EQ(entry.name.text, "Ohio State University");
  // Without a mark after it, an ordinal begins a name.
  entry = only_entry("1st Source Bank (South Bend, Ind.)");
  EXPECT_FALSE(entry.rank);
  EXPECT_EQ(entry.name.text, "1st Source Bank");
}

TEST(Lists, HowOpensAMethodologyHeadingOnlyAsItsFirstWord) {
  const auto ranked = parse("Here's how the top 2 shook out:\n\n1. Oakville, Ont.\n2. Burlington, Ont.\n");
  ASSERT_EQ(ranked.lists.size(), 1U);
  EXPECT_EQ(ranked.lists[0].entries.size(), 2U);
  EXPECT_TRUE(parse("How we ranked them:\n\n1. Gather Data Sets\n2. Weight Each Metric\n").lists.empty());
}

TEST(Entries, TiesMarkedAfterTheNumberAndRanksWithThousands) {
  auto entry = only_entry("5= Alpha Partners");
  EXPECT_EQ(entry.rank, 5);
  EXPECT_TRUE(entry.tied);
  EXPECT_EQ(entry.name.text, "Alpha Partners");
  entry = only_entry("5T. Alpha Partners");
  EXPECT_TRUE(entry.tied);
  entry = only_entry("#1,047 Heartland Drone Services (Ankeny)");
  EXPECT_EQ(entry.rank, 1047);
  EXPECT_EQ(entry.name.text, "Heartland Drone Services");
}

TEST(Lists, AnEntryWrappedOntoTheNextLine) {
  const auto article = parse(
      "Top 4 schools:\n\n1. Alpha High School (Boston, MA)\n2. Thomas Jefferson High School for Science and\n"
      "Technology (Alexandria, VA)\n3. Universit\u00e4tsklinikum Hamburg-Eppendorf (UKE),\n   Hamburg\n4. Beta Hospital\n"
      "   The hospital opened a new wing in 2023.\n");
  ASSERT_EQ(article.lists.size(), 1U);
  const auto& entries = article.lists[0].entries;
  ASSERT_EQ(entries.size(), 4U);
  EXPECT_EQ(entries[1].name.text, "Thomas Jefferson High School for Science and Technology");
  ASSERT_TRUE(entries[1].location);
  EXPECT_EQ(entries[1].location->text, "Alexandria, VA");
  EXPECT_TRUE(entries[1].attributes.empty());
  EXPECT_TRUE(entries[2].attributes.empty());
  ASSERT_TRUE(entries[2].location);
  EXPECT_EQ(entries[2].location->text, "Hamburg");
  // An indented sentence is a description, not the rest of the name.
  EXPECT_EQ(entries[3].name.text, "Beta Hospital");

  // An indented place is the entry's place, not part of its name; a wrapped
  // name under a group heading is joined too; a line that heads more entries is not.
  const auto more = parse(
      "Top 4:\n\n1. Mayo Clinic\n   Rochester, Minn.\n2. Cleveland Clinic\n\nMaryland\n3. Montgomery Blair High School for Science and\n"
      "Technology (Silver Spring, MD)\n4. Beta High School (Baltimore, MD)\n\nTop 3 firms:\n\n1. Alpha Corp\n2. Beta LLC,\n"
      "Honorable mentions\n3. Gamma Inc.\n");
  std::vector<Entry> all;
  for (const auto& list : more.lists) all.insert(all.end(), list.entries.begin(), list.entries.end());
  ASSERT_EQ(all.size(), 7U);
  EXPECT_EQ(all[0].name.text, "Mayo Clinic");
  ASSERT_TRUE(all[0].location);
  EXPECT_EQ(all[0].location->text, "Rochester, Minn.");
  EXPECT_EQ(all[2].name.text, "Montgomery Blair High School for Science and Technology");
  for (const auto& attribute : all[3].attributes) EXPECT_NE(attribute.value, "Technology (Silver Spring, MD)");
  EXPECT_EQ(all[5].name.text, "Beta LLC");
}

// What a reviewer fed this session's rules to make them misread; each case went wrong once.
TEST(Reviewed, NewRulesLeaveOrdinaryTextAlone) {
  EXPECT_EQ(only_entry("1. Partners in Care, Austin, Texas").name.text, "Partners in Care");
  EXPECT_EQ(only_entry("1. Leaders in Health, Texas").name.text, "Leaders in Health");
  EXPECT_EQ(only_entry("1. Pizza in Motion - Denver, Colo.").name.text, "Pizza in Motion");
  EXPECT_EQ(only_entry("1. Pier 39 \u2014 15.2").name.text, "Pier 39");
  EXPECT_EQ(only_entry("1. Studio 54 3").name.text, "Studio 54 3");
  EXPECT_EQ(only_entry("1. Apollo 13 1995").name.text, "Apollo 13 1995");
  EXPECT_EQ(only_entry("\u2022 1-800-Flowers.com").name.text, "1-800-Flowers.com");
  const auto after = parse("Top 2:\n\n1. Alpha Museum (Boston)\n2. Beta Museum (Denver)\n\n9-11 Memorial Museum drew record crowds.\n");
  ASSERT_EQ(after.lists.size(), 1U);
  EXPECT_EQ(after.lists[0].entries.size(), 2U);
  // A run-in between a heading and its entries leaves the list its heading.
  const auto between = parse("The 2 best states for retirees:\n\nThe study weighed 1. Cost, 2. Care and 3. Weather.\n\n1. Delaware\n2. Florida\n");
  ASSERT_EQ(between.lists.size(), 1U);
  ASSERT_TRUE(between.lists[0].declared_size);
  EXPECT_EQ(between.lists[0].declared_size->value, 2);
  // Steps are no entries.
  EXPECT_TRUE(parse("To turn it on: Step 1. Open the app, 2. Tap Settings, and 3. Choose Privacy.\n").lists.empty());
  // A weekday that dates nothing.
  EXPECT_FALSE(parse("July 17, 2024\n\nOfficials announced Monday that the hospital will add 200 beds.\n").ranking.released);
  // Event lines under a heading are entries, not bylines.
  const auto events = parse("Best events\n\nHere are the best events this month:\n\nJazz Night - Friday, June 7, 2024\n"
                            "Food Fest - Saturday, June 8, 2024\nBeer Week - Sunday, June 9, 2024\n");
  EXPECT_FALSE(events.date);
  ASSERT_EQ(events.lists.size(), 1U);
  EXPECT_EQ(events.lists[0].entries.size(), 3U);
  // No edition from a survey nobody owns; a name may hold "the".
  EXPECT_FALSE(parse("July 17, 2024\n\nPer the 2020 Census Bureau survey, the city grew.\n").ranking.edition);
  const auto elderly = parse("Lakeview is No. 1 in U.S. News' 2024-25 Best Hospitals for the Elderly rankings.\n").ranking;
  ASSERT_TRUE(elderly.edition);
  EXPECT_EQ(elderly.edition->value, 2024);
  // Entities counted like criteria: a ranking.
  EXPECT_EQ(parse("These five states led all five dimensions:\n\n1. Delaware\n2. Maine\n3. Ohio\n4. Utah\n5. Iowa\n").lists.size(), 1U);
  // A place in parentheses on its own line heads a group.
  const auto groups = parse("Top hospitals:\n\n(Ohio)\n1. Cleveland Clinic\n2. Ohio State\n(Michigan)\n3. Michigan Medicine\n");
  ASSERT_EQ(groups.lists.size(), 1U);
  EXPECT_FALSE(groups.lists[0].entries.at(1).location);
  // A sub-line's value is not cut before another label.
  const auto founded = parse("Top 1:\n\n1. Acme Solar\nFounded: 2019. CEO: Jane Roe\n");
  ASSERT_EQ(founded.lists.size(), 1U);
  EXPECT_EQ(founded.lists[0].entries.at(0).attributes.at(0).value, "2019. CEO: Jane Roe");
}
