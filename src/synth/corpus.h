// StoryCorpus (internal to parallax_synth): the sentences of one story's
// original articles (near-duplicate copies left out) with the features every
// synthesis step shares: content-word stems weighted by IDF within the story,
// participants resolved to story-wide names, resolved dates and numbers.
//
// Participants. Within an article, entity chains (when the coreference layer
// is present) give every mention its chain's canonical name; across articles,
// a name is mapped to the longest name of the same type in the story that
// ends with the same word ("Kerry" -> "John Kerry") when that is unique.
// Pronoun subjects ("he is the third ...") resolve to the last person named
// before them in the article.
//
// Thread safety: immutable after Build; const methods are thread-safe.
#ifndef PARALLAX_SYNTH_CORPUS_H_
#define PARALLAX_SYNTH_CORPUS_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parallax/article.h"
#include "synth/story_view.h"
#include "synth/story_words.h"
#include "synth/token_table.h"

namespace parallax::synth {

struct ArticleQuotes;  // corpus.cc: an article's quotations, ordered for lookups

struct SentenceInfo {
  uint32_t article = 0;               // index into StoryCorpus::articles
  uint32_t sentence = 0;              // index into that article's sentences
  uint32_t first_token = 0, token_count = 0;
  // The lists are views into arrays the corpus owns (one allocation per
  // story, not five per sentence), and the strings are views into the
  // corpus' mention names, the articles' TIMEX values and the story's word
  // features: valid while the corpus and its articles live.
  std::span<const uint32_t> terms;            // content stems (vocabulary ids), sorted unique
  std::span<const std::string_view> entities; // story-wide participant names, sorted unique
  std::span<const uint32_t> entity_ids;       // the same names as story-wide ids, sorted unique
  std::span<const std::string_view> dates;    // resolved DATE values, sorted unique
  std::span<const std::string_view> numbers;  // numeric tokens, sorted unique
  double norm = 0;                    // L2 norm of the IDF-weighted term vector
  bool quote_heavy = false;           // mostly direct quotation
  // Part of a quotation that runs over several sentences: it opens inside
  // one begun earlier (the middle or end of a speaker's quote) or opens one
  // it leaves open ("“We will rebuild. We must.”": both sentences).
  bool in_long_quote = false;
};

class StoryCorpus {
 public:
  // `articles` are the story's original articles (no copies), each segmented
  // and annotated. The pointers must outlive the corpus. `outlet_name` gives
  // each article's display outlet (default: Article::outlet).
  static StoryCorpus Build(std::vector<const Article*> articles,
                           const std::function<std::string(const Article&)>& outlet_name = nullptr);
  // Movable, not copyable: the sentences hold views into the corpus' names.
  StoryCorpus(StoryCorpus&&) = default;
  StoryCorpus& operator=(StoryCorpus&&) = default;
  StoryCorpus(const StoryCorpus&) = delete;
  StoryCorpus& operator=(const StoryCorpus&) = delete;

  const std::vector<const Article*>& articles() const { return articles_; }
  const std::vector<SentenceInfo>& sentences() const { return sentences_; }
  const std::string& Outlet(uint32_t article) const { return outlets_[article]; }

  // 0.8 cosine of the IDF-weighted stems + 0.2 participant Jaccard (scaled
  // down while the cosine is below 0.2), in [0, 1]. 0 within one article.
  double Similarity(const SentenceInfo& a, const SentenceInfo& b) const;
  // The IDF-weighted cosine of the two sentences' stems alone, for any two
  // sentences (the same article's too): how far one restates the other.
  double TermCosine(const SentenceInfo& a, const SentenceInfo& b) const;
  // Similarity of two sentences of different articles given their
  // TermCosine, for callers that need both.
  double Combine(const SentenceInfo& a, const SentenceInfo& b, double cosine) const;

  // For every sentence, the sentences of other articles with a non-zero
  // Similarity >= `min` as (index, similarity), computed through an inverted
  // index of stems: the cost is the number of pairs that share a stem, not
  // the square of the story's sentences.
  // The lists are stored end to end (one allocation): pairs[i] is sentence
  // i's list, in the order the pass found them.
  class Pairs {
   public:
    using Pair = std::pair<uint32_t, double>;
    std::span<const Pair> operator[](size_t i) const {
      return {pairs_.data() + begin_[i], pairs_.data() + begin_[i + 1]};
    }
    size_t size() const { return begin_.empty() ? 0 : begin_.size() - 1; }
    // How many sentence pairs the pass scored (its work; each pair once).
    size_t candidates() const { return candidates_; }

   private:
    friend class StoryCorpus;
    std::vector<uint32_t> begin_;  // size() + 1 offsets into pairs_
    std::vector<Pair> pairs_;
    size_t candidates_ = 0;
  };
  // Each sentence keeps at most its 256 most similar pairs among those with
  // the sentences after it in other articles (a bound on memory for stories
  // of near-identical sentences; news stories stay far below it). A stem in
  // more than 4,096 of the story's sentences finds no pairs by itself (it
  // still weighs in the pairs other stems find): the work is then at most
  // 4,096 candidates per stem occurrence, not the square of the sentences.
  // News stories stay below both bounds, where the pairs are exact.
  Pairs SimilarPairs(double min) const;
  // The same, and for every sentence the sum over the other articles of its
  // best Similarity to a sentence of that article (over all pairs, not only
  // those >= `min`; summed in article order): what the summary's centrality
  // needs, without keeping every pair of the story.
  Pairs SimilarPairs(double min, std::vector<double>* best_sums) const;

  // Story-wide name of entity mention `mention` of article `article`.
  const std::string& EntityName(uint32_t article, uint32_t mention) const;
  // Story-wide name of a raw name of type `type` ("Kerry" -> "John Kerry").
  std::string ResolveName(std::string_view name, std::string_view type) const;
  // The last PER mentioned before byte `offset` of article `article`, or "".
  std::string LastPersonBefore(uint32_t article, uint32_t offset) const;
  // The indices of article `article`'s entity mentions (time expressions,
  // role mentions) whose span lies inside `span`, ascending: what a scan of
  // them all would visit, found by binary search (an article of thousands
  // of sentences made the per-sentence scans quadratic). `out` is cleared.
  void MentionsInside(uint32_t article, Span span, std::vector<uint32_t>* out) const;
  void TimesInside(uint32_t article, Span span, std::vector<uint32_t>* out) const;
  void RolesInside(uint32_t article, Span span, std::vector<uint32_t>* out) const;

  // The story's word types (story_words.h), for passes that derive
  // something per distinct word once (a story repeats its words): the type
  // of token `token` of article `article` (kNoType past its tokens), the
  // number of types, and a type's text.
  static constexpr uint32_t kNoType = StoryWords::kNoType;
  uint32_t TokenType(uint32_t article, uint32_t token) const { return words_.Type(article, token); }
  size_t TokenTypeCount() const { return words_.TypeCount(); }
  std::string_view TokenText(uint32_t type) const { return words_.Text(type); }
  const StoryWords& words() const { return words_; }

  Citation Cite(const SentenceInfo& s) const;
  double Idf(uint32_t term) const { return idf_[term]; }
  // The vocabulary id (SentenceInfo::terms) of word type `type`, or
  // UINT32_MAX when it has none (a stop word, a non-word, a type no
  // sentence used).
  uint32_t TypeTerm(uint32_t type) const {
    return type < type_info_.size() && type_info_[type].term < kUnassigned ? type_info_[type].term : UINT32_MAX;
  }
  size_t TermCount() const { return idf_.size(); }

 private:
  StoryCorpus() = default;
  // The story's distinct (type, name) pairs of mentions: each mention's pair,
  // the index of last words over the pairs, and each pair's story-wide name.
  void IndexNames();
  static constexpr uint32_t kNoTerm = UINT32_MAX, kUnassigned = UINT32_MAX - 1;
  // What a sentence's features need of a word type, looked up once per type.
  struct TypeInfo {
    uint32_t term = kUnassigned;  // vocabulary id, kNoTerm, or kUnassigned before first use
    std::string_view number;      // WordFeatures::number
  };
  // Where one sentence's lists lie in the pools while the corpus is built
  // (the pools grow, so the spans are set once they are complete).
  struct PoolRanges {
    uint32_t terms = 0, n_terms = 0, ids = 0, n_ids = 0;
    uint32_t entities = 0, n_entities = 0, dates = 0, n_dates = 0, numbers = 0, n_numbers = 0;
  };
  const TypeInfo& InfoOf(uint32_t type);  // assigns the vocabulary id on first use
  void NameMentions();
  void OrderMentions();
  void AddSentence(uint32_t article, uint32_t sentence, ArticleQuotes* quotes, std::vector<PoolRanges>* ranges);
  void PointIntoPools(const std::vector<PoolRanges>& ranges);
  void ComputeWeights();

  std::vector<const Article*> articles_;
  std::vector<std::string> outlets_;
  std::vector<SentenceInfo> sentences_;
  // Content stems (views into words_' features) -> vocabulary id, in order of first use.
  TokenTable vocabulary_;
  // Every token's word type; per type its vocabulary id, assigned when a
  // sentence first uses it (kUnassigned before, kNoTerm for stop words and
  // non-words), so ids follow the order of first use in sentences.
  StoryWords words_;
  std::vector<TypeInfo> type_info_;  // by word type
  // The sentences' lists end to end (SentenceInfo's spans point here).
  std::vector<uint32_t> term_pool_, id_pool_;
  std::vector<std::string_view> name_pool_;  // entities, dates and numbers
  std::unordered_map<std::string, uint32_t> entity_ids_;  // participant name -> id
  // A mention's name as written (its chain's name or its text, possessive
  // stripped) with its type: many mentions share one (a chain's, a name
  // repeated across articles), so names are looked up and resolved per pair.
  struct NamePair {
    std::string_view type, name;  // views into the articles
    std::string resolved;         // ResolveName(name, type)
    uint32_t id = 0;              // entity_ids_ of `resolved`
  };
  std::vector<NamePair> name_pairs_;                      // in order of first mention
  std::vector<std::vector<uint32_t>> mention_pair_;       // [article][mention] index into name_pairs_
  // Per article, its mentions, times and roles in order of their span's first byte.
  std::vector<std::vector<uint32_t>> mention_order_, time_order_, role_order_;
  // Per article, the furthest first byte among mentions 0..m, and for each
  // m the last PER among mentions 0..m-1 (-1: none): LastPersonBefore.
  std::vector<std::vector<uint32_t>> mention_reach_;
  std::vector<std::vector<int32_t>> last_person_;
  std::vector<double> idf_;
  // type + "\t" + last word (lower) -> longest full name; "" when ambiguous.
  std::unordered_map<std::string, std::string> by_last_word_;
};

// Lower-cased, ASCII-folded text of a token.
std::string LowerToken(std::string_view token);

// The quotation marks of `text` (e.g. a paragraph's or a sentence's bytes
// from its start) at positions [from, to) applied to `open`: straight marks
// toggle, curly ones open and close. A curly mark is read only when its three
// bytes lie before `limit`.
void ScanMarks(std::string_view text, size_t from, size_t to, size_t limit, bool* open);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_CORPUS_H_
