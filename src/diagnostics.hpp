// Collects diagnostics for one article. Codes are stable and documented in
// README.md; messages are for people.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "rankparse/article.hpp"

namespace rankparse::detail {

class Diagnostics {
 public:
  void add(Severity severity, std::string code, std::string message, Span span) {
    list_.push_back(Diagnostic{severity, std::move(code), std::move(message), span});
  }
  void error(std::string code, std::string message, Span span) { add(Severity::error, std::move(code), std::move(message), span); }
  void warning(std::string code, std::string message, Span span) { add(Severity::warning, std::move(code), std::move(message), span); }
  void info(std::string code, std::string message, Span span) { add(Severity::info, std::move(code), std::move(message), span); }
  [[nodiscard]] std::vector<Diagnostic> take() { return std::move(list_); }

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace rankparse::detail
