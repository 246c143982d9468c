// How many entries of a list hold each rank: repeated ranks are ties.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "rankparse/article.hpp"

namespace rankparse::detail {

class RankCounts {
 public:
  // The list's ranks sorted: one allocation, where a map took one per rank.
  explicit RankCounts(const List& list) {
    ranks_.reserve(list.entries.size());
    for (const auto& entry : list.entries) {
      if (entry.rank) ranks_.push_back(*entry.rank);
    }
    std::sort(ranks_.begin(), ranks_.end());
  }

  [[nodiscard]] std::size_t holders(std::int64_t rank) const {
    const auto [first, last] = std::equal_range(ranks_.begin(), ranks_.end(), rank);
    return static_cast<std::size_t>(last - first);
  }

 private:
  std::vector<std::int64_t> ranks_;
};

}  // namespace rankparse::detail
