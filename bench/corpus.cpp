// Synthetic ranking articles in the shapes of ../shared/FORMATS.md. See corpus.hpp.
#include "corpus.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rankparse::bench {

std::size_t GeneratedArticle::total_entries() const {
  std::size_t total = 0;
  for (const auto size : list_sizes) total += size;
  return total;
}

namespace {

using std::string_view;
using Pool = std::span<const string_view>;

// ---------------------------------------------------------------------------
// Randomness: only the engine's raw 64-bit output, reduced by modulo. The bias
// (n / 2^64) is irrelevant here, and unlike std::uniform_int_distribution the
// result is the same with every standard library.
class Random {
 public:
  explicit Random(std::mt19937_64& engine) : engine_(engine) {}

  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(engine_() % n); }
  std::size_t between(std::size_t low, std::size_t high) { return low + below(high - low + 1); }
  bool percent(std::size_t p) { return below(100) < p; }
  string_view pick(Pool pool) { return pool[below(pool.size())]; }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[below(N)];
  }
  // An index drawn with the given weights.
  std::size_t weighted(std::initializer_list<std::size_t> weights) {
    std::size_t total = 0;
    for (const auto weight : weights) total += weight;
    auto roll = below(total);
    std::size_t index = 0;
    for (const auto weight : weights) {
      if (roll < weight) return index;
      roll -= weight;
      ++index;
    }
    return 0;
  }
  // Fisher-Yates with the modulo helper (std::shuffle is not portable either).
  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
  }

 private:
  std::mt19937_64& engine_;
};

// ---------------------------------------------------------------------------
// Word pools. Institution names are invented; places are real.

constexpr auto name_prefixes = std::to_array<string_view>({
    "Lakeview", "Granite", "Cedar Ridge", "Harrowgate", "Pellworth", "Ashdown", "Bellhaven", "Brookhollow",
    "Calloway", "Cascade Crest", "Copper Basin", "Crestwood", "Driftwood", "Elmhurst", "Evergreen", "Fairhaven",
    "Foxglove", "Glenmoor", "Golden Prairie", "Greyhaven", "Halloran", "Harbor Point", "Hawthorne", "Heron Bay",
    "Hollowell", "Ironwood", "Juniper Ridge", "Kettle Moraine", "Kingsbridge", "Larchmont", "Linden Grove",
    "Lone Pine", "Maple Grove", "Marchetti", "Meadowbrook", "Mesa Verde", "Millbrook", "Northfield", "Oak Hollow",
    "Palisade", "Pine Hill", "Quarry Hill", "Quillfeather", "Ravenwood", "Red Cedar", "Ridgeline", "Riverbend",
    "Rosewood", "Sable Harbor", "Sawtooth", "Shoreline", "Silver Creek", "Silverlake", "Stonebridge",
    "Summit Ridge", "Sunbelt", "Tallgrass", "Thornbury", "Timberline", "Twin Pines", "Upland Hills", "Westbrook",
    "Whitcombe", "Willow Creek", "Windmere", "Wyndmoor", "Yellow Birch", "Zephyr Hill", "Alder Ridge", "Bluestem",
    "Brightwater", "Cobblestone", "Coldwater", "Dunbarton", "Everly", "Fernhill", "Gatewood", "Hearthstone",
    "Highmoor", "Ivy Glen", "Kestrel", "Lantern Bay", "Marlowe", "Norwood Heights", "Orchard Hill", "Pemberton",
    "Quail Run", "Rook Hollow", "Saddleback", "Sycamore Valley", "Tidewater", "Trillium", "Union Crest", "Verity",
    "Wexford Hill", "Mälaren", "Zürichberg", "Søndervang", "Beaulieu-Marchand", "Crane's Landing", "O'Donnell",
    "Prairie Lutheran", "Blue Heron", "North Star", "Three Rivers", "Whispering Pines", "Stony Brook Valley",
});

constexpr auto saints = std::to_array<string_view>({
    "St. Columba's", "St. Brigid", "Saint Anselm", "St. Jude's Valley", "Saint Agnes", "St. Elian", "Saint Ursula",
});

enum class Domain { hospital, university, employer };

constexpr auto hospital_suffixes = std::to_array<string_view>({
    "Regional Medical Center", "Medical Center", "Memorial Hospital", "University Hospital", "Health System",
    "Community Hospital", "Children's Hospital", "Heart Institute", "Cancer Center", "General Hospital", "Clinic",
    "Health", "Women & Children's Hospital", "Orthopedic Hospital", "Rehabilitation Hospital", "Heart Hospital",
});
constexpr auto university_suffixes = std::to_array<string_view>({
    "University", "State University", "College", "Institute of Technology", "University School of Medicine",
    "College of Nursing", "University School of Law", "Polytechnic University", "School of Business",
    "Technological University", "University of Health Sciences", "Institute of Science",
});
constexpr auto university_of_suffixes = std::to_array<string_view>({
    "", "", "", " School of Medicine", " College of Nursing", " School of Law", " College of Engineering",
});
constexpr auto employer_suffixes = std::to_array<string_view>({
    "Health Partners", "Consulting Group", "Advisory Group", "Revenue Partners", "Software", "Staffing",
    "Analytics", "Mutual Insurance", "Home Care", "Senior Living", "Clinical Research", "Engineering", "Logistics",
    "Credit Union", "Physical Therapy", "Eye Institute", "Facilities Planning", "Claims Advisors",
});

constexpr auto hospital_categories = std::to_array<string_view>({
    "hospitals for cardiology", "hospitals for cancer care", "hospitals for orthopedics",
    "hospitals for neurology and neurosurgery", "children's hospitals", "hospitals for maternity care",
    "rural hospitals", "teaching hospitals", "health systems for patient safety", "hospitals for value",
    "community hospitals for infection prevention", "hospitals for gastroenterology",
    "hospitals for cardiac surgery", "health systems for operational efficiency",
});
constexpr auto university_categories = std::to_array<string_view>({
    "medical schools for research", "medical schools for primary care", "nursing schools for master's programs",
    "undergraduate engineering programs", "law schools", "business schools",
    "public colleges for return on investment", "undergraduate computer science programs", "colleges for value",
    "graduate engineering schools", "liberal arts colleges", "national universities",
});
constexpr auto employer_categories = std::to_array<string_view>({
    "large employers", "small employers", "workplaces in health care", "companies to work for",
    "consulting firms", "places to work in technology", "employers for new graduates", "employers for women",
    "midsize employers", "remote-friendly companies",
});
constexpr auto hospital_world_categories = std::to_array<string_view>({
    "hospitals in the world", "hospitals for oncology worldwide", "specialized hospitals for cardiology abroad",
    "hospitals for endocrinology outside the United States",
});
constexpr auto university_world_categories = std::to_array<string_view>({
    "universities in the world", "universities for clinical and health", "universities for engineering",
    "universities for computer science worldwide", "global universities for medicine",
});

constexpr auto hospital_criteria = std::to_array<string_view>({
    "patient survival", "patient safety", "nurse staffing", "patient experience",
    "expert opinion from physicians", "readmission rates", "infection rates", "the volume of complex procedures",
    "Medicare quality star ratings", "mortality after surgery",
});
constexpr auto university_criteria = std::to_array<string_view>({
    "peer assessment", "graduation rates", "faculty resources", "research expenditures", "student-faculty ratios",
    "the test scores of entering students", "early-career earnings", "net price", "employer reputation",
    "citations per faculty member",
});
constexpr auto employer_criteria = std::to_array<string_view>({
    "employee surveys", "pay and benefits", "career development", "trust in leadership", "work-life balance",
    "diversity and inclusion", "turnover rates", "paid parental leave", "training hours per employee",
});

struct PublisherName {
  string_view full;   // as first written
  string_view brief;  // as written later
};
constexpr auto hospital_publishers = std::to_array<PublisherName>({
    {"U.S. News & World Report", "U.S. News"}, {"U.S. News and World Report", "U.S. News"},
    {"Newsweek", "Newsweek"}, {"Healthgrades", "Healthgrades"}, {"The Leapfrog Group", "Leapfrog"},
    {"Modern Healthcare", "Modern Healthcare"}, {"Becker's Hospital Review", "Becker's"},
    {"Money magazine", "Money"}, {"The Chartis Group", "Chartis"},
});
constexpr auto university_publishers = std::to_array<PublisherName>({
    {"U.S. News & World Report", "U.S. News"}, {"US News", "US News"}, {"Niche", "Niche"},
    {"Times Higher Education", "Times Higher Education"}, {"QS Quacquarelli Symonds", "QS"},
    {"Forbes", "Forbes"}, {"Money magazine", "Money"}, {"WalletHub", "WalletHub"}, {"Stacker", "Stacker"},
    {"The Princeton Review", "The Princeton Review"}, {"Washington Monthly", "Washington Monthly"},
});
constexpr auto employer_publishers = std::to_array<PublisherName>({
    {"Forbes", "Forbes"}, {"Fortune", "Fortune"}, {"Glassdoor", "Glassdoor"},
    {"Modern Healthcare", "Modern Healthcare"}, {"Great Place to Work", "Great Place to Work"},
    {"Becker's Hospital Review", "Becker's"}, {"LinkedIn", "LinkedIn"},
});

struct UsCity {
  string_view city;
  string_view state;      // full name
  string_view ap;         // AP abbreviation (the full name for the eight AP never abbreviates)
  string_view postal;
  bool standalone;        // AP datelines name it without a state
};
constexpr auto us_cities = std::to_array<UsCity>({
    {"Boston", "Massachusetts", "Mass.", "MA", true}, {"Chicago", "Illinois", "Ill.", "IL", true},
    {"Houston", "Texas", "Texas", "TX", true}, {"Los Angeles", "California", "Calif.", "CA", true},
    {"New York City", "New York", "N.Y.", "NY", true}, {"Philadelphia", "Pennsylvania", "Pa.", "PA", true},
    {"Seattle", "Washington", "Wash.", "WA", true}, {"Baltimore", "Maryland", "Md.", "MD", true},
    {"Atlanta", "Georgia", "Ga.", "GA", true}, {"Dallas", "Texas", "Texas", "TX", true},
    {"Denver", "Colorado", "Colo.", "CO", true}, {"Detroit", "Michigan", "Mich.", "MI", true},
    {"Cleveland", "Ohio", "Ohio", "OH", true}, {"Minneapolis", "Minnesota", "Minn.", "MN", true},
    {"Pittsburgh", "Pennsylvania", "Pa.", "PA", true}, {"St. Louis", "Missouri", "Mo.", "MO", true},
    {"San Francisco", "California", "Calif.", "CA", true}, {"San Diego", "California", "Calif.", "CA", true},
    {"Phoenix", "Arizona", "Ariz.", "AZ", true}, {"Miami", "Florida", "Fla.", "FL", true},
    {"Milwaukee", "Wisconsin", "Wis.", "WI", true}, {"Salt Lake City", "Utah", "Utah", "UT", true},
    {"Indianapolis", "Indiana", "Ind.", "IN", true}, {"New Orleans", "Louisiana", "La.", "LA", true},
    {"Dayton", "Ohio", "Ohio", "OH", false}, {"Rochester", "Minnesota", "Minn.", "MN", false},
    {"Durham", "North Carolina", "N.C.", "NC", false}, {"Chapel Hill", "North Carolina", "N.C.", "NC", false},
    {"Ann Arbor", "Michigan", "Mich.", "MI", false}, {"Grand Rapids", "Michigan", "Mich.", "MI", false},
    {"Portland", "Oregon", "Ore.", "OR", false}, {"Boise", "Idaho", "Idaho", "ID", false},
    {"Bend", "Oregon", "Ore.", "OR", false}, {"Sioux Falls", "South Dakota", "S.D.", "SD", false},
    {"Omaha", "Nebraska", "Neb.", "NE", false}, {"Lincoln", "Nebraska", "Neb.", "NE", false},
    {"Iowa City", "Iowa", "Iowa", "IA", false}, {"Des Moines", "Iowa", "Iowa", "IA", false},
    {"Madison", "Wisconsin", "Wis.", "WI", false}, {"Burlington", "Vermont", "Vt.", "VT", false},
    {"Hartford", "Connecticut", "Conn.", "CT", false}, {"New Haven", "Connecticut", "Conn.", "CT", false},
    {"Providence", "Rhode Island", "R.I.", "RI", false}, {"Albany", "New York", "N.Y.", "NY", false},
    {"Buffalo", "New York", "N.Y.", "NY", false}, {"Richmond", "Virginia", "Va.", "VA", false},
    {"Charlotte", "North Carolina", "N.C.", "NC", false}, {"Greenville", "South Carolina", "S.C.", "SC", false},
    {"Charleston", "South Carolina", "S.C.", "SC", false}, {"Knoxville", "Tennessee", "Tenn.", "TN", false},
    {"Nashville", "Tennessee", "Tenn.", "TN", false}, {"Memphis", "Tennessee", "Tenn.", "TN", false},
    {"Louisville", "Kentucky", "Ky.", "KY", false}, {"Lexington", "Kentucky", "Ky.", "KY", false},
    {"Birmingham", "Alabama", "Ala.", "AL", false}, {"Jackson", "Mississippi", "Miss.", "MS", false},
    {"Little Rock", "Arkansas", "Ark.", "AR", false}, {"Tulsa", "Oklahoma", "Okla.", "OK", false},
    {"Wichita", "Kansas", "Kan.", "KS", false}, {"Albuquerque", "New Mexico", "N.M.", "NM", false},
    {"Tucson", "Arizona", "Ariz.", "AZ", false}, {"Reno", "Nevada", "Nev.", "NV", false},
    {"Billings", "Montana", "Mont.", "MT", false}, {"Cheyenne", "Wyoming", "Wyo.", "WY", false},
    {"Fargo", "North Dakota", "N.D.", "ND", false}, {"Anchorage", "Alaska", "Alaska", "AK", false},
    {"Spokane", "Washington", "Wash.", "WA", false}, {"Sacramento", "California", "Calif.", "CA", false},
    {"Palo Alto", "California", "Calif.", "CA", false}, {"Pasadena", "California", "Calif.", "CA", false},
    {"Colorado Springs", "Colorado", "Colo.", "CO", false}, {"Gainesville", "Florida", "Fla.", "FL", false},
    {"Tampa", "Florida", "Fla.", "FL", false}, {"Jacksonville", "Florida", "Fla.", "FL", false},
    {"Savannah", "Georgia", "Ga.", "GA", false}, {"Columbus", "Ohio", "Ohio", "OH", false},
    {"Austin", "Texas", "Texas", "TX", false}, {"Lubbock", "Texas", "Texas", "TX", false},
    {"Baton Rouge", "Louisiana", "La.", "LA", false}, {"Morgantown", "West Virginia", "W.Va.", "WV", false},
    {"Manchester", "New Hampshire", "N.H.", "NH", false}, {"Newark", "New Jersey", "N.J.", "NJ", false},
    {"Wilmington", "Delaware", "Del.", "DE", false}, {"Bethesda", "Maryland", "Md.", "MD", false},
    {"Honolulu", "Hawaii", "Hawaii", "HI", true}, {"Portland", "Maine", "Maine", "ME", false},
    {"Missoula", "Montana", "Mont.", "MT", false}, {"Lebanon", "New Hampshire", "N.H.", "NH", false},
});

struct Country {
  string_view name;
  string_view city;
};
constexpr auto countries = std::to_array<Country>({
    {"United Kingdom", "London"}, {"Canada", "Toronto"}, {"Germany", "Berlin"}, {"Japan", "Tokyo"},
    {"Switzerland", "Zurich"}, {"Sweden", "Stockholm"}, {"Singapore", "Singapore"}, {"Australia", "Melbourne"},
    {"Netherlands", "Amsterdam"}, {"France", "Paris"}, {"South Korea", "Seoul"}, {"Norway", "Oslo"},
    {"Denmark", "Copenhagen"}, {"Israel", "Tel Aviv"}, {"Belgium", "Leuven"}, {"Austria", "Vienna"},
    {"United States", "Boston"}, {"United States", "Rochester"}, {"UK", "Oxford"}, {"Canada", "Montreal"},
});

constexpr auto census_divisions = std::to_array<string_view>({
    "New England", "Mid-Atlantic", "East North Central", "West North Central", "South Atlantic",
    "East South Central", "West South Central", "Mountain", "Pacific",
});

constexpr auto month_full = std::to_array<string_view>({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December"});
constexpr auto month_ap = std::to_array<string_view>({
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."});
constexpr auto month_short = std::to_array<string_view>({
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"});
constexpr auto weekdays = std::to_array<string_view>({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"});

constexpr auto number_words = std::to_array<string_view>({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"});
constexpr auto ordinal_words = std::to_array<string_view>({
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"});

constexpr auto first_names = std::to_array<string_view>({
    "Jane", "Marcus", "Anita", "Robert", "Karen", "Tamara", "Denise", "Harold", "Elena", "Jordan", "Ruth",
    "Samuel", "Priya", "Miguel", "Grace", "Olu", "Hannah", "Tomás", "Mei", "Daniel"});
constexpr auto last_names = std::to_array<string_view>({
    "Roe", "Bell", "Ramaswamy", "Tran", "Olsen", "Velez", "Aldana", "Pemberton", "Marquez", "Whitaker",
    "Okonkwo", "Lindgren", "Castellanos", "Nakamura", "Fitzgerald", "Adeyemi", "Kowalski", "Brennan", "Zhou",
    "Haddad"});
constexpr auto roles = std::to_array<string_view>({
    "president and CEO", "chief medical officer", "dean", "chief people officer", "managing partner",
    "chief nursing officer", "provost", "executive director"});
constexpr auto quotes = std::to_array<string_view>({
    "Our teams prove every day that quality and safety go hand in hand",
    "This recognition belongs to every nurse, physician and staff member who shows up for our patients",
    "We promote from within, and people notice",
    "Research funding tells most of the story this year",
    "Families are asking harder questions about what they are paying for, and these results give answers",
    "We have spent a decade building this, one unit at a time",
    "It is an honor, but the work is never finished",
});
constexpr auto grades = std::to_array<string_view>({"A", "A-", "B+", "B", "B-", "C+"});

// ---------------------------------------------------------------------------
// Plans: what a list holds, decided before any of it is written.

enum class Scope { us, world };

enum class Marker {
  dot, dot_tight, paren, hash, hash_dot, hash_pipe, no_colon, no_plain, rank_dash, spaces, table,  // ranked
  bullet, label, region_label, bare,                                                                // unranked
};

enum class TieStyle { repeat, t_dash, t_prefix, equals, word_after, after_rank, before_name, two_on_line };

enum class PlaceStyle {
  paren_city_state, paren_city, paren_state_ap, paren_state_full, paren_postal, comma, pipe, inside_name, none,
};

enum class Extra { none, score, grade, where_led, earnings, prose };

enum class Heading {
  top_n, top_n_ties, leading, all_caps, publisher_colon, year_best, word_count, wrapped, intro_sentence,
  unranked_top, unranked_by_state, unranked_by_region, unranked_honor_roll,
};

struct PlannedEntry {
  std::string name;
  std::string second_name;     // the partner on a two-entities line ("A and B")
  std::size_t rank = 0;        // 0: unranked
  bool tied = false;
  bool tie_opens_pair = false; // first of a tie pair written on one line
  std::size_t place = 0;       // us_cities or countries index
  std::size_t second_place = 0;
  bool has_place = true;
};

struct PlannedList {
  Scope scope = Scope::us;
  bool ranked = true;
  bool countdown = false;
  Marker marker = Marker::dot;
  TieStyle ties = TieStyle::repeat;
  PlaceStyle places = PlaceStyle::paren_city_state;
  Extra extra = Extra::none;
  Heading heading = Heading::top_n;
  bool blank_between = false;
  bool single_space = false;   // spaces-only marker with one space
  string_view category;
  std::vector<PlannedEntry> entries;
  std::size_t placeholders = 0;  // label lines without an entry
  std::string group;             // bare group heading ("Oregon"), empty if none
  std::size_t group_state_city = 0;

  // The entry the lead sentence is about: No. 1, printed last in a countdown.
  [[nodiscard]] const PlannedEntry& leader() const { return countdown ? entries.back() : entries.front(); }
};

// Names of the shapes, for GeneratedArticle::list_shapes.
constexpr auto marker_names = std::to_array<string_view>({
    "dot", "dot_tight", "paren", "hash", "hash_dot", "hash_pipe", "no_colon", "no_plain", "rank_dash", "spaces",
    "table", "bullet", "label", "region_label", "bare"});
constexpr auto tie_names = std::to_array<string_view>({
    "repeat", "t_dash", "t_prefix", "equals", "word_after", "after_rank", "before_name", "two_on_line"});
constexpr auto place_names = std::to_array<string_view>({
    "paren_city_state", "paren_city", "paren_state_ap", "paren_state_full", "paren_postal", "comma", "pipe",
    "inside_name", "none"});
constexpr auto extra_names = std::to_array<string_view>({"none", "score", "grade", "where_led", "earnings", "prose"});
constexpr auto heading_names = std::to_array<string_view>({
    "top_n", "top_n_ties", "leading", "all_caps", "publisher_colon", "year_best", "word_count", "wrapped",
    "intro_sentence", "unranked_top", "unranked_by_state", "unranked_by_region", "unranked_honor_roll"});

template <typename Enum, std::size_t N>
string_view name_of(const std::array<string_view, N>& names, Enum value) {
  return names[static_cast<std::size_t>(value)];
}

std::string with_commas(std::size_t n) {
  auto digits = std::to_string(n);
  std::string out;
  const auto lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (i % 3) == lead % 3) out += ',';
    out += digits[i];
  }
  return out;
}

std::string upper_ascii(string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string title_case(string_view text) {
  static constexpr auto small = std::to_array<string_view>({"for", "in", "of", "the", "and", "to", "on", "abroad"});
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(' ', start);
    if (end == string_view::npos) end = text.size();
    auto word = std::string(text.substr(start, end - start));
    const bool keep = start != 0 && std::find(small.begin(), small.end(), string_view(word)) != small.end();
    if (!keep && !word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    if (!out.empty()) out += ' ';
    out += word;
    start = end + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------

class ArticleBuilder {
 public:
  ArticleBuilder(Random& random, GeneratedArticle& article) : r_(random), a_(article), t_(article.text) {}

  void build() {
    choose_setting();
    plan_lists();
    write_preamble();
    write_methodology();
    for (std::size_t i = 0; i < lists_.size(); ++i) {
      const bool next_group = !lists_[i].group.empty() && i != 0 && !lists_[i - 1].group.empty();
      if (i != 0 && !next_group) write_between_lists();
      if (!lists_[i].group.empty() && !next_group) write_group_intro(i);
      write_list(lists_[i]);
    }
    write_closing();
    for (const auto& list : lists_) {
      std::size_t count = 0;
      for (const auto& entry : list.entries) count += entry.second_name.empty() ? std::size_t{1} : std::size_t{2};
      a_.list_sizes.push_back(count);
      a_.list_shapes.push_back(describe(list));
      a_.placeholders += list.placeholders;
    }
  }

 private:
  std::string describe(const PlannedList& list) const {
    std::string out = list.scope == Scope::world ? "world" : "us";
    out += ' ';
    out += list.countdown ? "countdown" : name_of(marker_names, list.marker);
    out += list.group.empty() ? std::string(" heading=") + std::string(name_of(heading_names, list.heading)) : " heading=group";
    const bool names_publisher = list.heading == Heading::leading || list.heading == Heading::publisher_colon ||
                                 list.heading == Heading::word_count || list.heading == Heading::unranked_honor_roll;
    if (list.group.empty() && names_publisher) {
      // "U.S. News", "US News": the heading holds the word "News"
      out += publisher_.brief.find("News") != string_view::npos ? " heading_publisher=news" : " heading_publisher=other";
    }
    out += " places=";
    out += name_of(place_names, list.places);
    if (list.ranked) {
      bool tied = false;
      for (const auto& entry : list.entries) tied = tied || entry.tied;
      out += " ties=";
      out += tied ? name_of(tie_names, list.ties) : "none";
    }
    out += " extra=";
    out += name_of(extra_names, list.extra);
    if (list.blank_between) out += " blank_lines";
    if (pair_count(list) != 0) out += " pairs";
    if (list.placeholders != 0) out += " placeholders";
    if (list.entries.size() > 40) out += " long";
    return out;
  }

  // --- setting -------------------------------------------------------------
  void choose_setting() {
    domain_ = static_cast<Domain>(r_.weighted({45, 35, 20}));
    switch (domain_) {
      case Domain::hospital: publisher_ = r_.pick(hospital_publishers); break;
      case Domain::university: publisher_ = r_.pick(university_publishers); break;
      case Domain::employer: publisher_ = r_.pick(employer_publishers); break;
    }
    year_ = 2019 + r_.below(7);
    month_ = r_.below(12);
    day_ = r_.between(3, 28);
  }

  Pool categories(Scope scope) const {
    if (scope == Scope::world) {
      return domain_ == Domain::hospital ? Pool(hospital_world_categories) : Pool(university_world_categories);
    }
    switch (domain_) {
      case Domain::hospital: return hospital_categories;
      case Domain::university: return university_categories;
      case Domain::employer: return employer_categories;
    }
    return hospital_categories;
  }
  Pool criteria() const {
    switch (domain_) {
      case Domain::hospital: return hospital_criteria;
      case Domain::university: return university_criteria;
      case Domain::employer: return employer_criteria;
    }
    return hospital_criteria;
  }
  string_view kind() const {
    switch (domain_) {
      case Domain::hospital: return "hospitals";
      case Domain::university: return "schools";
      case Domain::employer: return "companies";
    }
    return "hospitals";
  }
  string_view table_column() const {
    switch (domain_) {
      case Domain::hospital: return "Hospital";
      case Domain::university: return "Institution";
      case Domain::employer: return "Company";
    }
    return "Name";
  }

  std::string make_name() {
    for (int attempt = 0; attempt < 40; ++attempt) {
      std::string name;
      const auto form = r_.below(100);
      if (domain_ == Domain::university && form < 18) {
        name = "University of ";
        name += r_.pick(name_prefixes);
        name += r_.pick(university_of_suffixes);
      } else if (domain_ != Domain::employer && form >= 95) {
        name = r_.pick(saints);
        name += domain_ == Domain::hospital ? " Hospital" : " University";
      } else {
        name = r_.pick(name_prefixes);
        name += ' ';
        switch (domain_) {
          case Domain::hospital: name += r_.pick(hospital_suffixes); break;
          case Domain::university: name += r_.pick(university_suffixes); break;
          case Domain::employer: name += r_.pick(employer_suffixes); break;
        }
      }
      if (used_names_.insert(name).second) return name;
    }
    auto name = std::string(r_.pick(name_prefixes)) + " " + std::to_string(used_names_.size()) + " Center";
    used_names_.insert(name);
    return name;
  }

  // --- plans ---------------------------------------------------------------
  void plan_lists() {
    const bool long_article = r_.percent(7);
    const std::size_t list_count = long_article ? 1 : 1 + r_.weighted({55, 33, 12});
    for (std::size_t i = 0; i < list_count; ++i) {
      PlannedList list;
      const bool world = domain_ != Domain::employer && r_.percent(18);
      list.scope = world ? Scope::world : Scope::us;
      list.category = r_.pick(categories(list.scope));
      const auto shape = r_.below(100);
      if (long_article) {
        plan_ranked(list, r_.between(50, 80));
      } else if (shape < 66) {
        plan_ranked(list, pick_size());
      } else if (shape < 71 && list.scope == Scope::us) {
        plan_groups(list);
        continue;
      } else if (shape < 76) {
        plan_ranked(list, r_.pick(std::to_array<std::size_t>({10, 15, 20})));
        list.countdown = true;
        list.marker = r_.percent(50) ? Marker::hash_dot : Marker::dot;
        list.extra = r_.percent(70) ? Extra::earnings : Extra::score;
        list.ties = TieStyle::repeat;
        for (std::size_t k = 0; k < list.entries.size(); ++k) {
          list.entries[k].rank = list.entries.size() - k;
          list.entries[k].tied = false;
          list.entries[k].tie_opens_pair = false;
          list.entries[k].second_name.clear();
        }
      } else {
        plan_unranked(list);
      }
      lists_.push_back(std::move(list));
    }
  }

  std::size_t pick_size() {
    static constexpr auto sizes = std::to_array<std::size_t>({5, 5, 6, 8, 10, 10, 10, 10, 12, 15, 20, 25});
    return r_.pick(sizes);
  }

  std::size_t pick_place(Scope scope) {
    return scope == Scope::world ? r_.below(countries.size()) : r_.below(us_cities.size());
  }

  void plan_ranked(PlannedList& list, std::size_t size) {
    list.ranked = true;
    const auto m = r_.weighted({34, 3, 7, 7, 4, 4, 5, 4, 4, 10, 8});
    list.marker = static_cast<Marker>(m);
    list.single_space = r_.percent(30);
    // Ties, and the styles each marker can carry.
    const bool with_ties = size < 40 ? r_.percent(45) : r_.percent(20);
    list.ties = TieStyle::repeat;
    if (with_ties) {
      switch (list.marker) {
        case Marker::dot:
          list.ties = static_cast<TieStyle>(r_.pick(std::to_array<std::size_t>({0, 0, 1, 3, 4, 5, 6, 7})));
          break;
        case Marker::spaces: list.ties = r_.percent(50) ? TieStyle::t_prefix : TieStyle::equals; break;
        case Marker::table: list.ties = TieStyle::repeat; break;
        default: list.ties = r_.percent(60) ? TieStyle::repeat : TieStyle::word_after; break;
      }
    }
    if (list.scope == Scope::world) {
      list.places = r_.percent(75) ? PlaceStyle::paren_city_state : PlaceStyle::comma;  // country forms
    } else {
      list.places = static_cast<PlaceStyle>(r_.weighted({40, 12, 8, 4, 4, 12, 6, 3, 6}));
      if (list.places == PlaceStyle::inside_name && domain_ != Domain::hospital) list.places = PlaceStyle::paren_city;
    }
    if (list.marker == Marker::table && list.places == PlaceStyle::inside_name) list.places = PlaceStyle::paren_city_state;
    list.extra = static_cast<Extra>(r_.weighted({70, 12, 6, 4, 4, 4}));
    if (list.marker == Marker::table || size > 30) list.extra = Extra::none;
    if (list.extra == Extra::where_led || list.extra == Extra::prose) {
      if (size > 12) list.extra = Extra::none;
    }
    if (list.extra == Extra::where_led && list.scope == Scope::world) list.extra = Extra::score;
    list.blank_between = list.extra == Extra::none && list.marker != Marker::table && r_.percent(22);
    list.heading = static_cast<Heading>(r_.weighted({30, 0, 12, 5, 6, 5, 6, 4, 8}));
    if (list.heading == Heading::all_caps || list.heading == Heading::word_count ||
        list.heading == Heading::intro_sentence) {
      if (size > 20) list.heading = Heading::top_n;
    }
    if (list.heading == Heading::wrapped && list.category.find(' ') == string_view::npos) list.heading = Heading::top_n;

    // Competition ranking: a tie group of g entries at rank r, then rank r + g.
    std::size_t rank = 1;
    std::size_t written = 0;  // entities: a pair line holds two
    while (written < size) {
      std::size_t group = 1;
      if (with_ties && r_.percent(14)) group = r_.percent(80) ? 2 : 3;
      group = std::min(group, size - written);
      written += group;
      const bool pair_line = list.ties == TieStyle::two_on_line && group == 2;
      if (pair_line) {
        PlannedEntry entry;
        entry.name = make_name();
        entry.second_name = make_name();
        entry.rank = rank;
        entry.tied = true;
        entry.tie_opens_pair = true;
        entry.place = pick_place(list.scope);
        entry.second_place = pick_place(list.scope);
        entry.has_place = list.places != PlaceStyle::none;
        list.entries.push_back(std::move(entry));
      } else {
        for (std::size_t k = 0; k < group; ++k) {
          PlannedEntry entry;
          entry.name = make_name();
          entry.rank = rank;
          entry.tied = group > 1;
          entry.place = pick_place(list.scope);
          entry.has_place = list.places != PlaceStyle::none && (list.places == PlaceStyle::inside_name || !r_.percent(4));
          list.entries.push_back(std::move(entry));
        }
      }
      rank += group;
    }
    if (with_ties && list.heading == Heading::top_n && r_.percent(50)) list.heading = Heading::top_n_ties;
  }

  void plan_unranked(PlannedList& list) {
    list.ranked = false;
    list.scope = Scope::us;
    list.category = r_.pick(categories(Scope::us));
    const auto shape = r_.weighted({45, 30, 12, 13});
    if (shape == 0) {
      list.marker = Marker::bullet;
      list.heading = r_.percent(60) ? Heading::unranked_top : Heading::unranked_honor_roll;
      list.places = r_.percent(55) ? PlaceStyle::paren_city_state : PlaceStyle::comma;
      const auto size = r_.between(4, 20);
      for (std::size_t k = 0; k < size; ++k) list.entries.push_back(unranked_entry(pick_place(Scope::us)));
    } else if (shape == 1) {
      list.marker = Marker::label;
      list.heading = Heading::unranked_by_state;
      list.places = PlaceStyle::paren_city;
      // one entry per state, in the order of a shuffled state list
      std::vector<std::size_t> cities;
      std::set<string_view> states;
      for (std::size_t i = 0; i < us_cities.size(); ++i) {
        if (states.insert(us_cities[i].state).second) cities.push_back(i);
      }
      r_.shuffle(cities);
      const auto size = r_.between(5, 14);
      cities.resize(size);
      std::sort(cities.begin(), cities.end(),
                [](std::size_t x, std::size_t y) { return us_cities[x].state < us_cities[y].state; });
      for (const auto city : cities) {
        if (r_.percent(7)) {
          placeholders_.push_back({lists_.size(), city});
          ++list.placeholders;
          continue;
        }
        auto entry = unranked_entry(city);
        if (r_.percent(8)) {
          entry.second_name = make_name();
          entry.second_place = another_city_in_state(city);
        }
        list.entries.push_back(std::move(entry));
      }
    } else if (shape == 2) {
      list.marker = Marker::region_label;
      list.heading = Heading::unranked_by_region;
      list.places = PlaceStyle::comma;
      for (std::size_t k = 0; k < census_divisions.size(); ++k) list.entries.push_back(unranked_entry(pick_place(Scope::us)));
    } else {
      list.marker = Marker::bare;
      list.heading = Heading::unranked_honor_roll;
      list.places = PlaceStyle::paren_city_state;
      const auto size = r_.between(4, 12);
      for (std::size_t k = 0; k < size; ++k) list.entries.push_back(unranked_entry(pick_place(Scope::us)));
    }
  }

  // A city of the same state, often a different one ("(Hot Springs) and ... (Fayetteville)").
  std::size_t another_city_in_state(std::size_t city) {
    std::vector<std::size_t> same_state;
    for (std::size_t i = 0; i < us_cities.size(); ++i) {
      if (us_cities[i].state == us_cities[city].state) same_state.push_back(i);
    }
    return same_state[r_.below(same_state.size())];
  }

  PlannedEntry unranked_entry(std::size_t place) {
    PlannedEntry entry;
    entry.name = make_name();
    entry.place = place;
    return entry;
  }

  // Bare state headings, each over a short list whose numbering restarts.
  void plan_groups(PlannedList& first) {
    std::vector<string_view> states;
    for (const auto& city : us_cities) {
      if (std::find(states.begin(), states.end(), city.state) == states.end()) states.push_back(city.state);
    }
    r_.shuffle(states);
    const auto groups = r_.between(2, 3);
    const auto marker = r_.percent(70) ? Marker::dot : Marker::hash;
    const auto places = r_.percent(70) ? PlaceStyle::paren_city : PlaceStyle::paren_city_state;
    for (std::size_t g = 0; g < groups; ++g) {
      PlannedList list;
      list.scope = Scope::us;
      list.category = first.category;
      list.marker = marker;
      list.places = places;
      list.heading = Heading::top_n;
      list.group = std::string(states[g]);
      std::vector<std::size_t> cities;
      for (std::size_t i = 0; i < us_cities.size(); ++i) {
        if (us_cities[i].state == states[g]) cities.push_back(i);
      }
      const auto size = r_.between(3, 6);
      for (std::size_t k = 0; k < size; ++k) {
        PlannedEntry entry;
        entry.name = make_name();
        entry.place = cities[r_.below(cities.size())];
        if (k > 0 && r_.percent(12)) {
          entry.rank = list.entries.back().rank;
          entry.tied = true;
          list.entries.back().tied = true;
        } else {
          entry.rank = k + 1;
        }
        list.entries.push_back(std::move(entry));
      }
      lists_.push_back(std::move(list));
    }
  }

  // --- text helpers --------------------------------------------------------
  void add(string_view text) { t_ += text; }
  void add(std::size_t n) { t_ += std::to_string(n); }
  void line(string_view text) {
    t_ += text;
    t_ += '\n';
  }
  void paragraph_end() { t_ += "\n\n"; }

  // Every random draw is a statement of its own: operands of + (and function
  // arguments) are evaluated in an unspecified order, which differs between
  // compilers, so two draws in one expression would make the bytes depend on it.
  std::string person() {
    std::string out(r_.pick(first_names));
    out += ' ';
    out += r_.pick(last_names);
    return out;
  }

  std::string release_phrase() {
    const auto release_day = day_ - r_.below(3);
    std::string out = "released ";
    out += month_ap[month_];
    out += ' ';
    out += std::to_string(release_day);
    return out;
  }

  std::string possessive(string_view name) {
    std::string out(name);
    if (out.ends_with("'s")) return out;  // "Becker's website"
    out += out.back() == 's' ? "'" : "'s";
    return out;
  }

  std::string us_place_text(std::size_t city, PlaceStyle style) {
    const auto& c = us_cities[city];
    switch (style) {
      case PlaceStyle::paren_city: return std::string(c.city);
      case PlaceStyle::paren_state_ap: return std::string(c.ap);
      case PlaceStyle::paren_state_full: return std::string(c.state);
      case PlaceStyle::paren_postal: return std::string(c.postal);
      default: break;
    }
    if (c.standalone) return std::string(c.city);
    return std::string(c.city) + ", " + std::string(c.ap);
  }

  std::string world_place_text(std::size_t index, bool with_city) {
    const auto& c = countries[index];
    if (with_city && c.city != c.name) return std::string(c.city) + ", " + std::string(c.name);
    return std::string(c.name);
  }

  // "Name (Place)", "Name, Place", "Name | Place", "City (St.) Name" or "Name".
  std::string entity_text(const PlannedList& list, const std::string& name, std::size_t place, bool has_place) {
    if (!has_place || list.places == PlaceStyle::none) return name;
    if (list.scope == Scope::world) {
      const bool with_city = list.places == PlaceStyle::paren_city_state ? (place % 3) == 0 : false;
      const auto text = world_place_text(place, with_city);
      return list.places == PlaceStyle::comma ? name + ", " + text : name + " (" + text + ")";
    }
    const auto& city = us_cities[place];
    switch (list.places) {
      case PlaceStyle::comma: return name + ", " + us_place_text(place, PlaceStyle::paren_city_state);
      case PlaceStyle::pipe: return name + " | " + us_place_text(place, PlaceStyle::paren_city_state);
      case PlaceStyle::inside_name:
        if (city.ap != city.state) return std::string(city.city) + " (" + std::string(city.ap) + ") " + name;
        return name + " (" + us_place_text(place, PlaceStyle::paren_city_state) + ")";
      default: return name + " (" + us_place_text(place, list.places) + ")";
    }
  }

  // --- preamble: date forms, title, lead -------------------------------------
  std::string title_line(const std::string& subject) {
    switch (r_.below(4)) {
      case 0:
        return subject + " tops " + std::string(publisher_.brief) + " list of " + std::string(lists_[0].category);
      case 1:
        return std::string(publisher_.brief) + " names the best " + std::string(lists_[0].category) + " for " +
               std::to_string(year_);
      case 2: return title_case(std::string("The best ") + std::string(lists_[0].category) + " of " + std::to_string(year_));
      default:
        return "Three " + std::string(r_.pick(us_cities).state) + " " + std::string(kind()) + " among the nation's best";
    }
  }

  void write_preamble() {
    const auto& first = lists_[0];
    const auto subject = first.entries.empty() ? make_name() : first.leader().name;
    const auto form = r_.weighted({38, 5, 10, 5, 5, 5, 5, 10, 17});
    switch (form) {
      case 0:
        add(" date ");
        add(std::to_string(year_) + "-" + two(month_ + 1) + "-" + two(day_));
        add(" ");
        break;
      case 1:
        add(" date ");
        add(std::to_string(year_) + "-" + two(month_ + 1));
        add(" ");
        break;
      case 2:  // title, byline, "March 3, 2024"
        line(title_line(subject));
        add("\n");
        line("By " + person());
        line(std::string(month_full[month_]) + " " + std::to_string(day_) + ", " + std::to_string(year_));
        add("\n");
        break;
      case 3:  // "Sept. 14, 2023 | Hospital Rankings"
        line(title_line(subject));
        line(std::string(month_ap[month_]) + " " + std::to_string(day_) + ", " + std::to_string(year_) + " | " +
             title_case(std::string(kind())) + " Rankings");
        add("\n");
        break;
      case 4:  // "28 Apr 2024"
        line(title_line(subject));
        add("\n");
        line("Staff Reporter");
        line(std::to_string(day_) + " " + std::string(month_short[month_]) + " " + std::to_string(year_));
        add("\n");
        break;
      case 5: {  // "Updated On 9:10 AM IST, 11 Apr 2024"
        line(title_line(subject));
        add("\n");
        line("Edited By: " + person());
        const auto hour = r_.between(1, 12);
        const auto minute = r_.below(60);
        line("Updated On " + std::to_string(hour) + ":" + two(minute) + " AM IST, " + std::to_string(day_) + " " +
             std::string(month_short[month_]) + " " + std::to_string(year_));
        add("\n");
        break;
      }
      case 6: {  // "May 4th, 2023 9:00am PDT"
        line(title_line(subject));
        const auto hour = r_.between(6, 11);
        const auto minute = r_.below(4) * 15;
        line(std::string(month_full[month_]) + " " + std::to_string(day_) + std::string(ordinal_suffix(day_)) + ", " +
             std::to_string(year_) + " " + std::to_string(hour) + ":" + two(minute) + "am PDT");
        add("\n");
        break;
      }
      case 7: {  // "DENVER, March 3, 2024 /PRNewswire/ -- "
        line(title_line(subject));
        add("\n");
        const auto& city = r_.pick(us_cities);
        add(upper_ascii(city.city));
        add(", ");
        add(std::string(month_full[month_]) + " " + std::to_string(day_) + ", " + std::to_string(year_));
        add(r_.percent(50) ? " /PRNewswire/ -- " : " /Business Wire/ -- ");
        break;
      }
      default:
        if (r_.percent(50)) {
          line(title_line(subject));
          add("\n");
        }
        break;
    }
    write_lead(subject);
  }

  static std::string two(std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }
  static string_view ordinal_suffix(std::size_t day) {
    if (day >= 11 && day <= 13) return "th";
    switch (day % 10) {
      case 1: return "st";
      case 2: return "nd";
      case 3: return "rd";
      default: return "th";
    }
  }

  void write_lead(const std::string& subject) {
    const auto& first = lists_[0];
    const auto category = first.category;
    const bool us_subject = first.scope == Scope::us && !first.entries.empty();
    const auto& city = us_cities[us_subject ? first.leader().place : 0];
    const auto edition = std::to_string(year_ + r_.below(2));
    switch (r_.below(6)) {
      case 0:
        if (us_subject) add(std::string(city.city) + "-based ");
        add(subject);
        if (r_.percent(50)) add(std::string(" for the ") + std::string(r_.pick(ordinal_words)) + " consecutive year");
        add(" earned the No. 1 spot on " + possessive(publisher_.full) + " list of best " + std::string(category) +
            " for " + edition + ", " + release_phrase() + ".");
        break;
      case 1:
        add(subject);
        if (us_subject) add(" in " + us_place_text(first.leader().place, PlaceStyle::paren_city_state) + ",");
        add(" tops " + possessive(publisher_.full) + " " + edition + " ranking of " + std::string(category) + ", " +
            release_phrase() + ".");
        break;
      case 2:
        add(std::string(publisher_.full) + " released its " + edition + " list of the best " + std::string(category) +
            " on " + std::string(weekdays[r_.below(weekdays.size())]) + ", and " + subject + " took the top spot.");
        break;
      case 3:
        add(subject + " ranks first among " + std::string(category) + ", according to " + std::string(publisher_.full) +
            ", which " + release_phrase().replace(0, 9, "released its annual ranking ") + ".");
        break;
      case 4:
        add(with_commas(r_.between(120, 4800)) + " " + std::string(kind()) + " were ranked by " +
            std::string(publisher_.full) + " in its " + edition + " " + title_case(std::string("best ") + std::string(category)) +
            " ranking, and " + subject + " came out on top.");
        break;
      default:
        add(subject + " has earned recognition from " + std::string(publisher_.full) + " as one of the best " +
            std::string(category) + " in the country for " + edition + ".");
        break;
    }
    paragraph_end();
  }

  void write_methodology() {
    const auto pool = criteria();
    std::vector<string_view> picked;
    while (picked.size() < 3) {
      const auto c = r_.pick(pool);
      if (std::find(picked.begin(), picked.end(), c) == picked.end()) picked.push_back(c);
    }
    const auto evaluated = r_.between(150, 4800);
    const auto measures = r_.between(5, 36);
    add(std::string(publisher_.brief) + " evaluated " + with_commas(evaluated) + " " + std::string(kind()) +
        " on " + std::to_string(measures) + " measures, including " + std::string(picked[0]) + ", " +
        std::string(picked[1]) + " and " + std::string(picked[2]) + ".");
    if (r_.percent(60)) {
      add(" Only " + std::string(kind()) + " that responded to a survey and provided data were considered, and ");
      add("scores were compared only with others of the same type.");
    }
    if (r_.percent(40)) {
      const auto weighed = r_.pick(pool);
      const auto places = number_words[r_.between(3, 9)];
      add(" The methodology was updated this year to give more weight to " + std::string(weighed) +
          ", which moved several " + std::string(kind()) + " by more than " + std::string(places) + " places.");
    }
    paragraph_end();
    if (r_.percent(45)) write_context();
    if (r_.percent(35)) write_quote();
    if (r_.percent(20)) {
      add(title_case(std::string(kind())) + " with identical scores share a rank, and the next rank is skipped.");
      paragraph_end();
    }
  }

  void write_context() {
    const auto improved = r_.between(12, 71);
    const auto newcomers = number_words[r_.between(2, 20)];
    const auto dropped = make_name();
    const auto was = r_.between(2, 9);
    const auto top = number_words[r_.pick(std::to_array<std::size_t>({10, 15, 20}))];
    add("Nationally, " + std::to_string(improved) + "% of the " + std::string(kind()) +
        " evaluated improved their scores from the previous edition, and " + std::string(newcomers) + " " +
        std::string(kind()) + " appeared on the list for the first time. " + dropped + ", which was No. " +
        std::to_string(was) + " last year, fell out of the top " + std::string(top) + ".");
    if (r_.percent(50)) {
      const auto from = month_full[r_.below(6)];
      const auto to = month_full[6 + r_.below(6)];
      add(" " + std::string(publisher_.brief) + " said the data behind this edition were collected between " +
          std::string(from) + " and " + std::string(to) + " " + std::to_string(year_ - 1) + ".");
    }
    paragraph_end();
  }

  void write_quote() {
    add("\u201c");
    add(r_.pick(quotes));
    const auto speaker = person();
    const auto role = r_.pick(roles);
    const auto employer = make_name();
    add(",\u201d said " + speaker + ", " + std::string(role) + " of " + employer + ".");
    paragraph_end();
  }

  void write_between_lists() {
    switch (r_.below(4)) {
      case 0: {
        const auto climber = make_name();
        const auto spots = number_words[r_.between(2, 9)];
        const auto top = r_.pick(std::to_array<std::size_t>({10, 20, 25}));
        add(climber + " climbed " + std::string(spots) + " spots from last year, the largest jump in the top " +
            std::to_string(top) + ".");
        break;
      }
      case 1: {
        const auto categories_count = r_.between(8, 20);
        const auto share = r_.between(11, 64);
        const auto region = r_.pick(std::to_array<string_view>({"Midwest", "Northeast", "South", "West"}));
        add(std::string(publisher_.brief) + " also ranked " + std::string(kind()) + " in " +
            std::to_string(categories_count) + " other categories. About " + std::to_string(share) + "% of the " +
            std::string(kind()) + " on those lists are in the " + std::string(region) + ".");
        break;
      }
      case 2: write_quote(); return;
      default: {
        const auto weighed = r_.pick(criteria());
        const auto since = year_ - r_.between(2, 9);
        add("The ranking also weighs " + std::string(weighed) + ", which " + std::string(publisher_.brief) +
            " began measuring in " + std::to_string(since) + ".");
        break;
      }
    }
    paragraph_end();
  }

  void write_group_intro(std::size_t first) {
    std::size_t groups = 0;
    while (first + groups < lists_.size() && !lists_[first + groups].group.empty()) ++groups;
    add("Here are the ranked " + std::string(kind()) + " in " + size_word(groups) + " states.");
    paragraph_end();
  }

  void write_closing() {
    switch (r_.below(4)) {
      case 0: add("The full rankings are available on " + possessive(publisher_.brief) + " website."); break;
      case 1: add("To view the full rankings and methodology, click here."); break;
      case 2:
        add("The complete list of " + with_commas(r_.between(100, 900)) + " ranked " + std::string(kind()) +
            " is available from " + std::string(publisher_.brief) + ".");
        break;
      default: break;
    }
    add("\n");
  }

  // --- lists ---------------------------------------------------------------
  std::string size_word(std::size_t n) {
    if (n < number_words.size()) return std::string(number_words[n]);
    if (n == 25) return "twenty-five";
    if (n == 50) return "fifty";
    return std::to_string(n);
  }

  void write_heading(const PlannedList& list) {
    const auto n = list.entries.size() + pair_count(list);
    const auto cat = std::string(list.category);
    if (!list.group.empty()) {
      line(list.group);
      add("\n");
      return;
    }
    switch (list.heading) {
      case Heading::top_n: line("Top " + std::to_string(n) + " " + cat + ":"); break;
      case Heading::top_n_ties: line("Top " + std::to_string(n) + " " + cat + ", including ties:"); break;
      case Heading::leading:
        line("The " + std::to_string(n) + " leading " + cat + ", according to " + std::string(publisher_.brief) + ":");
        break;
      case Heading::all_caps: line("THE TOP " + upper_ascii(size_word(n)) + " " + upper_ascii(cat) + " ON THE " +
                                   std::to_string(year_) + " LIST ARE:");
        break;
      case Heading::publisher_colon: line(std::string(publisher_.brief) + ": Best " + cat); break;
      case Heading::year_best: line(std::to_string(year_) + " Best " + title_case(cat)); break;
      case Heading::word_count: {
        auto word = size_word(n);
        word[0] = static_cast<char>(word[0] - 'a' + 'A');
        line(word + " " + cat + " that " + std::string(publisher_.brief) + " rated highest:");
        break;
      }
      case Heading::wrapped: {
        const auto space = cat.find(' ');
        line("Top " + std::to_string(n) + " " + cat.substr(0, space));
        line(cat.substr(space + 1) + ":");
        break;
      }
      case Heading::intro_sentence:
        add(std::string(publisher_.brief) + " scored each of the " + std::string(kind()) +
            " on a 100-point scale and published the top of its list. Here are the top " + size_word(n) + ".");
        paragraph_end();
        return;
      case Heading::unranked_top: line("Top " + title_case(cat) + ":"); break;
      case Heading::unranked_by_state: line("Best " + cat + " by state:"); break;
      case Heading::unranked_by_region:
        add(std::string(publisher_.brief) + " identified one winner in each U.S. Census division. Winners are listed by region:");
        paragraph_end();
        return;
      case Heading::unranked_honor_roll:
        line(std::string(publisher_.brief) + " " + std::to_string(year_) + " honor roll:");
        break;
    }
    add("\n");
    if (list.ranked && list.ties != TieStyle::repeat && r_.percent(25)) {
      line("Note: The list includes ties.");
      add("\n");
    } else if (!list.ranked && list.marker == Marker::bullet && r_.percent(30)) {
      line("Note: Listed alphabetically.");
      add("\n");
    }
  }

  static std::size_t pair_count(const PlannedList& list) {
    std::size_t pairs = 0;
    for (const auto& entry : list.entries) pairs += entry.second_name.empty() ? std::size_t{0} : std::size_t{1};
    return pairs;
  }

  std::string rank_prefix(const PlannedList& list, const PlannedEntry& entry, std::size_t width) {
    const auto r = std::to_string(entry.rank);
    const bool tie_mark = entry.tied && list.ties != TieStyle::repeat;
    switch (list.marker) {
      case Marker::dot:
        if (tie_mark && list.ties == TieStyle::t_dash) return "T-" + r + ". ";
        if (tie_mark && list.ties == TieStyle::equals) return "=" + r + ". ";
        if (tie_mark && list.ties == TieStyle::after_rank) return r + " (tie). ";
        if (tie_mark && (list.ties == TieStyle::before_name || list.ties == TieStyle::two_on_line)) return r + ". (tie) ";
        return r + ". ";
      case Marker::dot_tight: return r + ".";
      case Marker::paren: return r + ") ";
      case Marker::hash: return "#" + r + " ";
      case Marker::hash_dot: return "#" + r + ". ";
      case Marker::hash_pipe: return "#" + r + " | ";
      case Marker::no_colon: return "No. " + r + ": ";
      case Marker::no_plain: return "No. " + r + " ";
      case Marker::rank_dash: return "Rank " + r + "- ";
      case Marker::spaces: {
        std::string token = tie_mark ? (list.ties == TieStyle::equals ? "=" : "T") + r : r;
        if (list.single_space) return token + " ";
        token.append(width + 2 - token.size(), ' ');
        return token;
      }
      default: return "";
    }
  }

  void write_extra(const PlannedList& list, const PlannedEntry& entry, std::size_t index) {
    switch (list.extra) {
      case Extra::none: return;
      case Extra::score: {
        const auto score = 999 - std::min<std::size_t>(index * 7 + r_.below(5), 600);
        line("Score: " + std::to_string(score / 10) + "." + std::to_string(score % 10));
        return;
      }
      case Extra::grade: line("\u2013 Overall grade: " + std::string(grades[std::min(index / 2, grades.size() - 1)])); return;
      case Extra::where_led: {
        line("Where: " + us_place_text(entry.place, PlaceStyle::paren_city_state));
        const auto leader = person();
        line("Led by: " + leader + (r_.percent(40) ? ", MD" : ""));
        return;
      }
      case Extra::earnings: {
        const auto earnings = 84100 - index * 900 - r_.below(9) * 100;
        line("\u2013 Median earnings: $" + with_commas(earnings));
        return;
      }
      case Extra::prose: {
        const auto employees = r_.between(800, 48000);
        const auto was = r_.between(3, 30);
        const auto quote = r_.pick(quotes);
        add("\n");
        add(entry.name + ", which employs " + with_commas(employees) + " people, moved up from No. " +
            std::to_string(was) + " last year. " + std::string(quote) + ", its leaders said.");
        add("\n");
        return;
      }
    }
  }

  void write_list(const PlannedList& list) {
    write_heading(list);
    if (list.marker == Marker::table) {
      write_table(list);
      paragraph_end();
      return;
    }
    std::size_t width = 0;
    for (const auto& entry : list.entries) {
      width = std::max(width, std::to_string(entry.rank).size() + (entry.tied && list.ties != TieStyle::repeat ? 1 : 0));
    }
    // placeholders ("Wyoming: No top-ranked programs") are slotted in by state order
    std::vector<std::size_t> pending;
    for (const auto& [list_index, city] : placeholders_) {
      if (list_index == list_index_) pending.push_back(city);
    }
    const bool where_sub = list.extra == Extra::where_led;
    const auto bullet = r_.pick(std::to_array<string_view>({"\u2022 ", "- ", "\u2013 ", "\u2014 ", "* "}));
    for (std::size_t i = 0; i < list.entries.size(); ++i) {
      const auto& entry = list.entries[i];
      while (list.marker == Marker::label && !pending.empty() && us_cities[pending.front()].state < us_cities[entry.place].state) {
        line(std::string(us_cities[pending.front()].state) + ": No top-ranked " + std::string(kind()));
        pending.erase(pending.begin());
      }
      const bool with_place = entry.has_place && !where_sub;
      std::string text;
      switch (list.marker) {
        case Marker::bullet: text = std::string(bullet); break;
        case Marker::label: text = std::string(us_cities[entry.place].state) + ": "; break;
        case Marker::region_label: text = "\u2014 " + std::string(census_divisions[i % census_divisions.size()]) + ": "; break;
        case Marker::bare: break;
        default: text = rank_prefix(list, entry, width); break;
      }
      text += entity_text(list, entry.name, entry.place, with_place);
      if (!entry.second_name.empty()) {
        text += " and ";
        text += entity_text(list, entry.second_name, entry.second_place, with_place);
      }
      if (entry.tied && list.ties == TieStyle::word_after) text += r_.percent(70) ? " (tie)" : " (tied)";
      if (list.marker == Marker::region_label && text.back() != '.') text += '.';
      line(text);
      write_extra(list, entry, i);
      if (list.blank_between || list.extra == Extra::prose) add("\n");
    }
    for (const auto city : pending) line(std::string(us_cities[city].state) + ": No top-ranked " + std::string(kind()));
    ++list_index_;
    add("\n");
  }

  void write_table(const PlannedList& list) {
    const bool with_place = list.places != PlaceStyle::none;
    const auto place_column = list.scope == Scope::world ? "Country" : "Location";
    line("| Rank | " + std::string(table_column()) + (with_place ? std::string(" | ") + place_column : std::string()) + " |");
    line(with_place ? "|------|------|------|" : "|------|------|");
    for (const auto& entry : list.entries) {
      std::string row = "| " + std::to_string(entry.rank) + " | " + entry.name;
      if (with_place) {
        row += " | ";
        if (entry.has_place) {
          row += list.scope == Scope::world ? world_place_text(entry.place, false)
                                            : us_place_text(entry.place, PlaceStyle::paren_city_state);
        }
      }
      row += " |";
      line(row);
    }
    ++list_index_;
  }

  Random& r_;
  GeneratedArticle& a_;
  std::string& t_;
  Domain domain_ = Domain::hospital;
  PublisherName publisher_{};
  std::size_t year_ = 2024;
  std::size_t month_ = 0;
  std::size_t day_ = 1;
  std::set<std::string> used_names_;
  std::vector<PlannedList> lists_;
  std::vector<std::pair<std::size_t, std::size_t>> placeholders_;  // (list index, city)
  std::size_t list_index_ = 0;
};

constexpr auto folders = std::to_array<string_view>({"a", "b", "c", "c/deep"});

}  // namespace

void CorpusGenerator::next(GeneratedArticle& out) {
  ++count_;
  out.number = count_;
  out.id = std::to_string(count_);
  if (out.id.size() < 6) out.id.insert(0, 6 - out.id.size(), '0');
  out.relative_path = std::string(folders[(count_ - 1) % folders.size()]) + "/" + out.id + ".txt";
  out.text.clear();
  out.list_sizes.clear();
  out.list_shapes.clear();
  out.placeholders = 0;
  Random random(engine_);
  ArticleBuilder(random, out).build();
}

GeneratedArticle CorpusGenerator::next() {
  GeneratedArticle article;
  next(article);
  return article;
}

std::vector<GeneratedArticle> generate_corpus(std::uint64_t seed, std::size_t articles) {
  CorpusGenerator generator(seed);
  std::vector<GeneratedArticle> corpus(articles);
  for (auto& article : corpus) generator.next(article);
  return corpus;
}

}  // namespace rankparse::bench
