// The whole path, parse -> validate -> emit, on arbitrary bytes. The first
// byte picks the options; the rest is the article. Beyond "no crash, no leak,
// no hang" (the sanitizers and libFuzzer see to those), it checks what every
// output must satisfy: the JSON parses, and every span lies inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "rankparse/rankparse.hpp"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

void check_span(const rankparse::Span& span, std::size_t size) {
  require(span.begin <= span.end && span.end <= size);
  require(span.line >= 1 && span.column >= 1);
}

void check_spans(const rankparse::Article& article, std::size_t size) {
  for (const auto& diagnostic : article.diagnostics) check_span(diagnostic.span, size);
  for (const auto& list : article.lists) {
    check_span(list.span, size);
    for (const auto& entry : list.entries) {
      check_span(entry.span, size);
      check_span(entry.name.span, size);
      if (entry.location) check_span(entry.location->span, size);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool replace = (data[0] & 1U) != 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto article = rankparse::parse(text, {.source_name = "fuzz", .replace_invalid_utf8 = replace});
  // Replacing bad bytes by U+FFFD (3 bytes for as little as 1) can grow the text.
  check_spans(article, replace ? text.size() * 3 : text.size());
  for (const auto layout : {rankparse::JsonLayout::pretty, rankparse::JsonLayout::compact}) {
    require(nlohmann::json::accept(rankparse::to_json(article, layout)));
  }
  return 0;
}
