#include "normalize/dates.hpp"

#include <cstdio>
#include <tuple>

namespace rankparse::detail {
namespace {

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool is_full(const RawDate& date) { return date.year != 0 && date.month != 0 && date.day != 0; }

}  // namespace

bool is_possible(const RawDate& date) {
  if (date.month == 0) return date.day == 0;
  if (date.month < 1 || date.month > 12) return false;
  if (date.day == 0) return true;
  // Without a year, February 29 may exist; check against a leap year.
  return date.day >= 1 && date.day <= days_in_month(date.year != 0 ? date.year : 2000, date.month);
}

std::string iso_text(const RawDate& date) {
  char buffer[16];
  if (date.month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", date.year);
  } else if (date.day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  }
  return buffer;
}

Resolved resolve_against(const RawDate& date, const std::optional<RawDate>& article_date) {
  if (!is_possible(date)) return {};
  if (date.year != 0) return {iso_text(date), DateResolution::explicit_year};
  if (!article_date || !is_full(*article_date) || !is_possible(*article_date)) return {};
  RawDate placed = date;
  placed.year = article_date->year;
  if (is_after(placed, *article_date).value_or(false)) {
    placed.year -= 1;
    if (!is_possible(placed)) return {};  // February 29 of a year that has none
    return {iso_text(placed), DateResolution::article_previous_year};
  }
  if (!is_possible(placed)) return {};
  return {iso_text(placed), DateResolution::article_year};
}

std::optional<bool> is_after(const RawDate& a, const RawDate& b) {
  if (!is_full(a) || !is_full(b)) return std::nullopt;
  return std::tie(a.year, a.month, a.day) > std::tie(b.year, b.month, b.day);
}

}  // namespace rankparse::detail
