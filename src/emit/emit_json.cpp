// Records to JSON, streamed straight into one string by JsonWriter (no tree).
// Keys come out in contract order; every optional value is present as null
// when absent, so consumers never need to test for a key.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "emit/json_writer.hpp"
#include "rankparse/rankparse.hpp"

namespace rankparse {
namespace {

using detail::JsonWriter;

std::string_view name_of(DateResolution resolution) {
  switch (resolution) {
    case DateResolution::explicit_year: return "explicit_year";
    case DateResolution::article_year: return "article_year";
    case DateResolution::article_previous_year: return "article_previous_year";
    case DateResolution::article_weekday: return "article_weekday";
    case DateResolution::unresolved: break;
  }
  return "unresolved";
}

std::string_view name_of(ListOrder order) {
  switch (order) {
    case ListOrder::ascending: return "ascending";
    case ListOrder::countdown: return "countdown";
    case ListOrder::unranked: break;
  }
  return "unranked";
}

// An absent record is null; a list of records is an array ([] when empty).
// Defined below the record writers, which they call.
template <typename Record>
void write(JsonWriter& out, const std::optional<Record>& record);
template <typename Record>
void write(JsonWriter& out, const std::vector<Record>& records);

// One writer per record, members in contract order.
void write(JsonWriter& out, const Span& span) {
  out.integer_object({{"begin", span.begin}, {"end", span.end}, {"line", span.line}, {"column", span.column}});
}

void write(JsonWriter& out, const Text& text) {
  out.begin_object();
  out.key("text").value(text.text);
  write(out.key("span"), text.span);
  out.end_object();
}

void write(JsonWriter& out, const Count& count) {
  out.begin_object();
  out.key("value").value(count.value);
  out.key("text").value(count.text);
  write(out.key("span"), count.span);
  out.end_object();
}

void write(JsonWriter& out, const Date& date) {
  out.begin_object();
  out.key("value").value(date.value);
  out.key("text").value(date.text);
  write(out.key("span"), date.span);
  out.end_object();
}

void write(JsonWriter& out, const ResolvedDate& date) {
  out.begin_object();
  out.key("value").value(date.value);
  out.key("text").value(date.text);
  out.key("resolved_by").value(name_of(date.resolved_by));
  write(out.key("span"), date.span);
  out.end_object();
}

void write(JsonWriter& out, const Publisher& publisher) {
  out.begin_object();
  out.key("name").value(publisher.name);
  out.key("text").value(publisher.text);
  write(out.key("span"), publisher.span);
  out.end_object();
}

void write(JsonWriter& out, const Ranking& ranking) {
  out.begin_object();
  write(out.key("title"), ranking.title);
  write(out.key("edition"), ranking.edition);
  write(out.key("released"), ranking.released);
  write(out.key("family"), ranking.family);
  out.end_object();
}

void write(JsonWriter& out, const Headline& headline) {
  out.begin_object();
  write(out.key("subject"), headline.subject);
  out.key("key").value(headline.key);
  write(out.key("descriptor"), headline.descriptor);
  write(out.key("rank"), headline.rank);
  write(out.key("consecutive_years"), headline.consecutive_years);
  write(out.key("span"), headline.span);
  out.end_object();
}

void write(JsonWriter& out, const Measure& measure) {
  out.begin_object();
  write(out.key("category"), measure.category);
  write(out.key("count"), measure.count);
  write(out.key("measure"), measure.measure);
  out.end_object();
}

void write(JsonWriter& out, const Eligibility& eligibility) {
  out.begin_object();
  write(out.key("text"), eligibility.text);
  write(out.key("accreditation_year"), eligibility.accreditation_year);
  write(out.key("accredited_by"), eligibility.accredited_by);
  write(out.key("conditions"), eligibility.conditions);
  out.end_object();
}

void write(JsonWriter& out, const Methodology& methodology) {
  out.begin_object();
  write(out.key("ranked_count"), methodology.ranked_count);
  write(out.key("ranked_kind"), methodology.ranked_kind);
  write(out.key("eligibility"), methodology.eligibility);
  write(out.key("categories"), methodology.categories);
  write(out.key("criteria"), methodology.criteria);
  write(out.key("measures"), methodology.measures);
  out.end_object();
}

void write(JsonWriter& out, const Location& location) {
  out.begin_object();
  out.key("text").value(location.text);
  out.key("city").value(location.city);
  out.key("state").value(location.state);
  out.key("country").value(location.country);
  write(out.key("span"), location.span);
  out.end_object();
}

void write(JsonWriter& out, const Attribute& attribute) {
  out.begin_object();
  out.key("label").value(attribute.label);
  out.key("value").value(attribute.value);
  write(out.key("span"), attribute.span);
  out.end_object();
}

void write(JsonWriter& out, const Entry& entry) {
  out.begin_object();
  out.key("rank").value(entry.rank);
  out.key("tied").value(entry.tied);
  write(out.key("name"), entry.name);
  write(out.key("location"), entry.location);
  write(out.key("qualifiers"), entry.qualifiers);
  write(out.key("attributes"), entry.attributes);
  out.key("key").value(entry.key);
  out.key("truncated").value(entry.truncated);
  write(out.key("span"), entry.span);
  out.end_object();
}

void write(JsonWriter& out, const List& list) {
  out.begin_object();
  write(out.key("title"), list.title);
  write(out.key("heading"), list.heading);
  write(out.key("declared_size"), list.declared_size);
  out.key("includes_ties").value(list.includes_ties);
  out.key("ranked").value(list.ranked);
  out.key("order").value(name_of(list.order));
  write(out.key("entries"), list.entries);
  write(out.key("span"), list.span);
  out.end_object();
}

void write(JsonWriter& out, const Diagnostic& diagnostic) {
  out.begin_object();
  out.key("severity").value(severity_name(diagnostic.severity));
  out.key("code").value(diagnostic.code);
  out.key("message").value(diagnostic.message);
  out.key("line").value(diagnostic.span.line);
  out.key("column").value(diagnostic.span.column);
  write(out.key("span"), diagnostic.span);
  out.end_object();
}

void write(JsonWriter& out, const SourceInfo& source) {
  out.begin_object();
  out.key("name").value(source.name);
  out.key("bytes").value(source.bytes);
  out.key("hash").value(source.hash);
  out.end_object();
}

template <typename Record>
void write(JsonWriter& out, const std::optional<Record>& record) {
  if (record) {
    write(out, *record);
  } else {
    out.value(nullptr);
  }
}

template <typename Record>
void write(JsonWriter& out, const std::vector<Record>& records) {
  out.begin_array();
  for (const auto& record : records) write(out, record);
  out.end_array();
}

// Room for the whole document up front, so the string grows at most once.
// Sizes measured on samples/ (pretty): ~2 KB of article-level records, ~1 KB
// per entry (name, location and three spans), less for the smaller records;
// compact output is about half as long.
std::size_t estimated_size(const Article& article, JsonLayout layout) {
  std::size_t size = 2560 + 512 * article.lists.size() + 384 * article.diagnostics.size();
  for (const auto& list : article.lists) {
    for (const auto& entry : list.entries) {
      size += 1024 + 3 * entry.name.text.size() + 192 * (entry.attributes.size() + entry.qualifiers.size());
    }
  }
  return layout == JsonLayout::pretty ? size : size / 2;
}

}  // namespace

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: break;
  }
  return "info";
}

std::string to_json(const Article& article, JsonLayout layout) {
  JsonWriter out(layout, estimated_size(article, layout));
  out.begin_object();
  out.key("schema").value(schema_id);
  write(out.key("source"), article.source);
  write(out.key("date"), article.date);
  write(out.key("publisher"), article.publisher);
  write(out.key("ranking"), article.ranking);
  write(out.key("headline"), article.headline);
  write(out.key("methodology"), article.methodology);
  write(out.key("lists"), article.lists);
  write(out.key("diagnostics"), article.diagnostics);
  out.end_object();
  return std::move(out).str();
}

}  // namespace rankparse
