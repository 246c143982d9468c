#include "stream.hpp"

#include <unistd.h>

#include <cstring>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include "exit_codes.hpp"
#include "line_reader.hpp"
#include "standard_output.hpp"
#include "print_diagnostics.hpp"
#include "progress.hpp"
#include "rankparse/rankparse.hpp"

namespace rankparse::cli {
namespace {

using nlohmann::ordered_json;

struct Line {
  std::size_t number = 0;
  std::string text;
  std::size_t length = 0;  // of the line as read; more than `text` holds when it was too long
  std::optional<Article> article;  // none for a bad line
  bool bad = false;
  std::string output;
  std::string diagnostics;
};

std::string error_record(const ordered_json* id, std::size_t line, const std::string& message) {
  ordered_json record;
  record["id"] = id ? *id : ordered_json(nullptr);
  record["line"] = line;
  record["error"] = {{"code", "stream.bad_line"}, {"message", message}};
  return record.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

// Parses one input line and builds its output line.
void process(Line& line, const RunOptions& options) {
  ordered_json input;
  try {
    input = ordered_json::parse(line.text);
  } catch (const ordered_json::parse_error& error) {
    line.bad = true;
    line.output = error_record(nullptr, line.number, std::string("not JSON: ") + error.what());
    return;
  }
  const ordered_json* id = input.is_object() && input.contains("id") ? &input["id"] : nullptr;
  if (!input.is_object() || !input.contains("text") || !input["text"].is_string()) {
    line.bad = true;
    line.output = error_record(id, line.number, "expected an object with a \"text\" string");
    return;
  }
  const auto& text = input["text"].get_ref<const std::string&>();
  const auto name = id ? (id->is_string() ? id->get<std::string>() : id->dump()) : "line " + std::to_string(line.number);
  line.article = parse(text, {.source_name = name, .replace_invalid_utf8 = options.replace_invalid_utf8});
  std::string output = "{\"id\":" + (id ? id->dump() : "null");
  for (const auto& [key, value] : input.items()) {
    if (key == "id" || key == "text") continue;  // the text is what the article is made of
    output += "," + ordered_json(key).dump() + ":" + value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
  }
  output += ",\"article\":" + to_json(*line.article, JsonLayout::compact) + "}";
  line.output = std::move(output);
  std::ostringstream diagnostics;
  print_diagnostics(diagnostics, name, text, *line.article, options.least_severity);
  line.diagnostics = diagnostics.str();
}

}  // namespace

int run_stream(const RunOptions& options) {
  Summary summary;
  Progress progress(std::cerr, !options.quiet && ::isatty(STDERR_FILENO), 0, 0);
  std::size_t number = 0;
  std::size_t done = 0;
  std::uintmax_t bytes = 0;
  LineReader reader(STDIN_FILENO, options.max_input_bytes);
  StandardOutput out;
  int read_error = 0;
  const auto jobs = worker_count(options.jobs);
  tbb::task_arena arena(static_cast<int>(jobs));
  arena.execute([&] {
    tbb::parallel_pipeline(
        jobs * 4,  // at most this many lines in flight: memory stays flat however long the stream
        tbb::make_filter<void, Line*>(tbb::filter_mode::serial_in_order,
                                      [&](tbb::flow_control& control) -> Line* {
                                        if (out.failed()) {
                                          control.stop();
                                          return nullptr;
                                        }
                                        auto line = std::make_unique<Line>();
                                        const auto result = reader.next(line->text);
                                        if (result == LineReader::Result::end || result == LineReader::Result::error) {
                                          read_error = reader.error_number();
                                          control.stop();
                                          return nullptr;
                                        }
                                        line->number = ++number;
                                        line->length = reader.length();
                                        if (result == LineReader::Result::too_long) {
                                          line->bad = true;
                                          line->output = error_record(nullptr, line->number,
                                                                      "line of " + std::to_string(line->length) +
                                                                          " bytes is larger than the limit of " +
                                                                          std::to_string(options.max_input_bytes) + " bytes (--max-input-size)");
                                        }
                                        return line.release();
                                      }) &
            tbb::make_filter<Line*, Line*>(tbb::filter_mode::parallel,
                                           [&](Line* line) {
                                             if (!line->bad) process(*line, options);
                                             return line;
                                           }) &
            tbb::make_filter<Line*, void>(tbb::filter_mode::serial_in_order, [&](Line* raw) {
              const std::unique_ptr<Line> line(raw);
              ++done;
              bytes += line->length + 1;
              if (line->bad) {
                summary.add_failure();
                std::cerr << "stdin:" << line->number << ":1: error: bad input line [stream.bad_line]\n";
              } else {
                summary.add(*line->article);
                std::cerr << line->diagnostics;
              }
              out.write(line->output + '\n');
              progress.update(done, bytes);
            }));
  });
  const int written = out.finish(exit_ok);
  progress.finish();
  if (read_error != 0) {
    std::cerr << "stdin:" << number + 1 << ":1: error: cannot read: " << std::strerror(read_error) << " [input.unreadable]\n";
    return number == 0 ? exit_unreadable : exit_input_errors;
  }
  if (!options.quiet) std::cerr << summary.line(progress.seconds()) << '\n';
  return summary.failed_inputs > 0 ? exit_input_errors : written;
}

}  // namespace rankparse::cli
