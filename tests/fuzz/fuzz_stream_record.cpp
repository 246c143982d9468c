// The reading of one `stream` input line (src/cli/stream_record.cpp) on
// arbitrary bytes. Beyond "no crash, no leak, no hang", it checks what the
// output line is built from: a record's id and passed-through fields are each
// one JSON value, and its field names are JSON strings, so the line written
// around them is JSON too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "stream_record.hpp"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

// One JSON value. nlohmann_json refuses numbers no double holds, which the
// reader never passes on (such a line becomes an error record), so accept()
// is a fair judge here.
bool is_json_value(std::string_view text) { return nlohmann::json::accept(text); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const auto read = rankparse::cli::read_stream_record(line);
  if (const auto* error = std::get_if<rankparse::cli::StreamRecordError>(&read)) {
    require(is_json_value(error->id_json));
    require(!error->message.empty());
    return 0;
  }
  const auto& record = std::get<rankparse::cli::StreamRecord>(read);
  require(is_json_value(record.id_json));
  for (const auto& [key, value] : record.other_fields) {
    require(is_json_value(key) && nlohmann::json::parse(key).is_string());
    require(is_json_value(value));
  }
  return 0;
}
