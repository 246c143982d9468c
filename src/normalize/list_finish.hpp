// What a list needs once all its entries are built: is it a ranking at all,
// which entries tie, which way it runs, and was its last entry cut off.
#pragma once

#include "diagnostics.hpp"
#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

// Completes `list` (ties from repeated ranks, order, span, truncation) and
// returns true; or returns false, with a list.not_a_ranking info, when the
// list ranks nothing: its heading says "steps" or "findings", or most of its
// items read as sentences rather than names. A ranked table of names under a
// header row ranks, whatever its heading says: WalletHub prints its ranking
// under "Main Findings". `last_line` is the span of the line its last entry
// came from; `headed_table` says the entries are the rows of a table with a header row.
[[nodiscard]] bool finish_list(const Source& source, RawSpan last_line, List& list, Diagnostics& diagnostics, bool headed_table = false);

}  // namespace rankparse::detail
