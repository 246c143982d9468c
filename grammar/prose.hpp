// Facts stated in prose. A prose line is scanned token by token; at each
// token the fact rules are tried first and otherwise the word is skipped, so
// no fact rule needs to know what surrounds it.
#pragma once

#include "dates.hpp"
#include "lexical.hpp"
#include "lists.hpp"
#include "word_lists.hpp"
#include "word_table.hpp"

namespace rankparse::grammar {

// ---- tokens and clause boundaries -------------------------------------------
// "U.S.", "N.C.": their dots never end a sentence.
struct initials : seq<ascii::upper, one<'.'>, plus<ascii::upper, one<'.'>>> {};
struct abbreviation : sor<initials, table_word<abbreviation_table>, table_word<state_abbreviation_table>, month_name> {};
struct closing_quote : sor<one<'"', '\''>, utf8::one<0x201D, 0x2019>> {};
struct sentence_end : seq<one<'.', '!', '?'>, opt<closing_quote>, at<sor<hspace, line_end_or_eof>>> {};
struct clause_end : sor<at<sentence_end>, at<one<';', ':'>>, at<line_end_or_eof>> {};
// A run of spaces is one token, so rules that begin with spaces are tried once
// per run, not once per space (which would be quadratic in the run's length).
struct clause_token : sor<abbreviation, word, hspaces, seq<not_at<line_end>, any>> {};

// ---- coordinated items: "A, B and C", "A or B" -------------------------------
struct and_or : sor<RANKPARSE_KW("and"), RANKPARSE_KW("or")> {};
struct item_comma : seq<one<','>, hspaces, opt<and_or, hspaces>> {};
struct item_and : seq<hspaces, and_or, hspaces> {};
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
struct publisher_name : table_word<publisher_table> {};
struct publisher_possessive : seq<publisher_name, possessive> {};
struct according_to : seq<RANKPARSE_KW("according"), hspaces, RANKPARSE_KW("to"), hspaces, publisher_name> {};

// ---- the lead fact: "<subject> ... earned the No. 1 spot" ---------------------
struct based_descriptor : seq<plus<letter>, dash, RANKPARSE_KW("based")> {};
struct ordinal_word : table_word<ordinal_table> {};
struct consecutive_count : sor<ordinal_word, count> {};
struct year_word : sor<RANKPARSE_KW("year"), RANKPARSE_KW("years"), RANKPARSE_KW("time"), RANKPARSE_KW("times")> {};
// "for the second consecutive year", "for 3 straight years", "for the fifth year in a row"
struct consecutive_phrase
    : seq<RANKPARSE_KW("for"), hspaces, opt<RANKPARSE_KW("the"), hspaces>, consecutive_count, hspaces,
          sor<seq<sor<RANKPARSE_KW("consecutive"), RANKPARSE_KW("straight")>, hspaces, year_word>,
              seq<year_word, hspaces, RANKPARSE_KW("in"), hspaces, RANKPARSE_KW("a"), hspaces, RANKPARSE_KW("row")>>> {};
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
struct rank_claim : seq<claim_verb, hspaces, opt<sor<RANKPARSE_KW("the"), RANKPARSE_KW("a"), RANKPARSE_KW("in")>, hspaces>,
                        number_sign, opt_hspaces, claimed_rank, word_end, opt<hspaces, rank_noun>> {};

// ---- the ranking: "<publisher>'s list of <title> for <year>, released <date>" ---
struct edition_year : date_year {};
struct for_edition : seq<hspaces, RANKPARSE_KW("for"), hspaces, edition_year> {};
struct ranking_title : plus<not_at<sor<for_edition, one<','>, clause_end>>, clause_token> {};
struct list_noun : sor<RANKPARSE_KW("lists"), RANKPARSE_KW("list"), RANKPARSE_KW("rankings"), RANKPARSE_KW("ranking")> {};
struct release_verb : sor<RANKPARSE_KW("released"), RANKPARSE_KW("published"), RANKPARSE_KW("unveiled"), RANKPARSE_KW("announced"),
                          RANKPARSE_KW("releases"), RANKPARSE_KW("publishes"), RANKPARSE_KW("unveils"), RANKPARSE_KW("announces")> {};
// "U.S. News' list of", "Newsweek released its list of"
struct list_owner : sor<publisher_possessive,
                        seq<publisher_name, hspaces, release_verb, hspaces, sor<RANKPARSE_KW("its"), RANKPARSE_KW("their")>>> {};
struct publisher_list_of : seq<list_owner, hspaces, opt<RANKPARSE_KW("annual"), hspaces>, opt<year, hspaces>, list_noun, hspaces,
                               RANKPARSE_KW("of"), hspaces, ranking_title, opt<for_edition>> {};
struct released_date : month_day_date {};
struct released_phrase : seq<release_verb, hspaces, opt<RANKPARSE_KW("on"), hspaces>, released_date> {};
// "part of U.S. News' annual best graduate schools lists"
// At most nine words, so a "part of" that never reaches "lists" costs little.
struct family_title : seq<not_at<list_noun>, word, rep_max<8, hspaces, not_at<list_noun>, word>> {};
struct family_phrase : seq<RANKPARSE_KW("part"), hspaces, RANKPARSE_KW("of"), hspaces, opt<RANKPARSE_KW("the"), hspaces>,
                           opt<publisher_possessive, hspaces>, opt<RANKPARSE_KW("annual"), hspaces>, family_title,
                           hspaces, list_noun> {};

// ---- methodology ------------------------------------------------------------
struct category_tag {};
struct criterion_tag {};
struct accreditor_tag {};
// "Medical schools are ranked for research programs and primary care programs."
struct categories_phrase : seq<sor<RANKPARSE_KW("are"), RANKPARSE_KW("were")>, hspaces, RANKPARSE_KW("ranked"), hspaces,
                               sor<RANKPARSE_KW("for"), RANKPARSE_KW("in")>, hspaces, item_list<category_tag>> {};
// "based on faculty resources, ... and qualitative assessments by ..."
struct criteria_phrase : seq<RANKPARSE_KW("based"), hspaces, RANKPARSE_KW("on"), hspaces, not_at<count>, item_list<criterion_tag>> {};

// "based on 130 medical and osteopathic schools fully accredited in 2021 by A or B that responded ..."
struct relative_pronoun : sor<RANKPARSE_KW("that"), RANKPARSE_KW("which"), RANKPARSE_KW("who")> {};
struct ranked_count : count {};
struct kind_stop : sor<seq<hspaces, sor<RANKPARSE_KW("fully"), RANKPARSE_KW("accredited"), relative_pronoun, RANKPARSE_KW("in"),
                                        RANKPARSE_KW("from"), RANKPARSE_KW("across"), RANKPARSE_KW("with")>>,
                       one<','>, clause_end> {};
struct ranked_kind : plus<not_at<kind_stop>, clause_token> {};
struct accreditation_year : date_year {};
struct accreditor_stop : sor<clause_end, seq<hspaces, relative_pronoun>> {};
struct accreditation : seq<opt<RANKPARSE_KW("fully"), hspaces>, RANKPARSE_KW("accredited"),
                           opt<hspaces, RANKPARSE_KW("in"), hspaces, accreditation_year>,
                           opt<hspaces, RANKPARSE_KW("by"), hspaces, item_list<accreditor_tag, accreditor_stop>>> {};
struct eligibility_condition : plus<not_at<clause_end>, clause_token> {};
struct eligibility : sor<seq<accreditation, opt<hspaces, relative_pronoun, hspaces, eligibility_condition>>,
                         seq<relative_pronoun, hspaces, eligibility_condition>> {};
struct population_phrase : seq<RANKPARSE_KW("based"), hspaces, RANKPARSE_KW("on"), hspaces, ranked_count, hspaces, ranked_kind,
                               opt<hspaces, eligibility>> {};

// "The research rankings include two measures of research productivity"
struct ranking_word : sor<RANKPARSE_KW("rankings"), RANKPARSE_KW("ranking")> {};
// At most four words: "the primary care rankings include".
struct measure_category : seq<not_at<ranking_word>, word, rep_max<3, hspaces, not_at<ranking_word>, word>> {};
struct measure_count : count {};
struct measure_text : plus<not_at<sor<one<','>, clause_end>>, clause_token> {};
struct measure_phrase : seq<RANKPARSE_KW("the"), hspaces, measure_category, hspaces, ranking_word, hspaces,
                            sor<RANKPARSE_KW("include"), RANKPARSE_KW("includes"), RANKPARSE_KW("included")>, hspaces,
                            measure_count, hspaces, measure_text> {};

// ---- the scan ---------------------------------------------------------------
struct prose_fact : sor<rank_claim, consecutive_phrase, based_descriptor, publisher_list_of, according_to, family_phrase,
                        released_phrase, categories_phrase, population_phrase, criteria_phrase, measure_phrase> {};
// Marks where a paragraph (and so a sentence) begins.
struct paragraph_start : success {};
struct prose_token : sor<prose_fact, sentence_end, clause_token> {};
struct prose_line : seq<paragraph_start, plus<not_at<line_end_or_eof>, prose_token>, line_end_or_eof> {};

}  // namespace rankparse::grammar
