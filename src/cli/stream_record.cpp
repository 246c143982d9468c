#include "stream_record.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace rankparse::cli {
namespace {

using nlohmann::ordered_json;

std::string dump(const ordered_json& value) { return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace); }

// nullopt when the line needs the careful reading below.
std::optional<StreamRecord> read_quickly(std::string_view line) {
  thread_local simdjson::dom::parser parser;  // a parser serves one line at a time, and keeps its buffers
  simdjson::dom::object object;
  if (parser.parse(line.data(), line.size()).get_object().get(object) != simdjson::SUCCESS) return std::nullopt;
  StreamRecord record;
  bool has_text = false;
  std::vector<std::string_view> keys;
  for (const auto field : object) {
    if (std::find(keys.begin(), keys.end(), field.key) != keys.end()) return std::nullopt;
    keys.push_back(field.key);
    if (field.key == "text") {
      std::string_view text;
      if (field.value.get_string().get(text) != simdjson::SUCCESS) return std::nullopt;
      record.text = text;
      has_text = true;
    } else if (field.key == "id") {
      std::string_view id;
      if (field.value.get_string().get(id) == simdjson::SUCCESS) {
        record.id_json = json_string(id);
        record.id_name = std::string(id);
      } else {
        record.id_json = simdjson::minify(field.value);
        record.id_name = record.id_json;
      }
    } else {
      record.other_fields.emplace_back(json_string(field.key), simdjson::minify(field.value));
    }
  }
  if (!has_text) return std::nullopt;
  return record;
}

std::variant<StreamRecord, StreamRecordError> read_carefully(std::string_view line) {
  ordered_json input;
  try {
    input = ordered_json::parse(line);
  } catch (const ordered_json::parse_error& error) {
    return StreamRecordError{"null", std::string("not JSON: ") + error.what()};
  } catch (const ordered_json::exception& error) {
    // JSON, but with a number no double holds ("1e400"): this line cannot be
    // passed through as it was, and it must not end the stream.
    return StreamRecordError{"null", std::string("unreadable JSON: ") + error.what()};
  }
  const ordered_json* id = input.is_object() && input.contains("id") ? &input["id"] : nullptr;
  if (!input.is_object() || !input.contains("text") || !input["text"].is_string()) {
    return StreamRecordError{id ? dump(*id) : "null", "expected an object with a \"text\" string"};
  }
  StreamRecord record;
  record.text = input["text"].get_ref<const std::string&>();
  if (id) {
    record.id_json = dump(*id);
    record.id_name = id->is_string() ? id->get<std::string>() : record.id_json;
  }
  for (const auto& [key, value] : input.items()) {
    if (key == "id" || key == "text") continue;  // the text is what the article is made of
    record.other_fields.emplace_back(dump(ordered_json(key)), dump(value));
  }
  return record;
}

}  // namespace

std::variant<StreamRecord, StreamRecordError> read_stream_record(std::string_view line) {
  if (auto record = read_quickly(line)) return std::move(*record);
  return read_carefully(line);
}

std::string json_string(std::string_view text) { return dump(ordered_json(text)); }

}  // namespace rankparse::cli
