// rankparse_generate_corpus: writes a deterministic corpus of synthetic ranking
// articles (see corpus.hpp) as a folder tree of text files and/or JSON Lines.
//
//   rankparse_generate_corpus --seed 1 --articles 2000 --out DIR
//   rankparse_generate_corpus --seed 1 --bytes 50000000 --jsonl FILE
//
// Articles are generated and written one at a time, so --bytes 1000000000
// streams a gigabyte without holding it.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "corpus.hpp"

namespace {

constexpr std::string_view usage =
    "usage: rankparse_generate_corpus [--seed N] (--articles K | --bytes B) [--out DIR] [--jsonl FILE] [--expect FILE]\n"
    "\n"
    "  --seed N       seed of the generator (default 1); the same seed gives the same bytes on every machine\n"
    "  --articles K   write K articles\n"
    "  --bytes B      stop once about B bytes are written (the JSON Lines when --jsonl is given, else the texts);\n"
    "                 with --articles too, whichever limit comes first\n"
    "  --out DIR      one text file per article: DIR/a/000001.txt, DIR/b/000002.txt, DIR/c/..., DIR/c/deep/...\n"
    "  --jsonl FILE   the same articles as JSON Lines {\"id\": ..., \"text\": ...}; FILE may be - for standard output\n"
    "  --expect FILE  per article, what the generator wrote (TSV): id, path, entries, lists, entries per list,\n"
    "                 placeholder lines, and each list's shape (marker, heading, places, ties, sub-lines)\n"
    "  --quiet        no summary on standard error\n";

struct Options {
  std::uint64_t seed = 1;
  std::optional<std::uint64_t> articles;
  std::optional<std::uint64_t> bytes;
  std::optional<std::filesystem::path> out;
  std::optional<std::string> jsonl;
  std::optional<std::string> expect;
  bool quiet = false;
};

[[noreturn]] void usage_error(std::string_view message) {
  std::cerr << "rankparse_generate_corpus: " << message << "\n\n" << usage;
  std::exit(2);
}

std::uint64_t parse_count(std::string_view option, std::string_view text) {
  if (text.empty()) usage_error(std::string(option) + " needs a number");
  std::uint64_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') usage_error(std::string(option) + " needs a whole number, not '" + std::string(text) + "'");
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) usage_error(std::string(option) + " is too large");
    value = value * 10 + digit;
  }
  return value;
}

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      std::exit(0);
    }
    if (arg == "--quiet") {
      options.quiet = true;
      continue;
    }
    if (i + 1 >= argc) usage_error("missing value after " + std::string(arg));
    const std::string_view value = argv[++i];
    if (arg == "--seed") {
      options.seed = parse_count(arg, value);
    } else if (arg == "--articles") {
      options.articles = parse_count(arg, value);
    } else if (arg == "--bytes") {
      options.bytes = parse_count(arg, value);
    } else if (arg == "--out") {
      options.out = std::filesystem::path(value);
    } else if (arg == "--jsonl") {
      options.jsonl = std::string(value);
    } else if (arg == "--expect") {
      options.expect = std::string(value);
    } else {
      usage_error("unknown option " + std::string(arg));
    }
  }
  if (!options.articles && !options.bytes) usage_error("give --articles or --bytes");
  if (!options.out && !options.jsonl) usage_error("give --out or --jsonl (or both)");
  return options;
}

struct FileCloser {
  void operator()(std::FILE* file) const {
    if (file != nullptr && file != stdout) std::fclose(file);
  }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_output(const std::string& path) {
  if (path == "-") return File(stdout);
  File file(std::fopen(path.c_str(), "wb"));
  if (!file) {
    std::cerr << "rankparse_generate_corpus: cannot write " << path << '\n';
    std::exit(3);
  }
  static constexpr std::size_t buffer_size = std::size_t{1} << 20;
  std::setvbuf(file.get(), nullptr, _IOFBF, buffer_size);
  return file;
}

void write_all(std::FILE* file, std::string_view bytes, std::string_view path) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size()) {
    std::cerr << "rankparse_generate_corpus: write failed: " << path << '\n';
    std::exit(3);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const auto options = parse_options(argc, argv);
  const auto start = std::chrono::steady_clock::now();

  if (options.out) {
    std::error_code error;
    for (const auto* folder : {"a", "b", "c", "c/deep"}) {
      std::filesystem::create_directories(*options.out / folder, error);
      if (error) {
        std::cerr << "rankparse_generate_corpus: cannot create " << (*options.out / folder).string() << ": "
                  << error.message() << '\n';
        return 3;
      }
    }
  }
  File jsonl = options.jsonl ? open_output(*options.jsonl) : File();
  File expect = options.expect ? open_output(*options.expect) : File();
  if (expect) write_all(expect.get(), "id\tpath\tentries\tlists\tlist_sizes\tplaceholders\tlist_shapes\n", *options.expect);

  rankparse::bench::CorpusGenerator generator(options.seed);
  rankparse::bench::GeneratedArticle article;
  std::uint64_t text_bytes = 0;
  std::uint64_t jsonl_bytes = 0;
  std::string json_line;
  std::string expect_line;
  while (true) {
    if (options.articles && generator.generated() >= *options.articles) break;
    if (options.bytes && (options.jsonl ? jsonl_bytes : text_bytes) >= *options.bytes) break;
    generator.next(article);
    text_bytes += article.text.size();

    if (options.out) {
      const auto path = *options.out / article.relative_path;
      std::ofstream file(path, std::ios::binary);
      file.write(article.text.data(), static_cast<std::streamsize>(article.text.size()));
      if (!file) {
        std::cerr << "rankparse_generate_corpus: write failed: " << path.string() << '\n';
        return 3;
      }
    }
    if (jsonl) {
      nlohmann::ordered_json object;
      object["id"] = article.id;
      object["text"] = article.text;
      json_line = object.dump();
      json_line += '\n';
      write_all(jsonl.get(), json_line, *options.jsonl);
      jsonl_bytes += json_line.size();
    }
    if (expect) {
      expect_line = article.id + '\t' + article.relative_path + '\t' + std::to_string(article.total_entries()) + '\t' +
                    std::to_string(article.list_sizes.size()) + '\t';
      for (std::size_t i = 0; i < article.list_sizes.size(); ++i) {
        if (i != 0) expect_line += ',';
        expect_line += std::to_string(article.list_sizes[i]);
      }
      expect_line += '\t' + std::to_string(article.placeholders) + '\t';
      for (std::size_t i = 0; i < article.list_shapes.size(); ++i) {
        if (i != 0) expect_line += "; ";
        expect_line += article.list_shapes[i];
      }
      expect_line += '\n';
      write_all(expect.get(), expect_line, *options.expect);
    }
  }
  if (jsonl && std::fflush(jsonl.get()) != 0) {
    std::cerr << "rankparse_generate_corpus: write failed: " << *options.jsonl << '\n';
    return 3;
  }

  if (!options.quiet) {
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto megabytes = static_cast<double>(text_bytes) / 1e6;
    std::fprintf(stderr, "rankparse_generate_corpus: %llu articles, %.1f MB of text (%.0f bytes each on average)",
                 static_cast<unsigned long long>(generator.generated()), megabytes,
                 generator.generated() == 0 ? 0.0
                                            : static_cast<double>(text_bytes) / static_cast<double>(generator.generated()));
    if (jsonl) std::fprintf(stderr, ", %.1f MB of JSON Lines", static_cast<double>(jsonl_bytes) / 1e6);
    std::fprintf(stderr, " in %.2f s (%.0f MB/s of text)\n", seconds, seconds > 0 ? megabytes / seconds : 0.0);
  }
  return 0;
}
