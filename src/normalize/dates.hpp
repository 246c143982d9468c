// Calendar checks and the resolution of dates written without a year.
#pragma once

#include <optional>
#include <string>

#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"

namespace rankparse::detail {

// True when the parts the date gives can exist (month 1-12, day within the month).
[[nodiscard]] bool is_possible(const RawDate& date);
// ISO 8601 at the precision the text gives: "2022-03-29", "2022-11", "2022".
[[nodiscard]] std::string iso_text(const RawDate& date);

// A month-day date ("March 29") placed against the article's own date: the
// article's year, or the year before when that would lie after the article
// (a ranking "released Dec. 12" in a January article came out last year).
// An article dated to the month only places a later month in the year before.
// Dates that carry their year keep it. Never uses today's clock.
struct Resolved {
  std::optional<std::string> value;
  DateResolution resolved_by = DateResolution::unresolved;
};
[[nodiscard]] Resolved resolve_against(const RawDate& date, const std::optional<RawDate>& article_date);

// A day named relative to the article ("Tuesday", "today", "yesterday")
// placed on or before the article's own full date: "Tuesday" in a Thursday
// article is two days before it, in a Tuesday article the same day.
[[nodiscard]] Resolved resolve_day_before(std::string_view day, const std::optional<RawDate>& article_date);

// Orders two full dates; nullopt when either lacks a part.
[[nodiscard]] std::optional<bool> is_after(const RawDate& a, const RawDate& b);

}  // namespace rankparse::detail
