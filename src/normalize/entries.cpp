#include "normalize/entries.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "grammar/word_lists.hpp"
#include "normalize/line_shapes.hpp"
#include "normalize/locations.hpp"
#include "normalize/text.hpp"
#include "parse/numbers.hpp"

namespace rankparse::detail {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

bool is_tie_marker(std::string_view text) {
  const auto word = lower(text);
  return word == "tie" || word == "tied" || word == "t";
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number in a rank annotation: "#12 overall", "No. 12", "National rank: #300", "ranked 12th".
std::optional<std::int64_t> annotated_rank(std::string_view text) {
  const auto hash = text.find('#');
  auto number_at = [&](std::size_t pos) -> std::optional<std::int64_t> {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    std::int64_t value = 0;
    std::size_t digits = 0;
    for (; pos < text.size() && is_digit(text[pos]) && digits < 9; ++pos, ++digits) value = value * 10 + (text[pos] - '0');
    if (digits == 0) return std::nullopt;
    return value;
  };
  if (hash != std::string_view::npos) return number_at(hash + 1);
  if (text.rfind("No.", 0) == 0) return number_at(3);
  return std::nullopt;
}

bool is_rank_annotation(std::string_view inner) {
  const auto text = lower(inner);
  return annotated_rank(inner).has_value() && (inner.front() == '#' || text.find("rank") != std::string::npos ||
                                               text.rfind("no.", 0) == 0 || text.find("overall") != std::string::npos);
}

// A full stop that ends the entry is dropped unless it belongs to an
// abbreviation ("Inc.", "N.C.").
RawSpan without_full_stop(const Source& source, RawSpan span) {
  const auto text = source.slice(span);
  if (text.empty() || text.back() != '.') return span;
  const auto space = text.find_last_of(" (");
  const auto last_word = text.substr(space == std::string_view::npos ? 0 : space + 1);
  const bool initials = last_word.size() >= 2 && last_word[last_word.size() - 2] >= 'A' && last_word[last_word.size() - 2] <= 'Z' &&
                        (last_word.size() == 2 || last_word[last_word.size() - 3] == '.');
  if (initials || grammar::abbreviations().find(last_word) || grammar::state_abbreviations().find(last_word)) return span;
  return trim(source, RawSpan{span.begin, span.end - 1});
}

bool inside_any(std::size_t offset, const std::vector<RawParenthetical>& parentheticals) {
  for (const auto& paren : parentheticals) {
    if (offset >= paren.outer.begin && offset < paren.outer.end) return true;
  }
  return false;
}

// Offsets of `needle` in `span`, outside parentheticals.
std::vector<std::size_t> find_outside(const Source& source, RawSpan span, std::string_view needle,
                                      const std::vector<RawParenthetical>& parentheticals) {
  std::vector<std::size_t> found;
  const auto text = source.slice(span);
  for (auto pos = text.find(needle); pos != std::string_view::npos; pos = text.find(needle, pos + 1)) {
    if (!inside_any(span.begin + pos, parentheticals)) found.push_back(span.begin + pos);
  }
  return found;
}

bool upper_at(const Source& source, std::size_t offset) {
  const auto text = source.text();
  return offset < text.size() && ((text[offset] >= 'A' && text[offset] <= 'Z') || static_cast<unsigned char>(text[offset]) >= 0xC0);
}

bool is_campus_head(std::string_view head);

// "NIT", "GCIT": an acronym, never a place here.
bool is_acronym(std::string_view text) {
  return text.size() >= 2 && text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ&-.") == std::string_view::npos;
}

// One to four capitalized words and nothing else: "Bad Axe", "Lowell".
bool is_bare_name(std::string_view text) {
  if (text.empty() || !(text.front() >= 'A' && text.front() <= 'Z') || is_acronym(text)) return false;
  if (text.find_first_of(",;:#0123456789") != std::string_view::npos) return false;
  return std::count(text.begin(), text.end(), ' ') < 4;
}

// A parenthetical that gives a place outright: a state, a country, or "City, State".
bool is_explicit_place(std::string_view text) {
  return reads_as_place(text) && (text.find(',') != std::string_view::npos || !is_bare_name(text) || !is_known_city_only(text));
}

// One entity's worth of an entry line, with what was found around it.
struct Piece {
  RawSpan span;
  bool tied = false;
  std::optional<std::int64_t> rank;  // from an annotation after the name
  std::vector<Attribute> attributes;
};

// Cuts what may trail a name: footnote marks, "– tie", ": $2.1 billion",
// "#4 in Nursing", ", No. 19;", a full stop.
Piece strip_trailers(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals) {
  Piece piece{trim_end(source, span, "*;,"), false, std::nullopt, {}};
  // "– tie", "- tied", ", tie"
  for (const std::string_view word : {"tied", "tie", "Tied", "Tie", "TIE"}) {
    const auto text = source.slice(piece.span);
    if (text.size() <= word.size() || text.substr(text.size() - word.size()) != word) continue;
    const auto before = trim_end(source, {piece.span.begin, piece.span.end - word.size()}, "-,");
    const auto separator = source.slice({before.end, piece.span.end - word.size()});
    if (separator.find_first_not_of(" -,\xE2\x80\x93\x94") == std::string_view::npos && !separator.empty()) {
      auto cut = before;
      // an en or em dash is three bytes; trim_end only knows ASCII
      while (cut.end > cut.begin && (source.text()[cut.end - 1] == '\x93' || source.text()[cut.end - 1] == '\x94')) cut.end -= 3;
      piece.span = trim(source, cut);
      piece.tied = true;
      break;
    }
  }
  // ": $2.1 billion", ": 21"
  const auto colons = find_outside(source, piece.span, ":", parentheticals);
  if (!colons.empty()) {
    const RawSpan value = trim(source, {colons.back() + 1, piece.span.end});
    if (looks_like_value(source.slice(value))) {
      piece.attributes.push_back(Attribute{"value", clean_text(source.slice(value)), source.span(value)});
      piece.span = trim(source, {piece.span.begin, colons.back()});
    }
  }
  // A rank in its own column after the name: "University of Northfield     34".
  {
    const auto text = source.slice(piece.span);
    const auto last_space = text.find_last_of(" \t");
    if (last_space != std::string_view::npos && last_space >= 2 && text.substr(last_space - 1, 2).find_first_not_of(" \t") == std::string_view::npos) {
      const auto number = text.substr(last_space + 1);
      if (!number.empty() && number.size() <= 6 && number.find_first_not_of("0123456789") == std::string_view::npos) {
        const RawSpan column{piece.span.begin + last_space + 1, piece.span.end};
        piece.rank = count_from_text(number, column).value;
        piece.attributes.push_back(Attribute{"rank_annotation", std::string(number), source.span(column)});
        piece.span = trim(source, {piece.span.begin, piece.span.begin + last_space});
      }
    }
  }
  // "#4 in Nursing", ", No. 19"
  for (const std::string_view marker : {" #", ", No. ", " No. "}) {
    const auto found = find_outside(source, piece.span, marker, parentheticals);
    if (found.empty()) continue;
    const RawSpan annotation = trim(source, {found.back() + (marker.front() == ',' ? 1 : 0), piece.span.end});
    const auto rank = annotated_rank(source.slice(annotation));
    if (!rank) continue;
    piece.rank = rank;
    piece.attributes.push_back(Attribute{"rank_annotation", clean_text(source.slice(annotation)), source.span(annotation)});
    piece.span = trim_end(source, {piece.span.begin, found.back()}, ",;");
    break;
  }
  piece.span = without_full_stop(source, trim_end(source, piece.span, "*;,"));
  return piece;
}

// Where one line names two entities: "Osaka (Japan), Auckland (New Zealand)",
// "Alpha Hospital (Austin) and Beta Center (Houston)", or, on a line marked
// as a tie, "Alpha Hospital and Beta Hospital".
std::vector<RawSpan> split_entities(const Source& source, RawSpan span, bool marked_tie,
                                    const std::vector<RawParenthetical>& parentheticals) {
  std::vector<RawSpan> pieces;
  auto cursor = span.begin;
  for (const auto& paren : parentheticals) {
    if (paren.outer.begin < cursor || paren.outer.end >= span.end) continue;
    if (!reads_as_place(clean_text(source.slice(paren.inner)))) continue;
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
    const auto ands = find_outside(source, span, " and ", parentheticals);
    if (ands.size() == 1 && upper_at(source, ands.front() + 5)) return {{span.begin, ands.front()}, {ands.front() + 5, span.end}};
  }
  return {span};
}

struct Located {
  std::optional<RawSpan> location;
  std::vector<RawSpan> removed;  // from the name
  RawSpan name;                  // the name's outer bounds after a comma, pipe or unbalanced tail is cut
};

// Campus names keep their comma: "University of Westland, Eastport" when the
// tail is a bare city and the name reads "<institution> of <place>".
bool is_campus_head(std::string_view head) {
  return head.rfind("University of ", 0) == 0 || head.rfind("State University of ", 0) == 0 || head.rfind("The University of ", 0) == 0;
}
bool is_campus_name(std::string_view head, std::string_view tail) {
  return tail.find(',') == std::string_view::npos && std::count(tail.begin(), tail.end(), ' ') < 3 && is_campus_head(head) &&
         !is_explicit_place(tail);
}

// Nothing but other parentheticals and punctuation after `paren` in `span`:
// "(Bad Axe)" ends "Huron Hospital (Bad Axe) (tie)", "(Whitman)" does not end
// "Brookfield University (Whitman), United States".
bool ends_entity(const Source& source, const RawParenthetical& paren, RawSpan span, const std::vector<RawParenthetical>& parentheticals) {
  for (auto offset = paren.outer.end; offset < span.end; ++offset) {
    if (inside_any(offset, parentheticals)) continue;
    const char c = source.text()[offset];
    if (c != ' ' && c != '*' && c != '.' && c != ';' && c != ',') return false;
  }
  return true;
}

bool reads_as_bare_paren_place(const std::string& text, BareParenReading reading) {
  if (!is_bare_name(text)) return reads_as_place(text);
  switch (reading) {
    case BareParenReading::places: return true;
    case BareParenReading::namesakes: return is_explicit_place(text);
    case BareParenReading::by_gazetteer: break;
  }
  return reads_as_place(text);
}

Located find_location(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals, Piece& piece,
                      std::vector<Text>& qualifiers, Diagnostics& diagnostics, BareParenReading reading) {
  Located located{std::nullopt, {}, span};
  for (const auto& paren : parentheticals) {
    if (paren.outer.begin < span.begin || paren.outer.end > span.end) continue;
    const auto inner = trim(source, paren.inner);
    const auto inner_text = clean_text(source.slice(inner));
    if (is_tie_marker(inner_text)) {
      piece.tied = true;
      located.removed.push_back(paren.outer);
    } else if (is_rank_annotation(inner_text)) {
      if (!piece.rank) piece.rank = annotated_rank(inner_text);
      piece.attributes.push_back(Attribute{"rank_annotation", inner_text, source.span(inner)});
      located.removed.push_back(paren.outer);
    } else if (!located.location && reads_as_bare_paren_place(inner_text, ends_entity(source, paren, span, parentheticals) ? reading
                                                                                                                   : BareParenReading::by_gazetteer)) {
      located.location = inner;
      located.removed.push_back(paren.outer);
    } else {
      qualifiers.push_back(make_text(source, inner));
    }
  }
  if (located.location) return located;

  // Parentheticals cut from the end ("Minneapolis, Minn. (tie)") are not part of a comma tail.
  for (auto it = located.removed.rbegin(); it != located.removed.rend(); ++it) {
    if (trim(source, {it->end, span.end}).empty()) span = trim(source, {span.begin, it->begin});
  }
  const auto text = source.slice(span);
  // "Lakeview Bone Institute (Dayton": an unbalanced parenthesis before a place.
  if (const auto open = text.rfind('('); open != std::string_view::npos && !inside_any(span.begin + open, parentheticals)) {
    const RawSpan tail = trim(source, {span.begin + open + 1, span.end});
    if (reads_as_place(clean_text(source.slice(tail)))) {
      located.location = tail;
      located.name = trim(source, {span.begin, span.begin + open});
      return located;
    }
  }
  // "Hospital Oslo, Norway)": an unbalanced closing parenthesis after a place
  // whose opening one was lost; the place is the longest tail that reads as one.
  if (!text.empty() && text.back() == ')' && !inside_any(span.end - 1, parentheticals)) {
    span = trim(source, {span.begin, span.end - 1});
    const auto inner_text = source.slice(span);
    for (std::size_t pos = 0; pos < inner_text.size(); ++pos) {
      if (pos != 0 && inner_text[pos - 1] != ' ') continue;
      const RawSpan tail = trim(source, {span.begin + pos, span.end});
      if (pos == 0 || !is_known_place(clean_text(source.slice(tail)))) continue;
      located.location = tail;
      located.name = trim_end(source, {span.begin, span.begin + pos}, ",");
      return located;
    }
  }
  // "Lakeview Hospital | Dayton, Ohio"
  if (const auto pipes = find_outside(source, span, "|", parentheticals); !pipes.empty()) {
    const RawSpan tail = trim(source, {pipes.front() + 1, span.end});
    if (!tail.empty()) {
      located.location = tail;
      located.name = trim(source, {span.begin, pipes.front()});
      return located;
    }
  }
  // "Lakeview Hospital, Dayton, Ohio": the first comma whose tail reads as a place.
  for (const auto comma : find_outside(source, span, ",", parentheticals)) {
    const RawSpan tail = trim(source, {comma + 1, span.end});
    const auto tail_text = clean_text(source.slice(tail));
    if (tail.empty() || !reads_as_bare_paren_place(tail_text, reading)) continue;
    const auto head_text = clean_text(source.slice({span.begin, comma}));
    if (is_campus_name(head_text, tail_text)) {
      diagnostics.info("location.campus_or_place", "read '" + tail_text + "' as part of the name '" + head_text + ", " + tail_text +
                                                       "' (a campus), not as its location",
                       source.span(tail));
      break;
    }
    // "University of Westmark, Hillsborough, United States": the campus stays, the country is the place.
    if (is_campus_head(head_text) && tail_text.find(',') != std::string::npos) continue;
    located.location = tail;
    located.name = trim(source, {span.begin, comma});
    return located;
  }
  located.name = span;
  return located;
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

}  // namespace

BareParenReading read_bare_parentheticals(const Source& source, const std::vector<const RawLine*>& lines) {
  std::size_t explicit_places = 0;
  std::size_t known = 0;
  std::size_t unknown = 0;
  std::size_t facilities = 0;
  for (const auto* line : lines) {
    const auto body = clean_text(source.slice(line->body));
    if (is_facility_name(body)) ++facilities;
    // A comma tail counts like a parenthetical: "Uinta Basin Medical Center, Vernal"; a campus does not.
    if (line->parentheticals.empty()) {
      if (const auto comma = body.rfind(", "); comma != std::string::npos && !is_campus_head(body.substr(0, comma))) {
        auto tail = body.substr(comma + 2);
        while (!tail.empty() && (tail.back() == ';' || tail.back() == '*')) tail.pop_back();
        if (!tail.empty() && tail.back() == '.' && !reads_as_place(tail)) tail.pop_back();  // a full stop, not "Calif."
        if (is_explicit_place(tail)) {
          ++explicit_places;
        } else if (is_bare_name(tail)) {
          ++(reads_as_place(tail) ? known : unknown);
        }
      }
    }
    for (const auto& paren : line->parentheticals) {
      const auto inner = clean_text(source.slice(paren.inner));
      if (is_tie_marker(inner) || is_rank_annotation(inner) || is_acronym(inner)) continue;
      if (is_explicit_place(inner)) {
        ++explicit_places;
      } else if (is_bare_name(inner)) {
        ++(reads_as_place(inner) ? known : unknown);
      }
    }
  }
  if (unknown == 0) return BareParenReading::by_gazetteer;
  if (explicit_places > 0 || facilities * 2 > lines.size() || known >= unknown) return BareParenReading::places;
  return BareParenReading::namesakes;
}

std::vector<Entry> build_entries(const Source& source, const RawLine& line, Diagnostics& diagnostics, BareParenReading reading) {
  std::optional<std::int64_t> rank;
  if (line.rank && line.rank->overflow) {
    diagnostics.warning("entry.rank_overflow", "rank '" + std::string(source.slice(line.rank->span)) + "' is too large; recorded as null",
                        source.span(line.rank->span));
  } else if (line.rank) {
    rank = line.rank->value;
  }
  bool tied = line.tie_marker.has_value();

  // "Alpha Corp: $2.1 billion" names Alpha Corp; "Ohio: Lakeview Hospital" groups it under Ohio.
  RawSpan region = trim(source, line.body);
  std::vector<Attribute> shared_attributes;
  if (line.label) {
    if (looks_like_value(source.slice(region))) {
      shared_attributes.push_back(Attribute{"value", clean_text(source.slice(region)), source.span(region)});
      region = *line.label;
    } else {
      shared_attributes.push_back(Attribute{"group", clean_text(source.slice(*line.label)), source.span(*line.label)});
    }
  }

  Piece whole = strip_trailers(source, region, line.parentheticals);
  tied = tied || whole.tied;
  // "8. (tie) Alpha Hospital and Beta Hospital": a tie parenthetical anywhere marks the line.
  for (const auto& paren : line.parentheticals) {
    if (paren.outer.begin >= whole.span.begin && paren.outer.end <= whole.span.end && is_tie_marker(clean_text(source.slice(paren.inner)))) tied = true;
  }
  const auto splits = split_entities(source, whole.span, tied, line.parentheticals);
  if (splits.size() > 1) tied = tied || whole.tied || line.tie_marker.has_value();

  std::vector<Entry> entries;
  for (const auto split : splits) {
    Piece piece = splits.size() > 1 ? strip_trailers(source, split, line.parentheticals) : whole;
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
    entry.attributes = shared_attributes;
    entry.attributes.insert(entry.attributes.end(), whole.attributes.begin(), whole.attributes.end());
    if (splits.size() > 1) entry.attributes.insert(entry.attributes.end(), piece.attributes.begin(), piece.attributes.end());
    if (located.location) {
      // City, state and country are filled in later, when the whole article's places are known.
      entry.location = Location{.text = clean_text(source.slice(*located.location)), .span = source.span(*located.location),
                                .city = std::nullopt, .state = std::nullopt, .country = std::nullopt};
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
