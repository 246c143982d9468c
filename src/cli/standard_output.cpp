#include "standard_output.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>

#include "exit_codes.hpp"

namespace rankparse::cli {

void StandardOutput::check() {
  if (std::cout || failed()) return;
  error_number_ = errno;
  failed_.store(true, std::memory_order_relaxed);
}

void StandardOutput::write(std::string_view text) {
  if (failed()) return;
  std::cout << text;
  check();
}

int StandardOutput::finish(int exit_code) {
  if (!failed()) {
    std::cout.flush();
    check();
  }
  if (!failed()) return exit_code;
  std::cerr << "rankparse: error: cannot write standard output: " << (error_number_ != 0 ? std::strerror(error_number_) : "write failed")
            << " [output.unwritable]\n";
  return exit_code == exit_ok ? exit_input_errors : exit_code;
}

}  // namespace rankparse::cli
