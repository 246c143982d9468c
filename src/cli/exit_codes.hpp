// The command's exit codes, documented in README.md: a pipeline can tell
// "all good", "some inputs had errors" and "could not run" apart.
#pragma once

namespace rankparse::cli {

enum ExitCode : int {
  exit_ok = 0,            // every input parsed; warnings may have been reported
  exit_input_errors = 1,  // some inputs had errors: invalid UTF-8, unreadable, a bad stream line, an output not written
  exit_usage = 2,         // could not run: the command line was wrong, or there was nothing to read
  exit_unreadable = 3,    // the one input given could not be read (missing, a folder of nothing, no permission, too large)
};

}  // namespace rankparse::cli
