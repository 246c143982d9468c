// rankparse's public interface: text in, records out, records to JSON.
#pragma once

#include <string>
#include <string_view>

#include "rankparse/article.hpp"

namespace rankparse {

struct Options {
  std::string source_name = "-";  // recorded in Article::source and diagnostics
  // Invalid UTF-8 is an error and nothing is extracted, unless this is set:
  // then each bad sequence becomes U+FFFD, a warning says so, and spans refer
  // to the repaired text (lines and columns are unchanged).
  bool replace_invalid_utf8 = false;
};

// Extracts everything rankparse knows how to find in one article. Never
// throws on bad input: problems become Article::diagnostics.
[[nodiscard]] Article parse(std::string_view text, const Options& options = {});

enum class JsonLayout { pretty, compact };

// The article as one JSON object, keys in contract order (see README.md).
[[nodiscard]] std::string to_json(const Article& article, JsonLayout layout = JsonLayout::pretty);

// The JSON Schema (draft 7) every object from to_json satisfies.
[[nodiscard]] std::string_view article_schema();

// "error", "warning", "info": as the JSON and the command line spell it.
[[nodiscard]] std::string_view severity_name(Severity severity);

// The contract's name and version, also the value of the "schema" key.
inline constexpr std::string_view schema_id = "rankparse/article/1";

[[nodiscard]] std::string_view version();

}  // namespace rankparse
