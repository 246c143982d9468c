// What a piece of text looks like: a name or a sentence, a value, a note, a
// placeholder. List assembly uses these to decide what a line without a rank
// marker is, and entries use them to tell a value suffix from a name.
#pragma once

#include <string_view>

namespace rankparse::detail {

// A name rather than a sentence: starts with a capital (or digit or quote),
// at most fourteen words, does not end or break as a sentence does, and at
// least half of its words (connectors such as "of" and "and" aside) are
// capitalized. "Lakeview Hospital (Dayton)" is; "The hospital opened in 1921." is not.
[[nodiscard]] bool is_entity_like(std::string_view text);
// Prose rather than a name: more lower-case words (not counting "of", "and"
// and the like) than capitalized ones, and at least three: "Ohio hospitals
// were ranked in at least one specialty.", not "Ohio State Wexner Medical Center.".
[[nodiscard]] bool reads_as_sentence(std::string_view text);

// A name and nothing else: every word is capitalized ("eBay" counts) or a
// connector. "Overland Park climbs to" is no name: "climbs" is neither.
[[nodiscard]] bool is_only_name_words(std::string_view text);

// A lower-case word a name may contain without ceasing to be one: "of",
// "and", "the", "de", "&".
[[nodiscard]] bool is_connector(std::string_view word);

// A short line that can head a group of entries: "Cardiology, heart and
// vascular surgery", "Five stars" (at most eight words, no sentence end).
[[nodiscard]] bool is_group_heading_like(std::string_view text);

// A heading line that is really a sentence introducing the list: it has a
// sentence break inside or runs past fifteen words.
[[nodiscard]] bool is_sentence_intro(std::string_view text);
// Where the last sentence of `text` starts (0 for one sentence): "Winners are
// listed by region:" in a paragraph that explains the list before naming it.
// A last sentence of one or two words ("They are:") keeps the one before it.
[[nodiscard]] std::size_t last_sentence_start(std::string_view text);

// A hospital, clinic or health system: entities that have a place, not a namesake.
[[nodiscard]] bool is_facility_name(std::string_view name);

// `text` without a rank written after the name: ", No. 19;", " #7 in Nursing".
[[nodiscard]] std::string_view without_rank_suffix(std::string_view text);

// A footnote line: "*Results for the 12 months ending June 30".
[[nodiscard]] bool is_footnote(std::string_view text);

// "Note", "Notes", "Editor's note": labels of notes, not of entries.
[[nodiscard]] bool is_note_label(std::string_view label);

// "No top-ranked programs", "None", "N/A": a label line that names nobody.
[[nodiscard]] bool is_placeholder(std::string_view text);

// "The list includes ties.", "(ties included)".
[[nodiscard]] bool mentions_ties(std::string_view text);

// A value rather than a name: "$2.1 billion", "21", "91.2", "A+", "4.5 stars".
[[nodiscard]] bool looks_like_value(std::string_view text);

// A region that labels a group of entries: "Mountain", "Midwest", or a place.
[[nodiscard]] bool is_region_label(std::string_view text);

// Words in lower case that are no connectors ("of", "and"): a name has few.
[[nodiscard]] std::size_t lower_case_words(std::string_view text);
// Whether `text` has more than `count` words; stops counting there, so a
// paragraph costs no more than a name.
[[nodiscard]] bool more_words_than(std::string_view text, std::size_t count);
// A heading whose list ranks nothing: "Key findings", "5 steps to ...".
// `heading`, the whole line the title comes from, if it differs, counts the
// words of a short heading ("Media contact:", not "Top 2 contact centers:").
[[nodiscard]] bool is_non_ranking_heading(std::string_view title, std::string_view heading = {});
// A heading that counts the criteria a study scores on, the count being the
// list's length: "WalletHub compared 182 cities across five key dimensions"
// over five numbered dimensions. Its items are criteria, not ranked entities.
[[nodiscard]] bool counts_criteria(std::string_view title, std::size_t items);

}  // namespace rankparse::detail
