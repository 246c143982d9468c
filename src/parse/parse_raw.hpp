// The one place that runs the grammar.
#pragma once

#include <string_view>

#include "parse/raw_article.hpp"

namespace rankparse::detail {

// Runs grammar/article.hpp over `text`, which must be valid UTF-8.
[[nodiscard]] RawArticle parse_raw(std::string_view text);

}  // namespace rankparse::detail
