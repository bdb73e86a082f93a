// Framing: how one article presents the events — the loaded and partisan
// words it uses, the labels it picks for the people and institutions it
// names, whether its headline is more loaded than its body, and whose voices
// it quotes (and how many of them are anonymous).
//
// Loaded terms come from a FramingLexicon: a curated list of loaded and
// partisan expressions written for Parallax, plus cues learned from BASIL's
// lexical-bias spans (`parallax train framing`, docs/framing.md). Matching is
// on stemmed, lower-cased token sequences (longest match first), so
// "slammed"/"slams" both hit "slam"; a learned cue carries the precision it
// had on its training data as its weight.
//
// Labels: the lexicon also holds label concepts ("China's government":
// "CCP", "the Chinese Communist Party", "Beijing", "the Chinese
// government", "communist China"); CompareLabels() reports, per concept and
// per entity chain with roles, which label each outlet chose.
//
// Sourcing is read from Article::quotes (speaker_name, source_type).
//
// Cost: one pass over the tokens with hash lookups (at most
// FramingLexicon::max_words() probes per token). Thread safety: a loaded
// FramingLexicon is immutable and may be shared; all functions are pure.
#ifndef PARALLAX_SYNTH_FRAMING_H_
#define PARALLAX_SYNTH_FRAMING_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/quotes/sourcing.h"
#include "parallax/article.h"
#include "synth/token_table.h"
#include "parallax/status.h"

namespace parallax::synth {

// One lexicon line. `key` is the stemmed, lower-cased word sequence joined by
// single spaces (FramingKey()).
struct LexiconEntry {
  enum class Kind : uint8_t { kLoaded = 0, kLabel };
  std::string key;
  std::string display;   // a readable form ("left-wing megadonor")
  Kind kind = Kind::kLoaded;
  int8_t polarity = 0;   // -1 negative, +1 positive, 0 neither/partisan
  float weight = 1.0f;   // curated = 1; learned = training precision
  bool learned = false;
  std::string subject;   // kLabel only: the concept it names ("China's government")
};

// The framing lexicon (format: docs/formats/framing-lexicon.md).
class FramingLexicon {
 public:
  FramingLexicon() = default;

  // Parses the text format; `name` is used in error messages. Errors:
  // kCorruption naming the line.
  static Result<FramingLexicon> Parse(std::string_view text, std::string_view name);
  // Loads a file. Errors: kNotFound / kIOError / kCorruption.
  static Result<FramingLexicon> Load(const std::string& path);
  // The shipped lexicon (models/framing-lexicon-en.tsv via core::FindModelFile).
  static Result<FramingLexicon> LoadDefault();

  // Adds or replaces the entry with the same key and kind.
  void Add(LexiconEntry entry);
  // The text format, magic line first; Parse(Serialize()) round-trips.
  std::string Serialize() const;

  // The entry for `key` (FramingKey form) of that kind, nullptr when none.
  const LexiconEntry* Find(std::string_view key, LexiconEntry::Kind kind) const;
  // True when `key` is a whole-word prefix of some entry's key (or a key):
  // scanning stops extending a phrase as soon as this is false.
  bool IsPrefix(std::string_view key) const { return prefixes_.find(key) != prefixes_.end(); }
  size_t size() const { return entries_.size(); }
  size_t max_words() const { return max_words_; }
  const std::vector<LexiconEntry>& entries() const { return entries_; }

 private:
  struct Hash {  // transparent: lookups by string_view allocate nothing
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Index = std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>>;
  std::vector<LexiconEntry> entries_;
  Index loaded_index_;
  Index label_index_;
  std::unordered_set<std::string, Hash, std::equal_to<>> prefixes_;
  size_t max_words_ = 0;
};

// The lexicon key of a word sequence: words lower-cased, curly apostrophes
// made straight, each word stemmed (cluster::StemWord), joined by spaces.
std::string FramingKey(std::span<const std::string_view> words);
// The same for one word.
std::string FramingWord(std::string_view word);

// One lexicon hit in an article's body (or title, when in_title).
struct LoadedTerm {
  Span span;                // into Article::body, or Article::title when in_title
  int32_t sentence = -1;    // index into Article::sentences, -1 for the title
  std::string key;          // the lexicon key that matched
  std::string display;
  int8_t polarity = 0;
  float weight = 1.0f;
  bool learned = false;
  bool in_title = false;
  bool in_quote = false;    // inside a direct quotation (Article::quotes with
                            // direct, or quotation marks): a source's words,
                            // not the outlet's
};

// Loadedness of a stretch of text.
struct Tone {
  uint32_t words = 0;
  uint32_t loaded = 0;        // loaded-term hits outside quotes
  float density = 0;          // weighted hits per 100 words
  float polarity = 0;         // mean polarity of the hits, -1..1
};

// Who the article lets speak: the quotes stage's profile (one definition).
using SourcingProfile = quotes::SourcingProfile;

// A label the article used for a concept or an entity.
struct LabelUse {
  std::string subject;        // the concept, or the entity chain's name
  std::string label;          // the words used ("CCP", "climate czar")
  uint32_t count = 0;
  Span first;                 // first use in the body
};

struct ArticleFraming {
  std::vector<LoadedTerm> loaded_terms;  // title hits first, then body order
  Tone headline;
  Tone body;
  bool headline_more_loaded = false;     // headline density clearly above the body's
  SourcingProfile sourcing;
  std::vector<LabelUse> labels;          // concept labels, then role labels of chains
};

struct FramingOptions {
  float min_weight = 0.5f;          // ignore learned cues weaker than this
  bool count_quoted_terms = false;  // count loaded words inside quotes in Tone
};

// Per token of `article`: inside a quotation — a direct Article::quotes span
// (reported speech is the outlet's wording) or between quotation marks in one
// paragraph (so it works before the quotes annotator has run).
std::vector<bool> QuotedTokenFlags(const Article& article);

// Memo of FramingWord and of the lexicon's one-word prefix test per distinct
// token text, shared by the AnalyzeFraming calls on the articles of one story
// (a story repeats its words). Holds views into the articles: use it only
// while they live, and with one lexicon. Not thread-safe.
struct FramingMemo {
  TokenTable types;
  std::vector<std::string> words;  // FramingWord, by type id
  std::vector<bool> prefix;        // lexicon.IsPrefix(word), by type id
  std::vector<int8_t> story_prefix;  // the same by StoryWords type (-1: not yet tested)
};

// Analyzes one segmented article (tokens required; quotes, entity chains
// and roles used when present). Never fails. `memo` (optional) only saves
// work: the result is the same with or without it.
ArticleFraming AnalyzeFraming(const Article& article, const FramingLexicon& lexicon,
                              const FramingOptions& options = {}, FramingMemo* memo = nullptr);

// The same for `article`, article `index` of the story that `words` was
// built over: the body's word types and framing words come from `words`
// (synthesis has them already). `memo` is required and must be used with
// one `words` only. Same result.
class StoryWords;
ArticleFraming AnalyzeFraming(const StoryWords& words, uint32_t index, const Article& article,
                              const FramingLexicon& lexicon, const FramingOptions& options, FramingMemo* memo);

// Across the articles of a story: for every concept or entity that at least
// two outlets label, which label each outlet used.
struct LabelChoice {
  std::string outlet;         // Article::outlet, "" when unknown
  uint32_t article = 0;       // index into `framings` / the story's articles
  std::string label;
  uint32_t count = 0;
};
struct LabelComparison {
  std::string subject;
  std::vector<LabelChoice> choices;  // by article, then count
  bool differs = false;              // outlets chose different labels
};
std::vector<LabelComparison> CompareLabels(std::span<const Article* const> articles,
                                           std::span<const ArticleFraming> framings);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_FRAMING_H_
