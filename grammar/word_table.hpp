// Word lists that are data, not syntax (publishers, month names, number
// words), matched by one custom rule instead of hundreds of literal rules.
#pragma once

#include <cstddef>
#include <string_view>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "lexical.hpp"
#include "word_lookup.hpp"

namespace rankparse::grammar {

// Matches the longest entry of `Table::get()` that starts here and ends at a
// word boundary. `Table` is a tag type with `static const WordTable& get()`.
template <typename Table>
struct table_word {
  using rule_t = table_word;
  using subs_t = tao::pegtl::empty_list;

  template <typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in) {
    const auto ends_word = [](std::string_view rest) {
      tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> after(rest.data(), rest.size(), "");
      return tao::pegtl::parse<word_end>(after);
    };
    const std::size_t length = Table::get().longest_match(std::string_view(in.current(), in.size()), ends_word);
    if (length == 0) return false;
    in.bump(length);
    return true;
  }
};

}  // namespace rankparse::grammar

template <typename Name, typename Table>
struct tao::pegtl::analyze_traits<Name, rankparse::grammar::table_word<Table>> : analyze_any_traits<> {};
