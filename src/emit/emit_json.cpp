// Records to JSON. Keys come out in contract order (ordered_json keeps
// insertion order); every optional value is present as null when absent, so
// consumers never need to test for a key.
#include <nlohmann/json.hpp>

#include "rankparse/rankparse.hpp"

namespace rankparse {
namespace {

using json = nlohmann::ordered_json;

template <typename T>
json optional_json(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

template <typename T>
json array_json(const std::vector<T>& values) {
  json array = json::array();
  for (const auto& value : values) array.push_back(json(value));
  return array;
}

std::string_view name_of(DateResolution resolution) {
  switch (resolution) {
    case DateResolution::explicit_year: return "explicit_year";
    case DateResolution::article_year: return "article_year";
    case DateResolution::article_previous_year: return "article_previous_year";
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

}  // namespace

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: break;
  }
  return "info";
}

// Free to_json functions in the records' namespace, found by ADL.
void to_json(json& j, const Span& span) {
  j = json{{"begin", span.begin}, {"end", span.end}, {"line", span.line}, {"column", span.column}};
}
void to_json(json& j, const Text& text) { j = json{{"text", text.text}, {"span", text.span}}; }
void to_json(json& j, const Count& count) { j = json{{"value", count.value}, {"text", count.text}, {"span", count.span}}; }
void to_json(json& j, const Date& date) { j = json{{"value", date.value}, {"text", date.text}, {"span", date.span}}; }
void to_json(json& j, const ResolvedDate& date) {
  j = json{{"value", optional_json(date.value)}, {"text", date.text}, {"resolved_by", name_of(date.resolved_by)}, {"span", date.span}};
}
void to_json(json& j, const Publisher& publisher) {
  j = json{{"name", publisher.name}, {"text", publisher.text}, {"span", publisher.span}};
}
void to_json(json& j, const Ranking& ranking) {
  j = json{{"title", optional_json(ranking.title)},
           {"edition", optional_json(ranking.edition)},
           {"released", optional_json(ranking.released)},
           {"family", optional_json(ranking.family)}};
}
void to_json(json& j, const Headline& headline) {
  j = json{{"subject", headline.subject},
           {"key", headline.key},
           {"descriptor", optional_json(headline.descriptor)},
           {"rank", optional_json(headline.rank)},
           {"consecutive_years", optional_json(headline.consecutive_years)},
           {"span", headline.span}};
}
void to_json(json& j, const Measure& measure) {
  j = json{{"category", measure.category}, {"count", measure.count}, {"measure", measure.measure}};
}
void to_json(json& j, const Eligibility& eligibility) {
  j = json{{"text", eligibility.text},
           {"accreditation_year", optional_json(eligibility.accreditation_year)},
           {"accredited_by", array_json(eligibility.accredited_by)},
           {"conditions", array_json(eligibility.conditions)}};
}
void to_json(json& j, const Methodology& methodology) {
  j = json{{"ranked_count", optional_json(methodology.ranked_count)},
           {"ranked_kind", optional_json(methodology.ranked_kind)},
           {"eligibility", optional_json(methodology.eligibility)},
           {"categories", array_json(methodology.categories)},
           {"criteria", array_json(methodology.criteria)},
           {"measures", array_json(methodology.measures)}};
}
void to_json(json& j, const Location& location) {
  j = json{{"text", location.text},
           {"city", optional_json(location.city)},
           {"state", optional_json(location.state)},
           {"country", optional_json(location.country)},
           {"span", location.span}};
}
void to_json(json& j, const Attribute& attribute) {
  j = json{{"label", attribute.label}, {"value", attribute.value}, {"span", attribute.span}};
}
void to_json(json& j, const Entry& entry) {
  j = json{{"rank", optional_json(entry.rank)},
           {"tied", entry.tied},
           {"name", entry.name},
           {"location", optional_json(entry.location)},
           {"qualifiers", array_json(entry.qualifiers)},
           {"attributes", array_json(entry.attributes)},
           {"key", entry.key},
           {"truncated", entry.truncated},
           {"span", entry.span}};
}
void to_json(json& j, const List& list) {
  j = json{{"title", optional_json(list.title)},
           {"heading", optional_json(list.heading)},
           {"declared_size", optional_json(list.declared_size)},
           {"includes_ties", list.includes_ties},
           {"ranked", list.ranked},
           {"order", name_of(list.order)},
           {"entries", array_json(list.entries)},
           {"span", list.span}};
}
void to_json(json& j, const Diagnostic& diagnostic) {
  j = json{{"severity", severity_name(diagnostic.severity)},
           {"code", diagnostic.code},
           {"message", diagnostic.message},
           {"line", diagnostic.span.line},
           {"column", diagnostic.span.column},
           {"span", diagnostic.span}};
}
void to_json(json& j, const SourceInfo& source) { j = json{{"name", source.name}, {"bytes", source.bytes}, {"hash", source.hash}}; }

std::string to_json(const Article& article, JsonLayout layout) {
  const json object{{"schema", schema_id},
                    {"source", article.source},
                    {"date", optional_json(article.date)},
                    {"publisher", optional_json(article.publisher)},
                    {"ranking", article.ranking},
                    {"headline", optional_json(article.headline)},
                    {"methodology", article.methodology},
                    {"lists", array_json(article.lists)},
                    {"diagnostics", array_json(article.diagnostics)}};
  // Text is valid UTF-8 by construction (Source checks the input); replace
  // rather than throw should that ever not hold.
  return object.dump(layout == JsonLayout::pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace rankparse
