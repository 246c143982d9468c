#include "stream.hpp"

#include <unistd.h>

#include <cstring>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include "exit_codes.hpp"
#include "line_reader.hpp"
#include "standard_output.hpp"
#include "stream_record.hpp"
#include "print_diagnostics.hpp"
#include "progress.hpp"
#include "rankparse/rankparse.hpp"

namespace rankparse::cli {
namespace {

struct Line {
  std::size_t number = 0;
  std::string text;
  std::size_t length = 0;  // of the line as read; more than `text` holds when it was too long
  std::optional<Article> article;  // none for a bad line
  bool bad = false;
  std::string output;  // the result line, line end included
  std::string diagnostics;
};

std::string error_record(std::string_view id_json, std::size_t line, std::string_view message) {
  return "{\"id\":" + std::string(id_json) + ",\"line\":" + std::to_string(line) +
         ",\"error\":{\"code\":\"stream.bad_line\",\"message\":" + json_string(message) + "}}";
}

// Parses one input line and builds its output line.
void process(Line& line, const RunOptions& options) {
  auto read = read_stream_record(line.text);
  if (const auto* error = std::get_if<StreamRecordError>(&read)) {
    line.bad = true;
    line.output = error_record(error->id_json, line.number, error->message);
    return;
  }
  const auto& record = std::get<StreamRecord>(read);
  const auto name = record.id_name.value_or("line " + std::to_string(line.number));
  line.article = parse(record.text, {.source_name = name, .replace_invalid_utf8 = options.replace_invalid_utf8});
  std::string output = "{\"id\":" + record.id_json;
  for (const auto& [key, value] : record.other_fields) output += "," + key + ":" + value;
  output += ",\"article\":";
  output += to_json(*line.article, JsonLayout::compact);
  output += '}';
  line.output = std::move(output);
  std::ostringstream diagnostics;
  print_diagnostics(diagnostics, name, record.text, *line.article, options.least_severity);
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
                                          line->output = error_record("null", line->number,
                                                                      "line of " + std::to_string(line->length) +
                                                                          " bytes is larger than the limit of " +
                                                                          std::to_string(options.max_input_bytes) + " bytes (--max-input-size)");
                                        }
                                        return line.release();
                                      }) &
            tbb::make_filter<Line*, Line*>(tbb::filter_mode::parallel,
                                           [&](Line* line) {
                                             if (!line->bad) process(*line, options);
                                             line->output += '\n';  // here, not in the serial writer
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
              out.write(line->output);
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
