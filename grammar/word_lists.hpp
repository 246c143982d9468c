// The data word lists of grammar/data/, embedded in the library at build time,
// and the tags `table_word<...>` rules use to reach them.
#pragma once

#include "word_lookup.hpp"

namespace rankparse::grammar {

const WordTable& publisher_aliases();   // publishers.tsv: alias -> canonical name
const WordTable& month_names();         // months.tsv: name -> month number
const WordTable& cardinal_numbers();    // cardinal_numbers.tsv: word -> value
const WordTable& ordinal_numbers();     // ordinal_numbers.tsv: word -> value
const WordTable& name_abbreviations();  // name_abbreviations.tsv: word -> expansion
const WordTable& abbreviations();       // abbreviations.tsv: "No.", "St." ... -> expansion
const WordTable& state_abbreviations(); // state_abbreviations.tsv: "Calif." -> "CA"
const WordTable& organization_words();  // organization_words.tsv: "Council", "Institute" ...
const WordTable& non_ranking_words();   // non_ranking_words.tsv: heading words of lists that rank nothing
const WordTable& criteria_words();     // criteria_words.tsv: "dimensions", "metrics" ...: what a study scores on
const WordTable& region_words();        // region_words.tsv: "Mountain", "Midwest" ...
const WordTable& facility_words();      // facility_words.tsv: "Hospital", "Clinic" ...

struct publisher_table { static const WordTable& get() { return publisher_aliases(); } };
struct month_table { static const WordTable& get() { return month_names(); } };
struct cardinal_table { static const WordTable& get() { return cardinal_numbers(); } };
struct ordinal_table { static const WordTable& get() { return ordinal_numbers(); } };
struct abbreviation_table { static const WordTable& get() { return abbreviations(); } };
struct state_abbreviation_table { static const WordTable& get() { return state_abbreviations(); } };

}  // namespace rankparse::grammar
