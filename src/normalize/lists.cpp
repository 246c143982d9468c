#include "normalize/lists.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "normalize/entries.hpp"
#include "normalize/list_finish.hpp"
#include "normalize/run_in_lists.hpp"
#include "parse/numbers.hpp"
#include "normalize/line_shapes.hpp"
#include "normalize/locations.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

// What opens a list: a heading, a bare group heading, or a sentence that
// announces it ("Here are the top five."). Titles come only from headings.
struct Opener {
  std::optional<Text> title;
  std::optional<Text> heading;
  std::optional<Count> declared_size;
  bool includes_ties = false;
  bool ends_with_colon = true;
  std::size_t line = 0;
};

// A pseudo-table header ("School   Ranking"): words set apart by runs of
// spaces or tabs, every cell with a letter ("3-yr growth" may head a
// column; "12   Boulder" and "Boulder   98.2" are rows).
bool is_column_header(std::string_view text) {
  if (!has_column_gap(text)) return false;
  const auto is_letter = [](char c) { return (static_cast<unsigned char>(c) | 0x20U) - 'a' < 26U || static_cast<unsigned char>(c) >= 0x80; };
  const auto cells = column_cells(text);
  return std::all_of(cells.begin(), cells.end(), [&](std::string_view cell) {
    return cell.find_first_not_of(' ') == std::string_view::npos || std::any_of(cell.begin(), cell.end(), is_letter);
  });
}

bool is_number_cell(std::string_view text) {
  if (!text.empty() && (text.front() == 'T' || text.front() == '=' || text.front() == '#')) text.remove_prefix(1);
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  return !text.empty() && text.find_first_not_of("0123456789.") == std::string_view::npos;
}

class Assembler {
  struct PendingLine {
    RawLine line;
    std::optional<RawSpan> place;     // a table row's place cells, or an indented place under the entry
    std::vector<Attribute> sub_lines;  // "Score: 91.2" under the entry
    std::size_t wrapped_lines = 0;     // lines joined to it: a name wrapped onto the next
  };

 public:
  Assembler(const Source& source, const std::vector<RawLine>& lines, Diagnostics& diagnostics)
      : source_(source), lines_(lines), diagnostics_(diagnostics) {}

  std::vector<List> run() {
    for (line_ = 0; line_ < lines_.size(); ++line_) {
      const auto& line = lines_[line_];
      switch (line.kind) {
        case LineKind::blank: break;
        case LineKind::heading: on_heading(line); break;
        case LineKind::prose: on_prose(line); break;
        case LineKind::table_row: on_table_row(line); break;
        case LineKind::ranked:
        case LineKind::bulleted:
          if (!is_footnote_key(line_)) on_entry_line(line);
          break;
      }
    }
    close();
    resolve_locations(lists_, diagnostics_);
    return std::move(lists_);
  }

 private:
  [[nodiscard]] CleanedText text_of(RawSpan span) const { return CleanedText(source_.slice(trim(source_, span))); }

  // The next line that says something about entries: not blank, not a note,
  // not a column header ("State   Total score") or legend ("(Overall rank,
  // city, total score)"). nullptr at the end.
  [[nodiscard]] const RawLine* next_content_line() const {
    for (auto i = line_ + 1; i < lines_.size(); ++i) {
      const auto& line = lines_[i];
      if (line.kind == LineKind::blank) continue;
      if (line.kind == LineKind::prose && line.label && is_note_label(source_.slice(*line.label))) continue;
      if (line.kind == LineKind::prose && (is_column_header(source_.slice(line.span)) || is_legend(line))) continue;
      if (is_footnote_key(i)) continue;
      return &line;
    }
    return nullptr;
  }
  // A line that is one parenthetical: "(Alexandria, VA)", "(Ohio)".
  [[nodiscard]] bool is_parenthetical_line(const RawLine& line) const {
    const auto text = source_.slice(trim(source_, line.span));
    return line.parentheticals.size() == 1 && !text.empty() && text.front() == '(' && text.back() == ')';
  }
  // "(Overall rank, city, total score)" under a list's heading: what its
  // columns are, a list of words and no place. "(Ohio)" heads a group.
  [[nodiscard]] bool is_legend(const RawLine& line) const {
    if (!is_parenthetical_line(line)) return false;
    const auto inner = source_.slice(line.parentheticals.front().inner);
    return inner.find(',') != std::string_view::npos && !reads_as_place(CleanedText(inner));
  }
  // "* First-time Top Hospital" over "† Top Teaching Hospital": a key to
  // footnote marks, its "*" no bullet.
  [[nodiscard]] bool is_footnote_key(std::size_t index) const {
    const auto& line = lines_[index];
    if (line.kind != LineKind::bulleted || source_.slice(trim(source_, line.span)).front() != '*' || index + 1 >= lines_.size()) return false;
    const auto next = source_.slice(trim(source_, lines_[index + 1].span));
    return next.starts_with("\u2020") || next.starts_with("\u2021");
  }
  // A line that starts an entry: a ranked, bulleted or table line, or a
  // "Region: Name" line; not a sub-line such as "– Overall grade: A".
  [[nodiscard]] bool starts_entry(const RawLine& line) const {
    const bool region_label = line.label && is_region_label(CleanedText(source_.slice(*line.label)));
    switch (line.kind) {
      case LineKind::ranked:
      case LineKind::table_row: return true;
      case LineKind::bulleted: return !line.label || region_label;
      case LineKind::prose: return region_label;
      default: return false;
    }
  }
  [[nodiscard]] bool entry_line_follows() const {
    const auto* next = next_content_line();
    return next && starts_entry(*next);
  }
  // Lists run into the line ("The top three: 1. Delaware, 2. Maryland and 3.
  // Vermont."), read as lists of their own; false when it holds none. Not
  // between a heading and its entries, nor in a description between entries
  // of a list that goes on.
  bool read_run_in_lists(const RawLine& line) {
    // Almost no line holds a run, so that is asked before the lines ahead are looked at.
    const auto runs = find_run_in_lists(source_, trim(source_, line.span));
    if (runs.empty()) return false;
    const auto* next = next_content_line();
    const bool inside_a_list = (pending_ && !open_) || (open_ && next && starts_entry(*next) && continues_numbering(*next));
    if (inside_a_list) return false;
    for (const auto& run : runs) on_run_in_list(line, run);
    return true;
  }

  // The header row of a table below ("Rank   School   Location   Score",
  // "Rank<TAB>Company<TAB>City<TAB>State<TAB>3-yr growth"): it names the
  // place column; false when the line is none.
  bool read_column_header(const RawLine& line) {
    if (!is_column_header(source_.slice(line.span)) || !entry_line_follows()) return false;
    if (!open_) {
      place_column_ = place_column_of(source_, trim(source_, line.span));
      headed_table_ = true;
    }
    return true;
  }

  void on_heading(const RawLine& line) {
    if (read_run_in_lists(line)) return;  // "The top three: 1. Delaware, ..." reads as a heading
    if (read_column_header(line)) return;
    const auto cleaned = text_of(line.span);
    const std::string_view text = cleaned;
    outer_title_.reset();
    group_.reset();
    // A heading wrapped over two lines: the first has no colon.
    if (pending_ && !pending_->ends_with_colon && line_ == pending_->line + 1 && !open_) {
      const auto& first = lines_[pending_->line];
      pending_->heading = make_text(source_, {trim(source_, first.span).begin, trim_end(source_, line.span, ":").end});
      if (!first.title.empty() && !line.title.empty()) {
        pending_->title = make_text(source_, {trim(source_, first.title).begin, trim_end(source_, line.title, ":,;-").end});
      }
      pending_->includes_ties = pending_->includes_ties || line.includes_ties;
      pending_->ends_with_colon = !text.empty() && text.back() == ':';
      pending_->line = line_;
      return;
    }
    close();
    Opener opener;
    auto heading = trim_end(source_, line.span, ":");
    // A sentence that ends in a colon ("The top seven in the region are:") introduces a list without titling it.
    // Its heading is that sentence alone, not the paragraph explaining the list before it.
    if (is_sentence_intro(text)) {
      heading.begin += last_sentence_start(source_.slice(heading));
    } else if (!line.title.empty()) {
      opener.title = make_text(source_, trim_end(source_, line.title, ":,;-"));
    }
    opener.heading = make_text(source_, heading);
    if (line.declared_size) opener.declared_size = count_of(*line.declared_size);
    opener.includes_ties = line.includes_ties || ties_noted_;
    ties_noted_ = false;
    opener.ends_with_colon = !text.empty() && text.back() == ':';
    opener.line = line_;
    pending_ = opener;
  }

  void on_prose(const RawLine& line) {
    const auto cleaned = text_of(line.span);
    const std::string_view text = cleaned;
    if (text.empty() || is_footnote(text) || line.has_dateline) return;
    if (line.label && is_note_label(source_.slice(*line.label))) {
      // "Note: The list includes ties." between heading and entries, or just above the heading.
      if (mentions_ties(text)) (open_ ? open_->includes_ties : (pending_ ? pending_->includes_ties : ties_noted_)) = true;
      return;
    }
    if (const auto how = continuation_of_entry(line, text); how != Continuation::none) {
      auto& pending = pending_lines_.back();
      if (how == Continuation::place) {
        const auto whole = trim(source_, line.span);
        pending.place = line.parentheticals.empty() ? whole : trim(source_, line.parentheticals.front().inner);
      } else {
        pending.line.span.end = line.span.end;
        pending.line.body.end = trim(source_, line.span).end;
        pending.line.parentheticals.insert(pending.line.parentheticals.end(), line.parentheticals.begin(), line.parentheticals.end());
        ++pending.wrapped_lines;
      }
      last_entry_line_ = line_;
      return;
    }
    if (read_run_in_lists(line)) return;
    // "Related", "Media contact": a short line without a colon over links or
    // a contact titles them, so that they are no ranking (ranks_nothing).
    if (!more_words_than(text, 3) && is_non_ranking_heading(text)) {
      if (const auto* next = next_content_line(); next && next->kind != LineKind::prose && next->kind != LineKind::heading) {
        close();
        Opener opener;
        opener.title = opener.heading = make_text(source_, trim(source_, line.span));
        opener.ends_with_colon = false;
        opener.line = line_;
        pending_ = opener;
        return;
      }
    }
    // "including ties:" finishing a heading wrapped over two lines.
    if (pending_ && !open_ && line_ == pending_->line + 1 && mentions_ties(text) && text.size() < 30) {
      pending_->includes_ties = true;
      return;
    }
    if (line.label) {
      on_labeled_prose(line);
      return;
    }
    if (read_column_header(line)) return;
    // "Front Range University Hospital (Aurora, Colo.), No. 48." is a name with its rank after it.
    const bool names_an_entity = is_entity_like(without_rank_suffix(text));
    if (!names_an_entity && is_group_heading_like(text) && entry_line_follows()) {
      on_group_heading(line);  // "Cardiology, heart and vascular surgery"
      return;
    }
    if (!names_an_entity) {
      if (line.declared_size && entry_line_follows()) {
        close();
        pending_ = Opener{};
        pending_->declared_size = count_of(*line.declared_size);
        pending_->line = line_;
      }
      interrupted_ = true;
      return;
    }
    on_entity_like_prose(line, text);
  }

  // "The top five: 1. Delaware, 2. Maryland, ...": a list of its own, its
  // lead the heading, closed with the sentence.
  void on_run_in_list(const RawLine& line, const RunInList& run) {
    close();
    pending_ = Opener{};
    if (!run.lead.empty()) {
      // Of a paragraph before the run, its last sentence: "... Its neighbors did well too. The top five:".
      const RawSpan lead{run.lead.begin + last_sentence_start(source_.slice(run.lead)), run.lead.end};
      pending_->heading = make_text(source_, lead);
    }
    pending_->line = line_;
    for (const auto& item : run.items) {
      auto entry = RawLine::of_kind(LineKind::ranked, {item.rank.span.begin, item.name.end});
      entry.rank = item.rank;
      entry.body = item.name;
      for (const auto& paren : line.parentheticals) {
        if (paren.outer.begin >= item.name.begin && paren.outer.end <= item.name.end) entry.parentheticals.push_back(paren);
      }
      add_entries(entry, false);
    }
    close();
  }

  // What a line right under an entry adds to it: the rest of its name,
  // wrapped after a joining word or comma ("2. Thomas Jefferson High School
  // for Science and" / "Technology (Alexandria, VA)"), or its place, indented
  // under it ("   Rochester, Minn.", "   (Golden)").
  enum class Continuation { none, name, place };
  [[nodiscard]] Continuation continuation_of_entry(const RawLine& line, std::string_view text) const {
    // A name wraps once or twice, never over a whole paragraph.
    constexpr std::size_t most_wrapped_lines = 2;
    if (!open_ || pending_lines_.empty() || line_ != last_entry_line_ + 1 || line.label) return Continuation::none;
    const auto& entry = pending_lines_.back();
    // Sub-lines end the entry; the group it was given under a group heading does not.
    const bool group_only = entry.sub_lines.empty() || (entry.sub_lines.size() == 1 && entry.sub_lines.front().label == "group");
    if (!group_only || entry.place || entry.line.kind == LineKind::table_row) return Continuation::none;
    const auto body = source_.slice(trim(source_, entry.line.body));
    if (body.empty()) return Continuation::none;
    auto last_word_begin = body.find_last_of(' ');
    last_word_begin = last_word_begin == std::string_view::npos ? 0 : last_word_begin + 1;
    const auto last_word = body.substr(last_word_begin);
    const bool joins = body.back() == ',' || body.back() == '-' || (last_word != body && is_connector(last_word));
    if (joins) {
      // "Beta LLC," over "Honorable mentions" and more entries: that line heads them.
      const bool heads_entries = line.parentheticals.empty() && entry_line_follows();
      const bool wraps = entry.wrapped_lines < most_wrapped_lines && !heads_entries && is_entity_like(without_parentheticals(line, line.span));
      if (wraps) return Continuation::name;
    }
    // An indented place, or "City, State" in parentheses under an entry that has
    // no place: "(Alexandria, VA)". A bare "(Michigan)" between entries heads a group.
    const bool indented = line.span.begin < source_.text().size() && (source_.text()[line.span.begin] == ' ' || source_.text()[line.span.begin] == '\t');
    const bool parenthetical_only = is_parenthetical_line(line);
    const bool city_and_state = parenthetical_only && source_.slice(line.parentheticals.front().inner).find(',') != std::string_view::npos;
    if (!indented && !(city_and_state && entry.line.parentheticals.empty())) return Continuation::none;
    const bool place = parenthetical_only ? reads_as_place(CleanedText(source_.slice(line.parentheticals[0].inner))) : reads_as_place(text);
    return place ? Continuation::place : Continuation::none;
  }

  // The text of `span` with the line's parentheticals left out.
  [[nodiscard]] std::string without_parentheticals(const RawLine& line, RawSpan span) const {
    std::string text;
    auto cursor = span.begin;
    for (const auto& paren : line.parentheticals) {
      if (paren.outer.begin < cursor || paren.outer.end > span.end) continue;
      text += source_.slice({cursor, paren.outer.begin});
      cursor = paren.outer.end;
    }
    if (cursor < span.end) text += source_.slice({cursor, span.end});
    return clean_text(text);
  }

  // What follows "Label:" on a prose line.
  [[nodiscard]] RawSpan after_label(const RawLine& line) const {
    const auto colon = source_.slice({line.label->end, line.span.end}).find(':');
    return trim(source_, {line.label->end + (colon == std::string_view::npos ? 0 : colon + 1), line.span.end});
  }

  void on_labeled_prose(const RawLine& line) {
    const auto label = clean_text(source_.slice(*line.label));
    const auto value = after_label(line);
    if (is_placeholder(source_.slice(value))) return;
    const bool starts_group_entry = is_region_label(label) || labeled_list_ || (pending_ && !open_);
    if (open_ && !pending_lines_.empty() && !starts_group_entry && line_ == last_entry_line_ + 1) {
      add_attribute(label, value);  // "Score: 91.2" right under an entry
      last_entry_line_ = line_;      // the next sub-line follows this one
      return;
    }
    // Two entities may share the line ("A (Austin) and B (Houston)"): judge the names without their places.
    if (!starts_group_entry || !is_entity_like(without_parentheticals(line, value))) {
      interrupted_ = true;
      return;
    }
    RawLine entry_line = line;
    entry_line.body = value;
    add_entries(entry_line, /*labeled=*/true);
  }

  // A bare group heading ("Oregon", "Pediatric cardiology") over the entries
  // that follow. Under a heading with no entries yet, the heading's title is
  // kept aside: if the numbering runs on across the groups they were only
  // sub-headings and the list takes the heading's title back.
  void on_group_heading(const RawLine& line) {
    if (is_legend(line)) return;  // it heads nothing
    // A sub-heading inside one numbered list ("Oregon" between 4 and 5) is no new list.
    if (open_ && open_->ranked && continues_numbering(*next_content_line())) {
      if (outer_title_) {
        // The first group heading was taken for the list's title: it was a
        // sub-heading too, and the entries under it belong to its group.
        if (open_->title) {
          for (auto& pending : pending_lines_) {
            pending.sub_lines.insert(pending.sub_lines.begin(), Attribute{"group", open_->title->text, open_->title->span});
          }
        }
        open_->title = std::exchange(outer_title_, std::nullopt);
        open_->heading = std::exchange(outer_heading_, std::nullopt);
      }
      group_ = make_text(source_, trim(source_, line.span));  // the entries below carry it as their group
      return;
    }
    open_group(line);
  }

  void open_group(const RawLine& line) {
    const auto outer = (pending_ && !open_) ? pending_->title : std::nullopt;
    const auto outer_heading = (pending_ && !open_) ? pending_->heading : std::nullopt;
    close();
    outer_title_ = outer;
    outer_heading_ = outer_heading;
    group_.reset();  // the group heading becomes the list's title, so its entries need no group of their own
    pending_ = Opener{};
    pending_->title = make_text(source_, trim(source_, line.span));
    pending_->heading = pending_->title;
    pending_->line = line_;
  }

  // After the current entry the next numbered line skips a rank: 3 then 5.
  [[nodiscard]] bool next_rank_skips() const {
    if (!last_rank_raw_) return false;
    for (auto i = line_ + 1; i < lines_.size(); ++i) {
      const auto& next = lines_[i];
      if (next.kind == LineKind::heading) return false;
      if (next.kind == LineKind::ranked && next.rank) return next.rank->value > last_rank_raw_->value + 1;
    }
    return false;
  }

  // The two lines right below are prose that each names an entity, not a region.
  [[nodiscard]] bool bare_entries_follow() const {
    if (line_ + 2 >= lines_.size()) return false;
    return std::all_of(lines_.begin() + static_cast<std::ptrdiff_t>(line_) + 1, lines_.begin() + static_cast<std::ptrdiff_t>(line_) + 3,
                       [&](const RawLine& below) {
                         if (below.kind != LineKind::prose || below.label) return false;
                         const auto below_text = text_of(below.span);
                         return is_entity_like(below_text) && !is_region_label(below_text);
                       });
  }

  void on_entity_like_prose(const RawLine& line, std::string_view text) {
    // A region alone right over lines that each name an entity ("Illinois"
    // over "Advocate Good Shepherd Hospital, Barrington"): an honor roll's
    // group; over "No hospitals recognized this year.", a group of none.
    const bool region_alone = text.find(',') == std::string_view::npos && !more_words_than(text, 3) && is_region_label(text);
    if (region_alone && bare_entries_follow()) {
      open_group(line);
      return;
    }
    if (region_alone && line_ + 1 < lines_.size() && lines_[line_ + 1].kind == LineKind::prose &&
        is_placeholder(source_.slice(trim(source_, lines_[line_ + 1].span)))) {
      close();
      interrupted_ = true;
      return;
    }
    if (open_ && open_->ranked && line_ == last_entry_line_ + 1 && next_rank_skips()) {
      // A tied entry printed without its rank right under its partner: the
      // numbering after them skips ("3. A / B / 5. C").
      RawLine partner = line;
      partner.rank = last_rank_raw_;
      partner.tie_marker = line.span;
      add_entries(partner, false);
      return;
    }
    // A line on its own that names an entity and its rank: "Walmart — No. 14".
    // A headline such as "Overland Park climbs to No. 2" is no entry.
    const bool has_rank_after_name = (text.find('#') != std::string_view::npos || text.find("No. ") != std::string_view::npos) &&
                                     is_only_name_words(without_rank_suffix(text));
    // A list of lines without markers goes on, unless prose came between or the
    // line heads the entries below it.
    if (open_ && open_kind_ == LineKind::prose && !labeled_list_ && !interrupted_ && !entry_line_follows()) {
      add_entries(line, false);
      return;
    }
    if (entry_line_follows()) {
      on_group_heading(line);
      return;
    }
    if (!open_ && (pending_ || has_rank_after_name) && !is_column_header(source_.slice(line.span))) {
      add_entries(line, false);
      return;
    }
    interrupted_ = true;
  }

  void on_table_row(const RawLine& line) {
    std::vector<RawSpan> cells;
    for (const auto& cell : line.cells) {
      const auto trimmed = trim(source_, cell);
      if (!trimmed.empty()) cells.push_back(trimmed);
    }
    const auto is_number = [&](RawSpan cell) { return is_number_cell(source_.slice(cell)); };
    const auto rank_cell = std::find_if(cells.begin(), cells.end(), is_number);
    // The name is the first cell after the rank that is no number: "| 2 | 6 | Imperial College London |" has last year's rank between.
    const auto name_cell = std::find_if_not(rank_cell == cells.end() ? cells.end() : rank_cell + 1, cells.end(), is_number);
    if (name_cell == cells.end()) {  // the header row
      if (!open_) headed_table_ = true;
      return;
    }
    auto entry_line = RawLine::of_kind(LineKind::ranked, line.span);
    entry_line.parentheticals = line.parentheticals;
    auto rank_text = source_.slice(*rank_cell);
    if (rank_text.front() == 'T' || rank_text.front() == '=') entry_line.tie_marker = *rank_cell;
    const auto digits_at = rank_text.find_first_of("0123456789");
    const RawSpan digits{rank_cell->begin + digits_at, rank_cell->begin + rank_text.find_last_of("0123456789") + 1};
    entry_line.rank = count_from_text(source_.slice(digits), digits);
    entry_line.body = *name_cell;
    // Later cells that read as places make the location: "| Boston | MA |" -> "Boston, MA".
    std::optional<RawSpan> place;
    for (auto cell = name_cell + 1; cell != cells.end(); ++cell) {
      if (!reads_as_place(CleanedText(source_.slice(*cell)))) continue;
      place = place ? RawSpan{place->begin, cell->end} : *cell;
    }
    add_entries(entry_line, false, place);
  }

  void on_entry_line(const RawLine& line) {
    if (is_sentence_after_number(line)) {
      on_prose(line);
      return;
    }
    if (is_lone_line_of_words(line)) {
      // A bare line above it was taken for its heading ("Quality & Safety" over the headline): it heads nothing.
      if (pending_ && !open_ && lines_[pending_->line].kind == LineKind::prose) pending_.reset();
      interrupted_ = true;
      return;
    }
    if (line.label) {
      const auto label = clean_text(source_.slice(*line.label));
      if (is_note_label(label)) {
        if (mentions_ties(text_of(line.body)) && open_) open_->includes_ties = true;
        return;
      }
      if (is_placeholder(source_.slice(line.body))) return;
      // "– Overall grade: A" under an entry is that entry's attribute.
      const bool sub_line = line.kind == LineKind::bulleted && open_ && !pending_lines_.empty() && !labeled_list_ &&
                            !is_region_label(label) && open_kind_ != LineKind::bulleted;
      if (sub_line) {
        add_attribute(label, trim(source_, line.body));
        last_entry_line_ = line_;
        return;
      }
    }
    if (open_ && (open_kind_ != line.kind || restarts_numbering(line) || (interrupted_ && !continues_numbering(line)))) close();
    add_entries(line, line.label.has_value());
  }

  // A ranked line whose number has no mark after it ("12 Ohio ...", "No. 5
  // Mississippi ..."; "1." or "(1)" marks an entry): it may be prose.
  [[nodiscard]] bool is_bare_number_line(const RawLine& line) const {
    if (line.kind != LineKind::ranked || !line.rank || line.tie_marker || line.label) return false;
    const auto between = source_.slice({line.rank->span.end, line.body.begin});
    return std::all_of(between.begin(), between.end(), [](char c) { return c == ' ' || c == '\t'; });
  }
  // "12 Ohio hospitals were ranked in at least one specialty.": a number
  // with no mark after it, then a sentence, is prose, not rank 12.
  [[nodiscard]] bool is_sentence_after_number(const RawLine& line) const {
    if (!is_bare_number_line(line)) return false;
    // A sentence ends with a full stop; a name seldom does, and then it is an abbreviation's.
    const auto body = trim(source_, line.body);
    if (body.empty() || source_.text()[body.end - 1] != '.') return false;
    return reads_as_sentence(text_of(line.body));
  }
  // A ranked line on its own, no entry before or after it, with two words in
  // lower case: a headline ("14 Mountain West companies crack the top
  // 1,200") or a sentence ("No. 5 Mississippi plays host to Kentucky, ...").
  [[nodiscard]] bool is_lone_line_of_words(const RawLine& line) const {
    if (!is_bare_number_line(line)) return false;
    const bool alone = !entry_line_follows() && !(open_ && continues_numbering(line));
    return alone && lower_case_words(text_of(line.body)) >= 2;
  }

  [[nodiscard]] bool continues_numbering(const RawLine& line) const {
    if (!open_ || !line.rank || !last_rank_raw_) return line.kind == open_kind_ && !line.rank && !open_->ranked;
    const auto last = last_rank_raw_->value;
    const auto next = line.rank->value;
    // One rank so far ("15." then a description): the next one either way starts the direction.
    if (first_rank_ && *first_rank_ == last) return next == last + 1 || next == last - 1 || next == last;
    return open_->order == ListOrder::countdown ? next <= last : next >= last;
  }

  [[nodiscard]] bool restarts_numbering(const RawLine& line) const {
    if (!open_ || !line.rank || !first_rank_ || !last_rank_raw_) return false;
    const auto next = line.rank->value;
    const auto first = *first_rank_;
    const auto last = last_rank_raw_->value;
    if (first == last) return false;
    return first < last ? (next < last && next <= first) : (next > last && next >= first);
  }

  // Attributes from sub-lines go to the entry line above them.
  void add_attribute(const std::string& label, RawSpan value) {
    // "Three-year growth: 6,412%. The installer now has 240 employees.": the value, not the sentence after it.
    const auto text = source_.slice(value);
    // Not before another label: "Founded: 2019. CEO: Jane Roe" keeps both.
    if (const auto stop = text.find(". "); stop != std::string_view::npos && stop + 2 < text.size() && upper_at(source_, value.begin + stop + 2) &&
                                           looks_like_value(text.substr(0, stop)) && text.find(':', stop) == std::string_view::npos) {
      value.end = value.begin + stop;
    } else if (text.size() > 2 && text.back() == '.' && (std::isdigit(static_cast<unsigned char>(text[text.size() - 2])) || text[text.size() - 2] == '%') &&
               looks_like_value(text.substr(0, text.size() - 1))) {
      value.end -= 1;  // "1,078%.", not the abbreviation of "$5.2 mil."
    }
    pending_lines_.back().sub_lines.push_back(Attribute{label, clean_text(source_.slice(value)), source_.span(value)});
  }

  // Entries are built when the list is finished, once the whole list can say
  // how to read its bare parentheticals.
  void add_entries(const RawLine& line, bool labeled, std::optional<RawSpan> place = std::nullopt) {
    if (!open_) open_list(line.kind, labeled);
    pending_lines_.push_back(PendingLine{line, place, {}, 0});
    if (group_) pending_lines_.back().sub_lines.push_back(Attribute{"group", group_->text, group_->span});
    if (line.rank) {
      if (!first_rank_) first_rank_ = line.rank->value;
      open_->ranked = true;
      // The first two different ranks tell a countdown from an ascending list while it is being read.
      if (last_rank_raw_ && line.rank->value != *first_rank_ && *first_rank_ == last_rank_raw_->value) {
        open_->order = line.rank->value < *first_rank_ ? ListOrder::countdown : ListOrder::ascending;
      }
      last_rank_raw_ = line.rank;
    }
    last_entry_line_ = line_;
    interrupted_ = false;
  }

  void open_list(LineKind kind, bool labeled) {
    open_.emplace();
    open_->ranked = false;
    open_kind_ = kind;
    labeled_list_ = labeled;
    if (pending_) {
      open_->title = pending_->title;
      open_->heading = pending_->heading;
      open_->declared_size = pending_->declared_size;
      open_->includes_ties = pending_->includes_ties;
    }
    pending_.reset();
  }

  void close() {
    if (open_ && !pending_lines_.empty()) finish(std::move(*open_));
    open_.reset();
    pending_lines_.clear();
    labeled_list_ = false;
    interrupted_ = false;
    first_rank_.reset();
    last_rank_raw_.reset();
    place_column_.reset();
    headed_table_ = false;
  }

  void finish(List list) {
    std::vector<const RawLine*> lines;
    for (const auto& pending : pending_lines_) lines.push_back(&pending.line);
    const auto reading = read_bare_parentheticals(source_, lines);
    for (const auto& pending : pending_lines_) {
      auto entries = build_entries(source_, pending.line, diagnostics_, reading, place_column_);
      for (auto& entry : entries) {
        if (pending.place && !entry.location) {
          entry.location = Location{.text = place_text(source_.slice(*pending.place)), .span = source_.span(*pending.place), .city = {},
                                    .state = {}, .country = {}};
        }
        list.ranked = list.ranked || entry.rank.has_value();
        list.entries.push_back(std::move(entry));
      }
      if (!entries.empty()) {
        auto& attributes = list.entries.back().attributes;
        attributes.insert(attributes.end(), pending.sub_lines.begin(), pending.sub_lines.end());
      }
    }
    if (finish_list(source_, pending_lines_.back().line.span, list, diagnostics_, headed_table_)) lists_.push_back(std::move(list));
  }

  [[nodiscard]] Count count_of(const RawCount& count) const {
    return Count{count.value, clean_text(source_.slice(count.span)), source_.span(count.span)};
  }

  const Source& source_;
  const std::vector<RawLine>& lines_;
  Diagnostics& diagnostics_;
  std::vector<List> lists_;
  std::size_t line_ = 0;
  std::optional<Opener> pending_;  // opens the next list
  std::optional<List> open_;       // the list entries are added to
  std::optional<Text> outer_title_;  // a heading's title set aside for the group headings under it
  std::optional<Text> outer_heading_;
  std::optional<Text> group_;        // the group heading the entries below it belong to
  bool ties_noted_ = false;          // a note about ties came before the next heading
  LineKind open_kind_ = LineKind::ranked;
  bool labeled_list_ = false;  // entries are "Label: Name" lines
  bool interrupted_ = false;   // prose came after the last entry
  std::size_t last_entry_line_ = 0;
  std::vector<PendingLine> pending_lines_;  // the open list's entry lines
  std::optional<std::int64_t> first_rank_;
  std::optional<RawCount> last_rank_raw_;
  std::optional<PlaceColumn> place_column_;  // of the table the list is, from its header row
  bool headed_table_ = false;                // the list is a table under a header row
};

}  // namespace

std::vector<List> build_lists(const Source& source, const std::vector<RawLine>& lines, Diagnostics& diagnostics) {
  return Assembler(source, lines, diagnostics).run();
}

}  // namespace rankparse::detail
