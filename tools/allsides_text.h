// Canonical text of an AllSides news article for the quotation gold set
// (data/gold/quotes-allsides.jsonl, docs/quotes.md). Tool-only code.
//
// The corpus (<shared>/data/allsides-news/allsides-news.jsonl.gz) holds one
// JSON object a line with "id", "outlet" and "text"; an article's
// paragraphs are the non-empty lines of "text", trimmed of ASCII spaces
// (the rule bench/make_corpus.py uses), joined by a blank line.
#ifndef PARALLAX_TOOLS_ALLSIDES_TEXT_H_
#define PARALLAX_TOOLS_ALLSIDES_TEXT_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "parallax/status.h"

namespace parallax::tools {

struct AllsidesArticle {
  std::string outlet;
  std::vector<std::string> paragraphs;
};

// The article `id` of the gzipped JSONL corpus at `path`; NotFound when the
// id is absent, IOError when the file cannot be read.
Result<AllsidesArticle> ReadAllsidesArticle(const std::string& path, const std::string& id);

// The articles of `ids` in one scan of the corpus, by id; ids absent from
// the corpus are absent from the map. IOError when the file cannot be read.
Result<std::map<std::string, AllsidesArticle>> ReadAllsidesArticles(const std::string& path,
                                                                    const std::set<std::string>& ids);

}  // namespace parallax::tools

#endif  // PARALLAX_TOOLS_ALLSIDES_TEXT_H_
