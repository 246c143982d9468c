// Characters and words as articles write them. Unicode variants (no-break
// spaces, curly apostrophes, every dash) are matched here, in the grammar, so
// that every span is an exact byte range of the original input; only the
// extracted values are normalized later.
#pragma once

#include <tao/pegtl.hpp>

namespace rankparse::grammar {

using namespace tao::pegtl;

// Space inside a line: space, tab, no-break space, thin and narrow no-break space.
struct hspace : sor<one<' ', '\t'>, utf8::one<0x00A0, 0x2009, 0x202F>> {};
struct hspaces : plus<hspace> {};
struct opt_hspaces : star<hspace> {};

// LF, CRLF and a lone CR all end a line.
struct line_end : sor<one<'\n'>, seq<one<'\r'>, opt<one<'\n'>>>> {};
struct line_end_or_eof : sor<line_end, eof> {};

// U+FEFF at the very start of a file.
struct byte_order_mark : utf8::one<0xFEFF> {};

struct apostrophe : sor<one<'\''>, utf8::one<0x2019, 0x2018, 0x02BC>> {};
// Hyphen-minus, figure dash, en dash, em dash, minus sign.
struct dash : sor<one<'-'>, utf8::one<0x2012, 0x2013, 0x2014, 0x2212>> {};
struct possessive : seq<apostrophe, opt<one<'s'>>> {};

// Letters of any script: ASCII letters, and any non-ASCII code point that is
// not one of the spaces, dashes or quotes above (articles are prose, so a
// coarse test is enough and keeps the scan a byte comparison).
struct non_ascii_letter : seq<not_at<sor<hspace, apostrophe, dash, utf8::one<0x201C, 0x201D, 0x2022, 0x2026>>>, utf8::range<0x80, 0x10FFFF>> {};
struct letter : sor<ascii::alpha, non_ascii_letter> {};
struct word_char : sor<ascii::alnum, non_ascii_letter> {};
// A word may carry inner apostrophes, hyphens and dots ("O'Neil", "Boston-based", "U.S").
struct word : seq<word_char, star<sor<word_char, seq<sor<apostrophe, one<'-', '.', '&'>>, at<word_char>>>>> {};
struct word_end : not_at<word_char> {};

// A case-insensitive keyword that must stand as a whole word.
template <typename Literal>
struct keyword : seq<Literal, word_end> {};
// Shorthand for the common case: RANKPARSE_KW("list") matches "list", "List", "LIST".
#define RANKPARSE_KW(text) ::rankparse::grammar::keyword<TAO_PEGTL_ISTRING(text)>

struct digits : plus<ascii::digit> {};
struct year : seq<sor<one<'1'>, one<'2'>>, rep<3, ascii::digit>, word_end> {};

}  // namespace rankparse::grammar
