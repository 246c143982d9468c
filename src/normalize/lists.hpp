// Groups lines into lists: a heading opens a list, the entry lines after it
// fill it, the next heading closes it.
#pragma once

#include <vector>

#include "diagnostics.hpp"
#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

[[nodiscard]] std::vector<List> build_lists(const Source& source, const std::vector<RawLine>& lines, Diagnostics& diagnostics);

}  // namespace rankparse::detail
