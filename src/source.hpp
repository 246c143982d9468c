// The input as bytes: UTF-8 check, content hash, and the line index that
// turns byte offsets into lines and columns.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"

namespace rankparse::detail {

inline constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

class Source {
 public:
  explicit Source(std::string_view text);

  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] std::string_view slice(RawSpan span) const { return text_.substr(span.begin, span.end - span.begin); }
  // Byte offset of the first byte that is not valid UTF-8, if any.
  [[nodiscard]] std::optional<std::size_t> first_invalid_utf8() const { return first_invalid_utf8_; }
  // A public span (line and column filled in) for a byte range.
  [[nodiscard]] Span span(RawSpan raw) const;
  // The text of the line holding `offset`, without its line end.
  [[nodiscard]] std::string_view line_text(std::size_t offset) const;
  // "xxh3:" and 16 hex digits of XXH3-64 over the bytes.
  [[nodiscard]] std::string hash() const;

 private:
  [[nodiscard]] std::size_t line_index(std::size_t offset) const;
  // Where the characters of `line` begin: its start, or after a byte-order mark.
  [[nodiscard]] std::size_t content_start(std::size_t line) const;
  std::string_view text_;
  // Spans are mostly asked for in reading order; counting columns on from the
  // last one keeps many spans on one long line linear rather than quadratic.
  struct ColumnCursor {
    std::size_t line = 0;
    std::size_t offset = 0;
    std::size_t column = 1;
  };
  mutable ColumnCursor cursor_;
  std::vector<std::size_t> line_starts_;
  std::optional<std::size_t> first_invalid_utf8_;
};

}  // namespace rankparse::detail
