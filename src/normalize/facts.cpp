#include "normalize/facts.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "grammar/word_lists.hpp"
#include "normalize/dates.hpp"
#include "normalize/line_shapes.hpp"
#include "normalize/locations.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

Count make_count(const Source& source, const RawCount& count) {
  return Count{count.value, clean_text(source.slice(count.span)), source.span(count.span)};
}

// Datelines count only near the top, where an article states its own date:
// web pages put menus, a headline and captions above it.
constexpr std::size_t last_dateline_line = 30;

// The article's own date, from the prefix or a dateline near the top.
std::optional<RawDate> article_date_of(const Source& source, const RawArticle& raw) {
  std::optional<RawDate> date = raw.date_prefix;
  if (!date) {
    for (const auto& dateline : raw.datelines) {
      if (source.span(dateline.span).line > last_dateline_line) break;
      date = dateline;
      break;
    }
  }
  return date;
}

void build_date(const Source& source, const RawArticle& raw, Article& article, Diagnostics& diagnostics) {
  const auto date = article_date_of(source, raw);
  if (!date) return;
  if (!is_possible(*date)) {
    diagnostics.warning("date.impossible", "article date '" + std::string(source.slice(date->span)) + "' does not exist",
                        source.span(date->span));
    return;
  }
  article.date = Date{iso_text(*date), std::string(source.slice(date->span)), source.span(date->span)};
}

// An unknown name is a publisher only when a word of it says it is an
// organization: "Midwest Health Quality Council" or "SeniorScope", not "Jane Roe".
bool names_an_organization(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto end = std::min(text.find(' ', pos), text.size());
    const auto word = text.substr(pos, end - pos);
    if (grammar::organization_words().find(word)) return true;
    // A brand written in camel case: "SeniorScope", "WalletHub".
    for (std::size_t i = 1; i + 1 < word.size(); ++i) {
      if (word[i] >= 'a' && word[i] <= 'z' && word[i + 1] >= 'A' && word[i + 1] <= 'Z') return true;
    }
    pos = end + 1;
  }
  return false;
}

// The name a publisher goes by: its canonical name when the table knows it,
// else the text without a leading "the".
std::string publisher_name_of(const Source& source, RawSpan span) {
  if (const auto* entry = grammar::publisher_aliases().find(source.slice(span))) return std::string(entry->value);
  const auto text = clean_text(source.slice(span));
  const bool has_article = text.starts_with("the ") || text.starts_with("The ");
  return has_article ? text.substr(4) : text;
}

void build_publisher(const Source& source, const RawArticle& raw, Article& article) {
  std::vector<RawSpan> mentions = raw.publisher_mentions;
  for (const auto& line : raw.lines) {
    if (line.kind == LineKind::heading && line.publisher) mentions.push_back(*line.publisher);
  }
  std::sort(mentions.begin(), mentions.end(), [](RawSpan a, RawSpan b) { return a.begin < b.begin; });
  auto publish = [&](RawSpan span, std::string name) {
    article.publisher = Publisher{std::move(name), clean_text(source.slice(span)), source.span(span)};
  };
  // A publisher from the table wins over an organization found by its shape.
  for (const auto& span : mentions) {
    if (const auto* entry = grammar::publisher_aliases().find(source.slice(span))) return publish(span, std::string(entry->value));
  }
  for (const auto& span : mentions) {
    if (names_an_organization(clean_text(source.slice(span)))) return publish(span, publisher_name_of(source, span));
  }
  // Nothing names one where a ranking is made: the known publisher the article
  // mentions most often ("US News evaluated nearly 4,500 hospitals"), first one on a tie.
  std::map<std::string_view, std::pair<int, RawSpan>> times;
  for (const auto& span : raw.passing_publisher_mentions) {
    const auto* entry = grammar::publisher_aliases().find(source.slice(span));
    if (!entry || entry->note == "context-only") continue;
    auto& [count, first] = times.try_emplace(entry->value, 0, span).first->second;
    ++count;
  }
  const std::pair<int, RawSpan>* best = nullptr;
  std::string_view best_name;
  for (const auto& [name, seen] : times) {
    if (!best || seen.first > best->first || (seen.first == best->first && seen.second.begin < best->second.begin)) {
      best = &seen;
      best_name = name;
    }
  }
  if (best) publish(best->second, std::string(best_name));
}

// Whether `words` read as a name: every word capitalized (or a number), bar
// the small words inside names. "Best Places to Work" is one, "Ben Harder
// said the" (in "U.S. News' Ben Harder said the rankings ...") is not.
bool reads_as_name(std::string_view words) {
  std::size_t pos = 0;
  while (pos < words.size()) {
    const auto end = std::min(words.find(' ', pos), words.size());
    const auto word = words.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    const auto first = static_cast<unsigned char>(word.front());
    if ((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0x80 || is_connector(word)) continue;
    return false;
  }
  return !words.empty();
}

// What "U.S. News' 2024 Best Graduate Schools rankings" says of the ranking,
// where "list of ... for 2024" and "part of ... lists" did not say it: the
// edition, and the name. "Rankings" or "lists" (in any case) after a plural
// name are a series of lists, the family: "Best Hospitals rankings"; after
// any other name they are its rankings, and the name is the title: "Stroke
// Care Excellence Award rankings". A noun written with a capital is part of
// the title ("Global Livability Index", "QS World University Rankings"),
// bar a lone "Ranking" or "List". Only the first such ranking of the
// article's publisher counts (another publisher's ranking is mentioned, not
// reported), and only one that has an edition or a name: in "U.S. News' Ben
// Harder said the rankings" the words are no name.
// Gives the ranking the name before its noun: a series' name is its family,
// any other name its title (see name_ranking).
void apply_ranking_name(const Source& source, RawSpan name, RawSpan noun_span, Ranking& ranking) {
  const auto name_text = clean_text(source.slice(name));
  const auto noun = source.slice(noun_span);
  const bool plural_name = name_text.ends_with('s') && !name_text.ends_with("'s") && !name_text.ends_with("\u2019s");
  const bool series = plural_name && (equals_ignoring_case(noun, "rankings") || equals_ignoring_case(noun, "lists"));
  const bool lone_noun = equals_ignoring_case(noun, "ranking") || equals_ignoring_case(noun, "list");
  const bool noun_in_name = !series && !lone_noun && !noun.empty() && noun.front() >= 'A' && noun.front() <= 'Z';
  if (series && !ranking.family) ranking.family = make_text(source, name);
  if (!series && !ranking.title) ranking.title = make_text(source, noun_in_name ? RawSpan{name.begin, noun_span.end} : name);
}

// The ranking named after its edition that is the article's: "Forbes
// released its 2024 Best Employers list", "the 2024 Best High Schools
// rankings from U.S. News". One that names another publisher is not; one
// without an owner counts only as a list, ranking or awards ("the 2020
// Census Bureau survey" is none). The article's publisher's own beats a
// named one, which beats a bare "the 2019 rankings"; the first on a tie.
const RawEditionRanking* edition_ranking_of(const Source& source, const RawArticle& raw, const Article& article) {
  const RawEditionRanking* best = nullptr;
  int best_score = -1;
  const auto article_date = article_date_of(source, raw);
  for (const auto& named : raw.edition_rankings) {
    const bool owned = named.publisher.has_value();
    if (owned && (!article.publisher || publisher_name_of(source, *named.publisher) != article.publisher->name)) continue;
    const auto noun = source.slice(named.noun);
    const bool listing_noun = noun.empty() || equals_ignoring_case(noun, "list") || equals_ignoring_case(noun, "lists") ||
                              equals_ignoring_case(noun, "ranking") || equals_ignoring_case(noun, "rankings") ||
                              equals_ignoring_case(noun, "awards") || starts_with_ignoring_case(noun, "honor");
    if (!owned && !listing_noun) continue;
    // "Acme was No. 5 in the 2019 rankings" in a 2024 article: an old edition, not this one.
    if (!owned && article_date && article_date->year != 0 && named.edition.value < article_date->year - 1) continue;
    const int score = (owned ? 2 : 0) + (reads_as_name(clean_text(source.slice(trim(source, named.name)))) ? 1 : 0);
    if (score > best_score) {
      best = &named;
      best_score = score;
    }
  }
  return best;
}

// `by_edition` is the article's ranking named after its edition, if any (edition_ranking_of).
// The first of the publisher's rankings named with a name or an edition
// gives the title; the edition is the first one the publisher's ranking is
// named with, however named: a later one is most often last year's ("Yelp
// published its 2025 Top 100 list ... Houston had three restaurants on
// Yelp's 2024 list").
void name_ranking(const Source& source, const RawArticle& raw, const RawEditionRanking* by_edition, Article& article) {
  auto& ranking = article.ranking;
  const auto has_name = [&](const RawNamedRanking& named) { return reads_as_name(clean_text(source.slice(trim(source, named.name)))); };
  const RawNamedRanking* named = nullptr;
  for (const auto& candidate : raw.named_rankings) {
    if (!article.publisher) break;
    if (publisher_name_of(source, candidate.publisher) != article.publisher->name) continue;
    if (!candidate.edition && !has_name(candidate)) continue;
    named = &candidate;
    break;
  }
  const bool named_has_name = named && has_name(*named);
  const RawCount* edition = named && named->edition ? &*named->edition : nullptr;
  // An edition ranking the publisher owns may come first; a bare "the 2024 rankings" only fills a gap.
  const bool by_edition_first = by_edition && (edition == nullptr || (by_edition->publisher && by_edition->edition.span.begin < edition->span.begin));
  if (by_edition_first) edition = &by_edition->edition;
  if (!ranking.edition && edition) ranking.edition = make_count(source, *edition);
  if (named && named_has_name) {
    apply_ranking_name(source, trim(source, named->name), named->noun, ranking);
  } else if (by_edition_first) {
    const auto name = trim(source, by_edition->name);
    if (reads_as_name(clean_text(source.slice(name)))) apply_ranking_name(source, name, by_edition->noun, ranking);
  }
}

void build_ranking(const Source& source, const RawArticle& raw, Article& article, Diagnostics& diagnostics) {
  auto& ranking = article.ranking;
  if (raw.list_of) {
    ranking.title = make_text(source, without_leading_article(source, trim_end(source, raw.list_of->title, ",;:")));
    if (raw.list_of->edition) ranking.edition = make_count(source, *raw.list_of->edition);
  }
  if (raw.family) ranking.family = make_text(source, raw.family->title);
  const auto* by_edition = edition_ranking_of(source, raw, article);
  name_ranking(source, raw, by_edition, article);
  // Failing a release phrase, the date after the article's ranking named by its edition: "... rankings on July 16".
  std::optional<RawReleased> released = raw.released;
  if (!released && by_edition && by_edition->released) {
    released = RawReleased{by_edition->released->span, *by_edition->released, by_edition->released_relative_day};
  }
  if (released) {
    const auto& date = released->date;
    const auto resolved = released->relative_day ? resolve_day_before(source.slice(date.span), article_date_of(source, raw))
                                                 : resolve_against(date, article_date_of(source, raw));
    ranking.released = ResolvedDate{resolved.value, clean_text(source.slice(date.span)), source.span(date.span), resolved.resolved_by};
    if (!is_possible(date)) {
      diagnostics.warning("date.impossible", "release date '" + std::string(source.slice(date.span)) + "' does not exist",
                          source.span(date.span));
    }
  }
}

// The subject is what remains of the text before the claim once the
// descriptor ("Boston-based") and the streak ("for the second consecutive
// year") are taken out; of several pieces, the last one names the subject.
RawSpan subject_of(const Source& source, const RawHeadline& headline) {
  std::vector<RawSpan> cuts;
  if (headline.descriptor) cuts.push_back(*headline.descriptor);
  if (headline.consecutive_years) cuts.push_back(headline.consecutive_years->span);
  std::sort(cuts.begin(), cuts.end(), [](RawSpan a, RawSpan b) { return a.begin < b.begin; });
  RawSpan subject{};
  auto cursor = headline.subject_area.begin;
  auto consider = [&](RawSpan piece) {
    piece = trim_end(source, piece, ",;");
    if (!piece.empty()) subject = piece;
  };
  for (const auto& cut : cuts) {
    if (cut.begin < cursor || cut.end > headline.subject_area.end) continue;
    consider({cursor, cut.begin});
    cursor = cut.end;
  }
  consider({cursor, headline.subject_area.end});
  return subject;
}

bool is_pronoun(std::string_view text) {
  for (const std::string_view pronoun : {"It", "This", "That", "They", "He", "She", "We", "Its", "These", "Those"}) {
    if (text == pronoun) return true;
  }
  return false;
}

// The name that ends `span`: its last run of capitalized words (connectors
// such as "of" inside it), less a trailing "in <place>". "a Chicago health
// system" has none; "St. Agnes' Children's Hospital in Milwaukee" gives
// "St. Agnes' Children's Hospital".
// Words that open a sentence before its subject: "According to WalletHub",
// "In 2024", "Last year".
bool is_lead_in(std::string_view words) {
  if (std::any_of(words.begin(), words.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  const auto first_word = words.substr(0, std::min(words.find(' '), words.size()));
  for (const std::string_view lead : {"According", "In", "After", "For", "With", "On", "At", "By", "Last", "This", "Since", "Among", "Across",
                                      "Overall", "Nationally", "Globally", "Again", "Once"}) {
    if (first_word == lead) return true;
  }
  return false;
}

RawSpan name_at_end(const Source& source, RawSpan span) {
  const auto text = source.slice(span);
  struct Word {
    std::size_t begin, end;
  };
  std::vector<Word> words;
  for (std::size_t pos = 0; pos < text.size();) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const auto begin = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    if (pos > begin) words.push_back({begin, pos});
  }
  auto capitalized = [&](const Word& word) {
    const auto c = text[word.begin];
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0xC0;
  };
  auto connector = [&](const Word& word) {
    const auto w = text.substr(word.begin, word.end - word.begin);
    return w == "of" || w == "and" || w == "&" || w == "the" || w == "at" || w == "for" || w == "in" || w == "de";
  };
  // "Piedmont has topped", "Cancer Center again earned": words between the
  // name and the verb are no part of the name. (These are the having_verb
  // and claim_adverb words of grammar/prose.hpp, and "been".)
  auto between_name_and_verb = [&](const Word& word) {
    const auto w = text.substr(word.begin, word.end - word.begin);
    return w == "has" || w == "have" || w == "had" || w == "been" || w == "again" || w == "also" || w == "still" || w == "now" ||
           w == "once";
  };
  while (!words.empty() && between_name_and_verb(words.back())) words.pop_back();
  // ", and" joins clauses, not the words of a name: "on Thursday, and Mayo
  // Clinic took the top spot".
  auto after_comma = [&](std::size_t i) { return i > 0 && text[words[i - 1].end - 1] == ','; };
  std::size_t first = words.size();
  for (auto i = words.size(); i-- > 0;) {
    if (capitalized(words[i])) {
      first = i;
    } else if (!connector(words[i]) || first == words.size() || after_comma(i)) {
      break;
    }
  }
  if (first == words.size()) return {};
  auto last = words.size() - 1;
  const auto words_text = [&](std::size_t from, std::size_t to) { return text.substr(words[from].begin, words[to].end - words[from].begin); };
  // "... Hospital in Milwaukee": the place is not part of the name.
  for (auto i = first + 1; i < last; ++i) {
    if (words_text(i, i) != "in") continue;
    if (reads_as_place(clean_text(words_text(i + 1, last)))) last = i - 1;
    break;
  }
  // At a comma: "According to WalletHub, Boston", "In 2024, Boston": what
  // leads in to the sentence is no part of the name; "Scottsdale, Ariz.": nor
  // is a place after it, as in a list entry.
  for (std::size_t i = 1; i <= last; ++i) {
    if (text[words[i - 1].end - 1] != ',') continue;
    if (is_lead_in(words_text(0, i - 1))) {
      first = std::max(first, i);
      continue;
    }
    if (i <= first) continue;
    auto tail = words_text(i, last);
    while (!tail.empty() && (tail.back() == ',' || tail.back() == ';')) tail.remove_suffix(1);
    if (!reads_as_place(clean_text(tail))) continue;
    last = i - 1;
    break;
  }
  // "Portland's Willamette Heights Hospital", "Texas' Baylor Hospital":
  // where it is, not part of the name.
  if (first < last) {
    const auto lead = words_text(first, first);
    for (const std::string_view possessive : {"'s", "\u2019s", "'", "\u2019"}) {
      if (!lead.ends_with(possessive)) continue;
      if (reads_as_place(clean_text(lead.substr(0, lead.size() - possessive.size())))) ++first;
      break;
    }
  }
  return trim_end(source, {span.begin + words[first].begin, span.begin + words[last].end}, ",;");
}

Headline headline_of(const Source& source, const RawHeadline& claim, RawSpan subject, std::string subject_text) {
  Headline headline;
  headline.key = entity_key(subject_text);
  headline.subject = Text{std::move(subject_text), source.span(subject)};
  if (claim.descriptor) headline.descriptor = make_text(source, *claim.descriptor);
  headline.rank = make_count(source, claim.rank);
  if (claim.consecutive_years) headline.consecutive_years = make_count(source, *claim.consecutive_years);
  headline.span = source.span(claim.span);
  return headline;
}

// The lead fact: of the claims whose subject is a name, the first sentence's
// strongest ("Minnesota is the best state, and Mayo Clinic earned the No. 1
// spot" is about Mayo Clinic). A move ("Johns Hopkins slipped to No. 3") is
// the lead only when no other claim names its subject. A clause or a pronoun
// is no subject: "It", "Health care employers took more places".
void build_headline(const Source& source, const RawArticle& raw, Article& article) {
  const RawHeadline* best = nullptr;
  RawSpan best_subject{};
  std::string best_text;
  const auto order = [](const RawHeadline& claim) {
    return std::tuple(claim.kind == ClaimKind::moved, claim.span.begin, static_cast<int>(claim.kind));
  };
  for (const auto& claim : raw.claims) {
    if (best && order(claim) >= order(*best)) continue;
    const auto subject = name_at_end(source, subject_of(source, claim));
    if (subject.empty()) continue;
    auto subject_text = clean_text(source.slice(subject));
    if (!is_entity_like(subject_text) || is_pronoun(subject_text)) continue;
    best = &claim;
    best_subject = subject;
    best_text = std::move(subject_text);
  }
  if (best) article.headline = headline_of(source, *best, best_subject, std::move(best_text));
}

// "research programs and primary care programs" share their last word; the
// categories are what differs ("research", "primary care").
std::vector<RawSpan> without_shared_last_word(const Source& source, std::vector<RawSpan> items) {
  if (items.size() < 2) return items;
  std::string_view shared;
  for (const auto& item : items) {
    const auto text = source.slice(item);
    const auto space = text.rfind(' ');
    if (space == std::string_view::npos) return items;
    const auto last = text.substr(space);
    if (!shared.empty() && last != shared) return items;
    shared = last;
  }
  for (auto& item : items) item.end -= shared.size();
  return items;
}

void build_methodology(const Source& source, const RawArticle& raw, Article& article) {
  auto& methodology = article.methodology;
  if (!raw.categories.empty()) {
    for (const auto& item : without_shared_last_word(source, raw.categories.front().items)) {
      methodology.categories.push_back(make_text(source, trim(source, item)));
    }
  }
  for (const auto& criteria : raw.criteria) {
    for (const auto& item : criteria.items) methodology.criteria.push_back(make_text(source, trim(source, item)));
  }
  for (const auto& measure : raw.measures) {
    methodology.measures.push_back(
        Measure{make_text(source, measure.category), make_count(source, measure.count), make_text(source, trim(source, measure.measure))});
  }
  if (!raw.population) return;
  const auto& population = *raw.population;
  methodology.ranked_count = make_count(source, population.count);
  methodology.ranked_kind = make_text(source, trim(source, population.kind));
  if (!population.eligibility) return;
  const auto& raw_eligibility = *population.eligibility;
  Eligibility eligibility{make_text(source, trim(source, raw_eligibility.span)), std::nullopt, {}, {}};
  if (raw_eligibility.accreditation_year) eligibility.accreditation_year = make_count(source, *raw_eligibility.accreditation_year);
  for (const auto& body : raw_eligibility.accreditors) {
    eligibility.accredited_by.push_back(make_text(source, without_leading_article(source, body)));
  }
  if (raw_eligibility.condition) eligibility.conditions.push_back(make_text(source, trim(source, *raw_eligibility.condition)));
  methodology.eligibility = std::move(eligibility);
}

}  // namespace

void build_facts(const Source& source, const RawArticle& raw, Article& article, Diagnostics& diagnostics) {
  build_date(source, raw, article, diagnostics);
  build_publisher(source, raw, article);
  build_ranking(source, raw, article, diagnostics);
  build_headline(source, raw, article);
  build_methodology(source, raw, article);
}

}  // namespace rankparse::detail
