// Private to the quotes module: a per-article index the attribution code
// reads (lower-cased tokens, token -> entity and token -> sentence maps,
// canonical entity names) and the Speaker it produces.
#ifndef PARALLAX_ANNOTATE_QUOTES_CONTEXT_H_
#define PARALLAX_ANNOTATE_QUOTES_CONTEXT_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/quotes/gender.h"
#include "annotate/quotes/quote_finder.h"
#include "parallax/article.h"
#include "parallax/outlets.h"

namespace parallax::quotes {

class Context {
 public:
  // `quoted`: FindQuotedSpans of the article (computed once by the caller).
  Context(const Article& article, const OutletRegistry& registry, const std::vector<QuotedSpan>& quoted);

  const Article& article() const { return a_; }
  const OutletRegistry& registry() const { return registry_; }
  uint32_t size() const { return static_cast<uint32_t>(a_.tokens.size()); }
  std::string_view Lower(uint32_t tok) const { return tok < size() ? a_.tokens[tok].span.Of(lower_body_) : ""; }
  // Token accessors accept any index: past the end they answer "", -1 and UINT32_MAX.
  std::string_view Text(uint32_t tok) const { return tok < size() ? a_.tokens[tok].span.Of(a_.body) : ""; }
  int32_t EntityOf(uint32_t tok) const { return tok < size() ? entity_of_[tok] : -1; }
  uint32_t SentenceOf(uint32_t tok) const { return tok < size() ? sentence_of_[tok] : UINT32_MAX; }
  // The paragraph of the token's sentence; 0 for a token in no sentence (or past the end).
  uint32_t ParagraphOf(uint32_t tok) const {
    uint32_t s = SentenceOf(tok);
    return s < a_.sentences.size() ? a_.sentences[s].paragraph : 0;
  }
  // Index of the first token whose span begins at or after `byte`.
  uint32_t TokenAt(uint32_t byte) const;
  // TokenAt(the entity's first byte), computed once per entity.
  uint32_t EntityStart(int32_t entity) const { return entity_start_[entity]; }
  // True when EntityStart does not decrease with the entity index (the tagger's text order).
  bool EntityStartsAscend() const { return entity_starts_ascend_; }
  // When EntityStartsAscend(), the index of the first entity whose EntityStart is at or after
  // token `tok` (a binary search); otherwise 0. No entity before it starts at or after `tok`.
  size_t FirstEntityFrom(uint32_t tok) const;
  // Body text of tokens [first, last).
  std::string_view TextOf(uint32_t first, uint32_t last) const;
  // The entity's canonical name in this article (see CanonicalNames).
  const std::string& Canonical(int32_t entity) const { return canonical_[entity]; }
  // How many entity mentions have `name` as their canonical name. Counted on
  // the first call (a Context serves one call of FindQuotations, one thread).
  size_t NameCount(std::string_view name) const;
  // The gender of a person entity (see PersonGenders); kUnknown for -1.
  Gender GenderOf(int32_t entity) const { return entity >= 0 ? genders_[entity] : Gender::kUnknown; }
  // CueWords (lexicon.h) of the token, read once per article: CueAt's first test.
  // 0 past the end.
  uint8_t CueWord(uint32_t tok) const { return tok < size() ? cue_word_[tok] : 0; }
  bool IsPunct(uint32_t tok) const;
  bool IsQuoteMark(uint32_t tok) const;
  // True for tokens inside a quotation (marks included), once MarkQuoted ran.
  bool InQuote(uint32_t tok) const { return tok < in_quote_.size() && in_quote_[tok]; }
  void MarkQuoted(const std::vector<Span>& outer_spans);
  // True when sentence `s` holds a SocialWord (lexicon.h) outside quotations; read once per
  // sentence (after MarkQuoted, which forgets the answers) for the one thread a Context serves.
  bool SocialSentence(uint32_t s) const;

  // A memo for one caller: per document noun stem ("report"), the tokens naming that document
  // whose sentence names its author before them, ascending (see documents.cc), filled on first
  // use after MarkQuoted. Like NameCount, for the one thread a Context serves.
  struct AuthoredMentions {
    bool ready = false;
    std::vector<uint32_t> all, after_the;  // after_the: the ones that follow "the"
  };
  AuthoredMentions& DocumentMemo(const std::string& stem) const { return document_memo_[stem]; }

 private:
  const Article& a_;
  const OutletRegistry& registry_;
  std::string lower_body_;  // the body, ASCII lower-cased (same byte offsets)
  std::vector<int32_t> entity_of_;
  std::vector<uint32_t> entity_start_;
  bool entity_starts_ascend_ = true;
  std::vector<uint32_t> sentence_of_;
  std::vector<uint8_t> cue_word_;
  std::vector<std::string> canonical_;
  mutable std::unordered_map<std::string_view, size_t> name_counts_;  // keys view canonical_
  mutable bool name_counts_ready_ = false;
  std::vector<Gender> genders_;
  std::vector<bool> in_quote_;
  mutable std::vector<int8_t> social_sentence_;  // per sentence: -1 not read yet, else 0 or 1
  mutable std::unordered_map<std::string, AuthoredMentions> document_memo_;
};

// Canonical name of every entity mention: the chain's name when the entity
// layer has chains; otherwise persons are grouped by surname (the fullest
// name sharing the last word, honorifics and possessives dropped) and other
// entities keep their text without a leading "the". Swappable in one place
// when within-document coreference is present.
std::vector<std::string> CanonicalNames(const Article& article);
// The same, given FindQuotedSpans(article.body, article.paragraphs). When
// `honorific` is not null it gets HonorificGender of every person mention
// (kUnknown for other types), for PersonGenders to reuse.
std::vector<std::string> CanonicalNames(const Article& article, const std::vector<QuotedSpan>& quoted,
                                        std::vector<Gender>* honorific = nullptr);

// A resolved speaker.
struct Speaker {
  Span span;                // the speaker words in the text
  std::string name;         // canonical name or kept description
  std::string type;         // person, organization, outlet, anonymous, document, social, unknown
  int32_t entity = -1;      // index into Article::entities
  bool resolved() const { return !name.empty(); }
};

// Running discourse state for pronouns and titles: the last speakers seen.
struct Discourse {
  Speaker last_person;
  uint32_t last_person_paragraph = 0;
  uint32_t last_person_sentence = 0;
  Speaker last_group;     // last organization/anonymous-plural speaker ("they", "it")
  Speaker last_document;  // last document with a named author ("the statement" refers back)
  Speaker last_speaker;   // any type, for participle cues ("..., adding that")
  uint32_t last_speaker_sentence = UINT32_MAX;
};

// True for a person mention that is really a party-state tag ("R-Texas").
bool PartyTag(std::string_view mention);
// The last person mentioned before token `at`, preferring one opening a
// clause (a likely subject), skipping persons of a gender other than
// `want`; -1 when none.
int32_t LastPersonBefore(const Context& ctx, uint32_t at, Gender want = Gender::kUnknown);
// The nearest person before token `v` (within its sentence, at most
// `window` tokens back) that opens a clause: the subject of a cue separated
// from it by an appositive ("Bishop Jenky, of Peoria, Ill., said").
int32_t SubjectAcrossAppositive(const Context& ctx, uint32_t v, uint32_t window);

// Entity e as a speaker: its canonical name, type person, organization or
// (a registered outlet) outlet.
Speaker SpeakerOfEntity(const Context& ctx, int32_t e);
// True for a person entity that is not a party tag or a name suffix.
bool PersonEntity(const Context& ctx, int32_t e);
// True when the mention starting at token `first` opens a clause (a likely subject).
bool OpensClause(const Context& ctx, uint32_t first);
// Verbs that make their subject a document's author ("issued", "released", "filed").
bool AuthoringVerbWord(std::string_view w);

// Two named people opening the words from token `start` (< limit) as one subject, title words
// before each allowed ("Bishop Lori and Bishop Malone issued ..."), named "A and B", type
// person; unresolved when the words open otherwise, or the pair is a possessor or a list's start.
Speaker PairFrom(const Context& ctx, uint32_t start, uint32_t limit);

// Classifies the speaker phrase in tokens [first, last) (an NP next to a
// reporting cue). `at` is the token position used for pronoun and title
// resolution. Returns an unresolved Speaker when the phrase names no one.
Speaker ResolvePhrase(const Context& ctx, uint32_t first, uint32_t last, uint32_t at, const Discourse& d);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_CONTEXT_H_
