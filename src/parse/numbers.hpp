// Numbers as articles write them: digits with thousands commas, or words.
#pragma once

#include <string_view>

#include "parse/raw_article.hpp"

namespace rankparse::detail {

// "130", "1,000", "two", "second", "2nd". Digits too long for an int64 set
// `overflow` and saturate; unknown words give 0.
[[nodiscard]] RawCount count_from_text(std::string_view text, RawSpan span);

}  // namespace rankparse::detail
