// rankparse: the command-line front end, the only place that does I/O.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "batch.hpp"
#include "exit_codes.hpp"
#include "rankparse/rankparse.hpp"
#include "stream.hpp"

namespace {

using namespace rankparse::cli;

// Options every reading command shares.
void add_run_options(CLI::App& command, RunOptions& run, std::string& diagnostics_level) {
  command.add_option("-j,--jobs", run.jobs, "Threads to use (default: all cores)")->check(CLI::NonNegativeNumber);
  command.add_flag("-q,--quiet", run.quiet, "No progress line and no summary on standard error");
  command.add_option("--diagnostics", diagnostics_level, "Least severity printed on standard error: error, warning (default), info")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  command.add_option("--max-input-size", run.max_input_bytes,
                     "Refuse inputs (or stream lines) larger than this many bytes (default 67108864, 64 MiB; 0: no limit)");
  command.add_flag("--replace-invalid-utf8", run.replace_invalid_utf8,
                   "Replace bytes that are not UTF-8 with U+FFFD and go on, with a warning (default: an error, nothing extracted)");
}

rankparse::Severity severity_named(const std::string& name) {
  if (name == "error") return rankparse::Severity::error;
  if (name == "info") return rankparse::Severity::info;
  return rankparse::Severity::warning;
}

}  // namespace

int main(int argc, char** argv) {
  // Only iostreams are used: unsynced, std::cin reads in blocks instead of a
  // character at a time through stdio.
  std::ios::sync_with_stdio(false);
  CLI::App app{"rankparse: news articles about rankings to validated, structured JSON"};
  app.set_version_flag("--version", std::string("rankparse ") + std::string(rankparse::version()));
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 every input parsed (warnings allowed); 1 some inputs had errors (invalid UTF-8, unreadable, a bad stream "
      "line, an output that could not be written); 2 usage error or nothing to do; 3 the one input given could not be read.");

  BatchOptions extract;
  std::string extract_level = "warning";
  auto* extract_command = app.add_subcommand("extract", "JSON for articles: files, folders (recursive) or - for standard input");
  extract_command->add_option("inputs", extract.inputs, "Article files, folders, or - for standard input")->required();
  extract_command->add_option("--include", extract.include, "Only files in folders matching this shell pattern (repeatable), e.g. '*.txt'");
  extract_command->add_flag("--hidden", extract.hidden, "Also read hidden files and folders (names beginning with '.') found in folders");
  extract_command->add_flag("--jsonl", extract.jsonl, "One compact JSON object a line (JSON Lines)");
  extract_command->add_flag("--compact", extract.compact, "Compact JSON instead of indented");
  extract_command->add_option("-o,--output-dir", extract.output_dir, "Write one NAME.json per input into this folder, mirroring folders");
  extract_command->add_flag("--resume", extract.resume, "With -o: skip inputs whose output is already up to date");
  add_run_options(*extract_command, extract.run, extract_level);

  BatchOptions check;
  std::string check_level = "warning";
  auto* check_command = app.add_subcommand("check", "Only the diagnostics, on standard output: lint an archive");
  check_command->add_option("inputs", check.inputs, "Article files, folders, or - for standard input")->required();
  check_command->add_option("--include", check.include, "Only files in folders matching this shell pattern (repeatable)");
  check_command->add_flag("--hidden", check.hidden, "Also read hidden files and folders (names beginning with '.') found in folders");
  add_run_options(*check_command, check.run, check_level);
  check.check_only = true;

  RunOptions stream;
  std::string stream_level = "warning";
  auto* stream_command =
      app.add_subcommand("stream", "JSON Lines on standard input ({\"id\", \"text\", ...}) to JSON Lines on standard output, in order");
  add_run_options(*stream_command, stream, stream_level);

  auto* schema_command = app.add_subcommand("schema", "Print the JSON Schema of the output");

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& success) {
    return app.exit(success);
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    return exit_usage;
  }

  if (schema_command->parsed()) {
    std::cout << rankparse::article_schema();
    return exit_ok;
  }
  if (stream_command->parsed()) {
    stream.least_severity = severity_named(stream_level);
    return run_stream(stream);
  }
  if (check_command->parsed()) {
    check.run.least_severity = severity_named(check_level);
    return run_batch(check);
  }
  if (extract.resume && !extract.output_dir) {
    std::cerr << "rankparse: --resume needs --output-dir\n";
    return exit_usage;
  }
  extract.run.least_severity = severity_named(extract_level);
  return run_batch(extract);
}
