// The memory index: term -> (article, weight) postings, scored by bm25.
//
// Why not FTS5: FTS5 computes bm25 for every match of the expression and
// cannot stop early; its OR/NOT tier re-walks the same doclists; and its
// snippet() tokenizes whole bodies. On the 100k-article bench store that
// was ~17 ms of CPU for a distinct query. Here one query term is one
// posting list in memory: a list of article numbers (ascending) with the
// term's weighted frequency (5 x title count + body count, the
// bm25(5.0, 1.0) weights of the FTS path). A query walks its terms'
// lists once ("term at a time"), adding each article's bm25 share into a
// dense score array and counting the distinct terms it has; the articles
// with every term form the first tier, the rest the second (the two tiers of
// docs/serve.md), each ordered by partial sort, so the page costs one pass
// over the postings plus O(matches) selection. bm25 is FTS5's exactly
// (k1 = 1.2, b = 0.75, idf = ln((N - n + 0.5) / (n + 0.5)) floored at 1e-6,
// document length = title + body tokens), so scores and order agree with
// the FTS path wherever that ranks exactly (no window). The first tier
// alone needs no accumulators: it is the intersection of the lists, walked
// from the shortest (memory_search.cc), and most pages never reach the
// second tier, so the full pass runs only for the queries whose page does.
//
// Memory: ~6 bytes a posting (4 for the article, 2 for the weight), about
// 400 distinct terms an article: ~250 MB for 100k articles of ~6 KB.
#include "search/memory_index.h"

#include <algorithm>
#include <cmath>

#include "search/fts_tokenizer.h"
#include "search/snippet.h"
#include "store/search.h"

namespace parallax::search {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kTitleWeight = 5.0;
constexpr size_t kBatch = 1000;

// One article's tokens, counted: (local term, title count, body count).
struct DocTerms {
  ArticleText text;  // body dropped after tokenizing
  uint32_t length = 0;
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> counts;
};

// A batch tokenized outside the index's lock: local term numbers into `names`.
struct Batch {
  std::vector<std::string> names;
  std::unordered_map<std::string, uint32_t> local;
  std::vector<DocTerms> docs;
};

Status TokenizeInto(ArticleText&& a, Batch* batch, std::vector<uint32_t>* title_tf, std::vector<uint32_t>* body_tf) {
  DocTerms d;
  std::vector<uint32_t> touched;
  auto count = [&](std::string_view term, std::vector<uint32_t>* tf) {
    auto [it, added] = batch->local.try_emplace(std::string(term), static_cast<uint32_t>(batch->names.size()));
    if (added) {
      batch->names.push_back(it->first);
      title_tf->push_back(0);
      body_tf->push_back(0);
    }
    uint32_t t = it->second;
    if ((*title_tf)[t] == 0 && (*body_tf)[t] == 0) touched.push_back(t);
    ++(*tf)[t];
    ++d.length;
    return true;
  };
  PARALLAX_RETURN_IF_ERROR(Tokenize(a.title, [&](std::string_view t, size_t, size_t) { return count(t, title_tf); }));
  PARALLAX_RETURN_IF_ERROR(Tokenize(a.body, [&](std::string_view t, size_t, size_t) { return count(t, body_tf); }));
  for (uint32_t t : touched) {
    d.counts.emplace_back(t, (*title_tf)[t], (*body_tf)[t]);
    (*title_tf)[t] = (*body_tf)[t] = 0;
  }
  a.body.clear();
  a.body.shrink_to_fit();
  d.text = std::move(a);
  batch->docs.push_back(std::move(d));
  return Status::OK();
}

}  // namespace

std::vector<std::string> MemoryQueryTerms(const SearchQuery& query) {
  if (!query.entity.empty()) return {};
  std::vector<std::string> out;
  for (const std::string& quoted : store::QueryTerms(query.text)) {
    // A plain word is `"w"`; a phrase has a space, a prefix ends in `*`.
    if (quoted.size() < 3 || quoted.back() != '"' || quoted.find(' ') != std::string::npos) return {};
    std::vector<std::string> tokens;
    Status s = Tokenize(std::string_view(quoted).substr(1, quoted.size() - 2), [&](std::string_view t, size_t, size_t) {
      tokens.emplace_back(t);
      return true;
    });
    if (!s.ok() || tokens.size() != 1) return {};
    out.push_back(std::move(tokens[0]));
  }
  return out;
}

Status MemoryIndex::Add(const std::vector<ArticleText>& articles) {
  std::lock_guard<std::mutex> writer(writer_mu_);
  int64_t after = last_seq();
  Batch batch;
  std::vector<uint32_t> title_tf, body_tf;
  for (const ArticleText& a : articles) {
    if (a.seq <= after) continue;
    after = a.seq;
    ArticleText copy = a;
    PARALLAX_RETURN_IF_ERROR(TokenizeInto(std::move(copy), &batch, &title_tf, &body_tf));
  }
  std::vector<uint32_t> global(batch.names.size());
  std::unique_lock<std::shared_mutex> lock(mu_);
  for (size_t i = 0; i < batch.names.size(); ++i) {
    auto [it, added] = term_ids_.try_emplace(batch.names[i], static_cast<uint32_t>(postings_.size()));
    if (added) postings_.emplace_back();
    global[i] = it->second;
  }
  for (DocTerms& d : batch.docs) {
    auto doc = static_cast<uint32_t>(seqs_.size());
    seqs_.push_back(d.text.seq);
    lengths_.push_back(d.length);
    total_tokens_ += d.length;
    auto [oit, _] = outlet_ids_.try_emplace(d.text.outlet, static_cast<uint32_t>(outlet_ids_.size()));
    outlets_.push_back(oit->second);
    published_.push_back(std::move(d.text.published));
    doc_of_id_.emplace(std::move(d.text.id), doc);
    for (auto [t, title, body] : d.counts) {
      Postings& p = postings_[global[t]];
      p.docs.push_back(doc);
      p.weights.push_back(static_cast<uint16_t>(std::min<double>(65535, kTitleWeight * title + body)));
    }
    posting_count_ += d.counts.size();
  }
  RecomputeNormsLocked();
  return Status::OK();
}

void MemoryIndex::RecomputeNormsLocked() {
  const double avgdl = seqs_.empty() ? 1.0 : static_cast<double>(total_tokens_) / static_cast<double>(seqs_.size());
  norms_.resize(lengths_.size());
  for (size_t i = 0; i < lengths_.size(); ++i) norms_[i] = static_cast<float>(kK1 * (1.0 - kB + kB * lengths_[i] / avgdl));
}

void MemoryIndex::ClearLocked() {
  term_ids_.clear();
  postings_.clear();
  seqs_.clear();
  lengths_.clear();
  norms_.clear();
  outlets_.clear();
  published_.clear();
  doc_of_id_.clear();
  outlet_ids_.clear();
  total_tokens_ = 0;
  posting_count_ = 0;
}

void MemoryIndex::Clear() {
  std::lock_guard<std::mutex> writer(writer_mu_);
  std::unique_lock<std::shared_mutex> lock(mu_);
  ClearLocked();
}

Result<size_t> MemoryIndex::CatchUp(Store* store, size_t max_articles) {
  size_t added = 0;
  while (added < max_articles) {
    auto texts = store->ArticleTextsAfter(last_seq(), std::min(kBatch, max_articles - added), true);
    if (!texts.ok()) return texts.status();
    if (texts->empty()) break;
    PARALLAX_RETURN_IF_ERROR(Add(*texts));
    added += texts->size();
  }
  return added;
}

Status MemoryIndex::RefreshDates(Store* store) {
  std::lock_guard<std::mutex> writer(writer_mu_);
  std::vector<std::pair<int64_t, std::string>> dates;
  int64_t until = last_seq();
  for (int64_t after = 0; after < until;) {
    auto texts = store->ArticleTextsAfter(after, 10000, false);
    if (!texts.ok()) return texts.status();
    if (texts->empty()) break;
    for (auto& t : *texts) dates.emplace_back(t.seq, std::move(t.published));
    after = texts->back().seq;
  }
  std::unique_lock<std::shared_mutex> lock(mu_);
  size_t doc = 0;
  for (auto& [seq, published] : dates) {
    while (doc < seqs_.size() && seqs_[doc] < seq) ++doc;
    if (doc < seqs_.size() && seqs_[doc] == seq) published_[doc] = std::move(published);
  }
  return Status::OK();
}

int64_t MemoryIndex::last_seq() const {
  std::shared_lock<std::shared_mutex> lock(mu_);
  return seqs_.empty() ? 0 : seqs_.back();
}

MemoryIndexStats MemoryIndex::Stats() const {
  std::shared_lock<std::shared_mutex> lock(mu_);
  return {seqs_.size(), postings_.size(), posting_count_, seqs_.empty() ? 0 : seqs_.back()};
}

}  // namespace parallax::search
