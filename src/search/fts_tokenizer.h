// The search index's tokenizer: SQLite FTS5's own "porter unicode61
// remove_diacritics 2" (the tokenizer of the store's articles_fts table),
// borrowed through the fts5_api of a private in-memory connection. Using the
// very same code as the FTS5 index means a word is the same term in both
// engines: the memory index and FTS5 answer the same queries the same way.
#ifndef PARALLAX_SEARCH_FTS_TOKENIZER_H_
#define PARALLAX_SEARCH_FTS_TOKENIZER_H_

#include <functional>
#include <string_view>

#include "parallax/status.h"

namespace parallax::search {

// Called once per token: the folded, stemmed term and the byte span
// [begin, end) of the token in the text. Return false to stop.
using TokenFn = std::function<bool(std::string_view term, size_t begin, size_t end)>;

// Tokenizes `text`. Thread-safe (each thread uses its own tokenizer
// instance). kInternal when SQLite lacks FTS5 or its porter tokenizer.
Status Tokenize(std::string_view text, const TokenFn& fn);

}  // namespace parallax::search

#endif  // PARALLAX_SEARCH_FTS_TOKENIZER_H_
