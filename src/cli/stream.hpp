// `stream`: JSON Lines in, JSON Lines out, one result line per input line in
// the same order, for pipelines.
#pragma once

#include "batch.hpp"

namespace rankparse::cli {

// Each input line is an object {"id": ..., "text": "...", other fields...}.
// Each output line is {"id": ..., other fields..., "article": {...}}, or for a
// line that is not such an object {"id": ... or null, "line": N, "error":
// {"code": "stream.bad_line", "message": "..."}}. Returns the exit code.
[[nodiscard]] int run_stream(const RunOptions& options);

}  // namespace rankparse::cli
