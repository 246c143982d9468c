#include "validate/validate.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/rank_counts.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

std::string quoted(const Text& text) { return "'" + text.text + "'"; }

// a + b for a, b >= 0, saturating instead of overflowing (ranks may be huge).
std::int64_t saturating_sum(std::int64_t a, std::int64_t b) {
  return a > std::numeric_limits<std::int64_t>::max() - b ? std::numeric_limits<std::int64_t>::max() : a + b;
}

// Entries in a row that share a rank.
struct RankGroup {
  std::int64_t rank;
  std::int64_t size;
  const Entry* first;
};

std::vector<RankGroup> rank_groups(const List& list) {
  std::vector<RankGroup> groups;
  for (const auto& entry : list.entries) {
    if (!entry.rank) continue;
    if (!groups.empty() && groups.back().rank == *entry.rank) {
      ++groups.back().size;
    } else {
      groups.push_back({*entry.rank, 1, &entry});
    }
  }
  return groups;
}

// Standard competition ranking, checked in reading order: k entries tied at r
// are followed by r + k, or in a countdown preceded by r + k. Ranks are
// non-negative, so the differences below cannot overflow.
// Ranks that skip more than once, or by more than a couple, are a subset of a
// larger ranking ("the Ohio schools in the national list: 1, 2, 4, 12"), not
// entries lost upstream.
bool looks_like_subset(const std::vector<RankGroup>& groups, bool countdown) {
  std::size_t gaps = 0;
  for (std::size_t i = 1; i < groups.size(); ++i) {
    const auto& skipped = countdown ? groups[i] : groups[i - 1];
    const auto step = countdown ? groups[i - 1].rank - groups[i].rank : groups[i].rank - groups[i - 1].rank;
    if (step <= skipped.size) continue;
    if (step - skipped.size > 2) return true;
    ++gaps;
  }
  return gaps > 1;
}

void check_competition_ranking(const List& list, Diagnostics& diagnostics) {
  const bool countdown = list.order == ListOrder::countdown;
  const auto groups = rank_groups(list);
  const bool subset = looks_like_subset(groups, countdown);
  if (subset) {
    diagnostics.info("rank.subset", "the ranks skip numbers more than once or by many, so the list looks like part of a larger ranking",
                     list.heading ? list.heading->span : list.span);
  }
  for (std::size_t i = 1; i < groups.size(); ++i) {
    const auto& previous = groups[i - 1];
    const auto& current = groups[i];
    const auto& entry = *current.first;
    const auto rank = std::to_string(current.rank);
    const auto previous_rank = std::to_string(previous.rank);
    if (countdown ? current.rank > previous.rank : current.rank < previous.rank) {
      diagnostics.warning("rank.out_of_order",
                          "rank " + rank + " of " + quoted(entry.name) + " comes after rank " + previous_rank +
                              (countdown ? " in a countdown" : ""),
                          entry.span);
      continue;
    }
    // The step between the two ranks must equal the size of the tie group it skips over.
    const auto step = countdown ? previous.rank - current.rank : current.rank - previous.rank;
    const auto& skipped = countdown ? current : previous;
    if (step > skipped.size && !subset) {
      const auto expected = countdown ? previous.rank - skipped.size : saturating_sum(previous.rank, skipped.size);
      diagnostics.warning("rank.gap",
                          "rank " + rank + " of " + quoted(entry.name) + " follows rank " + previous_rank + "; expected " +
                              std::to_string(expected) + " (an entry may be missing)",
                          entry.span);
    } else if (step < skipped.size && step > 0) {
      diagnostics.warning("rank.tie_not_skipped",
                          std::to_string(skipped.size) + " entries tie at rank " + std::to_string(skipped.rank) +
                              (countdown ? ", so the rank before them should be " : ", so the next rank should be ") +
                              std::to_string(saturating_sum(skipped.rank, skipped.size)) +
                              ", not " + (countdown ? previous_rank : rank),
                          entry.span);
    }
  }
}

// A "(tie)" or "T-" marker on a rank nobody else holds. A band ("201-250")
// is shared with institutions a country's excerpt leaves out: no warning.
void check_tie_markers(const List& list, Diagnostics& diagnostics) {
  const RankCounts counts(list);
  const auto in_band = [](const Entry& entry) {
    return std::any_of(entry.attributes.begin(), entry.attributes.end(), [](const Attribute& attribute) { return attribute.label == "rank_band"; });
  };
  for (const auto& entry : list.entries) {
    if (entry.tied && entry.rank && counts.holders(*entry.rank) == 1 && !in_band(entry)) {
      diagnostics.warning("tie.without_partner",
                          quoted(entry.name) + " is marked as tied, but no other entry has rank " + std::to_string(*entry.rank),
                          entry.span);
    }
  }
}

void check_declared_size(const List& list, Diagnostics& diagnostics) {
  if (!list.declared_size) return;
  const auto declared = list.declared_size->value;
  const auto count = static_cast<std::int64_t>(list.entries.size());
  const auto where = list.heading ? list.heading->span : list.span;
  if (count < declared) {
    diagnostics.warning("list.size_short",
                        "the heading declares " + std::to_string(declared) + " entries but the list has " + std::to_string(count), where);
    return;
  }
  if (count == declared) return;
  std::int64_t worst_rank = 0;
  bool has_ties = false;
  for (const auto& entry : list.entries) {
    if (entry.rank) worst_rank = std::max(worst_rank, *entry.rank);
    has_ties = has_ties || entry.tied;
  }
  if (has_ties && worst_rank <= declared) {
    if (!list.includes_ties) {
      diagnostics.info("list.size_exceeded_by_ties",
                       "ties put " + std::to_string(count) + " entries in a list declared as " + std::to_string(declared), where);
    }
    return;
  }
  diagnostics.warning("list.size_exceeded",
                      "the heading declares " + std::to_string(declared) + " entries but the list has " + std::to_string(count), where);
}

// The words of a title that tell it apart, in lower case and without a
// possessive ("World's" is "world"); short words ("top", "of", "the") tell nothing.
std::set<std::string> lower_words(const std::string& text) {
  constexpr std::size_t shortest_telling_word = 4;
  std::set<std::string> words;
  std::istringstream stream(text);
  for (std::string word; stream >> word;) {
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const std::string_view possessive : {"'s", "\u2019s"}) {
      if (word.ends_with(possessive)) word.resize(word.size() - possessive.size());
    }
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back()))) word.pop_back();
    if (word.size() >= shortest_telling_word) words.insert(word);
  }
  return words;
}

// The list the lead sentence speaks of: the one whose title shares most words
// with the ranking's title; the first list when nothing tells them apart.
// One shared word tells nothing: it is mostly the kind ranked ("hospitals"),
// which every list of the article shares.
const List* headline_list(const Article& article) {
  const List* best = article.lists.empty() ? nullptr : &article.lists.front();
  if (!article.ranking.title) return best;
  const auto wanted = lower_words(article.ranking.title->text);
  std::size_t best_overlap = 1;
  for (const auto& list : article.lists) {
    if (!list.title) continue;
    std::size_t overlap = 0;
    for (const auto& word : lower_words(list.title->text)) overlap += wanted.count(word);
    if (overlap > best_overlap) {
      best_overlap = overlap;
      best = &list;
    }
  }
  return best;
}

void check_headline(const Article& article, Diagnostics& diagnostics) {
  if (!article.headline || !article.headline->rank) return;
  const auto* list = headline_list(article);
  if (!list || !list->ranked) return;
  const auto& headline = *article.headline;
  const auto claimed = headline.rank->value;
  // "Brookfield University's Whitman School of Business" is listed as
  // "Brookfield University (Whitman)": an entry whose words begin the
  // subject's, a possessive (any of them: "St. Mary's Hospital's Heart
  // Institute") read as a plain word, is the subject too.
  const auto& subject = headline.subject.text;
  std::vector<std::string> owned_keys;
  for (const std::string_view possessive : {"'s ", "\u2019s "}) {
    for (auto at = subject.find(possessive); at != std::string::npos; at = subject.find(possessive, at + 1)) {
      owned_keys.push_back(entity_key(subject.substr(0, at) + " " + subject.substr(at + possessive.size())));
    }
  }
  const auto names_subject = [&](const std::string& key) {
    if (key == headline.key) return true;
    return std::any_of(owned_keys.begin(), owned_keys.end(), [&](const std::string& owned) {
      return owned.starts_with(key) && (owned.size() == key.size() || owned[key.size()] == '-');
    });
  };
  bool listed = false;
  for (const auto& entry : list->entries) {
    if (!names_subject(entry.key)) continue;
    listed = true;
    if (entry.rank == claimed) return;
  }
  if (listed) {
    diagnostics.warning("headline.rank_mismatch",
                        "the lead sentence puts " + quoted(headline.subject) + " at No. " + std::to_string(claimed) +
                            ", but the list gives it another rank",
                        headline.span);
    return;
  }
  const bool rank_taken = std::any_of(list->entries.begin(), list->entries.end(), [&](const Entry& entry) { return entry.rank == claimed; });
  if (rank_taken) {
    diagnostics.warning("headline.subject_not_in_list",
                        "the lead sentence puts " + quoted(headline.subject) + " at No. " + std::to_string(claimed) +
                            ", but the list has someone else there",
                        headline.span);
  }
}

void check_dates(const Article& article, Diagnostics& diagnostics) {
  const auto& released = article.ranking.released;
  if (!article.date || !released || !released->value) return;
  // Full ISO dates compare correctly as text.
  if (article.date->value.size() == 10 && released->value->size() == 10 && *released->value > article.date->value) {
    diagnostics.warning("date.release_after_article",
                        "the ranking is said to be released " + *released->value + ", after the article's own date " +
                            article.date->value,
                        released->span);
  }
}

}  // namespace

void validate(const Article& article, Diagnostics& diagnostics) {
  for (const auto& list : article.lists) {
    check_competition_ranking(list, diagnostics);
    check_tie_markers(list, diagnostics);
    check_declared_size(list, diagnostics);
  }
  check_headline(article, diagnostics);
  check_dates(article, diagnostics);
}

}  // namespace rankparse::detail
