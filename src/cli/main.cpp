// rankparse: the command-line front end, the only place that does I/O.
#include <iostream>
#include <string>
#include <variant>

#include <CLI/CLI.hpp>

#include "exit_codes.hpp"
#include "print_diagnostics.hpp"
#include "rankparse/rankparse.hpp"
#include "read_input.hpp"

namespace {

using namespace rankparse::cli;

struct ExtractOptions {
  std::string input;
  bool compact = false;
};

int run_extract(const ExtractOptions& options) {
  auto read = read_input(options.input);
  if (const auto* error = std::get_if<ReadError>(&read)) {
    std::cerr << options.input << ":1:1: error: " << error->message << " [input.unreadable]\n";
    return exit_unreadable;
  }
  const auto& text = std::get<std::string>(read);
  const auto article = rankparse::parse(text, {.source_name = options.input});
  std::cout << rankparse::to_json(article, options.compact ? rankparse::JsonLayout::compact : rankparse::JsonLayout::pretty) << '\n';
  print_diagnostics(std::cerr, options.input, text, article);
  for (const auto& diagnostic : article.diagnostics) {
    if (diagnostic.severity == rankparse::Severity::error) return exit_input_errors;
  }
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"rankparse: news articles about rankings to validated, structured JSON"};
  app.set_version_flag("--version", std::string("rankparse ") + std::string(rankparse::version()));
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 success (warnings allowed), 1 an input had errors, 2 usage error, 3 an input could not be read.");

  ExtractOptions extract;
  auto* extract_command = app.add_subcommand("extract", "Print the JSON for one article (a file, or - for standard input)");
  extract_command->add_option("input", extract.input, "Article text file, or - for standard input")->required();
  extract_command->add_flag("--compact", extract.compact, "One line of JSON instead of indented output");

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
  return run_extract(extract);
}
