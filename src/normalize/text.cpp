#include "normalize/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

#include <utf8proc.h>

#include "grammar/word_lists.hpp"

namespace rankparse::detail {
namespace {

// Length of the space character starting at `pos`, or 0.
std::size_t space_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (c != 0xC2 && c != 0xE2) return 0;  // the lead bytes of the spaces below
  if (text.substr(pos, 2) == "\xC2\xA0") return 2;                                        // no-break space
  if (text.substr(pos, 3) == "\xE2\x80\x89" || text.substr(pos, 3) == "\xE2\x80\xAF") return 3;  // thin, narrow no-break
  return 0;
}

// Length of the space character ending just before `pos`, or 0.
std::size_t space_before(std::string_view text, std::size_t pos) {
  for (std::size_t length = 1; length <= 3 && length <= pos; ++length) {
    if (space_at(text, pos - length) == length) return length;
  }
  return 0;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string utf8proc_mapped(std::string_view text, int options) {
  utf8proc_uint8_t* mapped = nullptr;
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                                   &mapped, static_cast<utf8proc_option_t>(options));
  if (length < 0) return std::string(text);  // not valid UTF-8: Source rejects such input before this point
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

}  // namespace

bool is_column_gap(std::string_view run) { return run.size() >= 3 || run.find('\t') != std::string_view::npos; }

bool has_column_gap(std::string_view text) { return text.find('\t') != std::string_view::npos || text.find("   ") != std::string_view::npos; }

std::vector<std::string_view> column_cells(std::string_view text) {
  std::vector<std::string_view> cells;
  std::size_t cell_begin = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t run = 0;
    while (pos + run < text.size() && (text[pos + run] == ' ' || text[pos + run] == '\t')) ++run;
    if (run == 0) {
      ++pos;
      continue;
    }
    if (is_column_gap(text.substr(pos, run))) {
      if (pos > cell_begin) cells.push_back(text.substr(cell_begin, pos - cell_begin));
      cell_begin = pos + run;
    }
    pos += run;
  }
  if (text.size() > cell_begin) cells.push_back(text.substr(cell_begin));
  return cells;
}

RawSpan trim(const Source& source, RawSpan span) {
  const auto text = source.text();
  while (span.begin < span.end) {
    const auto length = space_at(text, span.begin);
    if (length == 0) break;
    span.begin += length;
  }
  while (span.end > span.begin) {
    const auto length = space_before(text, span.end);
    if (length == 0) break;
    span.end -= length;
  }
  return span;
}

RawSpan trim_end(const Source& source, RawSpan span, std::string_view characters) {
  span = trim(source, span);
  while (span.end > span.begin && characters.find(source.text()[span.end - 1]) != std::string_view::npos) {
    --span.end;
    span = trim(source, span);
  }
  return span;
}

RawSpan without_leading_article(const Source& source, RawSpan span) {
  const auto text = source.slice(span);
  if (text.size() > 4 && ascii_lower(text[0]) == 't' && ascii_lower(text[1]) == 'h' && ascii_lower(text[2]) == 'e' && text[3] == ' ') {
    span.begin += 4;
  }
  return trim(source, span);
}

static bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Whether NFC leaves `text` as it is because every code point is one NFC
// never touches: ASCII, Latin-1 and Latin Extended-A letters (precomposed
// already; nothing here combines with them), and general punctuation (curly
// quotes, dashes, spaces) apart from U+2000 and U+2001, which NFC replaces.
// Most articles' non-ASCII text is just these, and composing through
// utf8proc costs a copy and a decomposition of the whole text.
static bool is_nfc_inert(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto lead = bytes[pos];
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    if (lead >= 0xC2 && lead <= 0xC5 && pos + 1 < text.size()) {  // U+0080..U+017F
      pos += 2;
      continue;
    }
    if (lead == 0xE2 && pos + 2 < text.size()) {  // U+2000..U+2FFF: take U+2002..U+206F
      const std::uint32_t code_point = ((bytes[pos + 1] & 0x3Fu) << 6) | (bytes[pos + 2] & 0x3Fu) | 0x2000u;
      if (code_point >= 0x2002 && code_point <= 0x206F) {
        pos += 3;
        continue;
      }
    }
    return false;
  }
  return true;
}

// Whether `text` is printable ASCII with single spaces between words and
// none at the ends: clean as it stands. Most names and titles are, and are
// then copied whole.
static bool is_clean_ascii(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ') return false;
  bool after_space = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > ' ' && byte < 0x7F) {
      after_space = false;
    } else if (byte == ' ' && !after_space) {
      after_space = true;
    } else {
      return false;
    }
  }
  return true;
}

// clean_text for text that is not clean ASCII.
static std::string cleaned_copy(std::string_view text) {
  // Most of what articles write is its own NFC form: it is read in place;
  // only other text needs a composed copy first.
  std::string composed;
  if (!is_nfc_inert(text)) {
    composed = utf8proc_mapped(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    text = composed;
  }
  std::string cleaned;
  cleaned.reserve(text.size());
  bool pending_space = false;
  std::size_t run_begin = 0;  // text[run_begin, pos) has no space and goes out as it is
  for (std::size_t pos = 0; pos < text.size();) {
    if (const auto length = space_at(text, pos)) {
      if (pos > run_begin) {
        cleaned.append(text, run_begin, pos - run_begin);
        pending_space = true;
      }
      pos += length;
      run_begin = pos;
      continue;
    }
    if (pos == run_begin && pending_space) {  // one space between words, none at the ends
      cleaned += ' ';
      pending_space = false;
    }
    ++pos;
  }
  cleaned.append(text, run_begin, text.size() - run_begin);
  return cleaned;
}

std::string clean_text(std::string_view text) { return is_clean_ascii(text) ? std::string(text) : cleaned_copy(text); }

CleanedText::CleanedText(std::string_view text) {
  if (is_clean_ascii(text)) {
    view_ = text;
  } else {
    owns_copy_ = true;
    copy_ = cleaned_copy(text);
  }
}

Text make_text(const Source& source, RawSpan span) {
  return Text{clean_text(source.slice(span)), source.span(span)};
}

namespace {

// Writes an entity key word by word: each word goes out as it is read and is
// replaced by its expansion when it ends, so the key is built in one pass.
class KeyWriter {
 public:
  explicit KeyWriter(std::size_t name_size) { key_.reserve(name_size + 8); }

  void add(std::string_view bytes) {
    start_word();
    key_ += bytes;
  }
  void add(char c) {
    start_word();
    key_.push_back(c);
  }
  void end_word() {
    if (word_start_ == std::string::npos) return;
    const std::string_view word = std::string_view(key_).substr(word_start_);
    const bool is_the = words_ == 0 && word == "the";
    if (const auto* expansion = grammar::name_abbreviations().find(word)) {
      key_.resize(word_start_);
      for (const char c : expansion->value) key_ += c == ' ' ? '-' : c;
    }
    if (is_the) first_word_end_ = key_.size();
    ++words_;
    word_start_ = std::string::npos;
  }
  // "&" is the word "and".
  void add_ampersand() {
    end_word();
    add("and");
    end_word();
  }
  std::string finish() && {
    end_word();
    // A leading "the" is dropped, unless it is the only word.
    if (first_word_end_ != 0 && words_ > 1) key_.erase(0, first_word_end_ + 1);
    return std::move(key_);
  }

 private:
  void start_word() {
    if (word_start_ != std::string::npos) return;
    if (!key_.empty()) key_ += '-';
    word_start_ = key_.size();
  }

  std::string key_;
  std::size_t word_start_ = std::string::npos;  // where the word being read starts in key_
  std::size_t words_ = 0;
  std::size_t first_word_end_ = 0;  // set when the first word is "the"
};

}  // namespace

std::string entity_key(std::string_view name) {
  // Words are lower-case letters and digits of any script; "&" is the word
  // "and", an apostrophe joins ("children's" -> "childrens"), anything else
  // (spaces, punctuation, dashes, quotes) ends a word. Words are joined by
  // "-", a leading "the" dropped, abbreviations spelled out ("univ" ->
  // "university").
  KeyWriter key(name.size());
  if (is_ascii(name)) {  // NFKC of ASCII is itself; case folding is lowering
    for (const char c : name) {
      if (c == '&') {
        key.add_ampersand();
      } else if (c == '\'') {
      } else if (is_ascii_alnum(c)) {
        key.add(ascii_lower(c));
      } else {
        key.end_word();
      }
    }
    return std::move(key).finish();
  }
  const auto folded =
      utf8proc_mapped(name, UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
  for (std::size_t pos = 0; pos < folded.size();) {
    utf8proc_int32_t code_point = 0;
    const auto length = utf8proc_iterate(bytes + pos, static_cast<utf8proc_ssize_t>(folded.size() - pos), &code_point);
    if (length <= 0) break;
    const auto size = static_cast<std::size_t>(length);
    const auto category = utf8proc_category(code_point);
    if (code_point == '&') {
      key.add_ampersand();
    } else if (code_point == '\'' || code_point == 0x2019) {
    } else if ((category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
               (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO)) {
      key.add(std::string_view(folded).substr(pos, size));
    } else {
      key.end_word();
    }
    pos += size;
  }
  return std::move(key).finish();
}

namespace {

// The needle's first byte that is no space (its first byte when all are).
std::size_t anchor_of(std::string_view needle) {
  const auto anchor = needle.find_first_not_of(' ');
  return anchor == std::string_view::npos ? 0 : anchor;
}

}  // namespace

std::size_t find_first(std::string_view text, std::string_view needle, std::size_t from) {
  if (needle.empty() || needle.size() > text.size() || from > text.size() - needle.size()) return std::string_view::npos;
  const auto anchor = anchor_of(needle);
  for (auto at = text.find(needle[anchor], from + anchor); at != std::string_view::npos; at = text.find(needle[anchor], at + 1)) {
    if (text.substr(at - anchor, needle.size()) == needle) return at - anchor;
  }
  return std::string_view::npos;
}

std::size_t find_last(std::string_view text, std::string_view needle) {
  if (needle.empty() || needle.size() > text.size()) return std::string_view::npos;
  const auto anchor = anchor_of(needle);
  for (auto start = text.size() - needle.size() + 1; start-- > 0;) {
    if (text[start + anchor] == needle[anchor] && text.substr(start, needle.size()) == needle) return start;
  }
  return std::string_view::npos;
}

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
  return text.size() == lower.size() && starts_with_ignoring_case(text, lower);
}

bool starts_with_ignoring_case(std::string_view text, std::string_view lower) {
  if (text.size() < lower.size()) return false;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (ascii_lower(text[i]) != lower[i]) return false;
  }
  return true;
}

std::size_t find_ignoring_case(std::string_view text, std::string_view lower) {
  for (std::size_t pos = 0; pos + lower.size() <= text.size(); ++pos) {
    if (starts_with_ignoring_case(text.substr(pos), lower)) return pos;
  }
  return std::string_view::npos;
}

bool contains_words(std::string_view text, std::string_view words) {
  if (words.empty() || words.size() > text.size()) return false;
  for (std::size_t pos = 0; pos + words.size() <= text.size(); ++pos) {
    bool equal = true;
    for (std::size_t i = 0; i < words.size() && equal; ++i) equal = ascii_lower(text[pos + i]) == ascii_lower(words[i]);
    if (!equal) continue;
    const bool starts = pos == 0 || !is_ascii_alnum(text[pos - 1]);
    const bool ends = pos + words.size() == text.size() || !is_ascii_alnum(text[pos + words.size()]);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace rankparse::detail
