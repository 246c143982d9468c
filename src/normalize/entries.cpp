#include "normalize/entries.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "normalize/entry_places.hpp"
#include "normalize/entry_text.hpp"
#include "normalize/line_shapes.hpp"
#include "normalize/locations.hpp"
#include "normalize/text.hpp"
#include "parse/numbers.hpp"

namespace rankparse::detail {
namespace {

// "182 Partners": a number that begins a name, not a value.
bool has_capitalized_word_after_first(std::string_view text) {
  const auto space = text.find(' ');
  if (space == std::string_view::npos) return false;
  for (std::size_t i = space; i + 1 < text.size(); ++i) {
    if (text[i] == ' ' && text[i + 1] >= 'A' && text[i + 1] <= 'Z') return true;
  }
  return false;
}

// A value after a dash, bare ("58.12", "$648.1 billion") or after a word
// that says what it is ("score 96.84"); "182 Partners" is a name.
bool is_dash_value(std::string_view text) {
  if (looks_like_value(text)) return !has_capitalized_word_after_first(text);
  const auto space = text.find(' ');
  if (space == std::string_view::npos || space > 12) return false;
  const auto word = text.substr(0, space);
  const auto rest = text.substr(space + 1);
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }) && !rest.empty() && rest.front() >= '0' &&
         rest.front() <= '9' && looks_like_value(rest) && !has_capitalized_word_after_first(rest);
}

struct MovementNote {
  std::size_t separator;  // where the comma or dash before the note begins
  RawSpan note;
};

// The text after the last comma or dash of `span`, when it says how the entry moved since the last edition.
std::optional<MovementNote> trailing_movement_note(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals) {
  // Most names end in a word no note ends with: one look at it settles that.
  const auto text = source.slice(span);
  const auto space = text.find_last_of(' ');
  if (space == std::string_view::npos || !is_movement_note_ending(text.substr(space + 1))) return std::nullopt;
  std::optional<MovementNote> found;
  if (const auto comma = last_outside(source, span, ",", parentheticals)) found = MovementNote{*comma, trim(source, {*comma + 1, span.end})};
  if (const auto dash = last_dash_separator(source, span, parentheticals); dash && (!found || dash->begin > found->separator)) {
    found = MovementNote{dash->begin, trim(source, {dash->end, span.end})};
  }
  if (found && is_movement_note(source.slice(found->note))) return found;
  return std::nullopt;
}


// A number column of a poll or table row: "1,574", "98.5", "12-0". Digits at
// both ends: "3," of "March 3, 2024" is a date's day, not a column.
bool is_number_column(std::string_view token) {
  return !token.empty() && token.find_first_not_of("0123456789,.-") == std::string_view::npos && is_digit(token.front()) && is_digit(token.back());
}

// A team's record: "12-0", "10-1-1", "101-61"; not a span of years ("2019-20").
bool is_record(std::string_view token) {
  std::size_t parts = 0;
  for (std::size_t begin = 0; begin <= token.size();) {
    auto end = token.find('-', begin);
    if (end == std::string_view::npos) end = token.size();
    const auto part = token.substr(begin, end - begin);
    if (part.empty() || part.size() > 3 || !std::all_of(part.begin(), part.end(), is_digit)) return false;
    ++parts;
    begin = end + 1;
  }
  return parts >= 2;
}

// Points in thousands, "11,830": no name ends in one.
bool is_thousands(std::string_view token) {
  const auto comma = token.find(',');
  return comma != std::string_view::npos && comma > 0 && comma <= 3 && token.size() - comma == 4 &&
         std::all_of(token.begin(), token.end(), [](char c) { return is_digit(c) || c == ','; });
}

// How a row moved since the last edition, as its last column: "▲1", "▼12", "+3", "NR", a dash.
bool is_movement_mark(std::string_view token) {
  if (token == "NR" || token == "NEW" || token == "\xE2\x80\x94" || token == "\xE2\x80\x93" || token == "-") return true;
  for (const std::string_view arrow : {"\xE2\x96\xB2", "\xE2\x96\xBC", "\xE2\x86\x91", "\xE2\x86\x93", "+"}) {  // ▲ ▼ ↑ ↓ +
    if (token.starts_with(arrow) && token.size() > arrow.size() &&
        std::all_of(token.begin() + static_cast<std::ptrdiff_t>(arrow.size()), token.end(), is_digit)) {
      return true;
    }
  }
  return false;
}

// Where the columns that trail a poll row's name begin: "Georgia (62) 12-0
// 1,574 1" has first-place votes, record, points and last week's rank ("NR"
// or a dash when unranked); "Luca Ferraro (ITA) 11,830 ▲1" has points and
// its movement. A record or points in thousands among them, or three numbers
// at least, so "Forever 21", "Studio 54 3" and "Apollo 13 1995" keep theirs.
std::optional<std::size_t> trailing_stat_columns(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals) {
  const auto text = source.slice(span);
  std::size_t begin = text.size();
  std::size_t numbers = 0;
  bool record = false;
  while (begin > 0) {
    const auto space = text.find_last_of(' ', begin - 1);
    if (space == std::string_view::npos) break;
    const auto token = text.substr(space + 1, begin - space - 1);
    const bool movement_mark = begin == text.size() && is_movement_mark(token);  // last only
    if (!movement_mark && !is_number_column(token)) break;
    numbers += movement_mark ? 0U : 1U;
    record = record || is_record(token) || is_thousands(token);
    begin = space;
  }
  constexpr std::size_t fewest_columns_without_record = 3;
  if (!record && numbers < fewest_columns_without_record) return std::nullopt;
  // "(62)" right before them: first-place votes.
  for (const auto& paren : parentheticals) {
    const auto inner = source.slice(paren.inner);
    if (paren.outer.end == span.begin + begin && !inner.empty() && inner.find_first_not_of("0123456789,") == std::string_view::npos) {
      begin = paren.outer.begin - span.begin;
    }
  }
  if (trim(source, {span.begin, span.begin + begin}).empty()) return std::nullopt;
  return span.begin + begin;
}

// A sentence after a dash or colon that describes the entry ("— The hospital
// cut its wait times by 40%.", ": Lowest complication rate ...", "— Last
// year's No. 1."): it reads as a sentence, or ends with a full stop and has a
// word in lower case among three or more; it is no place and no value
// ("— University Health Network." and "— Rochester, Minn." are none).
std::optional<RawSpan> trailing_description(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals) {
  std::optional<std::size_t> separator_end;
  std::optional<std::size_t> separator_begin;
  if (const auto dash = last_dash_separator(source, span, parentheticals)) {
    separator_begin = dash->begin;
    separator_end = dash->end;
  }
  if (const auto colon = last_outside(source, span, ":", parentheticals); colon && (!separator_begin || *colon > *separator_begin)) {
    separator_begin = *colon;
    separator_end = *colon + 1;
  }
  if (!separator_end) return std::nullopt;
  const RawSpan tail = trim(source, {*separator_end, span.end});
  const auto text = source.slice(tail);
  if (text.empty() || !(text.front() >= 'A' && text.front() <= 'Z') || !more_words_than(text, 2)) return std::nullopt;
  const bool full_stop = text.back() == '.' || text.back() == '!';
  if (!(reads_as_sentence(text) || (full_stop && lower_case_words(text) > 0))) return std::nullopt;
  if (looks_like_value(text) || reads_as_place(CleanedText(text))) return std::nullopt;
  return RawSpan{*separator_begin, tail.end};
}

// Cuts what may trail a name: a description, footnote marks, "– tie", ": $2.1 billion",
// "— 58.12", "#4 in Nursing", ", No. 19;", "— No. 14", a full stop.
// Drops footnote marks at the end: "*", "†", "‡", "§".
RawSpan without_footnote_marks(const Source& source, RawSpan span) {
  for (;;) {
    span = trim_end(source, span, "*;,");
    const auto text = source.slice(span);
    if (!(text.ends_with("\u2020") || text.ends_with("\u2021") || text.ends_with("\u00A7"))) return span;
    span.end -= text.ends_with("\u00A7") ? 2U : 3U;
  }
}

// Takes the value after `dash` (up to `until`) as the piece's, the piece
// ending before the dash, when it reads as one; a parenthetical right after
// the value is its note. Whether it did.
bool take_dash_value(const Source& source, RawSpan dash, RawSpan until, Piece& piece, const std::vector<RawParenthetical>& parentheticals) {
  RawSpan value = trim(source, {dash.end, until.end});
  const RawParenthetical* note = nullptr;
  for (const auto& paren : parentheticals) {
    if (paren.outer.end == value.end && paren.outer.begin > value.begin) note = &paren;
  }
  if (note) value = trim(source, {value.begin, note->outer.begin});
  if (!is_dash_value(source.slice(value))) return false;
  piece.attributes.push_back(Attribute{"value", clean_text(source.slice(value)), source.span(value)});
  if (note) piece.attributes.push_back(Attribute{"note", clean_text(source.slice(note->inner)), source.span(note->inner)});
  piece.span = trim(source, {piece.span.begin, dash.begin});
  return true;
}

Piece strip_trailers(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals) {
  Piece piece{without_footnote_marks(source, span), false, std::nullopt, {}};
  if (const auto description = trailing_description(source, piece.span, parentheticals)) {
    const RawSpan text = trim(source, {description->begin, description->end});
    const auto words = source.slice(text);
    const auto first_letter = words.find_first_not_of(" :-\xE2\x80\x93\x94");
    const RawSpan sentence{text.begin + (first_letter == std::string_view::npos ? 0 : first_letter), text.end};
    piece.attributes.push_back(Attribute{"description", clean_text(source.slice(sentence)), source.span(sentence)});
    piece.span = trim_end(source, {piece.span.begin, description->begin}, "*;,");
  }
  if (const auto columns = trailing_stat_columns(source, piece.span, parentheticals)) {
    const RawSpan values = trim(source, {*columns, piece.span.end});
    piece.attributes.push_back(Attribute{"columns", clean_text(source.slice(values)), source.span(values)});
    piece.span = without_trailing_dash(source, {piece.span.begin, *columns});  // "Taylor Brooks, USA — 4,870"
  }
  // ", down 4", " — new": a change since the last edition, cut before any place is sought ("Jones Day, Cleveland, down 1").
  if (const auto movement = trailing_movement_note(source, piece.span, parentheticals)) {
    piece.attributes.push_back(Attribute{"movement", clean_text(source.slice(movement->note)), source.span(movement->note)});
    piece.span = without_trailing_dash(source, trim_end(source, {piece.span.begin, movement->separator}, ","));
  }
  // "– tie", "- tied", ", tie"
  for (const std::string_view word : {"tied", "tie", "Tied", "Tie", "TIE"}) {
    const auto text = source.slice(piece.span);
    if (text.size() <= word.size() || text.substr(text.size() - word.size()) != word) continue;
    const auto before = trim_end(source, {piece.span.begin, piece.span.end - word.size()}, "-,");
    const auto separator = source.slice({before.end, piece.span.end - word.size()});
    if (separator.find_first_not_of(" -,\xE2\x80\x93\x94") == std::string_view::npos && !separator.empty()) {
      piece.span = without_trailing_dash(source, before);
      piece.tied = true;
      break;
    }
  }
  // "— Last week: 4", "- Previous rank: NR": a labelled value after a dash.
  if (const auto dash = last_dash_separator(source, piece.span, parentheticals)) {
    const RawSpan tail = trim(source, {dash->end, piece.span.end});
    const auto text = source.slice(tail);
    if (const auto colon = text.find(": "); colon != std::string_view::npos && colon > 0 && text.front() >= 'A' && text.front() <= 'Z') {
      const auto label = text.substr(0, colon);
      const RawSpan value = trim(source, {tail.begin + colon + 1, tail.end});
      const auto value_text = source.slice(value);
      const bool short_label = !more_words_than(label, 3) && label.find_first_of("0123456789") == std::string_view::npos;
      if (short_label && (looks_like_value(value_text) || value_text == "NR" || value_text == "N/A")) {
        piece.attributes.push_back(Attribute{clean_text(label), clean_text(value_text), source.span(value)});
        piece.span = trim(source, {piece.span.begin, dash->begin});
      }
    }
  }
  // ": $2.1 billion", ": 21"
  if (const auto colon = last_outside(source, piece.span, ":", parentheticals)) {
    RawSpan value = trim(source, {*colon + 1, piece.span.end});
    // "50.0% (tie)": the parenthetical after the value is the line's, not the value's.
    if (const auto paren = source.slice(value).find('('); paren != std::string_view::npos && paren > 0) {
      value = trim(source, {value.begin, value.begin + paren});
    }
    if (looks_like_value(source.slice(value))) {
      piece.attributes.push_back(Attribute{"value", clean_text(source.slice(value)), source.span(value)});
      piece.span = trim(source, {piece.span.begin, *colon});
    }
  }
  // "Walmart — $648.1 billion", "Delaware – 58.12", "— score 96.84"; not "Blink — 182 Partners", a name.
  // A note in parentheses may follow the value ("— $41.6 million (Warner Bros.)"),
  // and a column after another dash ("Corvane Systems — 4.7 — Information Technology").
  if (const auto dash = last_dash_separator(source, piece.span, parentheticals)) {
    if (!take_dash_value(source, *dash, piece.span, piece, parentheticals)) {
      const auto earlier = last_dash_separator(source, {piece.span.begin, dash->begin}, parentheticals);
      const RawSpan column = trim(source, {dash->end, piece.span.end});
      if (earlier && take_dash_value(source, *earlier, {piece.span.begin, dash->begin}, piece, parentheticals)) {
        piece.attributes.push_back(Attribute{"column", clean_text(source.slice(column)), source.span(column)});
      }
    }
  }
  // "Ford F-150 Hybrid .......... 84": dot leaders before a value.
  if (const auto leader = first_outside(source, piece.span, " ...", parentheticals)) {
    const auto after_dots = source.slice({*leader, piece.span.end}).find_first_not_of(" .");  // none after "Name ..."
    const RawSpan value = after_dots == std::string_view::npos ? RawSpan{piece.span.end, piece.span.end}
                                                                : trim(source, {*leader + after_dots, piece.span.end});
    if (!source.slice(value).empty() && looks_like_value(source.slice(value))) {
      piece.attributes.push_back(Attribute{"value", clean_text(source.slice(value)), source.span(value)});
      piece.span = trim(source, {piece.span.begin, *leader});
    }
  }
  // "#4 in Nursing", ", No. 19", "— No. 14", ", ranked No. 95"
  for (const std::string_view marker : {" #", ", No. ", " No. "}) {
    const auto found = last_outside(source, piece.span, marker, parentheticals);
    if (!found) continue;
    RawSpan annotation = trim(source, {*found + (marker.front() == ',' ? 1 : 0), piece.span.end});
    // "No. 41; and" ends a sentence-style list; the annotation is "No. 41".
    if (source.slice(annotation).size() > 4 && source.slice(annotation).substr(source.slice(annotation).size() - 4) == " and") annotation.end -= 4;
    annotation = without_full_stop(source, trim_end(source, annotation, ";,"));
    const auto rank = annotated_rank(source.slice(annotation));
    if (!rank) continue;
    piece.rank = rank;
    // "No. 41, $12.4 billion": a value after the rank is the entry's value.
    if (const auto comma = source.slice(annotation).find(", "); comma != std::string_view::npos) {
      const RawSpan value = trim(source, {annotation.begin + comma + 1, annotation.end});
      if (looks_like_value(source.slice(value))) {
        piece.attributes.push_back(Attribute{"value", clean_text(source.slice(value)), source.span(value)});
        annotation.end = annotation.begin + comma;
      }
    }
    piece.attributes.push_back(Attribute{"rank_annotation", clean_text(source.slice(annotation)), source.span(annotation)});
    // "Kessler Paper Group, Neenah: No. 41": the colon before the rank is no part of the place.
    piece.span = without_trailing_dash(source, trim_end(source, {piece.span.begin, *found}, ",;:"));
    if (const auto before = source.slice(piece.span); before.size() > 7 && before.substr(before.size() - 7) == " ranked") {
      piece.span = trim_end(source, {piece.span.begin, piece.span.end - 7}, ",;");
    }
    break;
  }
  piece.span = without_full_stop(source, trim_end(source, piece.span, "*;,"));
  return piece;
}

// Where one line names two entities: "Osaka (Japan), Auckland (New Zealand)",
// "Alpha Hospital (Austin) and Beta Center (Houston)", or, on a line marked
// as a tie, "Alpha Hospital and Beta Hospital". Empty when it names one (as
// most lines do), so that it costs no allocation.
std::vector<RawSpan> split_entities(const Source& source, RawSpan span, bool marked_tie,
                                    const std::vector<RawParenthetical>& parentheticals) {
  std::vector<RawSpan> pieces;
  auto cursor = span.begin;
  for (const auto& paren : parentheticals) {
    if (paren.outer.begin < cursor || paren.outer.end >= span.end) continue;
    if (!reads_as_place(CleanedText(source.slice(paren.inner)))) continue;
    const auto after = source.slice({paren.outer.end, span.end});
    for (const std::string_view joint : {", ", " and ", " & ", "; "}) {
      if (after.rfind(joint, 0) == 0 && upper_at(source, paren.outer.end + joint.size())) {
        pieces.push_back({cursor, paren.outer.end});
        cursor = paren.outer.end + joint.size();
        break;
      }
    }
  }
  if (!pieces.empty()) {
    pieces.push_back({cursor, span.end});
    return pieces;
  }
  if (marked_tie) {
    const auto first_and = first_outside(source, span, " and ", parentheticals);
    const bool only_one = first_and && !first_outside(source, span, " and ", parentheticals, *first_and + 1);
    if (only_one && upper_at(source, *first_and + 5)) return {{span.begin, *first_and}, {*first_and + 5, span.end}};
  }
  return {};
}

std::string name_text(const Source& source, RawSpan name, const std::vector<RawSpan>& removed, RawSpan& name_span) {
  std::string joined;
  std::optional<RawSpan> bounds;
  auto keep = [&](RawSpan piece) {
    const auto trimmed = trim(source, piece);
    joined += source.slice(piece);
    if (trimmed.empty()) return;
    if (!bounds) bounds = trimmed;
    bounds->end = trimmed.end;
  };
  auto cursor = name.begin;
  for (const auto& cut : removed) {
    if (cut.begin < name.begin || cut.end > name.end) continue;
    if (cut.begin > cursor) keep({cursor, cut.begin});
    joined += ' ';
    cursor = cut.end;
  }
  if (cursor < name.end) keep({cursor, name.end});
  name_span = bounds ? trim_end(source, *bounds, "*,") : RawSpan{name.begin, name.begin};
  // A parenthetical removed from the end may leave "Name ," behind.
  auto text = clean_text(joined);
  while (!text.empty() && (text.back() == ',' || text.back() == ' ' || text.back() == '*')) text.pop_back();
  return text;
}

// Columns set apart by three or more spaces or a tab; none when the line
// has no such gap (as most have), so that it costs no allocation.
std::vector<RawSpan> split_columns(const Source& source, RawSpan span) {
  std::vector<RawSpan> columns;
  const auto text = source.slice(span);
  if (!has_column_gap(text)) return columns;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t run = 0;
    while (pos + run < text.size() && (text[pos + run] == ' ' || text[pos + run] == '\t')) ++run;
    // An indent after a line break is where a wrapped entry goes on, not a column.
    const bool after_break = pos > 0 && (text[pos - 1] == '\n' || text[pos - 1] == '\r');
    const bool separator = !after_break && is_column_gap(text.substr(pos, run));
    if (separator && pos > start) {
      columns.push_back({span.begin + start, span.begin + pos});
      start = pos + run;
    }
    pos += run == 0 ? 1 : run;
  }
  if (start < text.size()) columns.push_back({span.begin + start, span.end});
  return columns;
}

}  // namespace

std::optional<PlaceColumn> place_column_of(const Source& source, RawSpan header) {
  const auto cells = split_columns(source, header);
  if (cells.size() < 3) return std::nullopt;
  const auto is_one_of = [&source](RawSpan cell, std::initializer_list<std::string_view> words) {
    const auto text = source.slice(trim(source, cell));
    return std::any_of(words.begin(), words.end(), [text](std::string_view word) { return equals_ignoring_case(text, word); });
  };
  // "Rank", "Overall Rank*" head the rank, which rows carry before their body.
  const auto first = source.slice(cells.front());
  const bool rank_first = find_ignoring_case(first, "rank") != std::string_view::npos || is_one_of(cells.front(), {"#", "no.", "place", "pos."});
  const std::size_t rank_cells = rank_first ? 1 : 0;
  for (std::size_t i = rank_cells + 1; i < cells.size(); ++i) {
    if (is_one_of(cells[i], {"location", "city", "town", "city, state", "headquarters", "hq", "hometown", "place"})) {
      const bool state_follows = i + 1 < cells.size() && is_one_of(cells[i + 1], {"state", "st", "province", "country"});
      return PlaceColumn{i - rank_cells, cells.size() - rank_cells, state_follows};
    }
  }
  return std::nullopt;
}

std::vector<Entry> build_entries(const Source& source, const RawLine& line, Diagnostics& diagnostics, BareParenReading reading,
                                 std::optional<PlaceColumn> place_column) {
  // Ranks count from 1; a rank that is none is recorded as null, the entry kept.
  std::optional<std::int64_t> rank;
  if (line.rank && line.rank->overflow) {
    diagnostics.warning("entry.rank_overflow", "rank '" + std::string(source.slice(line.rank->span)) + "' is too large; recorded as null",
                        source.span(line.rank->span));
  } else if (line.rank && line.negative_rank) {
    diagnostics.warning("entry.rank_negative", "rank '-" + std::string(source.slice(line.rank->span)) + "' is negative; recorded as null",
                        source.span(line.rank->span));
  } else if (line.rank && line.rank->value == 0) {
    diagnostics.warning("entry.rank_zero", "rank 0 is no place in a ranking; recorded as null", source.span(line.rank->span));
  } else if (line.rank) {
    rank = line.rank->value;
  }
  // Everyone in a band shares it, as tied entries share a rank.
  bool tied = line.tie_marker.has_value() || line.rank_band.has_value();

  // "Alpha Corp: $2.1 billion" names Alpha Corp; "Ohio: Lakeview Hospital" groups it under Ohio.
  RawSpan region = trim(source, line.body);
  std::vector<Attribute> shared_attributes;
  if (line.rank_band) shared_attributes.push_back(Attribute{"rank_band", clean_text(source.slice(*line.rank_band)), source.span(*line.rank_band)});
  if (line.label) {
    if (looks_like_value(source.slice(region))) {
      // "Oregon: 50.0% (tie)": the tie note marks the entry, it is no part of the value.
      auto value = region;
      for (const auto& paren : line.parentheticals) {
        if (paren.outer.begin >= value.begin && paren.outer.end == value.end && is_tie_marker(CleanedText(source.slice(paren.inner)))) {
          value = trim(source, {value.begin, paren.outer.begin});
          tied = true;
        }
      }
      shared_attributes.push_back(Attribute{"value", clean_text(source.slice(value)), source.span(value)});
      region = *line.label;
    } else {
      shared_attributes.push_back(Attribute{"group", clean_text(source.slice(*line.label)), source.span(*line.label)});
    }
  }

  // A row of a table set with spaces: "Massachusetts   64.41   9" or, with the
  // rank after the name, "University of Northfield     34".
  // The place column's cell, or without one the first later cell that reads
  // as a place, is the location: "Boston Latin School\tBoston\t99.85".
  std::optional<std::int64_t> column_rank;
  std::optional<RawSpan> column_place;
  if (const auto columns = split_columns(source, region); columns.size() > 1) {
    const auto is_place_cell = [&](std::size_t i, std::string_view cell) {
      if (place_column) return i == place_column->index && columns.size() == place_column->cells;
      return reads_as_place(CleanedText(cell));
    };
    region = columns.front();
    for (std::size_t i = 1; i < columns.size(); ++i) {
      const auto cell = source.slice(columns[i]);
      const bool number = cell.find_first_not_of("0123456789") == std::string_view::npos && cell.size() <= 6;
      if (i == 1 && number && !rank) {
        column_rank = count_from_text(cell, columns[i]).value;
        continue;
      }
      if (!column_place && !number && is_place_cell(i, cell)) {
        column_place = columns[i];
        // "Boulder   CO": the State cell after it is part of the place.
        if (place_column && place_column->state_follows && i + 1 < columns.size()) column_place->end = columns[++i].end;
        continue;
      }
      shared_attributes.push_back(Attribute{"column", clean_text(cell), source.span(columns[i])});
    }
  }

  Piece whole = strip_trailers(source, region, line.parentheticals);
  if (column_rank && !whole.rank) whole.rank = column_rank;
  tied = tied || whole.tied;
  // "8. (tie) Alpha Hospital and Beta Hospital": a tie parenthetical anywhere marks the line.
  for (const auto& paren : line.parentheticals) {
    if (paren.outer.begin >= whole.span.begin && paren.outer.end <= whole.span.end && is_tie_marker(CleanedText(source.slice(paren.inner)))) tied = true;
  }
  const auto splits = split_entities(source, whole.span, tied, line.parentheticals);
  if (!splits.empty()) tied = tied || whole.tied || line.tie_marker.has_value();

  std::vector<Entry> entries;
  for (const auto split : splits.empty() ? std::span<const RawSpan>(&whole.span, 1) : std::span<const RawSpan>(splits)) {
    Piece piece = splits.empty() ? whole : strip_trailers(source, split, line.parentheticals);
    Entry entry;
    entry.span = source.span(trim(source, line.span));
    std::vector<Text> qualifiers;
    const auto located = find_location(source, piece.span, line.parentheticals, piece, qualifiers, diagnostics, reading);
    RawSpan name_span{};
    entry.name.text = name_text(source, located.name, located.removed, name_span);
    entry.name.span = source.span(name_span);
    entry.rank = rank ? rank : piece.rank;
    entry.tied = tied || piece.tied;
    entry.qualifiers = std::move(qualifiers);
    // One entity: `piece` is `whole` plus what its parentheticals said. Several:
    // each piece has its own, and the line's trailers are shared.
    entry.attributes = shared_attributes;
    if (!splits.empty()) entry.attributes.insert(entry.attributes.end(), whole.attributes.begin(), whole.attributes.end());
    entry.attributes.insert(entry.attributes.end(), piece.attributes.begin(), piece.attributes.end());
    if (const auto place = located.location ? located.location : column_place) {
      // City, state and country are filled in later, when the whole article's places are known.
      entry.location = Location{.text = place_text(source.slice(*place)), .span = source.span(*place), .city = std::nullopt,
                                .state = std::nullopt, .country = std::nullopt};
    }
    entry.key = entity_key(entry.name.text);
    if (entry.name.text.empty()) {
      diagnostics.warning("entry.empty_name", "entry has a rank but no name", entry.span);
      continue;
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace rankparse::detail
