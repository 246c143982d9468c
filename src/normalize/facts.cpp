#include "normalize/facts.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "grammar/word_lists.hpp"
#include "normalize/dates.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

Count make_count(const Source& source, const RawCount& count) {
  return Count{count.value, clean_text(source.slice(count.span)), source.span(count.span)};
}

void build_date(const Source& source, const RawArticle& raw, Article& article, Diagnostics& diagnostics) {
  if (!raw.date_prefix) return;
  const auto& date = *raw.date_prefix;
  if (!is_possible(date)) {
    diagnostics.warning("date.impossible", "article date '" + std::string(source.slice(date.span)) + "' does not exist",
                        source.span(date.span));
    return;
  }
  article.date = Date{iso_text(date), std::string(source.slice(date.span)), source.span(date.span)};
}

void build_publisher(const Source& source, const RawArticle& raw, Article& article) {
  if (raw.publisher_mentions.empty()) return;
  const auto span = raw.publisher_mentions.front();
  const auto text = source.slice(span);
  const auto* entry = grammar::publisher_aliases().find(text);
  article.publisher = Publisher{std::string(entry ? entry->value : text), clean_text(text), source.span(span)};
}

void build_ranking(const Source& source, const RawArticle& raw, Article& article, Diagnostics& diagnostics) {
  auto& ranking = article.ranking;
  if (raw.list_of) {
    ranking.title = make_text(source, trim_end(source, raw.list_of->title, ",;:"));
    if (raw.list_of->edition) ranking.edition = make_count(source, *raw.list_of->edition);
  }
  if (raw.family) ranking.family = make_text(source, raw.family->title);
  if (raw.released) {
    const auto& date = raw.released->date;
    const auto resolved = resolve_against(date, raw.date_prefix);
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

void build_headline(const Source& source, const RawArticle& raw, Article& article) {
  if (!raw.headline) return;
  const auto& claim = *raw.headline;
  const auto subject = subject_of(source, claim);
  if (subject.empty()) return;
  Headline headline;
  headline.subject = make_text(source, subject);
  headline.key = entity_key(headline.subject.text);
  if (claim.descriptor) headline.descriptor = make_text(source, *claim.descriptor);
  headline.rank = make_count(source, claim.rank);
  if (claim.consecutive_years) headline.consecutive_years = make_count(source, *claim.consecutive_years);
  headline.span = source.span(claim.span);
  article.headline = std::move(headline);
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
