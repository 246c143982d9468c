// Checks on the finished records. Each problem is a diagnostic with a stable
// code (README.md lists them); none stops the other results.
#pragma once

#include "diagnostics.hpp"
#include "rankparse/article.hpp"

namespace rankparse::detail {

void validate(const Article& article, Diagnostics& diagnostics);

}  // namespace rankparse::detail
