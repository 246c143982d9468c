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
struct heading_colon : seq<opt_hspaces, one<':'>, opt_hspaces, at<line_end_or_eof>> {};
// "Top 10", "The 25", "Ten" at the start of a heading.
struct declared_size : count {};
struct declared_size_word : count_words {};
// "Top 10", "The 25" or a bare number word ("Ten hospitals"); bare digits are
// left alone because they are usually a year ("2024 best hospitals").
struct size_phrase : sor<seq<sor<keyword<TAO_PEGTL_ISTRING("top")>, keyword<TAO_PEGTL_ISTRING("the")>>, hspaces, declared_size, hspaces>,
                         seq<declared_size_word, hspaces>> {};
struct heading_title : plus<not_at<sor<ties_note, heading_colon, seq<opt_hspaces, line_end_or_eof>>>, any> {};
// A line whose last visible character is a colon, or that starts "Top N".
struct colon_terminated : seq<plus<not_at<heading_colon>, not_at<line_end>, any>, heading_colon> {};
struct top_n_start : seq<keyword<TAO_PEGTL_ISTRING("top")>, hspaces, count> {};
struct heading_shape : seq<opt_hspaces, sor<colon_terminated, top_n_start>> {};
struct heading_line : seq<at<heading_shape>, opt_hspaces, opt<size_phrase>, heading_title, opt<ties_note>,
                          opt<heading_colon>, opt_hspaces, line_end_or_eof> {};

// ---- entries ----------------------------------------------------------------
struct tie_prefix : sor<seq<one<'T'>, opt<dash>, at<ascii::digit>>, one<'='>> {};
struct rank_number : digits {};
struct rank_terminator : seq<one<'.', ')'>, opt_hspaces> {};
struct rank_marker : seq<opt<one<'#'>>, opt<tie_prefix>, rank_number, rank_terminator> {};

// A parenthetical without nesting; an unbalanced "(" is plain name text.
struct paren_inner : star<not_one<'(', ')', '\r', '\n'>> {};
struct parenthetical : seq<one<'('>, paren_inner, one<')'>> {};
struct body_char : seq<not_at<line_end>, any> {};
struct entry_body : seq<at<sor<word_char, one<'(', '"'>, utf8::one<0x201C>>>, plus<sor<parenthetical, body_char>>> {};
struct entry_line : seq<opt_hspaces, rank_marker, entry_body, line_end_or_eof> {};

}  // namespace rankparse::grammar
