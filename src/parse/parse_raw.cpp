#include "parse/parse_raw.hpp"

#include <tao/pegtl.hpp>

#include "grammar/article.hpp"
#include "parse/actions.hpp"

namespace rankparse::detail {

RawArticle parse_raw(std::string_view text) {
  // Lazy tracking: spans are byte offsets; lines and columns come from the
  // Source's line index afterwards, only for what is emitted.
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(text.data(), text.size(), "");
  ParseState state;
  state.text = text;
  // The grammar cannot fail: every line is at least prose.
  (void)tao::pegtl::parse<grammar::article, action>(in, state);
  return std::move(state.article);
}

}  // namespace rankparse::detail
