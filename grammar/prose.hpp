// Facts stated in prose. A prose line is scanned token by token; at each
// token the fact rules are tried first and otherwise the word is skipped, so
// no fact rule needs to know what surrounds it. Facts may run over a line
// break inside a paragraph (hard-wrapped archives), never over a blank line or
// into a list line.
#pragma once

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "dates.hpp"
#include "lexical.hpp"
#include "lists.hpp"
#include "publishers.hpp"
#include "word_lists.hpp"
#include "word_table.hpp"

namespace rankparse::grammar {

// ---- line breaks inside a paragraph -------------------------------------------
// What ends a paragraph: a blank line, the end, or a line that starts a list.
struct dateline;
struct paragraph_ends_ahead : sor<seq<opt_hspaces, line_end_or_eof>, seq<opt_hspaces, rank_marker>, seq<opt_hspaces, bullet, hspaces>,
                                  seq<opt_hspaces, one<'|'>>, heading_shape, dateline> {};
struct soft_break : seq<opt_hspaces, line_end, not_at<paragraph_ends_ahead>, opt_hspaces> {};
// Space between two words of a fact: spaces, or a soft line break.
struct sp : sor<soft_break, hspaces> {};

// ---- tokens and clause boundaries -------------------------------------------
// "U.S.", "N.C.": their dots never end a sentence.
struct initials : seq<ascii::upper, one<'.'>, plus<ascii::upper, one<'.'>>> {};
// Every entry of the two abbreviation tables (and every run of initials) has
// a dot right after its first letters ("No.", "e.g.", "W. Va.", "D.C."), so
// the tables are looked up only there; most words have none.
struct letters_then_dot : seq<plus<ascii::alpha>, one<'.'>> {};
struct abbreviation
    : sor<seq<at<letters_then_dot>, sor<initials, table_word<abbreviation_table>, table_word<state_abbreviation_table>>>, month_name> {};
struct closing_quote : sor<one<'"', '\''>, utf8_one_of<0x201D, 0x2019>> {};
struct sentence_end : seq<one<'.', '!', '?'>, opt<closing_quote>, at<sor<hspace, line_end_or_eof>>> {};
struct clause_end : sor<at<sentence_end>, at<one<';', ':'>>, seq<at<opt_hspaces, line_end_or_eof>, not_at<soft_break>>> {};
// A run of spaces is one token, so rules that begin with spaces are tried once
// per run, not once per space (which would be quadratic in the run's length).
struct inline_token : sor<abbreviation, word, hspaces, seq<not_at<line_end>, any>> {};
// Inside a fact, a soft line break is just space.
struct clause_token : sor<soft_break, inline_token> {};

// ---- coordinated items: "A, B and C", "A or B" -------------------------------
struct and_or : sor<RANKPARSE_KW("and"), RANKPARSE_KW("or")> {};
struct item_comma : seq<one<','>, sp, opt<and_or, sp>> {};
struct item_and : seq<sp, and_or, sp> {};
// Items stop at a comma or conjunction; after the last conjunction the rest
// of the clause is one item ("... and qualitative assessments by schools and
// residency directors" is the last criterion, not two).
template <typename Tag, typename Stop>
struct list_item : plus<not_at<sor<item_comma, item_and, Stop>>, clause_token> {};
template <typename Tag, typename Stop>
struct last_list_item : plus<not_at<Stop>, clause_token> {};
template <typename Tag, typename Stop = clause_end>
struct item_list : seq<list_item<Tag, Stop>, star<item_comma, list_item<Tag, Stop>>,
                       opt<sor<item_comma, item_and>, last_list_item<Tag, Stop>>> {};

// ---- publishers ---------------------------------------------------------------
// A publisher named where it makes a ranking: "according to X", "ranked by X",
// "X's 2024 specialty excellence ratings", "the latest US News Best Hospitals rankings".
struct made_by_verb : sor<RANKPARSE_KW("ranked"), RANKPARSE_KW("rated"), RANKPARSE_KW("compiled"), RANKPARSE_KW("published"),
                          RANKPARSE_KW("released"), RANKPARSE_KW("produced"), RANKPARSE_KW("conducted"), RANKPARSE_KW("issued")> {};
// "... ranked by The Leapfrog Group", "a survey conducted by the Midwest Health Quality Council"
struct made_by : seq<made_by_verb, sp, RANKPARSE_KW("by"), sp, publisher_reference> {};
struct ranking_noun : sor<RANKPARSE_KW("list"), RANKPARSE_KW("lists"), RANKPARSE_KW("ranking"), RANKPARSE_KW("rankings"), RANKPARSE_KW("ratings"),
                          RANKPARSE_KW("rating"), RANKPARSE_KW("report"), RANKPARSE_KW("survey"), RANKPARSE_KW("index"), RANKPARSE_KW("awards"),
                          RANKPARSE_KW("grades"), RANKPARSE_KW("scores"), RANKPARSE_KW("study"), RANKPARSE_KW("analysis"),
                          seq<RANKPARSE_KW("honor"), sp, RANKPARSE_KW("roll")>> {};
// "Fortune/PINC AI 15 Top Health Systems list": words joined by spaces or slashes.
struct name_joint : sor<sp, one<'/'>> {};
// The words before the ranking noun never hold a claim: in "Children's
// Hospital took the top spot on Newsweek's list" the claim is the fact.
struct rank_claim;
// Nor a release verb: "Niche released the ranking Tuesday" names no ranking "released the".
struct release_verb;
// At most seven words between the name and the ranking word. They may give
// the ranking's edition (a year, or a season such as "2023-24" or "2024–25")
// and its own name: "U.S. News' 2024 Best Graduate Schools rankings". The
// edition counts as one of the seven words before the name, not after it.
// "WalletHub's 2024's Best States": the edition's own possessive is no part of it, and is skipped after it.
struct ranking_edition : seq<sor<TAO_PEGTL_STRING("19"), TAO_PEGTL_STRING("20")>, rep<2, ascii::digit>, opt<dash, rep_min_max<2, 4, ascii::digit>>,
                             sor<whole_word_end, at<possessive, whole_word_end>>> {};
struct edition_possessive : opt<possessive> {};
// The edition may also follow the name: "Newsweek's World's Best Specialized Hospitals 2024 ranking".
struct edition_before_noun : seq<ranking_edition, sp, ranking_noun> {};
struct ranking_determiner : sor<RANKPARSE_KW("the"), RANKPARSE_KW("its"), RANKPARSE_KW("their")> {};
// "its" and "their" begin another ranking's name ("Forbes said its 2024 Best
// Employers list"); "the" may be inside one ("Best Hospitals for the Elderly").
struct owner_determiner : sor<RANKPARSE_KW("its"), RANKPARSE_KW("their")> {};
template <typename Joint, unsigned Most>
struct ranking_name
    : rep_max<Most, Joint, not_at<ranking_noun>, not_at<rank_claim>, not_at<edition_before_noun>, not_at<owner_determiner>, not_at<release_verb>, word> {};
template <typename Joint>
struct ranking_words : sor<seq<Joint, ranking_edition, edition_possessive, ranking_name<Joint, 6>>, seq<ranking_name<Joint, 7>, opt<Joint, ranking_edition>>> {};
// Only the owner's possessive makes the words a ranking's name: "Fortune/PINC
// AI 15 Top Health Systems list" runs the publisher into the name.
struct owner_possessive : possessive {};
// The edition may follow the noun: "the QS World University Rankings 2026".
struct publisher_ranking : seq<publisher_name, opt<owner_possessive>, ranking_words<name_joint>, sp, ranking_noun, opt<sp, ranking_edition>> {};
// "the Meridian Urban Institute's 2024 Global Livability Index"
struct unknown_publisher_ranking
    : seq<opt<RANKPARSE_KW("the"), sp>, unknown_publisher, owner_possessive, ranking_words<sp>, sp, ranking_noun, opt<sp, ranking_edition>> {};
struct release_verb : sor<RANKPARSE_KW("released"), RANKPARSE_KW("published"), RANKPARSE_KW("unveiled"), RANKPARSE_KW("announced"),
                          RANKPARSE_KW("releases"), RANKPARSE_KW("publishes"), RANKPARSE_KW("unveils"), RANKPARSE_KW("announces")> {};
// "Niche released its 2024 ...", "Modern Healthcare has released its 2024 ...": the owner before it.
// "Newsweek today announced its 2025 ...", "The Leapfrog Group on Tuesday
// released its 2024 ...": the day before the verb is the release's.
struct ranking_released_today : RANKPARSE_KW("today") {};
struct full_weekday;
struct ranking_released_weekday : seq<full_weekday> {};
struct edition_owner : seq<publisher_name, sp,
                           opt<sor<RANKPARSE_KW("has"), RANKPARSE_KW("have"), ranking_released_today,
                                   seq<RANKPARSE_KW("on"), sp, ranking_released_weekday>>,
                               sp>,
                           release_verb, sp> {};
// "The Chartis Center for Rural Health has released its annual list": a
// publisher named where it releases something, which a ranking is. Only the
// name is taken, so "released today" is still read as the release.
struct publisher_releases : seq<publisher_name, at<sp, opt<sor<RANKPARSE_KW("has"), RANKPARSE_KW("have"), RANKPARSE_KW("today")>, sp>, release_verb>> {};
// A weekday that dates a release: only where the clause ends after it, not
// "announced Monday that ...", "unveiled Sunday brunch".
struct full_weekday : sor<RANKPARSE_KW("monday"), RANKPARSE_KW("tuesday"), RANKPARSE_KW("wednesday"), RANKPARSE_KW("thursday"),
                          RANKPARSE_KW("friday"), RANKPARSE_KW("saturday"), RANKPARSE_KW("sunday")> {};
struct day_clause_end : at<sor<seq<opt_hspaces, sor<one<',', '.', ';', ':', ')'>, line_end_or_eof>>,
                               seq<sp, sor<RANKPARSE_KW("by"), RANKPARSE_KW("and"), RANKPARSE_KW("in"), RANKPARSE_KW("at")>>>> {};
// "... rankings on July 16", "... list on Tuesday": when it came out may follow the ranking.
struct ranking_released_date : month_day_date {};
struct ranking_released_day : seq<full_weekday, not_at<opt<one<'.', ','>>, sp, month_name>, day_clause_end> {};
// A year (19xx or 20xx) within the next `Reach` bytes of the clause: most
// "the"s and publishers' names have none, and the rules below are not worth
// trying (nor their records worth building) there. Consumes nothing.
template <std::size_t Reach>
struct year_ahead {
  using rule_t = year_ahead;
  using subs_t = empty_list;

  template <typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    const std::string_view rest(in.current(), std::min(in.size(), Reach));
    const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i + 4 <= rest.size(); ++i) {
      // A clause ends at a line end, a comma or semicolon, or a full stop before a space,
      // but not an initial's ("U.S. News" goes on).
      const bool initial = i > 0 && rest[i - 1] >= 'A' && rest[i - 1] <= 'Z';
      if (rest[i] == '\n' || rest[i] == ',' || rest[i] == ';' || (rest[i] == '.' && rest[i + 1] == ' ' && !initial)) return false;
      const bool starts = (rest[i] == '1' && rest[i + 1] == '9') || (rest[i] == '2' && rest[i + 1] == '0');
      if (starts && is_digit(rest[i + 2]) && is_digit(rest[i + 3]) && (i == 0 || !is_digit(rest[i - 1])) &&
          (i + 4 == rest.size() || !is_digit(rest[i + 4]))) {
        return true;
      }
    }
    return false;
  }
};
// "... on Tuesday", "... July 16": when the ranking named before came out.
struct ranking_released_after : seq<sp, opt<RANKPARSE_KW("on"), sp>, sor<seq<opt<weekday_lead>, ranking_released_date>, ranking_released_day>> {};
// "its 2024 Best Employers list", "the 2024 U.S. News & World Report Best
// High Schools rankings": a ranking named after its edition.
// The edition may follow the name: "unveiled the World's Best Hospitals 2024
// ranking". The name's words are not tried as rank claims, as ranking_name's
// are: after "the" and a year no claim stands, and this rule is tried often.
// An ampersand stands for a word: "Best Workplaces in Consulting & Professional Services".
template <unsigned Most>
struct edition_ranking_name
    : rep_max<Most, sp, not_at<ranking_noun>, not_at<edition_before_noun>, not_at<owner_determiner>, sor<word, one<'&'>>> {};
struct edition_first_ranking : seq<opt<edition_owner>, ranking_determiner,
                                   sor<seq<sp, ranking_edition, opt<sp, publisher_name, opt<owner_possessive>>, edition_ranking_name<7>>,
                                       seq<edition_ranking_name<6>, sp, ranking_edition>>,
                                   sp, ranking_noun, opt<sp, sor<RANKPARSE_KW("by"), RANKPARSE_KW("from")>, sp, publisher_name>, opt<ranking_released_after>> {};
// "the 2024 Inc. 5000", "the 2025 Forbes Global 2000": the publisher's name is the ranking's.
struct edition_of_publisher : seq<ranking_determiner, sp, ranking_edition, sp, publisher_name, word_end> {};
// The owner, a determiner, up to seven words of name, the edition.
struct edition_first_ranking_here : seq<year_ahead<100>, sor<edition_first_ranking, edition_of_publisher>> {};
// "QS World University Rankings 2025", "Times Higher Education World
// University Rankings 2025": a publisher or its ranking, then the edition.
// The name is read only where a ranking word follows it: its action binds
// the name when it matches, so a name tried on a failed branch would stay
// bound ("Forbes 2024" would name a ranking "2024").
struct publisher_edition
    : seq<publisher_name, opt<at<ranking_name<sp, 4>, sp, ranking_noun>, ranking_name<sp, 4>, sp, ranking_noun>, sp, ranking_edition> {};
struct publisher_edition_here : seq<year_ahead<80>, publisher_edition> {};
// "Livability's 2025 Top 100 Best Places to Live", "Newsweek's 2024 Best
// Places to Work in the Rockies list", "Healthgrades released its 2025
// America's 50 Best Hospitals for Cardiac Care", "Forbes released America's
// Top Colleges 2024 on Sept. 10": the owner's edition, then a
// title of capitalized words (numbers and small words between them), a
// ranking word after it or not. Or the title, then the edition:
// "Newsweek's America's Greatest Workplaces 2024". A year is no title word.
struct title_connector : sor<RANKPARSE_KW("to"), RANKPARSE_KW("of"), RANKPARSE_KW("for"), RANKPARSE_KW("in"), RANKPARSE_KW("the"), RANKPARSE_KW("and"),
                             RANKPARSE_KW("a"), RANKPARSE_KW("an"), one<'&'>> {};
struct title_word : seq<not_at<ranking_edition>, at<sor<ascii::upper, ascii::digit>>, sor<abbreviation, word>> {};
struct edition_title : seq<title_word, rep_max<8, sp, rep_max<2, title_connector, sp>, title_word>> {};
struct title_owner : sor<seq<publisher_name, owner_possessive, sp>, seq<edition_owner, opt<owner_determiner, sp>>> {};
struct owned_edition_title
    : seq<title_owner,
          sor<seq<ranking_edition, edition_possessive, sp, at<title_word, sp, title_word>, edition_title, opt<sp, ranking_noun>, opt<ranking_released_after>>,
              seq<at<title_word, sp, title_word>, edition_title, sp, ranking_edition, opt<ranking_released_after>>>> {};
// "according to U.S. News' 2023-24 Best Hospitals rankings" names the ranking
// too. "according to the QS World University Rankings 2026" is left to
// publisher_edition, which reads the edition after the name.
struct according_to : seq<RANKPARSE_KW("according"), sp, RANKPARSE_KW("to"), sp,
                          sor<seq<opt<RANKPARSE_KW("the"), sp>, publisher_ranking>, unknown_publisher_ranking,
                              seq<publisher_reference, not_at<sp, ranking_edition>>>> {};
// "Magnet recognition from the American Nurses Credentialing Center"
struct honored_by : seq<sor<RANKPARSE_KW("recognition"), RANKPARSE_KW("designation"), RANKPARSE_KW("award"), RANKPARSE_KW("awards"),
                            RANKPARSE_KW("honors"), RANKPARSE_KW("grades"), RANKPARSE_KW("grade"), RANKPARSE_KW("accreditation")>,
                        sp, RANKPARSE_KW("from"), sp, publisher_reference> {};
// Any other mention of a known publisher; counted only when nothing names one more clearly.
struct publisher_mention : seq<publisher_name, word_end> {};

// ---- the article's own date at the top: datelines ------------------------------
struct clock_time : seq<rep_min_max<1, 2, ascii::digit>, one<':'>, rep<2, ascii::digit>, opt_hspaces,
                        opt<sor<TAO_PEGTL_ISTRING("a.m."), TAO_PEGTL_ISTRING("p.m."), TAO_PEGTL_ISTRING("am"), TAO_PEGTL_ISTRING("pm")>>,
                        opt<hspaces, rep_min_max<2, 4, ascii::upper>, word_end>> {};
// "Updated On 9:10 AM IST, ", "Published: "
struct update_lead : seq<sor<RANKPARSE_KW("updated"), RANKPARSE_KW("published"), RANKPARSE_KW("posted"),
                             seq<RANKPARSE_KW("last"), hspaces, RANKPARSE_KW("updated")>>,
                         opt<hspaces, RANKPARSE_KW("on")>, opt<one<':'>>, opt_hspaces, opt<clock_time>, opt<one<','>>, opt_hspaces> {};
// "DENVER, ", "NEW YORK, N.Y., " as wire stories begin.
struct upper_word : seq<ascii::upper, plus<sor<ascii::upper, one<'.', '\''>>>> {};
// "TROY, Mich.: 13 Feb. 2025": a colon may end it.
struct city_lead : seq<upper_word, rep_max<3, hspaces, upper_word>,
                       opt<one<','>, hspaces, sor<initials, table_word<state_abbreviation_table>>, at<one<',', ':'>>>, one<',', ':'>, hspaces> {};
// "By Jane Roe | ", "By Jane Roe, ", "Denver Business Journal | ": a byline,
// or the paper's name set off by a pipe, before the date. Capitalized words
// and a dash or comma alone ("Alpha Bistro — March 3, 2024", "Election Day,
// Nov. 5") are a list's entry or a holiday, not a byline.
struct byline_words : seq<capitalized_word, rep_max<5, hspaces, sor<capitalized_word, name_connector>>, opt_hspaces> {};
// "Giles Bruce - Tuesday, July 16th, 2024" as Becker's writes it: a dash
// makes a byline only before a weekday, which a list's "Name — date" lacks.
// "Written by Jane Roe | ", "By Jane Roe · ": who wrote it, then a bar, comma, dash or middle dot.
struct byline_verb : sor<RANKPARSE_KW("written"), RANKPARSE_KW("story"), RANKPARSE_KW("posted"), RANKPARSE_KW("reported")> {};
struct byline_separator : sor<one<'|', ','>, dash, utf8_one_of<0x00B7, 0x2022>> {};
struct byline_lead : sor<seq<opt<byline_verb, hspaces>, RANKPARSE_KW("by"), hspaces, byline_words, byline_separator, opt_hspaces>,
                         seq<byline_words, one<'|'>, opt_hspaces>, seq<byline_words, dash, opt_hspaces, at<weekday>>> {};
// "2024-11-19" and the date of a timestamp, "2024-11-19T08:00:00Z".
struct full_iso_date : seq<date_year, one<'-'>, date_month, one<'-'>, date_day, sor<word_end, at<one<'T'>, ascii::digit>>> {};
// "08/14/2024", "8/14/2024": month first, as American pages write it.
struct numeric_month : rep_min_max<1, 2, ascii::digit> {};
struct us_numeric_date : seq<numeric_month, one<'/'>, day_of_month, one<'/'>, date_year, word_end> {};
struct full_date : sor<seq<month_name, hspaces, day_of_month, opt<one<','>>, hspaces, date_year>,
                       seq<day_of_month, hspaces, month_name, opt<one<','>>, hspaces, date_year>, full_iso_date, us_numeric_date> {};
struct dateline : seq<opt<sor<update_lead, city_lead, byline_lead>>, opt<weekday_lead>, full_date, opt<opt<one<','>>, hspaces, clock_time>> {};
// "By Jane Roe | Published Oct. 10, 2024": a date stated later on a line near the top.
struct dated_phrase : seq<sor<RANKPARSE_KW("published"), RANKPARSE_KW("updated"), RANKPARSE_KW("posted")>, opt<sp, RANKPARSE_KW("on")>,
                          opt<one<':'>>, sp, full_date> {};

// ---- the lead fact: "<subject> ... earned the No. 1 spot" ---------------------
struct list_noun : sor<RANKPARSE_KW("lists"), RANKPARSE_KW("list"), RANKPARSE_KW("rankings"), RANKPARSE_KW("ranking")> {};
struct based_descriptor : seq<plus<letter>, dash, RANKPARSE_KW("based")> {};
struct ordinal_word : table_word<ordinal_table> {};
struct ordinal_digits : seq<digits, sor<TAO_PEGTL_ISTRING("st"), TAO_PEGTL_ISTRING("nd"), TAO_PEGTL_ISTRING("rd"), TAO_PEGTL_ISTRING("th")>, word_end> {};
// "the 21st consecutive year", "the second", "3 straight years"
struct consecutive_count : sor<ordinal_word, ordinal_digits, count> {};
struct year_word : sor<RANKPARSE_KW("year"), RANKPARSE_KW("years"), RANKPARSE_KW("time"), RANKPARSE_KW("times")> {};
// "for the second consecutive year", "for 3 straight years", "for the fifth year in a row"
struct consecutive_phrase
    : seq<RANKPARSE_KW("for"), sp, opt<RANKPARSE_KW("the"), sp>, consecutive_count, sp,
          sor<seq<sor<RANKPARSE_KW("consecutive"), RANKPARSE_KW("straight")>, sp, year_word>,
              seq<year_word, sp, RANKPARSE_KW("in"), sp, RANKPARSE_KW("a"), sp, RANKPARSE_KW("row")>>> {};
struct claim_verb : sor<RANKPARSE_KW("earned"), RANKPARSE_KW("earns"), RANKPARSE_KW("took"), RANKPARSE_KW("takes"),
                        RANKPARSE_KW("claimed"), RANKPARSE_KW("claims"), RANKPARSE_KW("secured"), RANKPARSE_KW("landed"),
                        RANKPARSE_KW("captured"), RANKPARSE_KW("won"), RANKPARSE_KW("holds"), RANKPARSE_KW("held"),
                        RANKPARSE_KW("retained"), RANKPARSE_KW("kept"), RANKPARSE_KW("maintained"), RANKPARSE_KW("ranked"),
                        RANKPARSE_KW("ranks"), RANKPARSE_KW("is"), RANKPARSE_KW("was"), RANKPARSE_KW("remains"),
                        RANKPARSE_KW("remained"), RANKPARSE_KW("placed"), RANKPARSE_KW("came")> {};
struct number_sign : sor<seq<TAO_PEGTL_STRING("No"), opt<one<'.'>>>, one<'#'>, RANKPARSE_KW("number")> {};
struct claimed_rank : digits {};
struct rank_noun : sor<RANKPARSE_KW("spot"), RANKPARSE_KW("position"), RANKPARSE_KW("place"), RANKPARSE_KW("ranking"),
                       RANKPARSE_KW("rank"), RANKPARSE_KW("slot")> {};
// "the top spot", "first place": rank 1 in words.
struct claimed_first : sor<seq<RANKPARSE_KW("top"), sp, rank_noun>, seq<RANKPARSE_KW("first"), sp, RANKPARSE_KW("place")>> {};
struct numbered_claim : seq<number_sign, opt_hspaces, claimed_rank, word_end, opt<sp, rank_noun>> {};
// "topped U.S. News' list", "tops the 2024 ranking"
struct topped_verb : sor<RANKPARSE_KW("topped"), RANKPARSE_KW("tops"), RANKPARSE_KW("leads"), RANKPARSE_KW("led")> {};
// Only the verb is consumed, so the publisher in "tops Becker's Hospital Review's list" is still read.
struct topped_claim : seq<topped_verb, at<sp, rep_max<6, not_at<list_noun>, word, sor<sp, possessive>>, opt_hspaces, list_noun>> {};
// "is again the top-ranked college", "once again earned the top spot".
struct claim_adverb : sor<seq<RANKPARSE_KW("once"), sp, RANKPARSE_KW("again")>, RANKPARSE_KW("again"), RANKPARSE_KW("also"),
                          RANKPARSE_KW("still"), RANKPARSE_KW("now")> {};
// "ranked first", "came first": rank 1 as an ordinal, only after a verb of
// placing ("was first to offer" ranks nothing).
struct placing_verb : sor<RANKPARSE_KW("ranked"), RANKPARSE_KW("ranks"), RANKPARSE_KW("placed"), RANKPARSE_KW("places"), RANKPARSE_KW("came"),
                          RANKPARSE_KW("comes"), RANKPARSE_KW("finished"), RANKPARSE_KW("finishes")> {};
struct ordinal_first : RANKPARSE_KW("first") {};
struct placed_first : seq<placing_verb, sp, opt<claim_adverb, sp>, ordinal_first> {};
// "has been ranked the best engineering institution", "was named the top
// hospital": passive only; in "U.S. News named the best hospital" the subject
// names, it is not named.
struct passive_naming : seq<sor<RANKPARSE_KW("is"), RANKPARSE_KW("was"), RANKPARSE_KW("been"), RANKPARSE_KW("were")>, sp,
                            sor<RANKPARSE_KW("ranked"), RANKPARSE_KW("named"), RANKPARSE_KW("rated")>> {};
struct being_verb : sor<passive_naming, RANKPARSE_KW("is"), RANKPARSE_KW("was"), RANKPARSE_KW("remains"), RANKPARSE_KW("remained")> {};
struct having_verb : sor<RANKPARSE_KW("has"), RANKPARSE_KW("had"), RANKPARSE_KW("have")> {};
// "is the nation's top hospital", "remains the best university in Asia", "has
// the top MBA program", "is the most valuable brand": rank 1 as a
// superlative before a noun. "nation's", "America's": whose best it is. A
// number after it is a group ("the top two hospitals", "a top 10 program"),
// and "most" ranks only as the rankings say it ("the most selective school"
// and "has the most beds" rank nothing).
struct scope_possessive : seq<plus<ascii::alpha>, possessive, word_end> {};
struct superlative : sor<RANKPARSE_KW("top-ranked"), RANKPARSE_KW("highest-ranked"), RANKPARSE_KW("best-ranked"), RANKPARSE_KW("top-rated"),
                         RANKPARSE_KW("highest-rated"), RANKPARSE_KW("top"), RANKPARSE_KW("best")> {};
struct most_superlative : seq<RANKPARSE_KW("most"), sp,
                              sor<RANKPARSE_KW("valuable"), RANKPARSE_KW("admired"), RANKPARSE_KW("livable"), RANKPARSE_KW("liveable"),
                                  RANKPARSE_KW("innovative"), RANKPARSE_KW("trusted"), RANKPARSE_KW("respected"), RANKPARSE_KW("reputable")>> {};
template <typename Verb, typename Superlative>
struct superlative_after
    : seq<Verb, sp, opt<claim_adverb, sp>, RANKPARSE_KW("the"), sp, opt<scope_possessive, sp>, Superlative, sp, not_at<count>, word> {};
struct superlative_claim : sor<superlative_after<being_verb, sor<superlative, most_superlative>>, superlative_after<having_verb, superlative>> {};
// "climbed three places to No. 4": the rank it moved to.
struct movement_verb : sor<RANKPARSE_KW("climbed"), RANKPARSE_KW("climbs"), RANKPARSE_KW("rose"), RANKPARSE_KW("rises"), RANKPARSE_KW("jumped"),
                           RANKPARSE_KW("jumps"), RANKPARSE_KW("moved"), RANKPARSE_KW("moves"), RANKPARSE_KW("fell"), RANKPARSE_KW("falls"),
                           RANKPARSE_KW("dropped"), RANKPARSE_KW("drops"), RANKPARSE_KW("slipped"), RANKPARSE_KW("slips"),
                           RANKPARSE_KW("advanced"), RANKPARSE_KW("advances")> {};
struct moved_to_claim : seq<movement_verb, rep_max<3, sp, not_at<RANKPARSE_KW("to")>, word>, sp, RANKPARSE_KW("to"), sp, numbered_claim> {};
struct rank_claim : sor<seq<claim_verb, sp, opt<claim_adverb, sp>, opt<sor<RANKPARSE_KW("the"), RANKPARSE_KW("a"), RANKPARSE_KW("in")>, sp>,
                            sor<numbered_claim, claimed_first>>,
                        topped_claim, placed_first, superlative_claim, moved_to_claim> {};

// ---- the ranking: "<publisher>'s list of <title> for <year>, released <date>" ---
struct edition_year : date_year {};
struct for_edition : seq<sp, RANKPARSE_KW("for"), sp, edition_year> {};
// The title ends where the sentence goes on about it: "... for 2024", "for the
// fourth straight year", ", released ...", "is led this year by ...".
struct title_verb : seq<sp, sor<RANKPARSE_KW("is"), RANKPARSE_KW("are"), RANKPARSE_KW("was"), RANKPARSE_KW("were"), RANKPARSE_KW("has"),
                                RANKPARSE_KW("have"), RANKPARSE_KW("which"), RANKPARSE_KW("that"), RANKPARSE_KW("released"),
                                RANKPARSE_KW("published")>> {};
struct consecutive_phrase;
// "for the 22nd time": how often, not what the ranking is of.
struct times_phrase
    : seq<RANKPARSE_KW("for"), sp, RANKPARSE_KW("the"), sp, sor<ordinal_word, ordinal_digits>, sp, RANKPARSE_KW("time")> {};
// "on Thursday", "on Nov. 5", "today": when it came out, not what it ranks.
struct title_when : seq<sp, sor<seq<RANKPARSE_KW("on"), sp, sor<weekday, month_name>>, RANKPARSE_KW("today"), RANKPARSE_KW("yesterday")>> {};
struct ranking_title : plus<not_at<sor<for_edition, seq<sp, consecutive_phrase>, seq<sp, times_phrase>, title_verb, title_when, one<','>, clause_end>>,
                            clause_token> {};
// "U.S. News' list of", "Newsweek released its list of"
struct list_owner : sor<publisher_possessive, seq<publisher_name, sp, release_verb, sp, sor<RANKPARSE_KW("its"), RANKPARSE_KW("their")>>> {};
struct publisher_list_of : seq<list_owner, sp, opt<RANKPARSE_KW("annual"), sp>, opt<edition_year, sp>, list_noun, sp, RANKPARSE_KW("of"), sp,
                               ranking_title, opt<for_edition>> {};
struct released_date : month_day_date {};
// "released Tuesday", "published today": the day, counted back from the article's date.
struct released_day : seq<sor<full_weekday, RANKPARSE_KW("today"), RANKPARSE_KW("yesterday")>, day_clause_end> {};
// "released its rankings Tuesday", "published it on Oct. 30": what was released may come between.
struct released_noun : ranking_noun {};  // the same words, without ranking_noun's action (it names no ranking here)
// A few words may name it ("published its world ranking"), and "of the year"
// follow it; not an edition, which the edition rules read from the determiner on.
struct released_object : seq<sor<RANKPARSE_KW("it"), RANKPARSE_KW("them"),
                                 seq<ranking_determiner, not_at<sp, ranking_edition>, rep_max<4, sp, not_at<released_noun>, word>, sp, released_noun,
                                     opt<sp, RANKPARSE_KW("of"), sp, RANKPARSE_KW("the"), sp, RANKPARSE_KW("year")>>>,
                             sp> {};
// "will be released Dec. 3": a release yet to come is no release date; the
// rule takes the words so released_phrase never sees them. ("to be released"
// is not read: "to" is too common a word to try every fact rule at.)
struct future_release : seq<RANKPARSE_KW("will"), sp, RANKPARSE_KW("be"), sp, release_verb> {};
struct released_phrase : seq<release_verb, sp, opt<released_object>, opt<RANKPARSE_KW("on"), sp>,
                             sor<seq<opt<weekday_lead>, released_date>, seq<released_day, not_at<opt<one<'.', ','>>, sp, month_name>>>> {};
// "Built In today announced its 2025 ...": the press release's own day.
struct released_today : RANKPARSE_KW("today") {};
// What was released follows: "today announced a new park" is no release.
struct today_release : seq<at<RANKPARSE_KW("today"), sp, release_verb, sp, ranking_determiner, rep_max<8, sp, not_at<released_noun>, word>, sp,
                              released_noun>,
                           released_today> {};
// "part of U.S. News' annual best graduate schools lists": at most nine words
// of title, so a "part of" that never reaches "lists" costs little.
struct family_title : seq<not_at<list_noun>, word, rep_max<8, sp, not_at<list_noun>, word>> {};
// "part of its 2023-24 Best Hospitals rankings": the owner and the edition are no part of the family's name.
struct family_edition : seq<year, opt<dash, rep_min_max<2, 4, ascii::digit>, word_end>> {};
struct family_phrase : seq<RANKPARSE_KW("part"), sp, RANKPARSE_KW("of"), sp, opt<RANKPARSE_KW("the"), sp>, opt<publisher_possessive, sp>,
                           opt<sor<RANKPARSE_KW("its"), RANKPARSE_KW("their")>, sp>, opt<RANKPARSE_KW("annual"), sp>,
                           opt<family_edition, sp>, family_title, sp, list_noun> {};

// ---- a list announced by its paragraph: "... Here are the top five." ----------
struct intro_size : count {};
struct list_intro : seq<sor<seq<sor<RANKPARSE_KW("here"), RANKPARSE_KW("below"), RANKPARSE_KW("these"), RANKPARSE_KW("following")>, sp,
                                sor<RANKPARSE_KW("are"), RANKPARSE_KW("is")>>,
                            seq<RANKPARSE_KW("the"), sp, RANKPARSE_KW("following")>>,
                        sp, opt<RANKPARSE_KW("the"), sp>, opt<sor<RANKPARSE_KW("top"), RANKPARSE_KW("best")>, sp>, intro_size, word_end> {};

// ---- methodology ------------------------------------------------------------
struct category_tag {};
struct criterion_tag {};
struct accreditor_tag {};
// "Medical schools are ranked for research programs and primary care programs."
struct categories_phrase : seq<sor<RANKPARSE_KW("are"), RANKPARSE_KW("were")>, sp, RANKPARSE_KW("ranked"), sp,
                               sor<RANKPARSE_KW("for"), RANKPARSE_KW("in")>, sp, item_list<category_tag>> {};
// "based on faculty resources, ... and qualitative assessments by ..."; "based on
// where they place" begins a clause, not a list of criteria.
struct clause_word : sor<RANKPARSE_KW("where"), RANKPARSE_KW("how"), RANKPARSE_KW("whether"), RANKPARSE_KW("what"), RANKPARSE_KW("when"),
                         RANKPARSE_KW("why"), RANKPARSE_KW("which"), RANKPARSE_KW("who")> {};
struct criteria_phrase : seq<RANKPARSE_KW("based"), sp, RANKPARSE_KW("on"), sp, not_at<count>, not_at<clause_word>, item_list<criterion_tag>> {};

// "based on 130 medical and osteopathic schools fully accredited in 2021 by A or B that responded ..."
struct relative_pronoun : sor<RANKPARSE_KW("that"), RANKPARSE_KW("which"), RANKPARSE_KW("who")> {};
struct ranked_count : count {};
struct kind_stop : sor<seq<sp, sor<RANKPARSE_KW("fully"), RANKPARSE_KW("accredited"), relative_pronoun, RANKPARSE_KW("in"),
                                   RANKPARSE_KW("from"), RANKPARSE_KW("across"), RANKPARSE_KW("with")>>,
                       one<','>, clause_end> {};
struct ranked_kind : plus<not_at<kind_stop>, clause_token> {};
struct accreditation_year : date_year {};
struct accreditor_stop : sor<clause_end, seq<sp, relative_pronoun>> {};
struct accreditation : seq<opt<RANKPARSE_KW("fully"), sp>, RANKPARSE_KW("accredited"), opt<sp, RANKPARSE_KW("in"), sp, accreditation_year>,
                           opt<sp, RANKPARSE_KW("by"), sp, item_list<accreditor_tag, accreditor_stop>>> {};
struct eligibility_condition : plus<not_at<clause_end>, clause_token> {};
struct eligibility : sor<seq<accreditation, opt<sp, relative_pronoun, sp, eligibility_condition>>,
                         seq<relative_pronoun, sp, eligibility_condition>> {};
// "based on 13 indicators" counts what is measured, not what is ranked.
struct measure_noun : sor<RANKPARSE_KW("indicators"), RANKPARSE_KW("measures"), RANKPARSE_KW("metrics"), RANKPARSE_KW("factors"),
                          RANKPARSE_KW("criteria"), RANKPARSE_KW("variables"), RANKPARSE_KW("categories"), RANKPARSE_KW("questions")> {};
struct population_phrase
    : seq<RANKPARSE_KW("based"), sp, RANKPARSE_KW("on"), sp, ranked_count, sp, not_at<measure_noun>, ranked_kind, opt<sp, eligibility>> {};
// "U.S. News ranked 124 full-time MBA programs on placement success", "the
// complete list of 226 ranked master's programs is available": how many were
// ranked, said outright. The kind ends where the sentence goes on about them.
struct listed_kind_stop : sor<kind_stop, seq<sp, sor<RANKPARSE_KW("on"), RANKPARSE_KW("by"), RANKPARSE_KW("this"), RANKPARSE_KW("last"),
                                                     RANKPARSE_KW("using"), RANKPARSE_KW("based"), RANKPARSE_KW("for"), RANKPARSE_KW("to"),
                                                     RANKPARSE_KW("is"), RANKPARSE_KW("are"), RANKPARSE_KW("was"), RANKPARSE_KW("were")>>> {};
struct listed_kind : seq<letter, plus<not_at<listed_kind_stop>, clause_token>> {};
// "ranked 12 in the nation", "ranked 15 among public universities", "ranked 151
// to 200", "ranked 2 spots higher": a rank, not how many were ranked.
struct rank_follows : sor<RANKPARSE_KW("in"), RANKPARSE_KW("among"), RANKPARSE_KW("of"), RANKPARSE_KW("out"), RANKPARSE_KW("at"),
                          RANKPARSE_KW("to"), RANKPARSE_KW("overall"), RANKPARSE_KW("nationally"), RANKPARSE_KW("globally"),
                          RANKPARSE_KW("spot"), RANKPARSE_KW("spots"), RANKPARSE_KW("place"), RANKPARSE_KW("places"),
                          RANKPARSE_KW("position"), RANKPARSE_KW("positions"), RANKPARSE_KW("this"), RANKPARSE_KW("last")> {};
struct ranked_population : sor<seq<RANKPARSE_KW("ranked"), sp, ranked_count, sp, not_at<measure_noun>, not_at<rank_follows>, listed_kind>,
                               seq<RANKPARSE_KW("list"), sp, RANKPARSE_KW("of"), sp, ranked_count, sp, RANKPARSE_KW("ranked"), sp, listed_kind>> {};

// "The research rankings include two measures of research productivity"
struct ranking_word : sor<RANKPARSE_KW("rankings"), RANKPARSE_KW("ranking")> {};
// At most four words: "the primary care rankings include".
struct measure_category : seq<not_at<ranking_word>, word, rep_max<3, sp, not_at<ranking_word>, word>> {};
struct measure_count : count {};
struct measure_text : plus<not_at<sor<one<','>, clause_end>>, clause_token> {};
struct measure_phrase : seq<RANKPARSE_KW("the"), sp, measure_category, sp, ranking_word, sp,
                            sor<RANKPARSE_KW("include"), RANKPARSE_KW("includes"), RANKPARSE_KW("included")>, sp, measure_count, sp,
                            measure_text> {};

// ---- where a fact may begin --------------------------------------------------
// Most words of prose begin no fact, and trying every fact rule at each of
// them was the largest cost of reading prose. Most fact rules begin with a
// keyword (matched in any case) from the list below; the others begin with a
// name (a publisher, an organization, "Boston-based"). So at a word the
// keyword rules are tried only when it is one of these words, the name rules
// only where a name may begin. A new fact rule that begins with another
// keyword must add it here; grammar_test checks on every sample that trying
// only these rules finds what trying them all finds.
inline constexpr std::string_view fact_lead_words[] = {
    // rank_claim: claim_verb, topped_verb, placing_verb, being_verb (its passive begins with "is", "was", "been" or "were"),
    // having_verb, movement_verb
    "earned", "earns", "took", "takes", "claimed", "claims", "secured", "landed", "captured", "won", "holds", "held", "retained", "kept",
    "maintained", "ranked", "ranks", "is", "was", "remains", "remained", "placed", "came", "topped", "tops", "leads", "led", "places",
    "comes", "finished", "finishes", "been", "has", "had", "have", "climbed", "climbs", "rose", "rises", "jumped", "jumps", "moved",
    "moves", "fell", "falls", "dropped", "drops", "slipped", "slips", "advanced", "advances",
    // consecutive_phrase
    "for",
    // according_to, family_phrase
    "according", "part",
    // made_by: made_by_verb
    "rated", "compiled", "published", "released", "produced", "conducted", "issued",
    // dated_phrase
    "updated", "posted",
    // released_phrase: release_verb
    "unveiled", "announced", "releases", "publishes", "unveils", "announces",
    // today_release
    "today",
    // list_intro, measure_phrase (and unknown_publisher_ranking, a name rule that may begin with "the")
    "here", "below", "these", "following", "the",
    // edition_first_ranking: ranking_determiner
    "its", "their",
    // future_release
    "will",
    // categories_phrase; population_phrase and criteria_phrase; ranked_population
    "are", "were", "based", "list",
    // honored_by
    "recognition", "designation", "award", "awards", "honors", "grades", "grade", "accreditation"};

// Which fact rules may match at the start of `rest`.
enum class FactStart { none, name, any };

inline constexpr std::size_t longest_lead_word = 16;
// Lead words are lower-case ASCII letters: the index below files them by letter.
static_assert(std::all_of(std::begin(fact_lead_words), std::end(fact_lead_words), [](std::string_view word) {
  const auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  return !word.empty() && word.size() <= longest_lead_word && std::all_of(word.begin(), word.end(), is_lower);
}));

// The lead words bucketed by first letter and length. Most words of prose
// have an empty bucket, so they are told apart without comparing a string.
struct LeadWordIndex {
  static constexpr std::size_t lengths = longest_lead_word + 1;
  std::array<std::string_view, std::size(fact_lead_words)> words{};  // ordered by bucket
  std::array<std::size_t, 26 * lengths + 1> bucket_starts{};         // bucket b is words[bucket_starts[b], bucket_starts[b + 1])

  static constexpr std::size_t bucket_of(char first, std::size_t length) {
    return static_cast<std::size_t>(first - 'a') * lengths + length;
  }

  constexpr LeadWordIndex() {
    std::copy(std::begin(fact_lead_words), std::end(fact_lead_words), words.begin());
    std::sort(words.begin(), words.end(), [](std::string_view a, std::string_view b) {
      return bucket_of(a.front(), a.size()) < bucket_of(b.front(), b.size());
    });
    std::size_t next = 0;
    for (std::size_t bucket = 0; bucket + 1 < bucket_starts.size(); ++bucket) {
      bucket_starts[bucket] = next;
      while (next < words.size() && bucket_of(words[next].front(), words[next].size()) == bucket) ++next;
    }
    bucket_starts.back() = next;
  }

  // Whether `letters`, ASCII letters only, are a lead word in any case.
  [[nodiscard]] constexpr bool contains(std::string_view letters) const {
    if (letters.empty() || letters.size() > longest_lead_word) return false;
    const auto bucket = bucket_of(static_cast<char>(letters.front() | 0x20), letters.size());
    for (auto i = bucket_starts[bucket]; i < bucket_starts[bucket + 1]; ++i) {
      if (std::equal(letters.begin(), letters.end(), words[i].begin(), [](char c, char lower) { return (c | 0x20) == lower; })) return true;
    }
    return false;
  }
};
inline constexpr LeadWordIndex lead_word_index;
static_assert(std::all_of(std::begin(fact_lead_words), std::end(fact_lead_words),
                          [](std::string_view word) { return lead_word_index.contains(word); }));

[[nodiscard]] inline FactStart fact_start_at(std::string_view rest) {
  std::size_t length = 0;  // the run of ASCII letters here
  while (length < rest.size() && ((rest[length] >= 'a' && rest[length] <= 'z') || (rest[length] >= 'A' && rest[length] <= 'Z'))) ++length;
  if (lead_word_index.contains(rest.substr(0, length))) return FactStart::any;
  if (rest.empty()) return FactStart::none;
  const auto first = static_cast<unsigned char>(rest.front());
  if (first >= 0x80 || (first >= 'A' && first <= 'Z')) return FactStart::name;  // a capital, or a letter of another script
  if (length == 0) return FactStart::none;                                    // digits, punctuation, spaces
  for (std::size_t i = 1; i < length; ++i) {
    if (rest[i] >= 'A' && rest[i] <= 'Z') return FactStart::name;  // a word in mixed case: "eBay"
  }
  if (length < rest.size()) {
    const auto next = static_cast<unsigned char>(rest[length]);
    if (next == '-' || next >= 0x80) return FactStart::name;  // "boston-based", "zürich-based", an en dash
  }
  return FactStart::none;
}

// ---- the scan ---------------------------------------------------------------
// "Published Oct. 10, 2024" dates the article (when near its top), so it is tried before "released <date>".
struct prose_fact : sor<rank_claim, consecutive_phrase, based_descriptor, publisher_list_of, according_to, made_by, family_phrase,
                        dated_phrase, future_release, released_phrase, today_release, list_intro, categories_phrase, population_phrase, ranked_population, criteria_phrase, measure_phrase,
                        edition_first_ranking_here, publisher_edition_here, publisher_ranking, owned_edition_title, unknown_publisher_ranking, publisher_releases, honored_by,
                        publisher_mention> {};
// The rules of prose_fact that begin with a name, in the same order. Three
// of them begin with a known publisher's name, so one lookup in the publisher
// table decides whether they are tried: a word that names no publisher costs
// one lookup, not three.
struct name_fact
    : sor<based_descriptor,
          if_then_else<at<publisher_name>,
                       sor<publisher_list_of, edition_first_ranking_here, publisher_edition_here, publisher_ranking, owned_edition_title,
                           unknown_publisher_ranking, publisher_releases, publisher_mention>,
                       unknown_publisher_ranking>> {};

// prose_fact, trying only the rules that may begin here (see fact_start_at).
struct fact_here {
  using rule_t = fact_here;
  using subs_t = type_list<prose_fact, name_fact>;

  template <apply_mode A, rewind_mode M, template <typename...> class Action, template <typename...> class Control, typename ParseInput,
            typename... States>
  [[nodiscard]] static bool match(ParseInput& in, States&&... st) {
    switch (fact_start_at(std::string_view(in.current(), in.size()))) {
      case FactStart::any: return Control<prose_fact>::template match<A, M, Action, Control>(in, st...);
      case FactStart::name: return Control<name_fact>::template match<A, M, Action, Control>(in, st...);
      case FactStart::none: break;
    }
    return false;
  }
};
// The length of the token at the start of `rest` when it is plain, else 0.
// A plain token is one the scan below would take as an inline_token with
// nothing else to do there: no fact may begin at it (fact_start_at), it ends
// no sentence, opens no parenthetical and is not the blank rest of the line.
// It is a lower-case or digit word that is no abbreviation, a run of spaces
// and tabs, or another ASCII byte (punctuation, a control character).
// Wherever that is uncertain (a byte of another script, letters before a
// dot) the answer is 0 and the scan decides; grammar_test checks the answer
// at every byte of every sample.
[[nodiscard]] inline std::size_t plain_token_length(std::string_view rest) {
  const auto byte_at = [rest](std::size_t i) -> unsigned char { return i < rest.size() ? static_cast<unsigned char>(rest[i]) : 0U; };
  const auto is_alnum = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  if (rest.empty()) return 0;
  const auto first = byte_at(0);
  if (first == ' ' || first == '\t') {
    std::size_t length = 1;
    while (byte_at(length) == ' ' || byte_at(length) == '\t') ++length;
    const auto next = byte_at(length);  // 0 at the end
    // Spaces before the line's end are its blank rest; a no-break space would extend the run.
    if (next == 0 || next == '\n' || next == '\r' || next >= 0x80) return 0;
    return length;
  }
  if ((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9')) {
    if (fact_start_at(rest) != FactStart::none) return 0;
    std::size_t letters = 0;
    while ((byte_at(letters) | 0x20) >= 'a' && (byte_at(letters) | 0x20) <= 'z') ++letters;
    if (letters > 0 && byte_at(letters) == '.') return 0;  // may be an abbreviation: "e.g.", "a.m."
    // The word rule over ASCII: inner apostrophes, hyphens, dots and ampersands join word characters.
    const auto is_joiner = [](unsigned char c) { return c == '\'' || c == '-' || c == '.' || c == '&'; };
    std::size_t length = 1;
    for (;;) {
      if (is_alnum(byte_at(length))) {
        ++length;
      } else if (is_joiner(byte_at(length)) && is_alnum(byte_at(length + 1))) {
        length += 2;
      } else {
        break;
      }
    }
    // A curly apostrophe or a letter of another script may go on with the word.
    if (byte_at(length) >= 0x80 || (is_joiner(byte_at(length)) && byte_at(length + 1) >= 0x80)) return 0;
    return length;
  }
  const bool punctuation = first < 0x80 && !is_alnum(first) && first != '.' && first != '!' && first != '?' && first != '(' &&
                           first != '\n' && first != '\r';
  return punctuation ? 1 : 0;
}

// Consumes a run of plain tokens at once. Most of a paragraph is plain, and
// the rules below would take each of its tokens through several rule calls.
struct plain_tokens {
  using rule_t = plain_tokens;
  using subs_t = empty_list;

  template <typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    const std::string_view rest(in.current(), in.size());
    std::size_t consumed = 0;
    while (const auto length = plain_token_length(rest.substr(consumed))) consumed += length;
    if (consumed == 0) return false;
    in.bump_in_this_line(consumed);  // plain tokens never hold a line end
    return true;
  }
};

// Marks where a line of prose begins (and, after a blank line, a sentence).
struct paragraph_start : success {};
// Parentheticals are recorded so that a prose line can still become an entry
// of a list without rank markers ("Lakeview Hospital (Dayton)").
struct prose_token : sor<plain_tokens, fact_here, sentence_end, parenthetical, inline_token> {};
struct line_rest_is_blank : seq<opt_hspaces, line_end_or_eof> {};
struct prose_rest : seq<star<not_at<line_rest_is_blank>, prose_token>, line_rest_is_blank> {};
// "Name - Tuesday, ..." is a byline only where a byline stands: among the
// article's first lines, not under a heading that ends with a colon ("Here
// are the best events:" over "Jazz Night - Friday, June 7, 2024"), and alone,
// a blank line or the end after it (not the first of several such lines).
// The parse state knows the lines before; rules matched without one (in tests) accept.
struct byline_position {
  using rule_t = byline_position;
  using subs_t = empty_list;

  template <apply_mode A, rewind_mode M, template <typename...> class Action, template <typename...> class Control, typename ParseInput,
            typename... States>
  [[nodiscard]] static bool match(ParseInput& in, States&&... st) {
    const std::string_view rest(in.current(), in.size());
    const auto line_end = rest.find('\n');
    if (line_end != std::string_view::npos) {
      const auto next = rest.substr(line_end + 1, rest.find('\n', line_end + 1) - line_end - 1);
      if (next.find_first_not_of(" \t\r") != std::string_view::npos) return false;
    }
    if constexpr (sizeof...(States) == 1) {
      return (st.at_byline_position() && ...);
    } else {
      return true;
    }
  }
};
struct dash_byline_shape : seq<byline_words, dash> {};
// A line may be only a dateline ("March 3, 2024"), or start with one ("DENVER, March 3, 2024 /Wire/ -- ..."),
// indented or not (wire archives indent it).
// (The byline test runs only on a line that is a dateline: few are.)
struct prose_line : seq<paragraph_start, sor<seq<at<opt_hspaces, dateline>, opt_hspaces, sor<not_at<dash_byline_shape>, byline_position>, dateline, prose_rest>,
                                             seq<opt_hspaces, opt<label_prefix>, plus<not_at<line_rest_is_blank>, prose_token>,
                                                 line_rest_is_blank>>> {};

}  // namespace rankparse::grammar

template <typename Name>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::plain_tokens> : analyze_any_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::byline_position> : analyze_opt_traits<> {};
template <typename Name, std::size_t Reach>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::year_ahead<Reach>> : analyze_opt_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::fact_here>
    : analyze_any_traits<rankparse::grammar::prose_fact, rankparse::grammar::name_fact> {};
