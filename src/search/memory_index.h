// An in-memory inverted index over the store's article text, for searches
// that must cost well under FTS5's ~17 ms of CPU (GET /api/search on
// distinct queries). The SQLite store stays the source of truth: the index
// is built from it (Store::ArticleTextsAfter) and caught up from it by
// sequence number, so it can always be thrown away and rebuilt.
#ifndef PARALLAX_SEARCH_MEMORY_INDEX_H_
#define PARALLAX_SEARCH_MEMORY_INDEX_H_

#include <cstdint>
#include <shared_mutex>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parallax/status.h"
#include "parallax/store.h"

namespace parallax::search {

// The terms of a query the memory index can answer: each typed word is one
// index term (FTS5 tokenizer: folded, stemmed). Empty when the query needs
// FTS5 instead: a phrase or a word that tokenizes into several terms, a
// prefix (word*), an entity filter, or no word at all (filters only).
std::vector<std::string> MemoryQueryTerms(const SearchQuery& query);

struct MemoryIndexStats {
  size_t articles = 0;
  size_t terms = 0;
  size_t postings = 0;
  int64_t last_seq = 0;
};

// Thread safety: every method may be called concurrently. Searches share a
// read lock; Add/CatchUp/RefreshDates tokenize outside it and take the write
// lock only to append, and are serialized among themselves.
class IndexReader;

class MemoryIndex {
 public:
  MemoryIndex() = default;
  MemoryIndex(const MemoryIndex&) = delete;
  MemoryIndex& operator=(const MemoryIndex&) = delete;

  // Adds articles in ascending seq, all newer than last_seq(); older ones
  // are skipped (an article's text never changes once stored).
  Status Add(const std::vector<ArticleText>& articles);

  // Reads up to `max_articles` articles newer than last_seq() from `store`
  // in batches and adds them; returns how many were added.
  Result<size_t> CatchUp(Store* store, size_t max_articles);

  // Re-reads every indexed article's publication date (re-annotation can
  // change it; nothing else the index holds ever changes).
  Status RefreshDates(Store* store);

  // The index file (docs/formats/search_index.md; index_file.cc). Encode
  // returns the index as bytes; Save writes them to `path` (through a
  // temporary file renamed over it). Decode replaces the whole index with the
  // one in `data` (kCorruption when damaged, of another version or
  // inconsistent; the index is then empty); Load reads `path` (kNotFound
  // when missing). A loaded index must be checked against the store (Verify)
  // and then caught up (CatchUp) and its dates refreshed (RefreshDates).
  std::string Encode() const;
  Status Save(const std::string& path) const;
  Status Decode(std::string_view data);
  Status Load(const std::string& path);
  // kCorruption when the store holds other articles under the seqs of the
  // first and newest indexed ones (a replaced or rebuilt database).
  Status Verify(Store* store) const;
  // Drops everything (an empty index).
  void Clear();

  // The seq of the newest indexed article (0 when empty).
  int64_t last_seq() const;
  MemoryIndexStats Stats() const;

  // Runs `query` (MemoryQueryTerms must be non-empty: kInvalidArgument
  // otherwise) like Store::Search: the articles with every word first, then
  // those with some, each ranked by the bm25 of FTS5's bm25(5.0, 1.0) (same
  // scores), ties by ingest order; snippets and title highlights are cut
  // from the page's texts, read from `store`. Ranking is exact (never
  // windowed: SearchResults::rank_window is 0) and counts are exact.
  Result<SearchResults> Search(const SearchQuery& query, Store* store) const;
  // The same with `words` = MemoryQueryTerms(query), computed by the caller.
  Result<SearchResults> Search(const SearchQuery& query, const std::vector<std::string>& words, Store* store) const;

 private:
  struct Postings {
    std::vector<uint32_t> docs;      // ascending
    std::vector<uint16_t> weights;   // 5 x title count + body count (capped)
  };
  struct Scored;
  struct Tier;
  // A query term: its postings and bm25 factor (idf x multiplicity x (k1 + 1)).
  struct QueryTerm {
    const Postings* p;
    float factor;
  };
  // The query's filters resolved to index numbers.
  struct Filter {
    bool on = false;
    uint32_t outlet = UINT32_MAX;
    std::vector<uint32_t> allowed;  // sorted docs of SearchQuery::article_ids
  };
  Filter MakeFilter(const SearchQuery& query) const;
  // (term id, multiplicity) -> QueryTerm, in the same order.
  std::vector<QueryTerm> Weigh(const std::vector<std::pair<uint32_t, int>>& terms) const;
  // Scores the articles with any of `terms` and keeps the best `k` of each
  // tier: those with `need` terms (all of them) in *all, the rest in *some.
  void Rank(const std::vector<QueryTerm>& terms, size_t need, const SearchQuery& query, const Filter& filter, size_t k,
            Tier* all, Tier* some) const;
  // The first tier alone (the articles with every term), as Rank would give
  // it: the shortest list's articles probed in the others.
  void RankAllWords(const std::vector<QueryTerm>& terms, const SearchQuery& query, const Filter& filter, size_t k,
                    Tier* all) const;
  // The article number of an indexed seq; each of `terms`' weight in it
  // (0: absent). Under the read lock.
  uint32_t DocOfSeq(int64_t seq) const;
  std::vector<uint16_t> TermWeights(uint32_t doc, const std::vector<std::string>& terms) const;
  Status DecodeDocs(IndexReader* r);
  Status DecodeTerms(IndexReader* r);
  void ClearLocked();
  void RecomputeNormsLocked();
  int64_t last_seq_locked() const { return seqs_.empty() ? 0 : seqs_.back(); }
  bool Passes(uint32_t doc, const SearchQuery& query, const Filter& filter) const;

  mutable std::shared_mutex mu_;
  std::mutex writer_mu_;  // serializes Add, CatchUp and RefreshDates
  std::unordered_map<std::string, uint32_t> term_ids_;
  std::vector<Postings> postings_;
  // Per article (index = doc number, in seq order):
  std::vector<int64_t> seqs_;
  std::vector<uint32_t> lengths_;   // tokens in title + body (bm25 document length)
  std::vector<float> norms_;        // bm25's k1 * (1 - b + b * length / average length), kept current by Add
  std::vector<uint32_t> outlets_;   // into outlet_names_
  std::vector<std::string> published_;
  std::unordered_map<std::string, uint32_t> doc_of_id_;
  std::unordered_map<std::string, uint32_t> outlet_ids_;
  uint64_t total_tokens_ = 0;
  size_t posting_count_ = 0;
};

}  // namespace parallax::search

#endif  // PARALLAX_SEARCH_MEMORY_INDEX_H_
