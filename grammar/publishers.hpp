// Publishers: the organizations named in grammar/data/publishers.tsv, and
// organization-like names that are not (normalize keeps those only when a
// word from grammar/data/organization_words.tsv says they are one).
#pragma once

#include "lexical.hpp"
#include "word_lists.hpp"
#include "word_table.hpp"

namespace rankparse::grammar {

struct publisher_name : table_word<publisher_table> {};
struct publisher_possessive : seq<publisher_name, possessive> {};

// A capitalized word without a possessive ending, so "Institute's" stops before "'s".
struct capitalized_word : seq<ascii::upper, star<sor<word_char, seq<one<'-', '.', '&'>, at<word_char>>>>> {};
struct name_connector : sor<RANKPARSE_KW("of"), RANKPARSE_KW("for"), RANKPARSE_KW("and"), RANKPARSE_KW("on"), RANKPARSE_KW("the"),
                            one<'&'>> {};
// "Midwest Health Quality Council", "Institute for Healthcare Rankings": at most a dozen words.
struct unknown_publisher : seq<capitalized_word, rep_max<11, hspaces, opt<name_connector, hspaces>, capitalized_word>> {};
struct publisher_reference : seq<opt<RANKPARSE_KW("the"), hspaces>, sor<publisher_name, unknown_publisher>> {};

}  // namespace rankparse::grammar
