#include "places/gazetteer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

using rankparse::places::cities_named;
using rankparse::places::City;
using rankparse::places::Country;
using rankparse::places::country_named;
using rankparse::places::Subdivision;
using rankparse::places::subdivision_name;
using rankparse::places::subdivision_named;

bool has_city(std::span<const City> cities, std::string_view state_code, std::string_view country_code) {
  return std::any_of(cities.begin(), cities.end(),
                     [&](const City& city) { return city.state_code == state_code && city.country_code == country_code; });
}

// Field readers that make a missing result fail the comparison instead of dereferencing nullopt.
template <typename Place>
std::string_view code_of(const std::optional<Place>& place) {
  return place ? place->code : "(none)";
}
template <typename Place>
std::string_view name_of(const std::optional<Place>& place) {
  return place ? place->name : "(none)";
}

std::string describe(std::span<const City> cities) {
  std::string text;
  for (const City& city : cities) {
    text += std::string{city.name} + ", " + std::string{city.state_code} + ", " + std::string{city.country_code} + " (" +
            std::to_string(city.population) + "); ";
  }
  return text;
}

TEST(CitiesNamed, BostonMassachusettsComesFirstAndEnglandsBostonIsListed) {
  const auto cities = cities_named("Boston");
  ASSERT_FALSE(cities.empty());
  EXPECT_EQ(cities[0].name, "Boston");
  EXPECT_EQ(cities[0].state_code, "MA");
  EXPECT_EQ(cities[0].state_name, "Massachusetts");
  EXPECT_EQ(cities[0].country_code, "US");
  EXPECT_GT(cities[0].population, 600'000U);
  EXPECT_LT(cities[0].population, 750'000U);
  EXPECT_TRUE(has_city(cities, "ENG", "GB")) << describe(cities);
}

TEST(CitiesNamed, MostPopulousFirst) {
  const auto cities = cities_named("Portland");
  ASSERT_GE(cities.size(), 2U) << describe(cities);
  EXPECT_EQ(cities[0].state_code, "OR");
  EXPECT_EQ(cities[1].state_code, "ME");
  // GeoNames calls the state "State of Maine"; the gazetteer reports the ISO 3166-2 name.
  EXPECT_EQ(cities[1].state_name, "Maine");
  EXPECT_TRUE(std::is_sorted(cities.begin(), cities.end(),
                             [](const City& left, const City& right) { return left.population > right.population; }));
}

TEST(CitiesNamed, CitiesSharingANameInSeveralStates) {
  const auto kansas_city = cities_named("Kansas City");
  EXPECT_TRUE(has_city(kansas_city, "MO", "US")) << describe(kansas_city);
  EXPECT_TRUE(has_city(kansas_city, "KS", "US")) << describe(kansas_city);
  const auto aurora = cities_named("Aurora");
  EXPECT_TRUE(has_city(aurora, "CO", "US")) << describe(aurora);
  EXPECT_TRUE(has_city(aurora, "IL", "US")) << describe(aurora);
  EXPECT_TRUE(has_city(aurora, "ON", "CA")) << describe(aurora);
}

TEST(CitiesNamed, AliasesFromPlaceAliasesTsv) {
  for (const std::string_view alias : {"New York City", "NYC", "new york city"}) {
    const auto cities = cities_named(alias);
    ASSERT_FALSE(cities.empty()) << alias;
    EXPECT_EQ(cities[0].name, "New York") << alias;
    EXPECT_EQ(cities[0].state_code, "NY") << alias;
    EXPECT_EQ(cities[0].country_code, "US") << alias;
  }
  for (const std::string_view alias : {"Washington, D.C.", "Washington D.C.", "Washington DC", "D.C.", "Washington"}) {
    const auto cities = cities_named(alias);
    ASSERT_FALSE(cities.empty()) << alias;
    EXPECT_EQ(cities[0].state_code, "DC") << alias << ": " << describe(cities);
  }
  EXPECT_EQ(cities_named("Queens").front().state_code, "NY");
}

TEST(CitiesNamed, IgnoresCaseAccentsAndPunctuation) {
  for (const std::string_view spelling : {"Sao Paulo", "são paulo", "SÃO PAULO", "Sao  Paulo", "S\u00e3o Paulo"}) {
    const auto cities = cities_named(spelling);
    ASSERT_FALSE(cities.empty()) << spelling;
    EXPECT_EQ(cities[0].name, "São Paulo") << spelling;
    EXPECT_EQ(cities[0].country_code, "BR") << spelling;
    EXPECT_EQ(cities[0].state_code, "SP") << spelling;
  }
  // A decomposed "a" + combining tilde is the same name.
  EXPECT_EQ(cities_named("Sa\u0303o Paulo").front().name, "São Paulo");
  EXPECT_EQ(cities_named("winston salem").front().name, "Winston-Salem");
  EXPECT_EQ(cities_named("  Boston. ").front().state_code, "MA");
}

TEST(CitiesNamed, SaintFortAndMountMatchTheirAbbreviations) {
  // GeoNames spells it "St Louis".
  for (const std::string_view spelling : {"St. Louis", "st. louis", "St Louis", "Saint Louis"}) {
    const auto cities = cities_named(spelling);
    ASSERT_FALSE(cities.empty()) << spelling;
    EXPECT_EQ(cities[0].state_code, "MO") << spelling << ": " << describe(cities);
  }
  EXPECT_EQ(cities_named("St. Paul").front().state_code, "MN");  // GeoNames: "Saint Paul"
  EXPECT_EQ(cities_named("Ft. Worth").front().name, "Fort Worth");
  EXPECT_EQ(cities_named("Fort Pierce").front().state_code, "FL");  // GeoNames: "Ft. Pierce"
}

TEST(CitiesNamed, UnknownOrEmptyTextFindsNothing) {
  EXPECT_TRUE(cities_named("Atlantis Springs").empty());
  EXPECT_TRUE(cities_named("").empty());
  EXPECT_TRUE(cities_named(" , ").empty());
  EXPECT_TRUE(cities_named("\xff\xfe").empty());  // invalid UTF-8 is not an error
}

TEST(SubdivisionNamed, ApAbbreviations) {
  EXPECT_EQ(code_of(subdivision_named("N.C.")), "NC");
  EXPECT_EQ(code_of(subdivision_named("Calif.")), "CA");
  EXPECT_EQ(code_of(subdivision_named("Mass.")), "MA");
  EXPECT_EQ(code_of(subdivision_named("Ore.")), "OR");
  EXPECT_EQ(code_of(subdivision_named("D.C.")), "DC");
  const auto west_virginia = subdivision_named("W.Va.");
  ASSERT_TRUE(west_virginia);
  EXPECT_EQ(west_virginia->name, "West Virginia");
  EXPECT_EQ(west_virginia->country_code, "US");
  EXPECT_FALSE(subdivision_named("calif."));  // abbreviations are case-sensitive
}

TEST(SubdivisionNamed, CanadianProvinceAbbreviations) {
  for (const auto& [abbreviation, code] : {std::pair{"Ont.", "ON"}, {"B.C.", "BC"}, {"Que.", "QC"}, {"N.S.", "NS"}, {"Sask.", "SK"}}) {
    const auto province = subdivision_named(abbreviation);
    ASSERT_TRUE(province) << abbreviation;
    EXPECT_EQ(province->code, code) << abbreviation;
    EXPECT_EQ(province->country_code, "CA") << abbreviation;
  }
}

TEST(SubdivisionNamed, PostalCodesOnlyInCapitals) {
  EXPECT_EQ(code_of(subdivision_named("NC")), "NC");
  EXPECT_EQ(name_of(subdivision_named("OR")), "Oregon");
  EXPECT_FALSE(subdivision_named("or"));
  EXPECT_FALSE(subdivision_named("in"));
  EXPECT_FALSE(subdivision_named("Me"));
  EXPECT_FALSE(subdivision_named("ZZ"));
}

TEST(SubdivisionNamed, FullNames) {
  EXPECT_EQ(code_of(subdivision_named("North Carolina")), "NC");
  EXPECT_EQ(code_of(subdivision_named("north carolina")), "NC");
  EXPECT_EQ(code_of(subdivision_named("Oregon")), "OR");
  EXPECT_EQ(code_of(subdivision_named("Ohio")), "OH");
  EXPECT_EQ(code_of(subdivision_named("District of Columbia")), "DC");
  const auto ontario = subdivision_named("Ontario");
  ASSERT_TRUE(ontario);
  EXPECT_EQ(ontario->code, "ON");
  EXPECT_EQ(ontario->country_code, "CA");
  const auto wales = subdivision_named("Wales");  // iso-codes: "Wales [Cymru GB-CYM]"
  ASSERT_TRUE(wales);
  EXPECT_EQ(wales->code, "WLS");
  EXPECT_EQ(wales->name, "Wales");
  EXPECT_FALSE(subdivision_named("Atlantis"));
  // Names made only of compass words are left out: "Central" is a region of several countries.
  EXPECT_FALSE(subdivision_named("Central"));
  EXPECT_FALSE(subdivision_named("North West"));
  EXPECT_EQ(code_of(subdivision_named("Western Australia")), "WA");
}

TEST(SubdivisionNamed, UsStateWinsOverOtherCountries) {
  // iso-codes also has Montana (Bulgaria), Maryland (Liberia) and Florida (Uruguay).
  for (const std::string_view name : {"Montana", "Maryland", "Florida", "Georgia", "Washington"}) {
    const auto state = subdivision_named(name);
    ASSERT_TRUE(state) << name;
    EXPECT_EQ(state->country_code, "US") << name;
  }
}

TEST(CountryNamed, NamesAndUsualForms) {
  EXPECT_EQ(code_of(country_named("Norway")), "NO");
  EXPECT_EQ(code_of(country_named("Canada")), "CA");
  EXPECT_EQ(code_of(country_named("New Zealand")), "NZ");
  EXPECT_EQ(code_of(country_named("United States")), "US");
  EXPECT_EQ(code_of(country_named("United States of America")), "US");
  EXPECT_EQ(code_of(country_named("United Kingdom")), "GB");
  EXPECT_EQ(code_of(country_named("South Korea")), "KR");
  EXPECT_EQ(code_of(country_named("Russia")), "RU");
  EXPECT_EQ(code_of(country_named("the Netherlands")), "NL");
  EXPECT_EQ(code_of(country_named("Côte d'Ivoire")), "CI");
  EXPECT_EQ(code_of(country_named("COTE D’IVOIRE")), "CI");  // curly apostrophe, no accent
  EXPECT_EQ(name_of(country_named("Democratic Republic of the Congo")), "Democratic Republic of the Congo");
  EXPECT_EQ(code_of(country_named("Democratic Republic of the Congo")), "CD");
  for (const std::string_view form : {"USA", "U.S.", "US", "U.S.A.", "the U.S."}) {
    const auto country = country_named(form);
    ASSERT_TRUE(country) << form;
    EXPECT_EQ(country->code, "US") << form;
    EXPECT_EQ(country->name, "United States") << form;
  }
  for (const std::string_view form : {"UK", "U.K.", "England", "Scotland", "Wales", "Britain"}) {
    const auto country = country_named(form);
    ASSERT_TRUE(country) << form;
    EXPECT_EQ(country->code, "GB") << form;
  }
  EXPECT_EQ(name_of(country_named("Iran")), "Iran");
}

TEST(CountryNamed, AbbreviationsAreCaseSensitiveAndUnknownNamesFail) {
  EXPECT_FALSE(country_named("us"));
  EXPECT_FALSE(country_named("Atlantis"));
  EXPECT_FALSE(country_named(""));
}

TEST(SubdivisionName, ByCountryAndCode) {
  EXPECT_EQ(subdivision_name("US", "CO"), "Colorado");
  EXPECT_EQ(subdivision_name("US", "US-CO"), "Colorado");
  EXPECT_EQ(subdivision_name("CA", "ON"), "Ontario");
  EXPECT_EQ(subdivision_name("GB", "WLS"), "Wales");
  EXPECT_EQ(subdivision_name("US", "ZZ"), "");
  EXPECT_EQ(subdivision_name("ZZ", "CO"), "");
}

TEST(Gazetteer, ConcurrentLookupsAgree) {
  std::vector<std::thread> threads;
  std::vector<int> failures(8, 0);
  for (std::size_t thread = 0; thread < failures.size(); ++thread) {
    threads.emplace_back([&failures, thread] {
      for (int round = 0; round < 500; ++round) {
        if (cities_named("Portland").front().state_code != "OR") ++failures[thread];
        if (code_of(subdivision_named("Calif.")) != "CA") ++failures[thread];
        if (code_of(country_named("Norway")) != "NO") ++failures[thread];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(std::count(failures.begin(), failures.end(), 0), static_cast<std::ptrdiff_t>(failures.size()));
}

}  // namespace
