// One line of a JSON Lines stream read into what `stream` needs: the article
// text, the id, and the other fields to pass through.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace rankparse::cli {

struct StreamRecord {
  std::string id_json = "null";        // the id as JSON; "null" when the line has none
  std::optional<std::string> id_name;  // the id as a name for diagnostics: a string id itself, else its JSON
  std::string text;
  std::vector<std::pair<std::string, std::string>> other_fields;  // key and value as JSON, in their order
};

// A line that is not an object with a "text" string.
struct StreamRecordError {
  std::string id_json = "null";  // the id, when the line is an object that has one
  std::string message;
};

// Reads `line` with simdjson, which is many times faster than nlohmann_json
// on article-sized strings; a line it refuses or that needs care (not an
// object, no "text" string, a repeated key, a number too large for it) is
// read again with nlohmann_json, whose messages name the fault precisely.
[[nodiscard]] std::variant<StreamRecord, StreamRecordError> read_stream_record(std::string_view line);

// `text` as a JSON string.
[[nodiscard]] std::string json_string(std::string_view text);

}  // namespace rankparse::cli
