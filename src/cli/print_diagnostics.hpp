// Compiler-style diagnostics: "file:line:column: severity: message [code]",
// then the offending line and a caret under the column.
#pragma once

#include <ostream>
#include <string_view>

#include "rankparse/article.hpp"

namespace rankparse::cli {

// Prints the diagnostics at least as severe as `least` (error > warning > info).
void print_diagnostics(std::ostream& out, std::string_view file, std::string_view text, const Article& article,
                       Severity least = Severity::info);

}  // namespace rankparse::cli
