// Sentence features for story synthesis. Each sentence of an original
// article becomes a bag of content stems (stop words dropped, light suffix
// stripping shared with the clusterer), the participants it names, the dates
// it mentions and its numbers. Stems are weighted by their inverse document
// frequency over the story's sentences, so the words every article repeats
// ("Kerry", "climate" in a Kerry climate story) count less than the words
// that tell one statement from another ("Xinjiang", "52.2", "methane").
#include "synth/corpus.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "cluster/text_features.h"
#include "core/ascii.h"
#include "core/byte_scan.h"

namespace parallax::synth {

namespace {

// Sorts the items of `pool` from `from` on and drops repeats among them;
// returns how many are left.
template <typename T>
uint32_t SortUniqueTail(std::vector<T>* pool, uint32_t from) {
  const auto begin = pool->begin() + from;
  std::sort(begin, pool->end());
  pool->erase(std::unique(begin, pool->end()), pool->end());
  return static_cast<uint32_t>(pool->size() - from);
}

std::string_view LastWord(std::string_view name) {
  size_t sp = name.find_last_of(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

// The first i >= `from` where s[i] may open a quotation mark ('"' or the
// 0xE2 of a curly one), or s.size() (a story's every sentence is scanned,
// nearly all of it prose).
size_t NextQuoteByte(std::string_view s, size_t from) {
  return core::FindAnyOf3(s, from, s.size(), '"', '\xE2', '\xE2');
}

// Share of the sentence's bytes inside quotation marks (straight or curly).
bool QuoteHeavy(std::string_view s) {
  size_t inside = 0, open_at = std::string_view::npos;
  for (size_t i = NextQuoteByte(s, 0); i < s.size(); i = NextQuoteByte(s, i + 1)) {
    bool open = s[i] == '"' || s.compare(i, 3, "\xE2\x80\x9C") == 0;
    bool close = s[i] == '"' || s.compare(i, 3, "\xE2\x80\x9D") == 0;
    if (open_at == std::string_view::npos && open) {
      open_at = i;
    } else if (open_at != std::string_view::npos && close) {
      inside += i - open_at;
      open_at = std::string_view::npos;
    }
  }
  // A quotation opened and not closed runs on into the next sentence.
  if (open_at != std::string_view::npos) inside += s.size() - open_at;
  return inside * 2 > s.size();
}

}  // namespace

// An article's direct quotations in order of their first byte, with the
// furthest end among each prefix, so that a sentence finds the ones over it
// without a scan of them all (an article of thousands of quotations would
// make that quadratic); and where the scan of its paragraph's quotation
// marks stands.
struct ArticleQuotes {
  std::vector<Span> direct;       // by begin
  std::vector<uint32_t> max_end;  // max_end[k]: the furthest end among direct[0..k]
  // The quotation marks of paragraph `paragraph` before byte `scanned` of
  // the body leave a quotation open (`open`); UINT32_MAX: none scanned yet.
  uint32_t paragraph = UINT32_MAX, scanned = 0;
  bool open = false;

  explicit ArticleQuotes(const Article& a) {
    for (const Quotation& q : a.quotes) if (q.direct) direct.push_back(q.span);
    std::stable_sort(direct.begin(), direct.end(), [](Span x, Span y) { return x.begin < y.begin; });
    max_end.resize(direct.size());
    for (size_t k = 0; k < direct.size(); ++k) max_end[k] = std::max(direct[k].end, k ? max_end[k - 1] : 0);
  }
  // The number of quotations that begin before `offset`.
  size_t CountBefore(uint32_t offset) const {
    return std::lower_bound(direct.begin(), direct.end(), offset, [](Span q, uint32_t o) { return q.begin < o; }) -
           direct.begin();
  }
};

namespace {

// Bytes of `span` inside the article's direct quotations: a quotation that
// runs over several sentences leaves its middle and closing sentences without
// an opening mark of their own, so QuoteHeavy alone does not see them. Walks
// back from the last quotation beginning before the span's end while an
// earlier one may still reach into it.
size_t DirectQuoteShare(const ArticleQuotes& quotes, Span span) {
  size_t inside = 0;
  for (size_t k = quotes.CountBefore(span.end); k-- > 0 && quotes.max_end[k] > span.begin;) {
    const Span q = quotes.direct[k];
    if (q.end <= span.begin || q.begin >= span.end) continue;
    inside += std::min(q.end, span.end) - std::max(q.begin, span.begin);
  }
  return inside;
}

}  // namespace

void ScanMarks(std::string_view text, size_t from, size_t to, size_t limit, bool* open) {
  const std::string_view marks = text.substr(0, to);
  for (size_t i = NextQuoteByte(marks, from); i < to; i = NextQuoteByte(marks, i + 1)) {
    if (text[i] == '"') {
      *open = !*open;
    } else if (i + 2 < limit && text[i + 1] == '\x80') {  // text[i] is 0xE2
      if (text[i + 2] == '\x9C') *open = true;
      else if (text[i + 2] == '\x9D') *open = false;
    }
  }
}

namespace {

// Whether the sentence `s` opens inside a quotation begun earlier (a direct
// quotation of the quotes layer runs over its first byte, or the quotation
// marks of its paragraph before it leave one open: straight marks toggle,
// curly ones open and close) or opens one it does not close. The marks
// before the sentence are scanned on from where the previous sentence of the
// same paragraph left `quotes` (sentences come in order), not from the
// paragraph's start: the state there depends on the paragraph's bytes alone.
bool InLongQuotation(const Article& a, const Sentence& s, ArticleQuotes* quotes) {
  const size_t before = quotes->CountBefore(s.span.begin);
  if (before > 0 && quotes->max_end[before - 1] > s.span.begin) return true;
  if (s.paragraph >= a.paragraphs.size()) return false;
  const uint32_t from = a.paragraphs[s.paragraph].span.begin;
  if (from > s.span.begin || s.span.end > a.body.size()) return false;
  const std::string_view text = std::string_view(a.body).substr(from, s.span.end - from);
  const size_t start = s.span.begin - from;
  // A mark the segmenter left at the end of the sentence ("... on Monday.
  // \"") closes a quotation open there, or else opens the next sentence's.
  size_t end = text.size();
  while (end > start && text[end - 1] == ' ') --end;
  bool trailing_straight = false;
  if (end > start + 1 && text[end - 1] == '"') --end, trailing_straight = true;
  else if (end >= start + 3 && text.substr(end - 3, 3) == "\xE2\x80\x9C") end -= 3;
  bool open = false;
  if (start < end) {
    if (start + 2 < text.size()) {
      // Every curly mark before the sentence lies whole inside `text`: the
      // paragraph's state at `start` is the one carried from sentence to
      // sentence.
      if (quotes->paragraph != s.paragraph || quotes->scanned > s.span.begin) {
        quotes->paragraph = s.paragraph;
        quotes->scanned = from;
        quotes->open = false;
      }
      ScanMarks(text, quotes->scanned - from, start, text.size(), &quotes->open);
      quotes->scanned = s.span.begin;
      open = quotes->open;
    } else {
      ScanMarks(text, 0, start, text.size(), &open);
    }
    if (open) return true;
    ScanMarks(text, start, end, text.size(), &open);
  } else {
    ScanMarks(text, 0, end, text.size(), &open);
  }
  if (trailing_straight && open) open = false;
  return open;  // opened in the sentence and left open
}

// Indices of `items` (entity mentions or time expressions) in order of their
// span's first byte, so that a sentence finds its own with a binary search
// instead of a scan of the whole article per sentence.
template <typename T>
void OrderByBegin(const std::vector<T>& items, std::vector<uint32_t>* order) {
  order->resize(items.size());
  for (uint32_t i = 0; i < items.size(); ++i) (*order)[i] = i;
  std::stable_sort(order->begin(), order->end(),
                   [&](uint32_t x, uint32_t y) { return items[x].span.begin < items[y].span.begin; });
}

// The items of `order` whose span lies inside `span`, in `order`'s order.
template <typename T, typename Fn>
void ForEachInside(const std::vector<T>& items, const std::vector<uint32_t>& order, Span span, const Fn& fn) {
  auto it = std::lower_bound(order.begin(), order.end(), span.begin,
                             [&](uint32_t i, uint32_t begin) { return items[i].span.begin < begin; });
  for (; it != order.end() && items[*it].span.begin <= span.end; ++it) {
    if (items[*it].span.end <= span.end) fn(*it);
  }
}

// Hashes std::string keys and string_view probes alike (heterogeneous lookup).
struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace

std::string LowerToken(std::string_view token) { return core::AsciiLowered(token); }

StoryCorpus StoryCorpus::Build(std::vector<const Article*> articles,
                               const std::function<std::string(const Article&)>& outlet_name) {
  StoryCorpus c;
  c.articles_ = std::move(articles);
  for (const Article* a : c.articles_) {
    c.outlets_.push_back(outlet_name ? outlet_name(*a) : a->outlet.empty() ? "(unknown outlet)" : a->outlet);
  }
  c.IndexNames();
  c.NameMentions();
  c.words_ = StoryWords(c.articles_);
  c.type_info_.assign(c.words_.TypeCount(), TypeInfo{});
  c.OrderMentions();
  std::vector<PoolRanges> ranges;
  size_t n_sentences = 0;
  for (const Article* a : c.articles_) n_sentences += a->sentences.size();
  c.sentences_.reserve(n_sentences);
  ranges.reserve(n_sentences);
  for (uint32_t i = 0; i < c.articles_.size(); ++i) {
    const Article& a = *c.articles_[i];
    ArticleQuotes quotes(a);
    for (uint32_t s = 0; s < a.sentences.size(); ++s) c.AddSentence(i, s, &quotes, &ranges);
  }
  c.PointIntoPools(ranges);
  c.ComputeWeights();
  return c;
}

void StoryCorpus::IndexNames() {
  // Pairs by "type\tname"; a chain's mentions usually share one, found
  // through the chain without building the key.
  std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>> pair_of;
  std::string key;
  std::vector<uint32_t> chain_pair;
  mention_pair_.resize(articles_.size());
  for (uint32_t i = 0; i < articles_.size(); ++i) {
    const Article& a = *articles_[i];
    chain_pair.assign(a.entity_chains.size(), UINT32_MAX);
    std::vector<uint32_t>& pairs = mention_pair_[i];
    pairs.reserve(a.entities.size());
    for (const EntityMention& e : a.entities) {
      const bool chained = e.chain >= 0 && static_cast<size_t>(e.chain) < a.entity_chains.size();
      if (chained && chain_pair[e.chain] != UINT32_MAX && name_pairs_[chain_pair[e.chain]].type == e.type) {
        pairs.push_back(chain_pair[e.chain]);
        continue;
      }
      std::string_view name = chained ? std::string_view(a.entity_chains[e.chain].name) : e.span.Of(a.body);
      if (name.ends_with("'s")) name.remove_suffix(2);
      else if (name.ends_with("\xE2\x80\x99s")) name.remove_suffix(4);
      key.assign(e.type);
      key += '\t';
      key += name;
      auto [it, inserted] = pair_of.emplace(key, static_cast<uint32_t>(name_pairs_.size()));
      if (inserted) name_pairs_.push_back({e.type, name, {}, 0});
      if (chained) chain_pair[e.chain] = it->second;
      pairs.push_back(it->second);
    }
  }
  // The index of last words, over the pairs in order of first mention (a
  // pair met again changes nothing: its name equals, or ends, the entry's).
  for (const NamePair& p : name_pairs_) {
    const std::string name(p.name);
    auto [it, inserted] = by_last_word_.emplace(std::string(p.type) + "\t" + LowerToken(LastWord(name)), name);
    if (inserted || it->second == name) continue;
    // Keep the longer name when one extends the other ("Kerry" < "John Kerry"); else ambiguous.
    const std::string& old = it->second;
    if (old.empty()) continue;
    if (name.size() > old.size() && name.ends_with(old)) it->second = name;
    else if (!(old.size() > name.size() && old.ends_with(name))) it->second = "";
  }
}

std::string StoryCorpus::ResolveName(std::string_view name, std::string_view type) const {
  auto it = by_last_word_.find(std::string(type) + "\t" + LowerToken(LastWord(name)));
  if (it == by_last_word_.end() || it->second.empty()) return std::string(name);
  return it->second.ends_with(name) ? it->second : std::string(name);
}

// Every pair's story-wide name and participant id, computed once: the
// sentence features, conflicts and roles all ask for them. Ids follow the
// order of the names' first mentions.
void StoryCorpus::NameMentions() {
  for (NamePair& p : name_pairs_) {
    p.resolved = ResolveName(p.name, p.type);
    p.id = entity_ids_.emplace(p.resolved, static_cast<uint32_t>(entity_ids_.size())).first->second;
  }
}

const std::string& StoryCorpus::EntityName(uint32_t article, uint32_t mention) const {
  return name_pairs_[mention_pair_[article][mention]].resolved;
}

void StoryCorpus::OrderMentions() {
  const size_t n = articles_.size();
  mention_order_.resize(n), time_order_.resize(n), role_order_.resize(n);
  mention_reach_.resize(n), last_person_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Article& a = *articles_[i];
    OrderByBegin(a.entities, &mention_order_[i]);
    OrderByBegin(a.times, &time_order_[i]);
    OrderByBegin(a.roles, &role_order_[i]);
    std::vector<uint32_t>& reach = mention_reach_[i];
    std::vector<int32_t>& last = last_person_[i];
    last.push_back(-1);
    for (uint32_t m = 0; m < a.entities.size(); ++m) {
      reach.push_back(std::max(a.entities[m].span.begin, m ? reach.back() : 0u));
      last.push_back(a.entities[m].type == "PER" ? static_cast<int32_t>(m) : last.back());
    }
  }
}

// The mentions in index order up to the first that begins at or after
// `offset` (where the furthest first byte so far reaches it), the last PER
// among them.
std::string StoryCorpus::LastPersonBefore(uint32_t article, uint32_t offset) const {
  const std::vector<uint32_t>& reach = mention_reach_[article];
  const size_t k = std::lower_bound(reach.begin(), reach.end(), offset) - reach.begin();
  const int32_t m = last_person_[article][k];
  return m < 0 ? std::string() : EntityName(article, static_cast<uint32_t>(m));
}

namespace {

template <typename T>
void Inside(const std::vector<T>& items, const std::vector<uint32_t>& order, Span span, std::vector<uint32_t>* out) {
  out->clear();
  ForEachInside(items, order, span, [&](uint32_t i) { out->push_back(i); });
  std::sort(out->begin(), out->end());
}

}  // namespace

void StoryCorpus::MentionsInside(uint32_t article, Span span, std::vector<uint32_t>* out) const {
  Inside(articles_[article]->entities, mention_order_[article], span, out);
}

void StoryCorpus::TimesInside(uint32_t article, Span span, std::vector<uint32_t>* out) const {
  Inside(articles_[article]->times, time_order_[article], span, out);
}

void StoryCorpus::RolesInside(uint32_t article, Span span, std::vector<uint32_t>* out) const {
  Inside(articles_[article]->roles, role_order_[article], span, out);
}

const StoryCorpus::TypeInfo& StoryCorpus::InfoOf(uint32_t type) {
  TypeInfo& info = type_info_[type];
  if (info.term != kUnassigned) return info;
  const WordFeatures& f = words_.Features(type);
  info.number = f.number;
  info.term = f.content ? vocabulary_.Intern(f.stem) : kNoTerm;
  return info;
}

void StoryCorpus::AddSentence(uint32_t article, uint32_t sentence, ArticleQuotes* quotes,
                              std::vector<PoolRanges>* ranges) {
  const std::vector<uint32_t>& entity_order = mention_order_[article];
  const std::vector<uint32_t>& time_order = time_order_[article];
  const Article& a = *articles_[article];
  const Sentence& s = a.sentences[sentence];
  SentenceInfo info;
  info.article = article;
  info.sentence = sentence;
  info.first_token = s.first_token;
  info.token_count = s.token_count;
  PoolRanges r;
  r.terms = static_cast<uint32_t>(term_pool_.size());
  r.numbers = static_cast<uint32_t>(name_pool_.size());
  const std::span<const uint32_t> types = words_.Types(article);
  const uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, static_cast<uint32_t>(types.size()));
  for (uint32_t t = s.first_token; t < end; ++t) {
    const TypeInfo& type = InfoOf(types[t]);
    if (!type.number.empty()) name_pool_.push_back(type.number);
    if (type.term != kNoTerm) term_pool_.push_back(type.term);
  }
  r.n_terms = SortUniqueTail(&term_pool_, r.terms);
  r.n_numbers = SortUniqueTail(&name_pool_, r.numbers);
  r.entities = static_cast<uint32_t>(name_pool_.size());
  r.ids = static_cast<uint32_t>(id_pool_.size());
  ForEachInside(a.entities, entity_order, s.span, [&](uint32_t m) {
    if (a.entities[m].type == "MISC") return;
    const NamePair& p = name_pairs_[mention_pair_[article][m]];
    name_pool_.push_back(p.resolved);
    id_pool_.push_back(p.id);
  });
  r.n_entities = SortUniqueTail(&name_pool_, r.entities);
  r.n_ids = SortUniqueTail(&id_pool_, r.ids);
  r.dates = static_cast<uint32_t>(name_pool_.size());
  ForEachInside(a.times, time_order, s.span, [&](uint32_t x) {
    const TimeExpression& t = a.times[x];
    if (t.type == "DATE" && !t.needs_dct && !t.value.empty() && core::IsAsciiDigit(t.value[0])) {
      name_pool_.push_back(t.value);
    }
  });
  r.n_dates = SortUniqueTail(&name_pool_, r.dates);
  info.quote_heavy = QuoteHeavy(s.span.Of(a.body)) || DirectQuoteShare(*quotes, s.span) * 2 > s.span.size();
  info.in_long_quote = InLongQuotation(a, s, quotes);
  sentences_.push_back(info);
  ranges->push_back(r);
}

void StoryCorpus::PointIntoPools(const std::vector<PoolRanges>& ranges) {
  for (size_t i = 0; i < sentences_.size(); ++i) {
    const PoolRanges& r = ranges[i];
    SentenceInfo& s = sentences_[i];
    s.terms = {term_pool_.data() + r.terms, r.n_terms};
    s.entity_ids = {id_pool_.data() + r.ids, r.n_ids};
    s.entities = {name_pool_.data() + r.entities, r.n_entities};
    s.dates = {name_pool_.data() + r.dates, r.n_dates};
    s.numbers = {name_pool_.data() + r.numbers, r.n_numbers};
  }
}

void StoryCorpus::ComputeWeights() {
  std::vector<uint32_t> df(vocabulary_.size(), 0);
  for (const auto& s : sentences_) for (uint32_t t : s.terms) ++df[t];
  idf_.resize(df.size());
  const double n = static_cast<double>(sentences_.size()) + 1;
  for (size_t t = 0; t < df.size(); ++t) idf_[t] = std::log(n / (df[t] + 0.5));
  for (auto& s : sentences_) {
    double sum = 0;
    for (uint32_t t : s.terms) sum += idf_[t] * idf_[t];
    s.norm = std::sqrt(sum);
  }
}

double StoryCorpus::Similarity(const SentenceInfo& a, const SentenceInfo& b) const {
  if (a.article == b.article) return 0;
  return Combine(a, b, TermCosine(a, b));
}

double StoryCorpus::TermCosine(const SentenceInfo& a, const SentenceInfo& b) const {
  if (a.norm == 0 || b.norm == 0) return 0;
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i] < b.terms[j]) ++i;
    else if (a.terms[i] > b.terms[j]) ++j;
    else { dot += idf_[a.terms[i]] * idf_[a.terms[i]]; ++i; ++j; }
  }
  return dot / (a.norm * b.norm);
}

namespace {

// Combine's formula given the number of participants the two sentences
// share. Shared participants only add to shared words: two sentences that
// merely both name Kerry are not one statement. With none shared the
// participant term is exactly +0, so the value is 0.8 * cosine.
inline double CombineShared(const SentenceInfo& a, const SentenceInfo& b, double cosine, size_t shared) {
  size_t uni = a.entities.size() + b.entities.size() - shared;
  double participants = uni == 0 ? 0 : static_cast<double>(shared) / uni;
  return 0.8 * cosine + 0.2 * participants * std::min(1.0, cosine / 0.2);
}

}  // namespace

double StoryCorpus::Combine(const SentenceInfo& a, const SentenceInfo& b, double cosine) const {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.entity_ids.size() && j < b.entity_ids.size();) {
    if (a.entity_ids[i] < b.entity_ids[j]) ++i;
    else if (a.entity_ids[i] > b.entity_ids[j]) ++j;
    else { ++shared; ++i; ++j; }
  }
  return CombineShared(a, b, cosine, shared);
}

namespace {

// A sentence keeps at most this many of the pairs found from it (with the
// sentences after it): a story of near-identical sentences would otherwise
// keep a pair for every two of them (quadratic memory). News stories stay
// far below it.
constexpr size_t kMaxPairsFound = 256;

// A stem in more of the story's sentences than this finds no pairs by
// itself: walking its postings would cost the square of its frequency (a
// story of thousands of near-identical sentences). It still counts in the
// similarity of the pairs the other stems find. News stories stay far below
// it (60 articles, a few thousand sentences).
constexpr uint32_t kMaxPostingsWalked = 4096;

// The sum of weight[t] over the stems the two sentences share, in ascending
// stem order (the order the postings walk adds them in).
double SharedWeight(const SentenceInfo& a, const SentenceInfo& b, const std::vector<double>& weight) {
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.terms.size() && j < b.terms.size();) {
    if (a.terms[i] < b.terms[j]) ++i;
    else if (a.terms[i] > b.terms[j]) ++j;
    else { dot += weight[a.terms[i]]; ++i; ++j; }
  }
  return dot;
}

// Keeps, of edges[first..], the kMaxPairsFound most similar (ties: the first
// found), in the order found.
template <typename Edge>
void KeepBest(std::vector<Edge>* edges, size_t first, std::vector<double>* sims) {
  sims->clear();
  for (size_t e = first; e < edges->size(); ++e) sims->push_back((*edges)[e].sim);
  std::nth_element(sims->begin(), sims->begin() + (kMaxPairsFound - 1), sims->end(), std::greater<double>());
  const double cut = (*sims)[kMaxPairsFound - 1];
  size_t above = 0;
  for (double v : *sims) above += v > cut;
  size_t ties = kMaxPairsFound - above, out = first;
  for (size_t e = first; e < edges->size(); ++e) {
    const double v = (*edges)[e].sim;
    if (v > cut || (v == cut && ties > 0)) {
      if (v == cut) --ties;
      (*edges)[out++] = (*edges)[e];
    }
  }
  edges->resize(out);
}

}  // namespace

StoryCorpus::Pairs StoryCorpus::SimilarPairs(double min) const { return SimilarPairs(min, nullptr); }

StoryCorpus::Pairs StoryCorpus::SimilarPairs(double min, std::vector<double>* best_sums) const {
  const uint32_t n = static_cast<uint32_t>(sentences_.size());
  // best[i * n_articles + a]: sentence i's best similarity in article a (0: none).
  const size_t n_articles = articles_.size();
  std::vector<double> best(best_sums ? static_cast<size_t>(n) * n_articles : 0, 0.0);
  // Postings of every term end to end, each in sentence order.
  std::vector<uint32_t> posting_begin(idf_.size() + 1, 0);
  for (const SentenceInfo& s : sentences_) for (uint32_t t : s.terms) ++posting_begin[t + 1];
  for (size_t t = 0; t < idf_.size(); ++t) posting_begin[t + 1] += posting_begin[t];
  std::vector<uint32_t> postings(posting_begin.back());
  {
    std::vector<uint32_t> fill(posting_begin.begin(), posting_begin.end() - 1);
    for (uint32_t i = 0; i < n; ++i) for (uint32_t t : sentences_[i].terms) postings[fill[t]++] = i;
  }
  // Sentences are in article order: the sentences of i's article after i
  // end at article_last[i], so a walk from there on meets other articles only.
  std::vector<uint32_t> article_last(n);
  for (uint32_t i = n; i-- > 0;) {
    article_last[i] = i + 1 < n && sentences_[i + 1].article == sentences_[i].article ? article_last[i + 1] : i;
  }
  std::vector<double> weight(idf_.size());
  for (size_t t = 0; t < idf_.size(); ++t) weight[t] = idf_[t] * idf_[t];
  // Per term, the first posting not yet left behind by the walks (postings
  // ascend, and so does article_last[i] with i): a walk's start without a
  // binary search per term and sentence.
  std::vector<uint32_t> cursor(posting_begin.begin(), posting_begin.end() - 1);
  const auto walked = [&](uint32_t t) { return posting_begin[t + 1] - posting_begin[t] <= kMaxPostingsWalked; };
  struct Edge { uint32_t i, j; double sim; };
  std::vector<Edge> edges;  // in the order found
  std::vector<double> dot(n, 0);
  std::vector<uint32_t> touched;
  // Sentence i's participants, stamped i + 1 by id: a pair's shared count
  // is one array read per participant of the other sentence (no merge).
  std::vector<uint32_t> named_by(entity_ids_.size(), 0);
  // Per sentence, bit (id mod 64) set for each participant id: two sentences
  // whose masks do not meet share no participant (most pairs), and skip the count.
  std::vector<uint64_t> id_mask(n, 0);
  for (uint32_t i = 0; i < n; ++i) for (uint32_t id : sentences_[i].entity_ids) id_mask[i] |= uint64_t{1} << (id & 63);
  std::vector<double> sims;
  // What a pair reads of its later sentence, side by side (a SentenceInfo
  // spans two cache lines).
  std::vector<double> norm(n);
  std::vector<uint32_t> article_of(n);
  for (uint32_t i = 0; i < n; ++i) norm[i] = sentences_[i].norm, article_of[i] = sentences_[i].article;
  // touched[0, n_touched): the sentences the walk reached, in the order first reached.
  touched.resize(n + 1);
  size_t out_candidates = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const SentenceInfo& a = sentences_[i];
    if (a.norm == 0) continue;
    const size_t first_edge = edges.size();
    for (uint32_t id : a.entity_ids) named_by[id] = i + 1;
    // With a stem too common to walk, the candidates' dot products are
    // summed by a merge of the two stem lists instead (the same sum, in the
    // same order: ascending stem ids).
    bool all_walked = true;
    for (uint32_t t : a.terms) all_walked &= walked(t);
    size_t n_touched = 0;
    uint32_t* const reached = touched.data();
    double* const dots = dot.data();
    for (uint32_t t : a.terms) {
      if (!all_walked && !walked(t)) continue;
      const double w = weight[t];
      // The walk starts after i's article: the term's cursor moves on to
      // there (it only moves forward, as article_last does with i).
      uint32_t from = cursor[t];
      const uint32_t to = posting_begin[t + 1];
      while (from < to && postings[from] <= article_last[i]) ++from;
      cursor[t] = from;
      const uint32_t* end = postings.data() + to;
      for (const uint32_t* it = postings.data() + from; it != end; ++it) {
        const uint32_t j = *it;
        reached[n_touched] = j;  // kept only when j is new (every weight is > 0)
        n_touched += dots[j] == 0;
        dots[j] += w;
      }
    }
    out_candidates += n_touched;
    const double a_norm = a.norm;
    const uint64_t a_mask = id_mask[i];
    double* const best_i = best_sums ? best.data() + static_cast<size_t>(i) * n_articles : nullptr;
    for (size_t k = 0; k < n_touched; ++k) {
      const uint32_t j = reached[k];
      if (!all_walked) dots[j] = SharedWeight(a, sentences_[j], weight);
      double sim = 0;
      if (norm[j] != 0) {
        const double cosine = dots[j] / (a_norm * norm[j]);
        size_t shared = 0;
        if (a_mask & id_mask[j]) for (uint32_t id : sentences_[j].entity_ids) shared += named_by[id] == i + 1;
        sim = shared == 0 ? 0.8 * cosine : CombineShared(a, sentences_[j], cosine, shared);
      }
      if (best_i && sim > 0) {
        double& bi = best_i[article_of[j]];
        double& bj = best[static_cast<size_t>(j) * n_articles + a.article];
        bi = std::max(bi, sim);
        bj = std::max(bj, sim);
      }
      if (sim > 0 && sim >= min) edges.push_back({i, j, sim});
      dots[j] = 0;
    }
    if (edges.size() - first_edge > kMaxPairsFound) KeepBest(&edges, first_edge, &sims);
  }
  if (best_sums) {
    best_sums->assign(n, 0.0);
    for (uint32_t i = 0; i < n; ++i) {
      double sum = 0;
      for (size_t a = 0; a < n_articles; ++a) sum += best[static_cast<size_t>(i) * n_articles + a];
      (*best_sums)[i] = sum;
    }
  }
  // Each edge joins both sentences' lists, in the order found.
  Pairs out;
  out.candidates_ = out_candidates;
  out.begin_.assign(n + 1, 0);
  for (const Edge& e : edges) ++out.begin_[e.i + 1], ++out.begin_[e.j + 1];
  for (uint32_t i = 0; i < n; ++i) out.begin_[i + 1] += out.begin_[i];
  out.pairs_.resize(edges.size() * 2);
  std::vector<uint32_t> fill(out.begin_.begin(), out.begin_.end() - 1);
  for (const Edge& e : edges) {
    out.pairs_[fill[e.i]++] = {e.j, e.sim};
    out.pairs_[fill[e.j]++] = {e.i, e.sim};
  }
  return out;
}

Citation StoryCorpus::Cite(const SentenceInfo& s) const {
  Citation c = MakeCitation(*articles_[s.article], s.sentence);
  c.outlet = outlets_[s.article];
  return c;
}

}  // namespace parallax::synth
