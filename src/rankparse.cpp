// parse(): the pipeline, one way through: bytes -> Source -> grammar ->
// raw records -> normalize -> validate.
#include "rankparse/rankparse.hpp"

#include <algorithm>

#include "diagnostics.hpp"
#include "normalize/facts.hpp"
#include "normalize/lists.hpp"
#include "parse/parse_raw.hpp"
#include "source.hpp"
#include "validate/validate.hpp"

namespace rankparse {

Article parse(std::string_view text, const Options& options) {
  const detail::Source source(text);
  detail::Diagnostics diagnostics;
  Article article;
  article.source = SourceInfo{options.source_name, text.size(), source.hash()};

  if (const auto bad = source.first_invalid_utf8()) {
    diagnostics.error("input.invalid_utf8", "invalid UTF-8 at byte offset " + std::to_string(*bad) + "; nothing extracted",
                      source.span({*bad, *bad + 1}));
    article.diagnostics = diagnostics.take();
    return article;
  }

  const auto raw = detail::parse_raw(text);
  detail::build_facts(source, raw, article, diagnostics);
  article.lists = detail::build_lists(source, raw.lines, diagnostics);
  if (article.lists.empty()) {
    diagnostics.info("article.no_lists", "no ranked or unranked list found", source.span({0, 0}));
  }
  detail::validate(article, diagnostics);
  article.diagnostics = diagnostics.take();
  // Reading order, whichever stage found them.
  std::stable_sort(article.diagnostics.begin(), article.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  return article;
}

}  // namespace rankparse
