// A per-thread memo for answers that are a pure function of a short text
// (what a place text reads as, which state a title names). Lists ask the same
// few texts again and again: once while reading lines, again while voting on
// the article's home country, again while resolving each entry.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace rankparse::detail {

template <typename Value>
class TextMemo {
 public:
  // The answer for `text`, computed by `compute(text)` the first time this
  // thread asks; the reference holds until the next call. Forgets everything
  // when full, so memory stays bounded however many articles the thread reads.
  template <typename Compute>
  const Value& get(std::string_view text, Compute&& compute) {
    if (const auto found = answers_.find(text); found != answers_.end()) return found->second;
    if (answers_.size() >= most_remembered) answers_.clear();
    return answers_.emplace(std::string(text), compute(text)).first->second;
  }

 private:
  static constexpr std::size_t most_remembered = 4096;
  // Looked up by string_view without building a std::string for each question.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, Value, Hash, std::equal_to<>> answers_;
};

}  // namespace rankparse::detail
