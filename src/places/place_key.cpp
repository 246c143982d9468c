#include "places/place_key.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <utility>

namespace rankparse::places {
namespace {

// Words GeoNames spells both in full and abbreviated; the key always uses the short form.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kWordAbbreviations{{
    {"saint", "st"},
    {"fort", "ft"},
    {"mount", "mt"},
}};

// Marks that join the letters around them ("D.C.", "O'Hare") rather than separating words.
bool is_dropped(utf8proc_int32_t codepoint) {
  switch (codepoint) {
    case U'\'': case U'.': case U'`': case 0x00B4 /* acute accent */:
    case 0x02BB /* modifier letter turned comma */: case 0x02BC /* modifier letter apostrophe */:
    case 0x2018: case 0x2019 /* curly single quotes */:
      return true;
    default:
      return false;
  }
}

bool is_word_character(utf8proc_int32_t codepoint) {
  switch (utf8proc_category(codepoint)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// Collects words separated by single spaces, abbreviating each word as it ends.
class KeyBuilder {
 public:
  explicit KeyBuilder(std::size_t expected_size) { key_.reserve(expected_size); }

  void append_to_word(std::string_view bytes) {
    if (!in_word_) {
      if (!key_.empty()) key_ += ' ';
      word_start_ = key_.size();
      in_word_ = true;
    }
    key_ += bytes;
  }

  void end_word() {
    if (!in_word_) return;
    in_word_ = false;
    const std::string_view word = std::string_view{key_}.substr(word_start_);
    for (const auto& [full, abbreviation] : kWordAbbreviations) {
      if (word == full) {
        key_.replace(word_start_, std::string::npos, abbreviation);
        return;
      }
    }
  }

  void append_whole_word(std::string_view word) {
    end_word();
    append_to_word(word);
    end_word();
  }

  std::string finish() && {
    end_word();
    return std::move(key_);
  }

 private:
  std::string key_;
  std::size_t word_start_ = 0;
  bool in_word_ = false;
};

void append_codepoint(KeyBuilder& key, utf8proc_int32_t codepoint, std::string_view bytes) {
  if (is_dropped(codepoint)) return;
  if (codepoint == U'&') {
    key.append_whole_word("and");
  } else if (is_word_character(codepoint)) {
    key.append_to_word(bytes);
  } else {
    key.end_word();
  }
}

// ASCII text is its own NFKC form and case folding is lowering, so most names skip utf8proc.
std::string make_ascii_key(std::string_view text) {
  KeyBuilder key{text.size()};
  for (const char byte : text) {
    char lowered = byte;
    if (byte >= 'A' && byte <= 'Z') lowered = static_cast<char>(byte - 'A' + 'a');
    append_codepoint(key, static_cast<unsigned char>(byte), std::string_view{&lowered, 1});
  }
  return std::move(key).finish();
}

struct FreeDeleter {
  void operator()(void* pointer) const noexcept { std::free(pointer); }
};

std::string make_unicode_key(std::string_view text) {
  constexpr auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
      UTF8PROC_LUMP | UTF8PROC_IGNORE);
  utf8proc_uint8_t* mapped_bytes = nullptr;
  const utf8proc_ssize_t mapped_size = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                                    static_cast<utf8proc_ssize_t>(text.size()), &mapped_bytes, options);
  const std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner{mapped_bytes};
  // Invalid UTF-8 makes utf8proc_map fail; the bytes are then kept undecoded below.
  const std::string_view normalized =
      mapped_size >= 0 ? std::string_view{reinterpret_cast<const char*>(mapped_bytes), static_cast<std::size_t>(mapped_size)}
                       : text;

  KeyBuilder key{normalized.size()};
  std::size_t position = 0;
  while (position < normalized.size()) {
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(normalized.data() + position),
                         static_cast<utf8proc_ssize_t>(normalized.size() - position), &codepoint);
    if (length <= 0) {  // an undecodable byte: keep it, lowered if it happens to be ASCII
      char byte = normalized[position];
      if (byte >= 'A' && byte <= 'Z') byte = static_cast<char>(byte - 'A' + 'a');
      key.append_to_word(std::string_view{&byte, 1});
      ++position;
      continue;
    }
    const auto size = static_cast<std::size_t>(length);
    append_codepoint(key, codepoint, normalized.substr(position, size));
    position += size;
  }
  return std::move(key).finish();
}

}  // namespace

std::string make_place_key(std::string_view text) {
  const bool is_ascii = std::all_of(text.begin(), text.end(), [](char byte) { return static_cast<unsigned char>(byte) < 0x80; });
  return is_ascii ? make_ascii_key(text) : make_unicode_key(text);
}

}  // namespace rankparse::places
