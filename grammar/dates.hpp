// Dates: the literal ` date 2023-05-17` prefix and month-day phrases.
#pragma once

#include "lexical.hpp"
#include "word_lists.hpp"
#include "word_table.hpp"

namespace rankparse::grammar {

struct date_year : seq<rep<4, ascii::digit>, not_at<ascii::digit>> {};
struct date_month : rep<2, ascii::digit> {};
struct date_day : rep<2, ascii::digit> {};
// 2022-03-29 or 2022-11: the text keeps its own precision.
struct iso_date : seq<date_year, opt<one<'-'>, date_month, opt<one<'-'>, date_day>>, word_end> {};
// A literal prefix at the very start of an article: " date 2022-03-29 ...".
struct date_prefix : seq<opt_hspaces, keyword<TAO_PEGTL_STRING("date")>, hspaces, iso_date, opt_hspaces> {};

struct month_name : table_word<month_table> {};
struct day_of_month : seq<rep_min_max<1, 2, ascii::digit>, opt<sor<TAO_PEGTL_STRING("st"), TAO_PEGTL_STRING("nd"), TAO_PEGTL_STRING("rd"), TAO_PEGTL_STRING("th")>>, word_end> {};
struct day_year : seq<opt<one<','>>, hspaces, date_year> {};
// "March 29", "Sept. 18, 2023", "May 4th, 2023".
// "Tuesday, ", "Tue ": the weekday before the date.
struct weekday : sor<RANKPARSE_KW("monday"), RANKPARSE_KW("tuesday"), RANKPARSE_KW("wednesday"), RANKPARSE_KW("thursday"),
                     RANKPARSE_KW("friday"), RANKPARSE_KW("saturday"), RANKPARSE_KW("sunday"), RANKPARSE_KW("mon"), RANKPARSE_KW("tue"),
                     RANKPARSE_KW("tues"), RANKPARSE_KW("wed"), RANKPARSE_KW("thu"), RANKPARSE_KW("thur"), RANKPARSE_KW("thurs"),
                     RANKPARSE_KW("fri"), RANKPARSE_KW("sat"), RANKPARSE_KW("sun")> {};
struct weekday_lead : seq<weekday, opt<one<'.'>>, opt<one<','>>, hspaces> {};
struct month_day_date : seq<month_name, hspaces, day_of_month, opt<day_year>> {};

}  // namespace rankparse::grammar
