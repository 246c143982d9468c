#include "validate/validate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace rankparse::detail {
namespace {

std::string quoted(const Text& text) { return "'" + text.text + "'"; }

// Standard competition ranking: k entries tied at rank r are followed by
// rank r + k. A countdown is checked in reading order reversed.
void check_competition_ranking(const List& list, Diagnostics& diagnostics) {
  std::vector<const Entry*> ranked;
  for (const auto& entry : list.entries) {
    if (entry.rank) ranked.push_back(&entry);
  }
  if (list.order == ListOrder::countdown) std::reverse(ranked.begin(), ranked.end());
  for (std::size_t i = 1, group = 1; i < ranked.size(); ++i) {
    const auto previous = *ranked[i - 1]->rank;
    const auto rank = *ranked[i]->rank;
    const auto expected = previous + static_cast<std::int64_t>(group);
    const auto& entry = *ranked[i];
    if (rank == previous) {
      ++group;
      continue;
    }
    if (rank < previous) {
      diagnostics.warning("rank.out_of_order",
                          "rank " + std::to_string(rank) + " of " + quoted(entry.name) + " comes after rank " + std::to_string(previous) +
                              (list.order == ListOrder::countdown ? " in a countdown" : ""),
                          entry.span);
    } else if (rank > expected) {
      diagnostics.warning("rank.gap",
                          "rank " + std::to_string(rank) + " of " + quoted(entry.name) + " follows rank " + std::to_string(previous) +
                              "; expected " + std::to_string(expected) + " (an entry may be missing)",
                          entry.span);
    } else if (rank < expected) {
      diagnostics.warning("rank.tie_not_skipped",
                          std::to_string(group) + " entries tie at rank " + std::to_string(previous) + ", so the next rank should be " +
                              std::to_string(expected) + ", not " + std::to_string(rank),
                          entry.span);
    }
    group = 1;
  }
}

// A "(tie)" or "T-" marker on a rank nobody else holds.
void check_tie_markers(const List& list, Diagnostics& diagnostics) {
  std::map<std::int64_t, int> holders;
  for (const auto& entry : list.entries) {
    if (entry.rank) ++holders[*entry.rank];
  }
  for (const auto& entry : list.entries) {
    if (entry.tied && entry.rank && holders[*entry.rank] == 1) {
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

std::set<std::string> lower_words(const std::string& text) {
  std::set<std::string> words;
  std::istringstream stream(text);
  for (std::string word; stream >> word;) {
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    words.insert(word);
  }
  return words;
}

// The list the lead sentence speaks of: the one whose title shares most words
// with the ranking's title; the first list when nothing tells them apart.
const List* headline_list(const Article& article) {
  const List* best = article.lists.empty() ? nullptr : &article.lists.front();
  if (!article.ranking.title) return best;
  const auto wanted = lower_words(article.ranking.title->text);
  std::size_t best_overlap = 0;
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
  bool listed = false;
  for (const auto& entry : list->entries) {
    if (entry.key != headline.key) continue;
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
