// Actions that turn grammar matches into raw records. Compound rules build a
// fresh record with `build<>` (PEGTL's change_states) and commit it only when
// the whole rule succeeded, so backtracking never leaves half a record behind.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <tao/pegtl.hpp>

#include "grammar/article.hpp"
#include "parse/numbers.hpp"
#include "parse/raw_article.hpp"

namespace rankparse::detail {

namespace pegtl = tao::pegtl;
namespace g = rankparse::grammar;

// The article under construction plus what the prose scan knows about the
// sentence it is in.
struct ParseState {
  std::string_view text;  // the whole input, for facts that look back over their sentence
  RawArticle article;
  RawLine prose_line;  // the prose line being scanned, committed when it ends
  std::size_t paragraphs = 0;  // prose paragraphs begun so far
  std::size_t sentence_begin = 0;
  std::optional<RawSpan> sentence_descriptor;
  std::optional<RawCount> sentence_consecutive;

  // A sentence goes on over a line break unless a blank line or a list line came between.
  [[nodiscard]] bool continues_paragraph() const {
    return !article.lines.empty() && article.lines.back().kind == LineKind::prose;
  }
  // Where "Name - Tuesday, July 16th, 2024" is a byline: two non-blank lines
  // at most before it, the last not a heading that ends with a colon.
  [[nodiscard]] bool at_byline_position() const {
    constexpr std::size_t most_lines_before = 2;
    std::size_t seen = 0;
    const RawLine* last = nullptr;
    for (const auto& line : article.lines) {
      if (line.kind == LineKind::blank) continue;
      if (++seen > most_lines_before) return false;
      last = &line;
    }
    if (last == nullptr) return true;
    auto end = last->span.end;
    while (end > last->span.begin && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ')) --end;
    return end == last->span.begin || text[end - 1] != ':';
  }
  void start_sentence(std::size_t offset) {
    sentence_begin = offset;
    sentence_descriptor.reset();
    sentence_consecutive.reset();
  }
};

template <typename Input>
RawSpan raw_span(const Input& in) {
  const char* base = in.input().begin();
  return {static_cast<std::size_t>(in.begin() - base), static_cast<std::size_t>(in.end() - base)};
}

template <typename Input>
RawCount raw_count(const Input& in) {
  return count_from_text(in.string_view(), raw_span(in));
}

// ---- commits: where each finished record goes --------------------------------
inline void add_line(ParseState& state, RawLine&& line, LineKind kind) {
  line.kind = kind;
  state.article.lines.push_back(std::move(line));
}
inline void commit(ParseState& state, RawLine&& line, g::heading_line) { add_line(state, std::move(line), LineKind::heading); }
inline void commit(ParseState& state, RawLine&& line, g::ranked_line) { add_line(state, std::move(line), LineKind::ranked); }
inline void commit(ParseState& state, RawLine&& line, g::bulleted_line) { add_line(state, std::move(line), LineKind::bulleted); }
inline void commit(ParseState& state, RawLine&& line, g::table_row) { add_line(state, std::move(line), LineKind::table_row); }
inline void commit(RawLine& heading, RawSizePhrase&& size, g::size_phrase) { heading.declared_size = size.size; }
inline void commit(ParseState& state, RawDate&& date, g::dateline) {
  state.article.datelines.push_back(date);
  state.prose_line.has_dateline = true;
}
inline void commit(ParseState& state, RawDate&& date, g::dated_phrase) { commit(state, std::move(date), g::dateline{}); }
inline void commit(ParseState& state, RawDate&& date, g::iso_date) {
  if (!state.article.date_prefix) state.article.date_prefix = date;
}
inline void commit(ParseState& state, RawDate&& date, g::released_date) {
  if (!state.article.released) state.article.released = RawReleased{date.span, date};
}
inline void commit(ParseState& state, RawHeadline&& claim, g::rank_claim) {
  // The lead fact is a claim made in the article's first two paragraphs; "It
  // was No. 1 in 2022" further down is history, not the lead. Which of them
  // names its subject is for normalize to tell.
  if (state.paragraphs > 2) return;
  claim.subject_area = {state.sentence_begin, claim.span.begin};
  claim.span.begin = state.sentence_begin;
  claim.descriptor = state.sentence_descriptor;
  claim.consecutive_years = state.sentence_consecutive;
  state.article.claims.push_back(claim);
}
inline void commit(ParseState& state, RawCount&& consecutive, g::consecutive_phrase) {
  state.sentence_consecutive = consecutive;
  // "X earned the No. 1 spot for the second consecutive year": after the claim.
  if (state.article.claims.empty()) return;
  auto& claim = state.article.claims.back();
  if (claim.span.begin == state.sentence_begin && !claim.consecutive_years) claim.consecutive_years = consecutive;
}
// "according to U.S. News' 2024 Best Hospitals rankings": the ranking is what the phrase names.
inline void commit(RawMention& according, RawMention&& ranking, g::publisher_ranking) { according = ranking; }
inline void commit(RawMention& according, RawMention&& ranking, g::unknown_publisher_ranking) { according = ranking; }
inline void commit(RawMention& mention, RawDate&& date, g::ranking_released_date) { mention.released = date; }
inline void commit(ParseState& state, RawMention&& mention, g::edition_first_ranking);
// "QS World University Rankings 2025": an edition ranking whose owner comes first.
inline void commit(ParseState& state, RawMention&& mention, g::publisher_edition) {
  if (!mention.noun) mention.noun = RawSpan{mention.span.end, mention.span.end};
  commit(state, std::move(mention), g::edition_first_ranking{});
}
inline void commit(ParseState& state, RawMention&& mention, g::owned_edition_title) {
  commit(state, std::move(mention), g::publisher_edition{});
}
inline void commit(ParseState& state, RawMention&& mention, g::edition_of_publisher) {
  commit(state, std::move(mention), g::publisher_edition{});
}
// Its release date counts only once normalize takes the ranking for the article's (another publisher's may be named).
inline void commit(ParseState& state, RawMention&& mention, g::edition_first_ranking) {
  if (mention.publisher) state.article.publisher_mentions.push_back(*mention.publisher);
  if (!mention.edition || !mention.noun) return;
  const RawSpan no_name{mention.noun->begin, mention.noun->begin};
  state.article.edition_rankings.push_back(
      {mention.publisher, *mention.edition, mention.name.value_or(no_name), *mention.noun, mention.released, mention.released_relative_day});
}
template <typename Rule>
void commit(ParseState& state, RawMention&& mention, Rule) {
  if (!mention.publisher) return;
  if constexpr (std::is_same_v<Rule, g::publisher_mention>) {
    state.article.passing_publisher_mentions.push_back(*mention.publisher);
  } else {
    state.article.publisher_mentions.push_back(*mention.publisher);
  }
  if (!mention.possessive || !mention.name || !mention.noun) return;
  state.article.named_rankings.push_back({*mention.publisher, mention.edition, *mention.name, *mention.noun});
}
inline void commit(ParseState& state, RawListOf&& list_of, g::publisher_list_of) {
  state.article.publisher_mentions.push_back(list_of.publisher);
  if (!state.article.list_of) state.article.list_of = list_of;
}
inline void commit(ParseState& state, RawFamily&& family, g::family_phrase) {
  if (family.publisher) state.article.publisher_mentions.push_back(*family.publisher);
  if (!state.article.family) state.article.family = family;
}
inline void commit(ParseState& state, RawItems&& items, g::categories_phrase) {
  state.article.categories.push_back(std::move(items));
}
// "based on ..." lists criteria only in a sentence about the ranking itself
// ("Both of the rankings below are based on ..."); elsewhere it may be about
// anything ("data based on Medicare claims").
inline bool sentence_speaks_of_ranking(std::string_view sentence) {
  std::string lower(sentence);
  for (auto& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (const std::string_view word : {"rank", "list", "score", "grade", "rating", "award", "methodolog", "index"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}
inline void commit(ParseState& state, RawItems&& items, g::criteria_phrase) {
  if (items.span.begin < state.sentence_begin || state.text.empty()) return;
  if (!sentence_speaks_of_ranking(state.text.substr(state.sentence_begin, items.span.begin - state.sentence_begin))) return;
  state.article.criteria.push_back(std::move(items));
}
inline void commit(ParseState& state, RawPopulation&& population, g::population_phrase) {
  if (!state.article.population) state.article.population = std::move(population);
}
// Said outright, the count is about the ranking only where the article
// introduces it; further down ("WalletHub ranked 70 small cities
// separately", "U.S. News also ranked 50 hospitals in each specialty") it is
// about one of its lists.
constexpr std::size_t last_population_paragraph = 3;
inline void commit(ParseState& state, RawPopulation&& population, g::ranked_population) {
  if (state.paragraphs <= last_population_paragraph) commit(state, std::move(population), g::population_phrase{});
}
inline void commit(RawPopulation& population, RawEligibility&& eligibility, g::eligibility) {
  population.eligibility = std::move(eligibility);
}
inline void commit(ParseState& state, RawMeasure&& measure, g::measure_phrase) {
  state.article.measures.push_back(measure);
}

inline void add_item(RawItems& items, RawSpan item) { items.items.push_back(item); }
inline void add_item(RawEligibility& eligibility, RawSpan item) { eligibility.accreditors.push_back(item); }

// ---- reusable actions ---------------------------------------------------------
template <typename Rule, typename Record>
struct build : pegtl::change_states<Record> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, Record& record) {
    record.span = raw_span(in);
  }
  template <typename ParseInput, typename Parent>
  static void success(const ParseInput& /*in*/, Record& record, Parent& parent) {
    commit(parent, std::move(record), Rule{});
  }
};

template <auto Field>
struct bind_span {
  template <typename ActionInput, typename Record>
  static void apply(const ActionInput& in, Record& record) {
    record.*Field = raw_span(in);
  }
};

template <auto Field>
struct bind_count {
  template <typename ActionInput, typename Record>
  static void apply(const ActionInput& in, Record& record) {
    record.*Field = raw_count(in);
  }
};

template <auto Field>
struct bind_date_part {
  template <typename ActionInput>
  static void apply(const ActionInput& in, RawDate& date) {
    date.*Field = static_cast<int>(count_from_text(in.string_view(), raw_span(in)).value);
  }
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// ---- lines --------------------------------------------------------------------
template <>
struct action<g::blank_line> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& state) {
    state.article.lines.push_back(RawLine::of_kind(LineKind::blank, raw_span(in)));
  }
};
template <> struct action<g::table_separator_row> : action<g::blank_line> {};
template <>
struct action<g::paragraph_start> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& state) {
    state.prose_line = RawLine::of_kind(LineKind::prose, raw_span(in));
    if (!state.continues_paragraph()) {
      state.start_sentence(raw_span(in).begin);
      ++state.paragraphs;
    }
  }
};
template <>
struct action<g::prose_line> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& state) {
    state.prose_line.span = raw_span(in);
    state.prose_line.body = raw_span(in);
    state.article.lines.push_back(std::move(state.prose_line));
    state.prose_line = RawLine{};
  }
};
template <>
struct action<g::sentence_end> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& state) {
    state.start_sentence(raw_span(in).end);
  }
};

// ---- headings -----------------------------------------------------------------
template <> struct action<g::heading_line> : build<g::heading_line, RawLine> {};
template <> struct action<g::heading_title> : bind_span<&RawLine::title> {};
template <> struct action<g::owned_sized_title> : bind_span<&RawLine::title> {};
// The size is kept only when the whole size phrase matched: "Top 3:" has no
// space after its number, yet it is a size; "The 2023 best" is not.
template <> struct action<g::size_phrase> : build<g::size_phrase, RawSizePhrase> {};
template <> struct action<g::declared_size> : bind_count<&RawSizePhrase::size> {};
template <>
struct action<g::ties_phrase> {
  static void apply0(RawLine& heading) { heading.includes_ties = true; }
};

// ---- entries ------------------------------------------------------------------
template <> struct action<g::ranked_line> : build<g::ranked_line, RawLine> {};
template <> struct action<g::bulleted_line> : build<g::bulleted_line, RawLine> {};
template <> struct action<g::table_row> : build<g::table_row, RawLine> {};
template <> struct action<g::rank_number> : bind_count<&RawLine::rank> {};
template <> struct action<g::ordinal_word_rank> : bind_count<&RawLine::rank> {};
template <> struct action<g::tied_for> : bind_span<&RawLine::tie_marker> {};
template <> struct action<g::tie_prefix> : bind_span<&RawLine::tie_marker> {};
template <> struct action<g::rank_band> : bind_span<&RawLine::rank_band> {};
template <> struct action<g::tie_suffix> : bind_span<&RawLine::tie_marker> {};
template <>
struct action<g::negative_sign> {
  static void apply0(RawLine& line) { line.negative_rank = true; }
};
template <> struct action<g::rank_tie_note> : bind_span<&RawLine::tie_marker> {};
template <> struct action<g::entry_body> : bind_span<&RawLine::body> {};
template <>
struct action<g::table_cell> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, RawLine& row) {
    row.cells.push_back(raw_span(in));
  }
};
// Labels and parentheticals belong to the entry line being built, or to the
// prose line being scanned.
inline RawLine& line_of(RawLine& line) { return line; }
inline RawLine& line_of(ParseState& state) { return state.prose_line; }
// On the whole prefix, so a label is recorded only when its colon follows.
template <>
struct action<g::label_prefix> {
  template <typename ActionInput, typename State>
  static void apply(const ActionInput& in, State& state) {
    auto label = raw_span(in);
    label.end = label.begin + in.string_view().find(':');
    while (label.end > label.begin && (in.input().begin()[label.end - 1] == ' ' || in.input().begin()[label.end - 1] == '\t')) --label.end;
    line_of(state).label = label;
  }
};
template <>
struct action<g::parenthetical> {
  template <typename ActionInput, typename State>
  static void apply(const ActionInput& in, State& state) {
    const RawSpan outer = raw_span(in);
    line_of(state).parentheticals.push_back({outer, {outer.begin + 1, outer.end - 1}});
  }
};
template <>
struct action<g::intro_size> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& state) {
    state.prose_line.declared_size = raw_count(in);
  }
};

// ---- dates --------------------------------------------------------------------
template <> struct action<g::iso_date> : build<g::iso_date, RawDate> {};
template <> struct action<g::dateline> : build<g::dateline, RawDate> {};
template <> struct action<g::dated_phrase> : build<g::dated_phrase, RawDate> {};
template <> struct action<g::released_date> : build<g::released_date, RawDate> {};
template <> struct action<g::ranking_released_date> : build<g::ranking_released_date, RawDate> {};
template <>
struct action<g::ranking_released_day> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, RawMention& mention) {
    mention.released = RawDate{.span = raw_span(in)};
    mention.released_relative_day = true;
  }
};
template <> struct action<g::ranking_released_today> : action<g::ranking_released_day> {};
template <> struct action<g::ranking_released_weekday> : action<g::ranking_released_day> {};
template <>
struct action<g::released_day> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& state) {
    if (!state.article.released) state.article.released = RawReleased{raw_span(in), RawDate{.span = raw_span(in)}, true};
  }
};
template <> struct action<g::released_today> : action<g::released_day> {};
template <> struct action<g::date_year> : bind_date_part<&RawDate::year> {};
template <> struct action<g::date_month> : bind_date_part<&RawDate::month> {};
template <> struct action<g::numeric_month> : bind_date_part<&RawDate::month> {};
template <> struct action<g::date_day> : bind_date_part<&RawDate::day> {};
template <> struct action<g::day_of_month> : bind_date_part<&RawDate::day> {};
template <>
struct action<g::month_name> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, RawDate& date) {
    if (const auto* entry = grammar::month_names().find(in.string_view())) {
      date.month = static_cast<int>(count_from_text(entry->value, {}).value);
    }
  }
  // Outside a date (the prose scan skipping an abbreviation) a month is just a word.
  template <typename ActionInput, typename Other>
  static void apply(const ActionInput& /*in*/, Other& /*state*/) {}
};

// ---- the lead fact ------------------------------------------------------------
template <> struct action<g::rank_claim> : build<g::rank_claim, RawHeadline> {};
template <> struct action<g::claimed_rank> : bind_count<&RawHeadline::rank> {};
// "the top spot", "topped ... list": rank 1 said in words.
struct bind_first_rank {
  template <typename ActionInput>
  static void apply(const ActionInput& in, RawHeadline& claim) {
    claim.rank = RawCount{.value = 1, .overflow = false, .span = raw_span(in)};
  }
};
template <> struct action<g::claimed_first> : bind_first_rank {};
template <> struct action<g::ordinal_first> : bind_first_rank {};
template <>
struct action<g::superlative> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, RawHeadline& claim) {
    bind_first_rank::apply(in, claim);
    claim.kind = ClaimKind::superlative;
  }
};
template <> struct action<g::most_superlative> : action<g::superlative> {};
template <>
struct action<g::movement_verb> {
  static void apply0(RawHeadline& claim) { claim.kind = ClaimKind::moved; }
};
template <> struct action<g::topped_verb> : bind_first_rank {};
template <> struct action<g::consecutive_phrase> : build<g::consecutive_phrase, RawCount> {};
template <>
struct action<g::consecutive_count> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, RawCount& consecutive) {
    consecutive.value = raw_count(in).value;
  }
};
template <>
struct action<g::based_descriptor> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& state) {
    if (!state.sentence_descriptor) state.sentence_descriptor = raw_span(in);
  }
};

// ---- publishers and the ranking -----------------------------------------------
template <>
struct action<g::publisher_name> {
  template <typename ActionInput, typename Record>
  static void apply(const ActionInput& in, Record& record) {
    record.publisher = raw_span(in);
    // "Maclean's" owns its ranking as "U.S. News'" does: the name is its own possessive.
    if constexpr (requires { record.possessive; }) {
      const auto name = in.string_view();
      if (name.ends_with("'s") || name.ends_with("\u2019s")) record.possessive = true;
    }
  }
};
template <> struct action<g::unknown_publisher> : action<g::publisher_name> {};
template <> struct action<g::according_to> : build<g::according_to, RawMention> {};
template <> struct action<g::made_by> : build<g::made_by, RawMention> {};
template <> struct action<g::publisher_ranking> : build<g::publisher_ranking, RawMention> {};
template <> struct action<g::publisher_mention> : build<g::publisher_mention, RawMention> {};
template <> struct action<g::unknown_publisher_ranking> : build<g::unknown_publisher_ranking, RawMention> {};
template <> struct action<g::honored_by> : build<g::honored_by, RawMention> {};
template <> struct action<g::edition_first_ranking> : build<g::edition_first_ranking, RawMention> {};
template <> struct action<g::publisher_edition> : build<g::publisher_edition, RawMention> {};
template <> struct action<g::owned_edition_title> : build<g::owned_edition_title, RawMention> {};
template <> struct action<g::edition_of_publisher> : build<g::edition_of_publisher, RawMention> {};
template <> struct action<g::edition_title> : bind_span<&RawMention::name> {};
template <> struct action<g::publisher_releases> : build<g::publisher_releases, RawMention> {};
template <> struct action<g::ranking_edition> : bind_count<&RawMention::edition> {};
template <typename Joint, unsigned Most>
struct action<g::ranking_name<Joint, Most>> : bind_span<&RawMention::name> {};
template <unsigned Most>
struct action<g::edition_ranking_name<Most>> : bind_span<&RawMention::name> {};
template <> struct action<g::ranking_noun> : bind_span<&RawMention::noun> {};
template <>
struct action<g::owner_possessive> {
  static void apply0(RawMention& mention) { mention.possessive = true; }
};
template <> struct action<g::publisher_list_of> : build<g::publisher_list_of, RawListOf> {};
template <> struct action<g::ranking_title> : bind_span<&RawListOf::title> {};
template <> struct action<g::edition_year> : bind_count<&RawListOf::edition> {};
template <> struct action<g::family_phrase> : build<g::family_phrase, RawFamily> {};
template <> struct action<g::family_title> : bind_span<&RawFamily::title> {};

// ---- methodology --------------------------------------------------------------
template <typename Tag, typename Stop>
struct action<g::list_item<Tag, Stop>> {
  template <typename ActionInput, typename Record>
  static void apply(const ActionInput& in, Record& record) {
    add_item(record, raw_span(in));
  }
};
template <typename Tag, typename Stop>
struct action<g::last_list_item<Tag, Stop>> : action<g::list_item<Tag, Stop>> {};

template <> struct action<g::categories_phrase> : build<g::categories_phrase, RawItems> {};
template <> struct action<g::criteria_phrase> : build<g::criteria_phrase, RawItems> {};
template <> struct action<g::population_phrase> : build<g::population_phrase, RawPopulation> {};
template <> struct action<g::ranked_population> : build<g::ranked_population, RawPopulation> {};
template <> struct action<g::listed_kind> : bind_span<&RawPopulation::kind> {};
template <> struct action<g::ranked_count> : bind_count<&RawPopulation::count> {};
template <> struct action<g::ranked_kind> : bind_span<&RawPopulation::kind> {};
template <> struct action<g::eligibility> : build<g::eligibility, RawEligibility> {};
template <> struct action<g::accreditation_year> : bind_count<&RawEligibility::accreditation_year> {};
template <> struct action<g::eligibility_condition> : bind_span<&RawEligibility::condition> {};
template <> struct action<g::measure_phrase> : build<g::measure_phrase, RawMeasure> {};
template <> struct action<g::measure_category> : bind_span<&RawMeasure::category> {};
template <> struct action<g::measure_count> : bind_count<&RawMeasure::count> {};
template <> struct action<g::measure_text> : bind_span<&RawMeasure::measure> {};

}  // namespace rankparse::detail
