// Prose facts to public records: the article date, publisher, ranking,
// headline and methodology.
#pragma once

#include "diagnostics.hpp"
#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

void build_facts(const Source& source, const RawArticle& raw, Article& article, Diagnostics& diagnostics);

}  // namespace rankparse::detail
