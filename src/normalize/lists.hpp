// Groups lines into lists. A heading (or a bare group heading, or a sentence
// announcing "the top five") opens a list; entry lines fill it; prose between
// entries does not end it, but a numbering that restarts, a new heading or a
// change of marker does. Lines without markers become entries where the list
// is one of bare names; "Label: value" lines under an entry become its
// attributes; numbered lists whose items read as sentences, or whose heading
// says "steps" or "findings", are left out with an info diagnostic.
#pragma once

#include <vector>

#include "diagnostics.hpp"
#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

[[nodiscard]] std::vector<List> build_lists(const Source& source, const std::vector<RawLine>& lines, Diagnostics& diagnostics);

}  // namespace rankparse::detail
