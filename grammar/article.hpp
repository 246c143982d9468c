// The whole article: an optional byte-order mark and date prefix, then lines.
// Each line is tried against the structural rules first; what is not
// structure is prose, scanned for facts.
#pragma once

#include "dates.hpp"
#include "lexical.hpp"
#include "lists.hpp"
#include "prose.hpp"

namespace rankparse::grammar {

struct blank_line : sor<seq<opt_hspaces, line_end>, seq<hspaces, eof>> {};
// Whatever no other rule takes (none should) is skipped a line at a time, so
// the article rule can never fail and lose the rest of the input.
struct unparsed_line : seq<plus<not_at<line_end>, any>, line_end_or_eof> {};
struct line : sor<blank_line, table_separator_row, table_row, ranked_line, bulleted_line, heading_line, prose_line, unparsed_line> {};
struct article : seq<opt<byte_order_mark>, opt<date_prefix>, star<line>, eof> {};

}  // namespace rankparse::grammar
