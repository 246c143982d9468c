// parse(): the pipeline, one way through: bytes -> Source -> grammar ->
// raw records -> normalize -> validate.
#include "rankparse/rankparse.hpp"

#include <algorithm>
#include <optional>

#include "diagnostics.hpp"
#include "normalize/facts.hpp"
#include "normalize/lists.hpp"
#include "parse/parse_raw.hpp"
#include "source.hpp"
#include "utf8.hpp"
#include "validate/validate.hpp"

namespace rankparse {

namespace {

// An input refused before anything is extracted: only its diagnostics.
Article refused(Article article, detail::Diagnostics& diagnostics) {
  article.diagnostics = diagnostics.take();
  return article;
}

}  // namespace

Article parse(std::string_view input, const Options& options) {
  detail::Diagnostics diagnostics;
  Article article;
  std::string repaired;  // holds the text when bad UTF-8 was replaced
  std::optional<detail::Source> source_storage(std::in_place, input);
  article.source = SourceInfo{options.source_name, input.size(), source_storage->hash()};

  if (const auto bad = source_storage->first_invalid_utf8()) {
    const auto where = source_storage->span({*bad, *bad + 1});
    if (!options.replace_invalid_utf8) {
      diagnostics.error("input.invalid_utf8", "invalid UTF-8 at byte offset " + std::to_string(*bad) + "; nothing extracted", where);
      return refused(std::move(article), diagnostics);
    }
    auto repair = detail::replace_invalid_utf8(input);
    repaired = std::move(repair.text);
    diagnostics.warning("input.invalid_utf8_replaced",
                        "invalid UTF-8 at byte offset " + std::to_string(*bad) + ": " + std::to_string(repair.replaced) +
                            " bad sequence(s) replaced by U+FFFD; spans refer to the repaired text",
                        where);
    source_storage.emplace(repaired);
  }
  const auto& source = *source_storage;
  const auto text = source.text();
  // A NUL byte never occurs in an article: the input is binary.
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    diagnostics.error("input.binary", "NUL byte at byte offset " + std::to_string(nul) + ": binary data, not an article; nothing extracted",
                      source.span({nul, nul + 1}));
    return refused(std::move(article), diagnostics);
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
