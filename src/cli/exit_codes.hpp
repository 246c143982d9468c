// The command's exit codes, documented in README.md.
#pragma once

namespace rankparse::cli {

enum ExitCode : int {
  exit_ok = 0,              // every input parsed; warnings may have been reported
  exit_input_errors = 1,    // some input had error diagnostics (e.g. invalid UTF-8)
  exit_usage = 2,           // the command line was wrong
  exit_unreadable = 3,      // an input could not be read (missing, a folder, no permission)
};

}  // namespace rankparse::cli
