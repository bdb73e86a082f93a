// StoryWords (internal to parallax_synth): every token of a story's articles
// mapped to a story-wide word type, with what the synthesis passes derive
// from a word's text — its content stem, its number, the timeline's stem
// hash and the framing lexicon's key word.
//
// A story repeats its words, and stories repeat each other's words: the
// corpus (sentence features), the timeline (statement terms) and framing
// (lexicon scan) all ask the same questions of the same words. StoryWords
// hashes each token once per story into one TokenTable, and derives each
// distinct word's features once per process: a thread-local cache keeps
// them for every word seen before on this thread (bounded; when it grows
// past its limit a fresh generation starts, and a StoryWords keeps the
// generation it read alive, so its features never dangle).
//
// Thread safety: immutable after construction; const methods may be called
// from any thread. Construction uses the calling thread's cache.
#ifndef PARALLAX_SYNTH_STORY_WORDS_H_
#define PARALLAX_SYNTH_STORY_WORDS_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"
#include "synth/token_table.h"

namespace parallax::synth {

// What synthesis derives from one token text; a pure function of the text.
struct WordFeatures {
  // Content stem for sentence similarity (corpus.h): the stem of the
  // lower-cased word when `content`; stop words, one-byte words and words
  // that do not open with an ASCII letter or digit are not content words.
  bool content = false;
  std::string stem;
  // The digits and dots of a token holding a digit, without trailing dots
  // ("$52.2bn." -> "52.2"); "" when it holds no digit.
  std::string number;
  // Statement term of the timeline (timeline.cc): cluster::HashTerm of the
  // stem of a word that opens with a letter, digit or non-ASCII byte and is
  // not a stop word; 0 otherwise.
  uint64_t timeline_term = 0;
  // FramingWord() of the text: the lexicon's key spelling.
  std::string framing_word;
  // The text lower-cased (ASCII letters only; LowerToken in corpus.h).
  std::string lower;
};

// The features of `text`, computed without any cache.
WordFeatures DeriveWordFeatures(std::string_view text);

class StoryWords {
 public:
  static constexpr uint32_t kNoType = UINT32_MAX;

  // Types every token of `articles` (the pointers and their bodies must
  // outlive this object). Article indices below are positions in `articles`.
  explicit StoryWords(std::span<const Article* const> articles);
  StoryWords() = default;  // no articles

  // The type of token `token` of article `article`; kNoType past the end.
  uint32_t Type(uint32_t article, uint32_t token) const {
    const auto& types = types_[article];
    return token < types.size() ? types[token] : kNoType;
  }
  // The types of all tokens of article `article`, parallel to its tokens.
  std::span<const uint32_t> Types(uint32_t article) const { return types_[article]; }

  size_t TypeCount() const { return table_.size(); }
  std::string_view Text(uint32_t type) const { return table_.text(type); }
  const WordFeatures& Features(uint32_t type) const { return *features_[type]; }

 private:
  struct Generation;  // the thread's cache of features by text
  std::shared_ptr<Generation> generation_;
  TokenTable table_;
  std::vector<const WordFeatures*> features_;  // by type, into *generation_
  std::vector<std::vector<uint32_t>> types_;   // [article][token]
};

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_STORY_WORDS_H_
