#include "normalize/entry_places.hpp"

#include <algorithm>
#include <string>

#include "grammar/word_lists.hpp"
#include "normalize/line_shapes.hpp"
#include "normalize/locations.hpp"
#include "normalize/text.hpp"
#include "places/gazetteer.hpp"

namespace rankparse::detail {
namespace {

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

// "NIT", "GCIT": an acronym, never a place here.
bool is_acronym(std::string_view text) {
  // A loop, not find_first_not_of: that calls memchr on its set for every byte.
  return text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char c) { return is_capital(c) || c == '&' || c == '-' || c == '.'; });
}

// One to four capitalized words and nothing else: "Bad Axe", "Lowell"; not
// a firm's "Hale & Whitcomb LLP" (no town has an ampersand or an acronym).
bool is_bare_name(std::string_view text) {
  if (text.empty() || !is_capital(text.front()) || is_acronym(text)) return false;
  // A firm's suffix after its comma ("Wrenfield Data, Inc.") is no town.
  if (text.find(' ') == std::string_view::npos) {
    if (const auto* word = grammar::organization_words().find(text); word && word->value == "company") return false;
  }
  std::size_t spaces = 0;
  std::size_t word_begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ') {
      if (is_acronym(text.substr(word_begin, i - word_begin))) return false;
      word_begin = i + 1;
      spaces += i < text.size() ? 1U : 0U;
      continue;
    }
    const char c = text[i];
    if (c == ',' || c == ';' || c == ':' || c == '#' || c == '&' || (c >= '0' && c <= '9')) return false;
  }
  return spaces < 4;
}

// A parenthetical that gives a place outright: a state, a country, or "City, State".
bool is_explicit_place(std::string_view text) {
  return reads_as_place(text) && (text.find(',') != std::string_view::npos || !is_bare_name(text) || !is_known_city_only(text));
}

// Campus names keep their comma: "University of Westland, Eastport" when the
// tail is a bare city and the name reads "<institution> of <place>".
bool is_campus_head(std::string_view head) {
  return head.rfind("University of ", 0) == 0 || head.rfind("State University of ", 0) == 0 || head.rfind("The University of ", 0) == 0;
}
// A university or college: after a dash, a bare city is its campus.
bool is_institution_name(std::string_view head) {
  return head.find("University") != std::string_view::npos || head.find("College") != std::string_view::npos;
}
bool is_campus_name(std::string_view head, std::string_view tail) {
  // A head that names the tail already has no campus there: "University of Delhi, Delhi" is in Delhi.
  return tail.find(',') == std::string_view::npos && std::count(tail.begin(), tail.end(), ' ') < 3 && is_campus_head(head) &&
         !is_explicit_place(tail) && head.find(tail) == std::string_view::npos;
}

// Where the entity's text ends in `span`: only parentheticals and
// punctuation follow. A parenthetical that ends at or after it ends the
// entity: "(Bad Axe)" ends "Huron Hospital (Bad Axe) (tie)", "(Whitman)"
// does not end "Brookfield University (Whitman), United States". Found once,
// walking back, so a line of thousands of parentheticals stays linear.
std::size_t entity_end(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals) {
  auto offset = span.end;
  while (offset > span.begin) {
    const char c = source.text()[offset - 1];
    if (c == ' ' || c == '*' || c == '.' || c == ';' || c == ',') {
      --offset;
      continue;
    }
    // A parenthetical that ends here: step over it whole.
    const auto after = std::upper_bound(parentheticals.begin(), parentheticals.end(), offset - 1,
                                        [](std::size_t at, const RawParenthetical& paren) { return at < paren.outer.begin; });
    if (after == parentheticals.begin() || std::prev(after)->outer.end != offset) break;
    offset = std::max(span.begin, std::prev(after)->outer.begin);
  }
  return offset;
}

// Whether `text` starts with `words`, ending at a word's end: "Cresskill High School" with "Cresskill".
bool starts_with_words(std::string_view text, std::string_view words) {
  return text.starts_with(words) && (text.size() == words.size() || text[words.size()] == ' ');
}

bool reads_as_bare_paren_place(std::string_view text, BareParenReading reading) {
  if (!is_bare_name(text)) return reads_as_place(text);
  switch (reading) {
    case BareParenReading::places: return true;
    case BareParenReading::namesakes: return is_explicit_place(text);
    case BareParenReading::by_gazetteer: break;
  }
  return reads_as_place(text);
}

}  // namespace

Located find_location(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals, Piece& piece,
                      std::vector<Text>& qualifiers, Diagnostics& diagnostics, BareParenReading reading) {
  Located located{std::nullopt, {}, span};
  std::vector<const RawParenthetical*> others;  // neither tie marker nor rank annotation
  for (const auto& paren : parentheticals) {
    if (paren.outer.begin < span.begin || paren.outer.end > span.end) continue;
    const auto inner = trim(source, paren.inner);
    const CleanedText cleaned(source.slice(inner));
    const std::string_view inner_text = cleaned;
    if (is_tie_marker(inner_text)) {
      piece.tied = true;
      located.removed.push_back(paren.outer);
    } else if (is_rank_annotation(inner_text)) {
      if (!piece.rank) piece.rank = annotated_rank(inner_text);
      piece.attributes.push_back(Attribute{"rank_annotation", std::string(inner_text), source.span(inner)});
      located.removed.push_back(paren.outer);
    } else if (is_movement_note(inner_text)) {  // "(up 3)", "(new)"
      piece.attributes.push_back(Attribute{"movement", std::string(inner_text), source.span(inner)});
      located.removed.push_back(paren.outer);
    } else if (is_value_note(inner_text)) {  // "(1,867.25 points)", "(48)"
      piece.attributes.push_back(Attribute{"value", std::string(inner_text), source.span(inner)});
      located.removed.push_back(paren.outer);
    } else {
      others.push_back(&paren);
    }
  }
  // The location is the last parenthetical that reads as a place; the ones
  // before it are qualifiers: "Pembrook University (Ashby) (Philadelphia)".
  const RawParenthetical* place = nullptr;
  const auto entity_ends_at = entity_end(source, span, parentheticals);
  for (auto it = others.rbegin(); it != others.rend() && !place; ++it) {
    const CleanedText inner_text(source.slice(trim(source, (*it)->inner)));
    const bool ends = (*it)->outer.end >= entity_ends_at;
    const auto how = ends ? reading : BareParenReading::by_gazetteer;
    // "Cresskill High School (Cresskill)": a school named for its town, the town the gazetteer may lack.
    const bool names_own_town = ends && is_bare_name(inner_text) && starts_with_words(source.slice({span.begin, (*it)->outer.begin}), inner_text);
    if (names_own_town || reads_as_bare_paren_place(inner_text, how)) place = *it;
  }
  for (const auto* paren : others) {
    if (paren == place) {
      located.location = trim(source, paren->inner);
      located.removed.push_back(paren->outer);
    } else {
      qualifiers.push_back(make_text(source, trim(source, paren->inner)));
    }
  }
  std::sort(located.removed.begin(), located.removed.end(), [](RawSpan a, RawSpan b) { return a.begin < b.begin; });
  if (located.location) return located;

  // Parentheticals cut from the end ("Minneapolis, Minn. (tie)") are not part of a comma tail.
  for (auto it = located.removed.rbegin(); it != located.removed.rend(); ++it) {
    if (trim(source, {it->end, span.end}).empty()) span = trim(source, {span.begin, it->begin});
  }
  const auto text = source.slice(span);
  // "Lakeview Bone Institute (Dayton": an unbalanced parenthesis before a place.
  if (const auto open = text.rfind('('); open != std::string_view::npos && !inside_any(span.begin + open, parentheticals)) {
    const RawSpan tail = trim(source, {span.begin + open + 1, span.end});
    if (reads_as_place(CleanedText(source.slice(tail)))) {
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
      if (pos == 0 || !is_known_place(CleanedText(source.slice(tail)))) continue;
      located.location = tail;
      located.name = trim_end(source, {span.begin, span.begin + pos}, ",");
      return located;
    }
  }
  // "Lakeview Hospital | Dayton, Ohio"
  if (const auto pipe = first_outside(source, span, "|", parentheticals)) {
    RawSpan tail = trim(source, {*pipe + 1, span.end});
    // More cells: a table's City and State cells, "Boston | Mass.", are one
    // place, else a first cell that reads as one is ("Dayton, Ohio | 98.2");
    // the cells after the place are columns.
    if (const auto second = first_outside(source, tail, "|", parentheticals)) {
      const auto third = first_outside(source, {*second + 1, tail.end}, "|", parentheticals);
      const RawSpan first_cell = trim(source, {tail.begin, *second});
      const RawSpan second_cell = trim(source, {*second + 1, third ? *third : tail.end});
      const std::string joined = std::string(source.slice(first_cell)) + ", " + std::string(source.slice(second_cell));
      std::optional<std::size_t> columns_from;  // the separator before the first column
      if (!first_cell.empty() && !second_cell.empty() && names_known_city(CleanedText(joined))) {
        tail = {first_cell.begin, second_cell.end};
        columns_from = third;
      } else if (!first_cell.empty() && reads_as_place(CleanedText(source.slice(first_cell)))) {
        tail = first_cell;
        columns_from = second;
      }
      for (auto separator = columns_from; separator;) {
        const auto next = first_outside(source, {*separator + 1, span.end}, "|", parentheticals);
        const RawSpan cell = trim(source, {*separator + 1, next ? *next : span.end});
        if (!cell.empty()) piece.attributes.push_back(Attribute{"column", clean_text(source.slice(cell)), source.span(cell)});
        separator = next;
      }
    }
    if (!tail.empty()) {
      located.location = tail;
      located.name = trim(source, {span.begin, *pipe});
      return located;
    }
  }
  // "Mayo Clinic in Rochester, Minn.", "Cleveland Clinic in Cleveland": "in"
  // sets a known city apart after a hospital's name, or a known "City, State"
  // after any name ("Washington University in St. Louis" is a name).
  if (const auto in = last_outside(source, span, " in ", parentheticals)) {
    const RawSpan tail = trim(source, {*in + 4, span.end});
    const CleanedText tail_text(source.slice(tail));
    const RawSpan head = trim(source, {span.begin, *in});
    // The place is all that follows: one comma at most, no dash ("Partners in Care, Austin, Texas" and
    // "Pizza in Motion - Denver, Colo." are names, then places).
    const std::string_view tail_view = tail_text;
    const bool one_place = std::count(tail_view.begin(), tail_view.end(), ',') <= 1 && !last_dash_separator(source, tail, parentheticals);
    // A city the gazetteer knows, with its state after any name, bare after a hospital's:
    // "Leaders in Health, Texas" stays a name ("Health" is no known town).
    const bool with_state = tail_view.find(',') != std::string_view::npos;
    if (!tail.empty() && one_place && names_known_city(tail_text) && (with_state || is_facility_name(CleanedText(source.slice(head))))) {
      located.location = tail;
      located.name = head;
      return located;
    }
  }
  // "Lakeshore Clinic — Cleveland", "Café Lola - Fort Worth, Texas": a dash
  // sets a place apart when the gazetteer knows it or it reads "Town, State"
  // ("Charité - Universitätsmedizin Berlin, Berlin" is a name, then a place).
  if (const auto dash = last_dash_separator(source, span, parentheticals)) {
    const RawSpan tail = trim(source, {dash->end, span.end});
    const CleanedText tail_text(source.slice(tail));
    const std::string_view tail_view = tail_text;
    // "University of Wisconsin - Madison", "Texas A&M University - Corpus Christi": a campus.
    // A hospital of a university has no campus: "Scioto State University Wexner Medical Center — Columbus".
    const CleanedText head_text(source.slice({span.begin, dash->begin}));
    const bool campus = tail_view.find(',') == std::string_view::npos && is_institution_name(head_text) && !is_facility_name(head_text);
    if (!tail.empty() && !campus && (is_known_place(tail_view) || reads_as_north_american_town(tail_view))) {
      located.location = tail;
      located.name = trim(source, {span.begin, dash->begin});
      return located;
    }
  }
  // "Lakeview Hospital, Dayton, Ohio": the first comma whose tail names a
  // city the gazetteer knows ("Procter, Gamble & Sons, Cincinnati, Ohio" is
  // not in "Gamble & Sons, Cincinnati"); failing that, the first whose tail
  // reads as a place ("Lone Pine Community Hospital, Bishop, Calif."). A
  // place has at most three parts ("Toronto, Ontario, Canada"), so only the
  // last three commas are tried: a line of a thousand commas costs three.
  constexpr std::size_t most_place_commas = 3;
  std::vector<std::size_t> commas;
  for (auto found = first_outside(source, span, ",", parentheticals); found; found = first_outside(source, span, ",", parentheticals, *found + 1)) {
    if (commas.size() == most_place_commas) commas.erase(commas.begin());
    commas.push_back(*found);
  }
  auto tried = commas.begin();
  if (commas.size() >= 2) {
    const auto known = std::find_if(commas.begin(), commas.end(), [&](std::size_t comma) {
      return names_known_city(CleanedText(source.slice(trim(source, {comma + 1, span.end}))));
    });
    if (known != commas.end()) tried = known;
  }
  for (; tried != commas.end(); ++tried) {
    const auto comma = *tried;
    const RawSpan tail = trim(source, {comma + 1, span.end});
    const CleanedText tail_cleaned(source.slice(tail));
    const std::string_view tail_text = tail_cleaned;
    if (tail.empty() || !reads_as_bare_paren_place(tail_text, reading)) continue;
    const CleanedText head_cleaned(source.slice({span.begin, comma}));
    const std::string_view head_text = head_cleaned;
    if (is_campus_name(head_text, tail_text)) {
      const std::string tail_string(tail_text);
      diagnostics.info("location.campus_or_place",
                       "read '" + tail_string + "' as part of the name '" + std::string(head_text) + ", " + tail_string +
                           "' (a campus), not as its location",
                       source.span(tail));
      break;
    }
    // "University of Westmark, Hillsborough, United States": the campus stays, the country is the place.
    // "University of Michigan, Ann Arbor, Mich.": a city and its state are the place.
    if (is_campus_head(head_text) && tail_text.find(',') != std::string_view::npos &&
        !places::subdivision_named(tail_text.substr(tail_text.find_first_not_of(' ', tail_text.rfind(',') + 1)))) {
      continue;
    }
    located.location = tail;
    located.name = trim(source, {span.begin, comma});
    return located;
  }
  located.name = span;
  return located;
}

BareParenReading read_bare_parentheticals(const Source& source, const std::vector<const RawLine*>& lines) {
  std::size_t explicit_places = 0;
  std::size_t known = 0;
  std::size_t unknown = 0;
  std::size_t namesake_then_place = 0;
  const auto is_mark = [&source](const RawParenthetical& paren) {
    const CleanedText inner(source.slice(paren.inner));
    return is_tie_marker(inner) || is_rank_annotation(inner) || is_acronym(inner);
  };
  for (const auto* line : lines) {
    // A comma tail counts like a parenthetical: "Uinta Basin Medical Center, Vernal"; a campus does not.
    // Marks after it do not hide it: "Tenafly High School, Tenafly (#33 in NJ)".
    if (std::all_of(line->parentheticals.begin(), line->parentheticals.end(), is_mark)) {
      const RawSpan before_marks{line->body.begin, line->parentheticals.empty() ? line->body.end
                                                                                : std::max(line->body.begin, line->parentheticals.front().outer.begin)};
      const CleanedText cleaned_body(source.slice(trim(source, before_marks)));
      const std::string_view body = cleaned_body;
      if (const auto comma = find_last(body, ", "); comma != std::string_view::npos && !is_campus_head(body.substr(0, comma))) {
        auto tail = body.substr(comma + 2);
        while (!tail.empty() && (tail.back() == ';' || tail.back() == '*')) tail.remove_suffix(1);
        if (!tail.empty() && tail.back() == '.' && !reads_as_place(tail)) tail.remove_suffix(1);  // a full stop, not "Calif."
        if (is_explicit_place(tail)) {
          ++explicit_places;
        } else if (is_bare_name(tail)) {
          ++(reads_as_place(tail) ? known : unknown);
        }
      }
    }
    std::vector<CleanedText> inners;
    for (const auto& paren : line->parentheticals) {
      CleanedText cleaned(source.slice(paren.inner));
      const std::string_view inner = cleaned;
      if (is_tie_marker(inner) || is_rank_annotation(inner) || is_acronym(inner)) continue;
      if (is_explicit_place(inner)) {
        ++explicit_places;
      } else if (is_bare_name(inner)) {
        ++(reads_as_place(inner) ? known : unknown);
      }
      inners.push_back(std::move(cleaned));  // last: `inner` may view the copy it holds
    }
    // "Pembrook University (Ashby) (Philadelphia)": an unknown name, then a place.
    if (inners.size() >= 2 && is_bare_name(inners.front()) && !reads_as_place(inners.front()) && reads_as_place(inners.back())) {
      ++namesake_then_place;
    }
  }
  // Where entries name a namesake and then a place, a lone unknown name is a namesake too.
  if (namesake_then_place >= 2) return BareParenReading::by_gazetteer;
  if (unknown == 0) return BareParenReading::by_gazetteer;
  if (explicit_places > 0 || known >= unknown) return BareParenReading::places;
  // Counted only here, where the answer turns on it.
  std::size_t facilities = 0;
  for (const auto* line : lines) facilities += is_facility_name(CleanedText(source.slice(line->body))) ? 1U : 0U;
  if (facilities * 2 > lines.size()) return BareParenReading::places;
  return BareParenReading::namesakes;
}

}  // namespace rankparse::detail
