// Feature templates of the greedy BILOU tagger.
//
// The feature set follows Ratinov & Roth (2009) "Design challenges and
// misconceptions in named entity recognition", minus POS tags (real news text
// arrives untagged): the token and its +-2 window, bigrams, word shape and
// affixes, unsupervised word clusters at four granularities for the token and
// its neighbours, gazetteer BILU marks, capitalisation evidence (how the word
// is usually written in the news corpus, and how it is written elsewhere in
// this document -- the cue that rescues ALL-CAPS headlines and sentence-
// initial words), how the word sits in capitalised runs elsewhere in the
// document (alone, first, inside, last: a word never seen after a first name
// is an unlikely surname), the two previous decisions, and the extended
// prediction history (the majority label this word received earlier in the
// document).
//
// Every feature is a 64-bit key Mix(template, value...); the weight table maps
// keys to per-label weights. Strings are hashed once per token in
// PrepareDocument, so Extract only combines integers.
#include "annotate/ner/features.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <type_traits>

#include "annotate/ner/normalize.h"
#include "core/unicode.h"

namespace parallax::ner {

namespace {

enum Template : uint64_t {
  kBias = 1, kWord, kLower, kLowerM1, kLowerP1, kLowerM2, kLowerP2, kBigramM, kBigramP,
  kShape, kShapeM1, kShapeP1, kShapeTri, kPrefix, kSuffix = kPrefix + 4, kClusterI = kSuffix + 4,
  kClusterM1 = kClusterI + 4, kClusterP1 = kClusterM1 + 4, kCapsCorpus = kClusterP1 + 4, kCapsDoc,
  kGaz, kGazM1, kGazP1, kPrev1, kPrev12, kPrev1Lower, kPrev1Shape, kHistory, kHistoryCaps,
  kCapsPattern, kCharFlags, kPrev1Cluster, kS1Label, kS1LabelM1, kS1LabelP1, kS1Doc, kS1DocLabel,
  kS1DocCaps, kWordM1, kWordP1, kShapeLowerM1, kLowerShapeP1, kClusterM2, kClusterP2, kRunHead, kRunFirst, kRunHeadPos, kRunHeadC0, kRunHeadC1, kHistoryRun, kClusterBigram, kDocRun, kDocRunCaps,
  kAgg, kAggCode,
};


inline uint64_t Key(uint64_t t, uint64_t v) { return Mix(t * 0x9E3779B97F4A7C15ull, v); }
inline uint64_t Key(uint64_t t, uint64_t a, uint64_t b) { return Mix(Key(t, a), b); }
inline uint64_t Key(uint64_t t, uint64_t a, uint64_t b, uint64_t c) { return Mix(Key(t, a, b), c); }

uint64_t Hash(std::string_view s) { return HashBytes(s.data(), s.size()); }

// Word shape: X for upper, x for lower, d for digit, other characters kept
// (non-ASCII non-letters become '*'); long runs are cut after 4 repeats.
void Shapes(std::string_view tok, std::string* shape, std::string* short_shape) {
  shape->clear();
  short_shape->clear();
  size_t pos = 0;
  int run = 0;
  while (pos < tok.size() && shape->size() < 24) {
    const unsigned char b = static_cast<unsigned char>(tok[pos]);
    char32_t cp = b < 0x80 ? (++pos, b) : core::DecodeUtf8(tok, &pos);
    char c;
    if (cp < 0x80) {  // ASCII: no Unicode property lookups
      if (cp >= '0' && cp <= '9') c = 'd';
      else if (cp >= 'A' && cp <= 'Z') c = 'X';
      else if (cp >= 'a' && cp <= 'z') c = 'x';
      else c = static_cast<char>(cp);
    } else if (core::IsDigit(cp)) {
      c = 'd';
    } else if (core::IsUpper(cp)) {
      c = 'X';
    } else {
      c = core::IsLetter(cp) ? 'x' : '*';
    }
    run = (!shape->empty() && shape->back() == c) ? run + 1 : 0;
    if (run < 4) shape->push_back(c);
    if (short_shape->empty() || short_shape->back() != c) short_shape->push_back(c);
  }
}

void FillToken(const Resources& res, std::string_view raw, TokenInfo* t) {
  thread_local std::string s1, s2;  // shape buffers, reused
  std::string* scratch1 = &s1;
  std::string* scratch2 = &s2;
  std::string norm = NormalizeToken(raw);
  std::string lower = Lower(norm);
  t->word = Hash(norm);
  t->lower = Gazetteer::TokenHash(lower);
  Shapes(norm, scratch1, scratch2);
  if (scratch1->find('x') != std::string::npos) t->flags |= kFlagHasLower | kFlagHasLetter;
  if (scratch1->find('X') != std::string::npos) t->flags |= kFlagHasLetter;
  t->shape = Hash(*scratch1);
  t->short_shape = Hash(*scratch2);
  for (size_t n = 1; n <= 4; ++n) {
    t->prefix[n - 1] = lower.size() > n ? Hash(std::string_view(lower).substr(0, n)) : 0;
    t->suffix[n - 1] = lower.size() > n ? Hash(std::string_view(lower).substr(lower.size() - n)) : 0;
  }
  // ClusterKey(norm) without normalising twice (NormalizeToken is idempotent).
  std::string cluster_key = norm;
  for (char& c : cluster_key)
    if (c >= '0' && c <= '9') c = '0';
  t->has_clusters = res.lexicon.FindClusters(cluster_key, &t->clusters);
  t->caps = static_cast<uint8_t>(CapsOf(norm));
  t->caps_bucket = res.lexicon.CapsBucket(t->lower);
  for (char c : norm) {
    if (c >= '0' && c <= '9') t->flags |= kFlagHasDigit;
    if (c == '-') t->flags |= kFlagHasHyphen;
    if (c == '.') t->flags |= kFlagHasPeriod;
  }
  t->gaz_start = res.gazetteer.MayStart(t->lower);
  t->outside = t->caps == static_cast<uint8_t>(Caps::kNone) &&
               (res.outside.Contains(t->word) ||
                ((t->flags & (kFlagHasLetter | kFlagHasDigit)) == kFlagHasLetter &&
                 res.outside.RarelyCapitalised(t->caps_bucket)));
}

// Fills run_first/run_head/run_pos for runs of capitalised tokens.
void MarkCapitalisedRuns(std::vector<TokenInfo>* sent) {
  auto& t = *sent;
  if (!t.empty() && (t[0].flags & kFlagAllCapsSent)) return;
  for (size_t i = 0; i < t.size();) {
    if (t[i].caps == static_cast<uint8_t>(Caps::kNone)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < t.size() && t[j].caps != static_cast<uint8_t>(Caps::kNone)) ++j;
    for (size_t k = i; k < j; ++k) {
      t[k].run_first = t[i].lower;
      t[k].run_head = t[j - 1].lower;
      t[k].run_pos = j - i == 1 ? 4 : k == i ? 1 : k + 1 == j ? 3 : 2;
      if (t[j - 1].has_clusters) {
        t[k].run_head_cluster[0] = t[j - 1].clusters[0];
        t[k].run_head_cluster[1] = t[j - 1].clusters[1];
      }
    }
    i = j;
  }
}

// Context aggregation codes of one occurrence (token i of sent): the lower
// forms of its previous and next words and their level-1 clusters. Codes are
// 32-bit hashes tagged by kind; 0 never occurs (it marks an empty slot).
int AggregationCodes(const std::vector<TokenInfo>& sent, size_t i, uint32_t* out) {
  auto code = [](uint64_t kind, uint64_t v) {
    uint32_t c = static_cast<uint32_t>(Key(kAggCode, kind, v) >> 32);
    return c ? c : 1u;
  };
  const TokenInfo* m1 = i >= 1 ? &sent[i - 1] : nullptr;
  const TokenInfo* p1 = i + 1 < sent.size() ? &sent[i + 1] : nullptr;
  int n = 0;
  out[n++] = code(1, m1 ? m1->lower : kPadBefore);
  out[n++] = code(2, p1 ? p1->lower : kPadAfter);
  if (m1 && m1->has_clusters) out[n++] = code(3, m1->clusters[1]);
  if (p1 && p1->has_clusters) out[n++] = code(4, p1->clusters[1]);
  out[n++] = code(5, i >= 2 ? sent[i - 2].lower : kPadBefore);
  out[n++] = code(6, i + 2 < sent.size() ? sent[i + 2].lower : kPadAfter);
  if (sent[i].run_pos) {  // the words just outside the capitalised run
    size_t b = i, e = i;
    while (b > 0 && sent[b - 1].run_pos && sent[b].run_pos != 1 && sent[b].run_pos != 4) --b;
    while (e + 1 < sent.size() && sent[e].run_pos != 3 && sent[e].run_pos != 4) ++e;
    out[n++] = code(7, b >= 1 ? sent[b - 1].lower : kPadBefore);
    out[n++] = code(8, e + 1 < sent.size() ? sent[e + 1].lower : kPadAfter);
  }
  return n;
}

// The document-level evidence of each token, from one index of the
// document's words (by lowercase hash) built in one pass:
//  * doc_case: how the word is written in the "trustworthy" positions of the
//    document (not sentence-initial, not in an ALL-CAPS sentence): bit 1
//    capitalised, bit 2 lowercase; stored on every occurrence, including
//    untrustworthy ones;
//  * doc_run: the union of the word's run positions (alone 1, first 2,
//    inside 4, last 8), from non-initial positions only (a sentence-initial
//    word is capitalised whatever it is, so "Jobs said" is no evidence);
//  * agg, for capitalised words (context aggregation): the distinct context
//    codes of the word's other occurrences in the document (a code also
//    produced by this occurrence counts when some other occurrence produced
//    it too); per word the first kMaxCodes distinct codes in document order
//    are kept.
// Needs the runs (MarkCapitalisedRuns) and the sentence flags.
void MarkDocumentEvidence(std::vector<std::vector<TokenInfo>>* doc, size_t tokens) {
  constexpr int kMaxCodes = 2 * TokenInfo::kAggSlots;
  constexpr uint32_t kNoCodes = UINT32_MAX;
  struct Word {
    uint8_t doc_case = 0, doc_run = 0;
    uint32_t occurrences = 0;  // capitalised (name-like) occurrences
    uint32_t codes = kNoCodes;  // its codes are codes[codes * kMaxCodes .. + count[codes])
  };
  struct Code {
    uint32_t code;
    uint32_t first_occurrence;
    bool repeated;
  };
  FlatIndex index(tokens / 2 + 16);
  std::vector<Word> words;
  std::vector<uint32_t> ids(tokens);  // word of each token, in document order
  // One buffer of codes for the document instead of a growing vector per word.
  std::vector<Code> codes;
  std::vector<uint8_t> count;
  auto is_name_like = [](const TokenInfo& t) {
    return t.caps != static_cast<uint8_t>(Caps::kNone) && (t.flags & kFlagHasLetter) && !(t.flags & kFlagHasPeriod);
  };
  size_t k = 0;
  uint32_t occ = 0;  // name-like occurrences so far
  for (const auto& sent : *doc) {
    for (size_t i = 0; i < sent.size(); ++i, ++k) {
      const TokenInfo& t = sent[i];
      const uint32_t id = index.Insert(t.lower, static_cast<uint32_t>(words.size()));
      if (id == words.size()) words.emplace_back();
      ids[k] = id;
      Word& w = words[id];
      if (!(t.flags & (kFlagInitial | kFlagAllCapsSent)) && (t.flags & kFlagHasLetter))
        w.doc_case |= t.caps == static_cast<uint8_t>(Caps::kNone) ? 2 : 1;
      if (t.run_pos != 0 && !(t.flags & kFlagInitial))
        w.doc_run |= static_cast<uint8_t>(t.run_pos == 4 ? 1 : 1u << t.run_pos);
      if (!is_name_like(t)) continue;
      ++w.occurrences;
      if (w.codes == kNoCodes) {
        w.codes = static_cast<uint32_t>(count.size());
        count.push_back(0);
        codes.resize(codes.size() + kMaxCodes);
      }
      uint32_t here[8];
      const int n = AggregationCodes(sent, i, here);
      Code* list = &codes[static_cast<size_t>(w.codes) * kMaxCodes];
      uint8_t& size = count[w.codes];
      for (int c = 0; c < n; ++c) {
        Code* it = std::find_if(list, list + size, [&](const Code& x) { return x.code == here[c]; });
        if (it != list + size) it->repeated |= it->first_occurrence != occ;
        else if (size < kMaxCodes) list[size++] = {here[c], occ, false};
      }
      ++occ;
    }
  }
  k = 0;
  occ = 0;
  for (auto& sent : *doc) {
    for (TokenInfo& t : sent) {
      const Word& w = words[ids[k++]];
      t.doc_case = w.doc_case;
      t.doc_run = w.doc_run;
      if (!is_name_like(t)) continue;
      // A word seen once has only its own codes, none repeated: no evidence.
      if (w.occurrences > 1) {
        int n = 0;
        const Code* list = &codes[static_cast<size_t>(w.codes) * kMaxCodes];
        for (const Code* c = list; c != list + count[w.codes]; ++c)
          if ((c->repeated || c->first_occurrence != occ) && n < TokenInfo::kAggSlots) t.agg[n++] = c->code;
      }
      ++occ;
    }
  }
}

}  // namespace

uint64_t TokenCache::Key(std::string_view raw) {
  const uint64_t key = HashBytes(raw.data(), raw.size());
  return key ? key : 1;
}

int64_t TokenCache::Find(uint64_t key) {
  const size_t set = SetOf(key);
  Set& tags = sets_[set];
  for (size_t w = 0; w < kWays; ++w) {
    if (tags.key[w] != key) continue;
    tags.tick[w] = ++tick_;  // recent: a miss of the same sentence will not evict it
    const int64_t found = static_cast<int64_t>(set * kWays + w);
    __builtin_prefetch(&entries_[found]);
    __builtin_prefetch(reinterpret_cast<const char*>(&entries_[found]) + 64);
    return found;
  }
  return -1;
}

void TokenCache::Fill(const Resources& res, std::string_view raw, uint64_t key, int64_t found, TokenInfo* t) {
  static_assert(std::is_trivially_copyable_v<TokenInfo>, "copied as bytes");
  static_assert(sizeof(Entry) == 128, "an entry is two cache lines");
  static_assert(sizeof(Set) == 64, "a set is one cache line");
  const size_t set = SetOf(key);
  Set& tags = sets_[set];
  // The way Find gave may have been taken since by a miss of the same set.
  if (found < 0 || tags.key[static_cast<size_t>(found) % kWays] != key) {
    ++misses_;
    *t = TokenInfo{};
    FillToken(res, raw, t);  // writes word-level fields only
    size_t victim = 0;  // an empty way, else the one used longest ago
    for (size_t w = 0; w < kWays; ++w) {
      if (tags.key[w] == 0) {
        victim = w;
        break;
      }
      if (static_cast<uint32_t>(tick_ - tags.tick[w]) > static_cast<uint32_t>(tick_ - tags.tick[victim])) victim = w;
    }
    std::memcpy(entries_[set * kWays + victim].word, t, kWordBytes);
    tags.key[victim] = key;
    tags.tick[victim] = ++tick_;
    return;
  }
  ++hits_;
  // Two fixed-size copies: the cached word-level bytes, then the defaults of the rest.
  static constexpr TokenInfo kDefault{};
  char* out = reinterpret_cast<char*>(t);
  std::memcpy(out, entries_[static_cast<size_t>(found)].word, kWordBytes);
  std::memcpy(out + kWordBytes, reinterpret_cast<const char*>(&kDefault) + kWordBytes, sizeof(TokenInfo) - kWordBytes);
}

void PrepareDocument(const Resources& res, const std::vector<std::vector<std::string_view>>& sentences,
                     int exclude_fold, std::vector<std::vector<TokenInfo>>* out, TokenCache* cache) {
  out->resize(sentences.size());
  std::vector<uint64_t> keys, hashes;
  std::vector<int64_t> found;
  std::vector<uint8_t> starts, marks;
  std::vector<uint16_t> lists;
  size_t tokens = 0;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const auto& sent = sentences[si];
    const size_t n = sent.size();
    tokens += n;
    auto& infos = (*out)[si];
    infos.resize(n);  // every element is overwritten below
    if (cache) {  // the cache's sets and entries are misses: touch the sentence's before reading any
      keys.resize(n);
      found.resize(n);
      for (size_t i = 0; i < n; ++i) cache->Prefetch(keys[i] = TokenCache::Key(sent[i]));
      for (size_t i = 0; i < n; ++i) found[i] = cache->Find(keys[i]);
    }
    hashes.resize(n);
    starts.resize(n);
    bool any_lower = false, any_upper = false, seen_word = false;
    for (size_t i = 0; i < n; ++i) {
      TokenInfo& t = infos[i];
      if (cache) {
        cache->Fill(res, sent[i], keys[i], found[i], &t);
      } else {
        t = TokenInfo{};
        FillToken(res, sent[i], &t);
      }
      hashes[i] = t.lower;
      starts[i] = t.gaz_start;
      if (t.flags & kFlagHasLower) any_lower = true;
      if (t.caps != static_cast<uint8_t>(Caps::kNone)) any_upper = true;
      if (!seen_word && (t.flags & kFlagHasLetter)) {
        t.flags |= kFlagInitial;
        seen_word = true;
      }
    }
    if (any_upper && !any_lower)
      for (TokenInfo& t : infos) t.flags |= kFlagAllCapsSent;
    MarkCapitalisedRuns(&infos);
    // Gazetteer marks: gaz and gaz_lists are zero (defaults) except at the marked tokens.
    marks.resize(n * kGazLists);
    lists.resize(n);
    res.gazetteer.MatchSparse(hashes.data(), n, exclude_fold, starts.data(), marks.data(), lists.data());
    for (size_t i = 0; i < n; ++i) {
      if (lists[i] == 0) continue;
      std::copy_n(&marks[i * kGazLists], kGazLists, infos[i].gaz.begin());
      infos[i].gaz_lists = lists[i];
    }
  }
  MarkDocumentEvidence(out, tokens);
}

void AddStage1(const std::vector<std::vector<int>>& labels, std::vector<std::vector<TokenInfo>>* doc) {
  FlatIndex index(256);
  std::vector<std::array<uint16_t, kNumTypes + 1>> counts;
  for (size_t s = 0; s < doc->size(); ++s) {
    for (size_t i = 0; i < (*doc)[s].size(); ++i) {
      TokenInfo& t = (*doc)[s][i];
      t.s1_label = static_cast<int8_t>(labels[s][i]);
      if (t.caps == static_cast<uint8_t>(Caps::kNone)) continue;
      uint32_t id = index.Insert(t.lower, static_cast<uint32_t>(counts.size()));
      if (id == counts.size()) counts.push_back({});
      uint16_t& c = counts[id][TypeOfLabel(labels[s][i]) + 1];
      if (c < UINT16_MAX) ++c;
    }
  }
  for (auto& sent : *doc) {
    for (TokenInfo& t : sent) {
      uint32_t id = index.Find(t.lower);
      if (id == FlatIndex::kMissing) continue;
      const auto& c = counts[id];
      t.s1_doc_type = static_cast<uint8_t>(std::max_element(c.begin(), c.end()) - c.begin());
      int kinds = 0;
      for (uint16_t x : c) kinds += x > 0;
      t.s1_doc_mixed = kinds > 1;
    }
  }
}

void FeatureContext::Reset() {
  ++version_;
  history_index_ = FlatIndex(256);
  history_.clear();
}

void FeatureContext::Record(const TokenInfo& tok, int label) {
  if (tok.caps == static_cast<uint8_t>(Caps::kNone)) return;  // only names-to-be matter
  ++version_;
  uint32_t id = history_index_.Insert(tok.lower, static_cast<uint32_t>(history_.size()));
  if (id == history_.size()) history_.push_back({});
  uint16_t& c = history_[id][TypeOfLabel(label) + 1];
  if (c < UINT16_MAX) ++c;
}

size_t FeatureContext::Extract(const std::vector<TokenInfo>& sent, size_t i, int prev1, int prev2,
                               uint64_t* out) const {
  size_t n = ExtractStatic(sent, i, out);
  return n + ExtractDynamic(sent[i], prev1, prev2, out + n);
}

size_t FeatureContext::ExtractDynamic(const TokenInfo& t, int prev1, int prev2, uint64_t* out) {
  size_t n = ExtractHistoryPair(prev1, prev2, out);
  return n + ExtractHistoryWord(t, prev1, out + n);
}

size_t FeatureContext::ExtractHistoryPair(int prev1, int prev2, uint64_t* out) {
  out[0] = Key(kPrev1, prev1 + 1);
  out[1] = Key(kPrev12, prev1 + 1, prev2 + 1);
  return 2;
}

size_t FeatureContext::ExtractHistoryWord(const TokenInfo& t, int prev1, uint64_t* out) {
  size_t n = 0;
  if (!(t.flags & kFlagDropWord)) out[n++] = Key(kPrev1Lower, prev1 + 1, t.lower);
  out[n++] = Key(kPrev1Shape, prev1 + 1, t.short_shape);
  out[n++] = Key(kPrev1Cluster, prev1 + 1, t.has_clusters ? t.clusters[1] : 0xFFFFF);
  return n;
}

size_t FeatureContext::ExtractWord(const TokenInfo* w, int offset, uint64_t* out) {
  size_t n = 0;
  const uint64_t pad = offset < 0 ? kPadBefore : kPadAfter;
  const uint64_t lower = w ? w->lower : pad;
  auto cluster = [w](int l) { return w->has_clusters ? w->clusters[l] : 0xFFFFF; };
  switch (offset) {
    case 0:
      out[n++] = Key(kBias, 0);
      if (!(w->flags & kFlagDropWord)) {
        out[n++] = Key(kWord, w->word);
        out[n++] = Key(kLower, w->lower);
      }
      out[n++] = Key(kShape, w->shape);
      for (int k = 0; k < 4; ++k) {
        if (w->prefix[k]) out[n++] = Key(kPrefix + k, w->prefix[k]);
        if (w->suffix[k]) out[n++] = Key(kSuffix + k, w->suffix[k]);
      }
      for (int l = 0; l < kClusterLevels; ++l) out[n++] = Key(kClusterI + l, cluster(l));
      out[n++] = Key(kCharFlags, w->flags & (kFlagHasDigit | kFlagHasHyphen | kFlagHasPeriod | kFlagHasLower), w->caps);
      break;
    case -1:
    case 1:
      out[n++] = Key(offset < 0 ? kLowerM1 : kLowerP1, lower);
      out[n++] = Key(offset < 0 ? kWordM1 : kWordP1, w ? w->word : pad);
      out[n++] = Key(offset < 0 ? kShapeM1 : kShapeP1, w ? w->shape : pad);
      if (w)
        for (int l = 0; l < kClusterLevels; ++l) out[n++] = Key((offset < 0 ? kClusterM1 : kClusterP1) + l, cluster(l));
      break;
    case -2:
    case 2:
      out[n++] = Key(offset < 0 ? kLowerM2 : kLowerP2, lower);
      if (w && w->has_clusters) out[n++] = Key(offset < 0 ? kClusterM2 : kClusterP2, w->clusters[1]);
      break;
  }
  return n;
}

size_t FeatureContext::ExtractStatic(const std::vector<TokenInfo>& sent, size_t i, uint64_t* out) const {
  size_t n = ExtractContext(sent, i, out);
  for (int k = -kWordReach; k <= kWordReach; ++k) {
    const size_t j = i + static_cast<size_t>(k);  // wraps for i + k < 0
    n += ExtractWord(j < sent.size() ? &sent[j] : nullptr, k, out + n);
  }
  return n;
}

namespace {

uint32_t Cluster1(const TokenInfo* t) { return t && t->has_clusters ? t->clusters[1] : 0xFFFFF; }

}  // namespace

size_t FeatureContext::ExtractContext(const std::vector<TokenInfo>& sent, size_t i, uint64_t* out,
                                      uint32_t groups) const {
  size_t n = 0;
  const TokenInfo& t = sent[i];
  const TokenInfo* m1 = i >= 1 ? &sent[i - 1] : nullptr;
  const TokenInfo* p1 = i + 1 < sent.size() ? &sent[i + 1] : nullptr;
  auto lower = [](const TokenInfo* x, uint64_t pad) { return x ? x->lower : pad; };
  const uint64_t caps_ctx = CapsContext(t);
  const bool caps = groups & kGroupCaps, other = groups & kGroupOther;

  if (other && !(t.flags & kFlagDropWord)) {
    out[n++] = Key(kBigramM, lower(m1, kPadBefore), t.lower);
    out[n++] = Key(kBigramP, t.lower, lower(p1, kPadAfter));
    out[n++] = Key(kShapeLowerM1, m1 ? m1->short_shape : kPadBefore, t.lower);
    out[n++] = Key(kLowerShapeP1, t.lower, p1 ? p1->short_shape : kPadAfter);
  }
  if (t.run_pos && (groups & kGroupRun)) {
    out[n++] = Key(kRunHead, t.run_head);
    out[n++] = Key(kRunFirst, t.run_first);
    out[n++] = Key(kRunHeadPos, t.run_head, t.run_pos);
    out[n++] = Key(kRunHeadC0, t.run_head_cluster[0], t.run_pos);
    out[n++] = Key(kRunHeadC1, t.run_head_cluster[1], t.run_pos);
  }
  if (other) out[n++] = Key(kClusterBigram, Cluster1(m1), Cluster1(&t));
  if (caps) out[n++] = Key(kShapeTri, m1 ? m1->short_shape : kPadBefore, t.short_shape, p1 ? p1->short_shape : kPadAfter);
  if (caps) {
    out[n++] = Key(kCapsCorpus, t.caps_bucket, caps_ctx);
    out[n++] = Key(kCapsDoc, t.doc_case, caps_ctx);
    if (t.doc_run) {
      out[n++] = Key(kDocRun, t.doc_run, t.run_pos);
      out[n++] = Key(kDocRunCaps, t.doc_run, caps_ctx);
    }
  }
  if (groups & kGroupAgg)
    for (int k = 0; k < TokenInfo::kAggSlots && t.agg[k]; ++k) out[n++] = Key(kAgg, t.agg[k]);
  if (other) {
    // Lists marked on the token or a neighbour, in list order (most tokens: none).
    for (uint32_t lists = t.gaz_lists | (m1 ? m1->gaz_lists : 0u) | (p1 ? p1->gaz_lists : 0u); lists;
         lists &= lists - 1) {
      const int g = __builtin_ctz(lists);
      if (t.gaz[g]) out[n++] = Key(kGaz, g, t.gaz[g]);
      if (m1 && m1->gaz[g]) out[n++] = Key(kGazM1, g, m1->gaz[g]);
      if (p1 && p1->gaz[g]) out[n++] = Key(kGazP1, g, p1->gaz[g]);
    }
  }
  if (caps) out[n++] = Key(kCapsPattern, m1 ? m1->caps : 9, t.caps, p1 ? p1->caps : 9);
  if (other && t.s1_label >= 0) {
    out[n++] = Key(kS1Label, t.s1_label);
    out[n++] = Key(kS1LabelM1, m1 ? m1->s1_label : 99);
    out[n++] = Key(kS1LabelP1, p1 ? p1->s1_label : 99);
    out[n++] = Key(kS1Doc, t.s1_doc_type, t.s1_doc_mixed);
    out[n++] = Key(kS1DocLabel, t.s1_doc_type, t.s1_label);
    out[n++] = Key(kS1DocCaps, t.s1_doc_type, caps_ctx);
  }
  if (groups & kGroupHistory) {
    const int best = HistoryBest(t);
    if (best >= 0) {
      out[n++] = Key(kHistory, best);
      out[n++] = Key(kHistoryCaps, best, caps_ctx);
      out[n++] = Key(kHistoryRun, best, t.run_pos, t.run_head_cluster[1]);
    }
  }
  return n;
}

}  // namespace parallax::ner
