#include "batch.hpp"

#include <unistd.h>

#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include "exit_codes.hpp"
#include "inputs.hpp"
#include "output_files.hpp"
#include "print_diagnostics.hpp"
#include "progress.hpp"
#include "rankparse/rankparse.hpp"
#include "read_input.hpp"
#include "standard_output.hpp"

namespace rankparse::cli {
namespace {

// One input on its way through the pipeline.
struct Work {
  const Input* input = nullptr;
  bool skipped = false;                  // --resume found its output up to date
  std::optional<std::string> read_error;
  std::string text;
  Article article;
  std::string json;                      // what goes to standard output or the output file, line end included
  std::string diagnostics;               // what goes to standard error
};

std::string read_error_line(const std::string& name, const std::string& message) {
  return name + ":1:1: error: " + message + " [input.unreadable]\n";
}

}  // namespace

unsigned worker_count(unsigned jobs) {
  return jobs != 0 ? jobs : std::max(1U, std::thread::hardware_concurrency());
}

int run_batch(const BatchOptions& options) {
  const auto expanded = expand_inputs(options.inputs, {.include_patterns = options.include, .hidden = options.hidden});
  for (const auto& problem : expanded.problems) std::cerr << read_error_line(problem.name, problem.message);
  const auto& inputs = expanded.inputs;
  std::uintmax_t total_bytes = 0;
  for (const auto& input : inputs) total_bytes += input.bytes;

  const bool many = inputs.size() > 1;
  Progress progress(std::cerr, !options.run.quiet && ::isatty(STDERR_FILENO) && many, inputs.size(), total_bytes);
  Summary summary;
  StandardOutput out;
  std::size_t unreadable = expanded.problems.size();
  std::size_t next = 0;
  std::size_t done = 0;
  std::uintmax_t bytes_done = 0;
  const auto layout = (options.jsonl || options.compact) ? JsonLayout::compact : JsonLayout::pretty;

  const auto jobs = worker_count(options.run.jobs);
  tbb::task_arena arena(static_cast<int>(jobs));
  arena.execute([&] {
    tbb::parallel_pipeline(
        jobs * 4,  // bounded work in flight keeps memory flat however many inputs
        tbb::make_filter<void, Work*>(tbb::filter_mode::serial_in_order,
                                      [&](tbb::flow_control& control) -> Work* {
                                        if (next == inputs.size() || out.failed()) {
                                          control.stop();
                                          return nullptr;
                                        }
                                        auto* work = new Work{};
                                        work->input = &inputs[next++];
                                        if (options.resume && options.output_dir &&
                                            is_up_to_date(output_path_for(*options.output_dir, *work->input), *work->input)) {
                                          work->skipped = true;
                                          return work;
                                        }
                                        auto read = read_input(work->input->name, options.run.max_input_bytes);
                                        if (auto* error = std::get_if<ReadError>(&read)) {
                                          work->read_error = error->message;
                                        } else {
                                          work->text = std::move(std::get<std::string>(read));
                                        }
                                        return work;
                                      }) &
            tbb::make_filter<Work*, Work*>(tbb::filter_mode::parallel,
                                           [&](Work* work) {
                                             if (work->skipped || work->read_error) return work;
                                             work->article = parse(work->text, {.source_name = work->input->name, .replace_invalid_utf8 = options.run.replace_invalid_utf8});
                                             if (!options.check_only) {
                                               work->json = to_json(work->article, layout);
                                               work->json += '\n';  // here, not in the serial writer
                                             }
                                             std::ostringstream diagnostics;
                                             print_diagnostics(diagnostics, work->input->name, work->text, work->article,
                                                               options.run.least_severity);
                                             work->diagnostics = diagnostics.str();
                                             work->text = {};  // the bytes are not needed any more
                                             return work;
                                           }) &
            tbb::make_filter<Work*, void>(tbb::filter_mode::serial_in_order, [&](Work* work) {
              const std::unique_ptr<Work> owned(work);
              ++done;
              bytes_done += work->input->bytes;
              if (work->read_error) {
                std::cerr << read_error_line(work->input->name, *work->read_error);
                summary.add_failure();
                ++unreadable;
              } else if (!work->skipped) {
                summary.add(work->article);
                if (options.check_only) {
                  out.write(work->diagnostics);
                } else {
                  std::cerr << work->diagnostics;
                }
                if (options.output_dir) {
                  if (auto failure = write_atomically(output_path_for(*options.output_dir, *work->input), work->json)) {
                    std::cerr << work->input->name << ":1:1: error: " << *failure << " [output.unwritable]\n";
                    summary.add_failure();
                  }
                } else if (!options.check_only) {
                  out.write(work->json);
                }
              }
              progress.update(done, bytes_done);
            }));
  });
  const int written = out.finish(exit_ok);
  progress.finish();
  if (many && !options.run.quiet) std::cerr << summary.line(progress.seconds()) << '\n';

  if (inputs.empty() && expanded.problems.empty()) {
    std::cerr << "rankparse: no input files found\n";
    return exit_usage;
  }
  if (!many && unreadable > 0) return exit_unreadable;  // the one input given could not be read
  return summary.failed_inputs > 0 || unreadable > 0 ? exit_input_errors : written;
}

}  // namespace rankparse::cli
