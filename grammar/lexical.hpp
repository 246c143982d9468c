// Characters and words as articles write them. Unicode variants (no-break
// spaces, curly apostrophes, every dash) are matched here, in the grammar, so
// that every span is an exact byte range of the original input; only the
// extracted values are normalized later.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace rankparse::grammar {

using namespace tao::pegtl;

// The UTF-8 bytes of one code point.
struct Utf8Bytes {
  std::array<char, 4> bytes{};
  std::size_t size = 0;
};
constexpr Utf8Bytes utf8_bytes(char32_t code_point) {
  const auto byte = [](char32_t value) { return static_cast<char>(static_cast<unsigned char>(value)); };
  if (code_point < 0x80) return {{byte(code_point)}, 1};
  if (code_point < 0x800) return {{byte(0xC0 | (code_point >> 6)), byte(0x80 | (code_point & 0x3F))}, 2};
  if (code_point < 0x10000) {
    return {{byte(0xE0 | (code_point >> 12)), byte(0x80 | ((code_point >> 6) & 0x3F)), byte(0x80 | (code_point & 0x3F))}, 3};
  }
  return {{byte(0xF0 | (code_point >> 18)), byte(0x80 | ((code_point >> 12) & 0x3F)), byte(0x80 | ((code_point >> 6) & 0x3F)),
           byte(0x80 | (code_point & 0x3F))},
          4};
}

// One of the non-ASCII code points `CodePoints`, compared as UTF-8 bytes.
// PEGTL's utf8::one decodes a code point wherever it is tried; comparing
// bytes lets an ASCII byte, almost every position of an article, fail at once.
template <char32_t... CodePoints>
struct utf8_one_of {
  static_assert(((CodePoints >= 0x80) && ...), "ASCII characters belong in one<...>");
  using rule_t = utf8_one_of;
  using subs_t = empty_list;

  template <typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    if (in.empty() || static_cast<unsigned char>(in.peek_char()) < 0x80) return false;
    return (match_one<CodePoints>(in) || ...);
  }

 private:
  template <char32_t CodePoint, typename ParseInput>
  [[nodiscard]] static bool match_one(ParseInput& in) {
    constexpr auto encoded = utf8_bytes(CodePoint);
    if (in.size(encoded.size) < encoded.size || std::memcmp(in.current(), encoded.bytes.data(), encoded.size) != 0) return false;
    in.bump(encoded.size);
    return true;
  }
};

// Any one non-ASCII code point. parse() has checked (or repaired) the UTF-8
// before the grammar runs, so the lead byte gives the length; a stray
// continuation byte or a sequence cut short by the end matches nothing.
struct non_ascii_char {
  using rule_t = non_ascii_char;
  using subs_t = empty_list;

  template <typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    if (in.empty()) return false;
    const auto lead = static_cast<unsigned char>(in.peek_char());
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || in.size(length) < length) return false;
    in.bump(length);
    return true;
  }
};

// Space inside a line: space, tab, no-break space, thin and narrow no-break space.
struct hspace : sor<one<' ', '\t'>, utf8_one_of<0x00A0, 0x2009, 0x202F>> {};
struct hspaces : plus<hspace> {};
struct opt_hspaces : star<hspace> {};

// LF, CRLF and a lone CR all end a line.
struct line_end : sor<one<'\n'>, seq<one<'\r'>, opt<one<'\n'>>>> {};
struct line_end_or_eof : sor<line_end, eof> {};

// U+FEFF at the very start of a file.
struct byte_order_mark : utf8_one_of<0xFEFF> {};

struct apostrophe : sor<one<'\''>, utf8_one_of<0x2019, 0x2018, 0x02BC>> {};
// Hyphen-minus, figure dash, en dash, em dash, minus sign.
struct dash : sor<one<'-'>, utf8_one_of<0x2012, 0x2013, 0x2014, 0x2212>> {};
struct possessive : seq<apostrophe, opt<one<'s'>>> {};

// Letters of any script: ASCII letters, and any non-ASCII code point that is
// not one of the spaces, dashes or quotes above (articles are prose, so a
// coarse test is enough and keeps the scan a byte comparison).
struct non_ascii_letter : seq<not_at<sor<hspace, apostrophe, dash, utf8_one_of<0x201C, 0x201D, 0x2022, 0x2026>>>, non_ascii_char> {};
struct letter : sor<ascii::alpha, non_ascii_letter> {};
struct word_char : sor<ascii::alnum, non_ascii_letter> {};
// A word may carry inner apostrophes, hyphens and dots ("O'Neil", "Boston-based", "U.S").
struct word_joiner : sor<apostrophe, one<'-', '.', '&'>> {};
struct word : seq<word_char, star<sor<word_char, seq<word_joiner, at<word_char>>>>> {};
struct word_end : not_at<word_char> {};
// Where `word` would stop: no word character follows, nor a joiner and one.
struct whole_word_end : seq<word_end, not_at<word_joiner, word_char>> {};

// A case-insensitive keyword that must stand as a whole word.
template <typename Literal>
struct keyword : seq<Literal, word_end> {};
// Shorthand for the common case: RANKPARSE_KW("list") matches "list", "List", "LIST".
#define RANKPARSE_KW(text) ::rankparse::grammar::keyword<TAO_PEGTL_ISTRING(text)>

struct digits : plus<ascii::digit> {};
struct year : seq<sor<one<'1'>, one<'2'>>, rep<3, ascii::digit>, word_end> {};

}  // namespace rankparse::grammar

template <typename Name, char32_t... CodePoints>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::utf8_one_of<CodePoints...>> : analyze_any_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::non_ascii_char> : analyze_any_traits<> {};
