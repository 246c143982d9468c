// List structure: headings that open a list and the entry lines inside it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "dates.hpp"
#include "lexical.hpp"
#include "publishers.hpp"
#include "word_lists.hpp"
#include "word_table.hpp"

namespace rankparse::grammar {

// ---- numbers ----------------------------------------------------------------
// A count written in digits ("130", "1,000") or in words ("ten", "two").
struct count_digits : seq<digits, star<one<','>, rep<3, ascii::digit>>, word_end> {};
struct count_words : table_word<cardinal_table> {};
struct count : sor<count_digits, count_words> {};

// ---- headings ---------------------------------------------------------------
struct ties_phrase : sor<TAO_PEGTL_ISTRING("including ties"), TAO_PEGTL_ISTRING("includes ties"),
                         TAO_PEGTL_ISTRING("with ties"), TAO_PEGTL_ISTRING("ties included")> {};
// ", including ties" or " (including ties)" after a heading's title.
struct ties_note : seq<opt_hspaces, opt<one<','>>, opt_hspaces, opt<one<'('>>, ties_phrase, opt<one<')'>>> {};
// ", according to U.S. News" after a heading's title.
struct heading_according : seq<opt_hspaces, opt<one<','>>, opt_hspaces, RANKPARSE_KW("according"), hspaces, RANKPARSE_KW("to"), hspaces,
                               publisher_reference> {};
struct heading_colon : seq<one<':'>, opt_hspaces, at<line_end_or_eof>> {};
// Optional spaces and colon at the end of a heading, not the line end itself.
struct heading_end : seq<opt_hspaces, opt<one<':'>, opt_hspaces>, at<line_end_or_eof>> {};
// "U.S. News: Best Children's Hospitals"
struct heading_publisher : seq<publisher_name, opt_hspaces, one<':'>, hspaces> {};
// "Top 10", "The 25", "THE TOP TEN", "Ten": years are no size ("The 2023 best hospitals").
struct declared_size : count {};
struct size_end : sor<hspaces, at<sor<heading_end, heading_according, ties_note>>> {};
struct size_phrase : seq<opt<RANKPARSE_KW("the"), hspaces>, opt<RANKPARSE_KW("top"), hspaces>, not_at<year>, declared_size, size_end> {};
// Runs of spaces are single steps, so the stop test runs once per run.
struct heading_title : plus<not_at<sor<heading_according, ties_note, heading_end>>, sor<hspaces, any>> {};
// "Here are the 5 best colleges in Ohio", "Here is the top 10": the title is what follows the size.
struct size_presenter : seq<sor<RANKPARSE_KW("here"), RANKPARSE_KW("these"), RANKPARSE_KW("below"), RANKPARSE_KW("following")>, hspaces,
                            sor<RANKPARSE_KW("are"), RANKPARSE_KW("is")>, hspaces> {};
// "Ohio's 12 largest hospitals", "The region's top 10", "U.S. News' top 5":
// the owner belongs to the title, so the title is the whole of it.
// "It's", "What's", "Here's": contractions, not owners.
struct contraction : seq<sor<RANKPARSE_KW("it"), RANKPARSE_KW("what"), RANKPARSE_KW("here"), RANKPARSE_KW("there"), RANKPARSE_KW("that"),
                             RANKPARSE_KW("who"), RANKPARSE_KW("where")>, possessive> {};
struct size_owner : seq<opt<RANKPARSE_KW("the"), hspaces>, rep_max<3, capitalized_word, hspaces>, not_at<contraction>,
                        sor<publisher_possessive, seq<sor<capitalized_word, plus<ascii::lower>>, possessive>>, hspaces> {};
struct owned_sized_title : seq<size_owner, size_phrase, opt<heading_title>> {};
// A line whose last visible character is a colon, that starts "Top N", or that starts with a publisher and a colon.
// As seq<plus<not_at<heading_colon>, not_at<line_end>, any>, heading_colon>,
// but read back from the line's end instead of trying heading_colon at every
// byte: every line of prose is asked whether it is a heading.
struct colon_terminated {
  using rule_t = colon_terminated;
  using subs_t = empty_list;

  template <typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    const char* const begin = in.current();
    const auto size = static_cast<std::size_t>(in.end() - begin);
    const char* line_end = static_cast<const char*>(std::memchr(begin, '\n', size));
    if (line_end == nullptr) line_end = in.end();
    if (const auto* cr = static_cast<const char*>(std::memchr(begin, '\r', static_cast<std::size_t>(line_end - begin)))) line_end = cr;
    // Past the spaces hspace matches, from the end: ' ', '\t', U+00A0, U+2009, U+202F.
    const char* last = line_end;
    for (;;) {
      const auto before = static_cast<std::size_t>(last - begin);
      if (before >= 1 && (last[-1] == ' ' || last[-1] == '\t')) {
        last -= 1;
      } else if (before >= 2 && last[-2] == '\xC2' && last[-1] == '\xA0') {
        last -= 2;
      } else if (before >= 3 && last[-3] == '\xE2' && last[-2] == '\x80' && (last[-1] == '\x89' || last[-1] == '\xAF')) {
        last -= 3;
      } else {
        break;
      }
    }
    if (last - begin < 2 || last[-1] != ':') return false;  // a colon, with something before it
    in.bump_in_this_line(static_cast<std::size_t>(line_end - begin));
    return true;
  }
};
struct top_n_start : seq<opt<RANKPARSE_KW("the"), hspaces>, RANKPARSE_KW("top"), hspaces, count> {};
struct heading_shape : seq<opt_hspaces, sor<colon_terminated, top_n_start, heading_publisher>> {};
struct heading_line : seq<at<heading_shape>, opt_hspaces, opt<heading_publisher>, sor<seq<opt<size_presenter>, size_phrase, opt<heading_title>>, owned_sized_title, heading_title>,
                          opt<heading_according>, opt<ties_note>, heading_end, line_end_or_eof> {};

// ---- entries ----------------------------------------------------------------
// A rank: "7", "#7", "T-7", "T7", "=7", "No. 7", "Rank 7", each with what may
// follow it ("7.", "7)", "#7 |", "No. 7:", "Rank 7-", "7 (tie).").
// "1,047" of an Inc. 5000 list: groups of three after a comma.
struct rank_number : seq<digits, star<one<','>, rep<3, ascii::digit>, not_at<ascii::digit>>> {};
// "-1." is kept as an entry whose rank is refused, not dropped as a stray line.
struct negative_sign : seq<one<'-'>, at<ascii::digit>> {};
struct tie_prefix : sor<seq<one<'T'>, opt<dash>, at<ascii::digit>>, one<'='>> {};
// "5=" and "5T." of British tables: the tie mark after the number.
struct tie_suffix : sor<one<'='>, seq<one<'T'>, at<sor<one<'.', ')'>, hspace>>>> {};
struct tie_word : sor<TAO_PEGTL_ISTRING("tied"), TAO_PEGTL_ISTRING("tie")> {};
// "7 (tie)." and "7. (tie)": a tie marker between rank and name.
struct rank_tie_note : seq<opt_hspaces, one<'('>, tie_word, one<')'>> {};
// "#4 -- Name": a dash typed as two hyphens is one mark.
struct rank_punctuation : seq<sor<one<'.', ')', ':'>, seq<opt_hspaces, sor<seq<dash, opt<one<'-'>>>, one<'|'>>>>, not_at<ascii::digit>> {};
// "(1) Name", "[2] Name": a rank in brackets.
struct bracketed_rank : sor<seq<one<'('>, opt<tie_prefix>, rank_number, one<')'>>, seq<one<'['>, opt<tie_prefix>, rank_number, one<']'>>> {};
// A number that is a year ("2024 Best Hospitals") or a date ("3 Mar 2024") is no rank without punctuation;
// nor is one with a thousands comma ("1,200 Ohio Nurses Honored") without a "#" or a tab after it (a table's cell).
struct spaced_rank_guard : not_at<sor<seq<rep<4, ascii::digit>, word_end>, seq<digits, hspaces, month_name>>> {};
struct number_word : sor<seq<TAO_PEGTL_STRING("No"), opt<one<'.'>>>, RANKPARSE_KW("rank"), RANKPARSE_KW("number")> {};
// Without punctuation a rank needs a name starting with a capital after it,
// or with a letter of another script ("48  École Polytechnique").
struct name_follows : at<hspaces, sor<ascii::upper, one<'(', '"'>, utf8_one_of<0x201C>, non_ascii_letter>> {};
// "1st:", "2nd -", "Tied for 4th:", "First:": ordinal ranks, with a mark and a
// capitalized name after them ("1st Source Bank" is a name).
struct ordinal_suffix : sor<TAO_PEGTL_ISTRING("st"), TAO_PEGTL_ISTRING("nd"), TAO_PEGTL_ISTRING("rd"), TAO_PEGTL_ISTRING("th")> {};
// Letters, then the mark an ordinal rank needs, before the word is looked up: most lines start otherwise.
struct ordinal_word_rank : seq<at<plus<ascii::alpha>, opt<rank_tie_note>, opt_hspaces, sor<one<':', ')'>, dash>>, table_word<ordinal_table>> {};
struct tied_for : seq<tie_word, hspaces, RANKPARSE_KW("for"), hspaces> {};
struct ordinal_rank : seq<opt<tied_for>, sor<seq<rank_number, ordinal_suffix, word_end>, ordinal_word_rank>, opt<rank_tie_note>, opt_hspaces,
                          sor<one<':', ')'>, dash>, name_follows> {};
// "201-250", "101–125": a band of a world ranking, shared by all in it.
// Consumes nothing; checks that the band ascends and is no span of years
// ("2023-24 Honor Roll", "2023-2024 Best Hospitals").
struct ascending_band {
  using rule_t = ascending_band;
  using subs_t = empty_list;

  template <typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    const std::string_view rest(in.current(), in.size());
    std::size_t pos = 0;
    const auto number = [&]() {
      std::uint64_t value = 0;
      const auto begin = pos;
      while (pos < rest.size() && pos - begin < 9 && rest[pos] >= '0' && rest[pos] <= '9') value = value * 10 + static_cast<std::uint64_t>(rest[pos++] - '0');
      return pos == begin ? std::uint64_t{0} : value;
    };
    const auto first = number();
    if (rest.substr(pos, 1) == "-") {
      pos += 1;
    } else if (rest.substr(pos, 3) == "\xE2\x80\x93") {
      pos += 3;
    } else {
      return false;
    }
    const auto last = number();
    // World rankings band from 101 on, starting at x01 or x26/x51/x76 style
    // marks and as wide as a round number: "101-125", "621-630", "1001-1200".
    // Not "1-800-Flowers", "9-11 Memorial", "2019-2022 Strategic Plan", "18-24".
    constexpr std::uint64_t widths[] = {10, 20, 25, 50, 100, 200, 500};
    const bool round_width = last > first && std::find(std::begin(widths), std::end(widths), last - first + 1) != std::end(widths);
    return first >= 100 && (first % 10 == 1 || first % 10 == 6) && round_width;
  }
};
struct band_last : digits {};
struct rank_band : seq<ascending_band, rank_number, sor<one<'-'>, utf8_one_of<0x2013>>, band_last, word_end> {};
struct rank_marker : sor<seq<opt<one<'#'>>, opt<tie_prefix>, opt<negative_sign>, rank_number, opt<tie_suffix>, opt<rank_tie_note>, rank_punctuation>,
                         seq<number_word, opt_hspaces, opt<one<'#'>>, rank_number, opt<rank_tie_note>, sor<rank_punctuation, name_follows>>,
                         seq<spaced_rank_guard, sor<one<'#'>, not_at<digits, one<','>>, at<rank_number, one<'\t'>>>, opt<tie_prefix>, rank_number, opt<tie_suffix>,
                             opt<rank_tie_note>, name_follows>,
                         ordinal_rank, seq<opt<one<'#'>>, rank_band, sor<seq<one<'.', ')'>, not_at<ascii::digit>>, name_follows>>,
                         seq<bracketed_rank, name_follows>> {};

// Bullets of honor rolls and unranked lists.
struct bullet : sor<one<'-', '*'>, utf8_one_of<0x2022, 0x00B7, 0x2013, 0x2014, 0x25AA, 0x25CF, 0x25BA, 0x2023, 0x2043>> {};

// "Ohio: " before a name, or "Score: " before a value (normalize tells which).
struct label_text : seq<word, rep_max<4, hspaces, word>> {};
struct label_prefix : seq<label_text, opt_hspaces, one<':'>, hspaces> {};

// A parenthetical without nesting; an unbalanced "(" is plain name text.
struct paren_inner : star<not_one<'(', ')', '\r', '\n'>> {};
struct parenthetical : seq<one<'('>, paren_inner, one<')'>> {};
// Text between parentheticals: a byte that is none of `Ends` (it may be a
// "(" that opens no parenthetical), then every byte up to the next "(" or
// one of `Ends`. The same as taking them one by one with
// sor<parenthetical, not_one<Ends...>>, since a parenthetical begins only
// at "(", without trying the parenthetical rule at every byte.
template <char... Ends>
struct text_until_paren {
  using rule_t = text_until_paren;
  using subs_t = empty_list;

  template <typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    const auto is_end = [](char c) { return ((c == Ends) || ...); };
    const char* const begin = in.current();
    const char* const end = in.end();
    if (begin == end || is_end(*begin)) return false;
    const char* after = begin + 1;
    while (after != end && *after != '(' && !is_end(*after)) ++after;
    in.bump_in_this_line(static_cast<std::size_t>(after - begin));
    return true;
  }
};
struct body_start : seq<not_at<hspace>, not_at<line_end>, any> {};
struct entry_body : seq<at<opt_hspaces, body_start>, plus<sor<parenthetical, text_until_paren<'\r', '\n'>>>> {};
struct entry_text : seq<opt<label_prefix>, entry_body> {};
// A bullet may stand before the rank: "• #1 Name", "- No. 2: Name", "- =40. Name";
// not before a bare number ("- 5 Star Senior Living" is a name).
struct bullet_before_rank : seq<bullet, hspaces, not_at<digits, hspaces>> {};
struct ranked_line : seq<opt_hspaces, opt<bullet_before_rank>, rank_marker, opt_hspaces, entry_text, line_end_or_eof> {};
struct bulleted_line : seq<opt_hspaces, bullet, hspaces, entry_text, line_end_or_eof> {};

// Markdown tables: "| 7 | Name | Country |"; the separator row is skipped.
struct table_cell : star<sor<parenthetical, text_until_paren<'|', '\r', '\n'>>> {};
struct table_separator_row : seq<opt_hspaces, one<'|'>, plus<sor<one<'-', ':', '|', ' '>, hspace>>, line_end_or_eof> {};
struct table_row : seq<opt_hspaces, one<'|'>, list<table_cell, one<'|'>>, opt_hspaces, line_end_or_eof> {};

}  // namespace rankparse::grammar

template <typename Name>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::colon_terminated> : analyze_any_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::ascending_band> : analyze_opt_traits<> {};
template <typename Name, char... Ends>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::text_until_paren<Ends...>> : analyze_any_traits<> {};
