// Lists run into a sentence: "The top five: 1. Delaware, 2. Maryland,
// 3. Massachusetts, 4. New York and 5. Vermont."
#pragma once

#include <cstdint>
#include <vector>

#include "parse/raw_article.hpp"
#include "source.hpp"

namespace rankparse::detail {

struct RunInItem {
  RawCount rank;  // "2" of "2. Maryland"
  RawSpan name;   // "Maryland": the item without its rank and separator
};

struct RunInList {
  RawSpan lead;  // "The top five": what comes before the first item, without a colon
  std::vector<RunInItem> items;
};

// The runs of three items or more in `span`, numbered one after
// another ("46. Arkansas, 47. Oklahoma, 48. Louisiana"), each item a short
// name that starts with a capital and ends at a comma, semicolon or "and"
// before the next number; the last one ends with the sentence. A run's lead
// starts after the sentence of the run before it. None when the line holds
// no such run, as almost every line of prose does.
[[nodiscard]] std::vector<RunInList> find_run_in_lists(const Source& source, RawSpan span);

}  // namespace rankparse::detail
