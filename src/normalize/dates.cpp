#include "normalize/dates.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string_view>
#include <tuple>

#include "normalize/text.hpp"

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
  // An article dated to the month ("2024-09") still places a day: one in a
  // later month than the article's was last year's, any other this year's.
  if (!article_date || article_date->year == 0 || article_date->month == 0 || !is_possible(*article_date)) return {};
  RawDate placed = date;
  placed.year = article_date->year;
  const bool after_article = is_full(*article_date) ? is_after(placed, *article_date).value_or(false) : date.month > article_date->month;
  if (after_article) {
    placed.year -= 1;
    if (!is_possible(placed)) return {};  // February 29 of a year that has none
    return {iso_text(placed), DateResolution::article_previous_year};
  }
  if (!is_possible(placed)) return {};
  return {iso_text(placed), DateResolution::article_year};
}

Resolved resolve_day_before(std::string_view day, const std::optional<RawDate>& article_date) {
  if (!article_date || !is_full(*article_date) || !is_possible(*article_date)) return {};
  namespace chrono = std::chrono;
  const chrono::sys_days article{chrono::year{article_date->year} / article_date->month / article_date->day};
  std::string lower;
  for (const char c : day.substr(0, 3)) lower += static_cast<char>(c | 0x20);
  int days_back = 0;
  if (equals_ignoring_case(day, "yesterday")) {
    days_back = 1;
  } else if (!equals_ignoring_case(day, "today")) {
    static constexpr std::array<std::string_view, 7> weekdays = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};  // as chrono counts them
    const auto found = std::find(weekdays.begin(), weekdays.end(), lower);
    if (found == weekdays.end()) return {};
    const auto named = static_cast<unsigned>(found - weekdays.begin());
    days_back = static_cast<int>((chrono::weekday{article}.c_encoding() + 7 - named) % 7);
  }
  const chrono::year_month_day placed{article - chrono::days{days_back}};
  const RawDate date{static_cast<int>(placed.year()), static_cast<int>(static_cast<unsigned>(placed.month())),
                     static_cast<int>(static_cast<unsigned>(placed.day())), {}};
  return {iso_text(date), DateResolution::article_weekday};
}

std::optional<bool> is_after(const RawDate& a, const RawDate& b) {
  if (!is_full(a) || !is_full(b)) return std::nullopt;
  return std::tie(a.year, a.month, a.day) > std::tie(b.year, b.month, b.day);
}

}  // namespace rankparse::detail
