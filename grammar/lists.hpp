// List structure: headings that open a list and the entry lines inside it.
#pragma once

#include "lexical.hpp"
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
struct heading_colon : seq<one<':'>, opt_hspaces, at<line_end_or_eof>> {};
// Optional spaces and colon at the end of a heading, not the line end itself.
struct heading_end : seq<opt_hspaces, opt<one<':'>, opt_hspaces>, at<line_end_or_eof>> {};
// "Top 10", "The 25" or a bare number word ("Ten hospitals"); bare digits and
// years are left alone ("2024 best hospitals", "The 2023 best hospitals").
struct declared_size : count {};
struct declared_size_word : count_words {};
struct size_end : sor<hspaces, at<heading_end>> {};
struct size_phrase : sor<seq<sor<RANKPARSE_KW("top"), RANKPARSE_KW("the")>, hspaces, not_at<year>, declared_size, size_end>,
                         seq<declared_size_word, size_end>> {};
// Runs of spaces are single steps, so the stop test runs once per run.
struct heading_title : plus<not_at<sor<ties_note, heading_end>>, sor<hspaces, any>> {};
// A line whose last visible character is a colon, or that starts "Top N".
struct colon_terminated : seq<plus<not_at<heading_colon>, not_at<line_end>, any>, heading_colon> {};
struct top_n_start : seq<RANKPARSE_KW("top"), hspaces, count> {};
struct heading_shape : seq<opt_hspaces, sor<colon_terminated, top_n_start>> {};
struct heading_line : seq<at<heading_shape>, opt_hspaces, sor<seq<size_phrase, opt<heading_title>>, heading_title>, opt<ties_note>,
                          heading_end, line_end_or_eof> {};

// ---- entries ----------------------------------------------------------------
struct tie_prefix : sor<seq<one<'T'>, opt<dash>, at<ascii::digit>>, one<'='>> {};
struct rank_number : digits {};
// "7." or "7)" but not the "1." of "1.5 million".
struct rank_terminator : seq<one<'.', ')'>, not_at<ascii::digit>, opt_hspaces> {};
struct rank_marker : seq<opt<one<'#'>>, opt<tie_prefix>, rank_number, rank_terminator> {};

// A parenthetical without nesting; an unbalanced "(" is plain name text.
struct paren_inner : star<not_one<'(', ')', '\r', '\n'>> {};
struct parenthetical : seq<one<'('>, paren_inner, one<')'>> {};
struct body_char : seq<not_at<line_end>, any> {};
struct entry_body : seq<at<sor<word_char, one<'(', '"'>, utf8::one<0x201C>>>, plus<sor<parenthetical, body_char>>> {};
struct entry_line : seq<opt_hspaces, rank_marker, entry_body, line_end_or_eof> {};

}  // namespace rankparse::grammar
