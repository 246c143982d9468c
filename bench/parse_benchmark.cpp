// rankparse_bench: throughput of the library's two public steps, on the
// reference article and on a generated corpus (see README.md in this folder).
//
//   BM_Grammar/...        the grammar pass alone (detail::parse_raw): what
//                         parse costs before normalizing, validating or emitting
//   BM_Parse/...          rankparse::parse alone
//   BM_ToJson/...         rankparse::to_json alone (compact), on articles parsed beforehand
//   BM_ParseToJson/...    both, as `rankparse extract --compact` does per article
//   BM_GenerateCorpus     the synthetic article generator itself
//
// Bytes processed are the article's input bytes in every case, so the MB/s
// columns compare directly; BM_ToJson also reports the JSON it wrote.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "corpus.hpp"
#include "parse/parse_raw.hpp"
#include "rankparse/rankparse.hpp"

namespace {

constexpr std::uint64_t corpus_seed = 42;
constexpr std::size_t corpus_articles = 200;

enum class Input { reference, corpus };

struct Texts {
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  std::string error;  // why the input is unavailable
};

Texts load_reference() {
  Texts result;
  const char* override_path = std::getenv("RANKPARSE_REFERENCE");
  const std::string path = override_path != nullptr ? override_path : RANKPARSE_REFERENCE_ARTICLE;
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    result.error = "cannot read " + path;
    return result;
  }
  std::ostringstream contents;
  contents << file.rdbuf();
  result.texts.push_back(contents.str());
  result.bytes = result.texts.back().size();
  return result;
}

Texts load_corpus() {
  Texts result;
  for (auto& article : rankparse::bench::generate_corpus(corpus_seed, corpus_articles)) {
    result.bytes += article.text.size();
    result.texts.push_back(std::move(article.text));
  }
  return result;
}

const Texts& texts(Input input) {
  static const Texts reference = load_reference();
  static const Texts corpus = load_corpus();
  return input == Input::reference ? reference : corpus;
}

void report(benchmark::State& state, const Texts& input) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(input.bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(input.texts.size()));
  state.counters["articles"] = static_cast<double>(input.texts.size());
}

// The benchmark's input, or nullptr after marking the run skipped when it could not be read.
const Texts* input_or_skip(benchmark::State& state, Input which) {
  const auto& input = texts(which);
  if (input.error.empty()) return &input;
  state.SkipWithError(input.error.c_str());
  return nullptr;
}

// Times `step` over every text of the input, the benchmark's whole loop.
template <typename Step>
void time_each_text(benchmark::State& state, Input which, Step step) {
  const auto* found = input_or_skip(state, which);
  if (!found) return;
  for (auto _ : state) {
    for (const auto& text : found->texts) {
      auto result = step(text);
      benchmark::DoNotOptimize(result);
    }
  }
  report(state, *found);
}

void BM_Grammar(benchmark::State& state, Input which) {
  time_each_text(state, which, [](const std::string& text) { return rankparse::detail::parse_raw(text); });
}

void BM_Parse(benchmark::State& state, Input which) {
  time_each_text(state, which, [](const std::string& text) { return rankparse::parse(text); });
}

void BM_ToJson(benchmark::State& state, Input which) {
  const auto* found = input_or_skip(state, which);
  if (!found) return;
  const auto& input = *found;
  std::vector<rankparse::Article> articles;
  articles.reserve(input.texts.size());
  for (const auto& text : input.texts) articles.push_back(rankparse::parse(text));
  std::size_t json_bytes = 0;
  for (auto _ : state) {
    json_bytes = 0;
    for (const auto& article : articles) {
      auto json = rankparse::to_json(article, rankparse::JsonLayout::compact);
      json_bytes += json.size();
      benchmark::DoNotOptimize(json);
    }
  }
  report(state, input);
  state.counters["json_bytes_per_s"] =
      benchmark::Counter(static_cast<double>(json_bytes), benchmark::Counter::kIsIterationInvariantRate,
                         benchmark::Counter::kIs1000);
}

void BM_ParseToJson(benchmark::State& state, Input which) {
  time_each_text(state, which,
                 [](const std::string& text) { return rankparse::to_json(rankparse::parse(text), rankparse::JsonLayout::compact); });
}

void BM_GenerateCorpus(benchmark::State& state) {
  rankparse::bench::CorpusGenerator generator(corpus_seed);
  rankparse::bench::GeneratedArticle article;
  std::int64_t bytes = 0;
  for (auto _ : state) {
    generator.next(article);
    bytes += static_cast<std::int64_t>(article.text.size());
    benchmark::DoNotOptimize(article.text.data());
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

BENCHMARK_CAPTURE(BM_Grammar, reference, Input::reference)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Parse, reference, Input::reference)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_ToJson, reference, Input::reference)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_ParseToJson, reference, Input::reference)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Grammar, corpus200, Input::corpus)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Parse, corpus200, Input::corpus)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ToJson, corpus200, Input::corpus)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseToJson, corpus200, Input::corpus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GenerateCorpus)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
