// A deterministic generator of synthetic ranking articles, shared by the
// corpus generator (generate_corpus.cpp) and the benchmarks (parse_benchmark.cpp).
//
// Articles take the shapes catalogued in ../shared/FORMATS.md (dates,
// publishers, headings, rank markers, ties, bullets, label lines, tables,
// locations, sub-lines, prose) with invented institution names and real
// places. Everything is drawn from one std::mt19937_64 seeded by the caller,
// and only through the engine's raw output (no std::*_distribution, whose
// results differ between standard libraries), so a seed gives the same bytes
// on every machine and compiler.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace rankparse::bench {

struct GeneratedArticle {
  std::uint64_t number = 0;          // 1-based position in the corpus
  std::string id;                    // "000001"
  std::string relative_path;         // "a/000001.txt": a few folders, one nested
  std::string text;
  std::vector<std::size_t> list_sizes;  // entries the generator wrote, list by list
  std::vector<std::string> list_shapes;  // per list: "us dot heading=top_n places=comma ties=repeat extra=none"
  std::size_t placeholders = 0;      // label lines that are no entry ("Wyoming: No top-ranked programs")

  [[nodiscard]] std::size_t total_entries() const;
};

class CorpusGenerator {
 public:
  explicit CorpusGenerator(std::uint64_t seed) : engine_(seed) {}

  // The next article of the corpus; `out`'s buffers are reused.
  void next(GeneratedArticle& out);
  [[nodiscard]] GeneratedArticle next();

  [[nodiscard]] std::uint64_t generated() const { return count_; }

 private:
  std::mt19937_64 engine_;
  std::uint64_t count_ = 0;
};

// The first `articles` articles for `seed`, all in memory (for benchmarks).
[[nodiscard]] std::vector<GeneratedArticle> generate_corpus(std::uint64_t seed, std::size_t articles);

}  // namespace rankparse::bench
