#include "parse/numbers.hpp"

#include <charconv>
#include <cstdint>
#include <string>

#include "grammar/word_lists.hpp"

namespace rankparse::detail {
namespace {

std::int64_t table_value(std::string_view text) {
  for (const auto* table : {&grammar::cardinal_numbers(), &grammar::ordinal_numbers()}) {
    if (const auto* entry = table->find(text)) {
      std::int64_t value = 0;
      std::from_chars(entry->value.data(), entry->value.data() + entry->value.size(), value);
      return value;
    }
  }
  return 0;
}

}  // namespace

RawCount count_from_text(std::string_view text, RawSpan span) {
  RawCount count{.value = 0, .overflow = false, .span = span};
  if (text.empty() || text.front() < '0' || text.front() > '9') {
    count.value = table_value(text);
    return count;
  }
  constexpr auto max = largest_count;
  for (const char c : text) {
    if (c == ',') continue;
    if (c < '0' || c > '9') {  // "2nd": an ordinal with digits
      const auto from_table = table_value(text);
      if (from_table != 0) count.value = from_table;
      break;
    }
    const auto digit = static_cast<std::int64_t>(c - '0');
    if (count.value > (max - digit) / 10) {  // would pass largest_count
      count.overflow = true;
      count.value = max;
      break;
    }
    count.value = count.value * 10 + digit;
  }
  return count;
}

}  // namespace rankparse::detail
