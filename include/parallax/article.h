// Article: one cleaned news article and the annotation layers over it.
//
// Every layer is expressed as byte spans into `body` (the clean UTF-8, NFC
// text). Stages only ever add layers; nothing rewrites `body` after the clean
// stage, so spans stay valid for the article's life and in the store.
//
// Thread safety: plain value type; no shared state.
#ifndef PARALLAX_ARTICLE_H_
#define PARALLAX_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

// Half-open byte range [begin, end) into Article::body.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

// Where a piece of metadata came from; later sources never silently overwrite
// better ones (header > metadata > text > inferred).
enum class MetaSource : uint8_t {
  kNone = 0,
  kHeader,    // an explicit header line in a text file (" date 2023-07-06")
  kMetadata,  // HTML meta / JSON-LD / JSON field / WARC header
  kText,      // a cue found in the text ("(Bloomberg) --", a dateline)
  kInferred,  // computed from other articles of the story
};
const char* MetaSourceName(MetaSource source);

// A publication time. `value` is ISO 8601 at the stated precision:
// "2023-07-12T03:58", "2023-07-12", "2023-07", or empty when unknown.
struct PublishedTime {
  enum class Precision : uint8_t { kUnknown = 0, kYear, kMonth, kDay, kMinute, kSecond };
  std::string value;
  Precision precision = Precision::kUnknown;
  MetaSource source = MetaSource::kNone;
  bool known() const { return precision != Precision::kUnknown; }
  // The date part "YYYY-MM-DD" when precision >= kDay, else "".
  std::string Date() const;
};

struct Paragraph {
  Span span;
  bool heading = false;  // a section subhead ("Lowest Points"), not a sentence
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;      // index into Article::paragraphs
  uint32_t first_token = 0;    // index into Article::tokens
  uint32_t token_count = 0;
};

struct Token {
  Span span;
};

// A time expression (TimeML TIMEX3) found by the temporal tagger.
struct TimeExpression {
  Span span;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // normalized value ("2023-07", "2023-W28-WE", "P2Y6M", "PAST_REF", ...)
  std::string mod;    // TimeML mod ("START", "APPROX", ...) or ""
  bool needs_dct = false;  // relative and unresolved: the article has no date yet
};

// A named-entity mention found by the NER tagger.
struct EntityMention {
  Span span;
  std::string type;     // PER, ORG, LOC, MISC
  std::string subtype;  // GPE, FACILITY, EVENT, NORP or ""
  float confidence = 0;
  int32_t chain = -1;   // index into Article::entity_chains, -1 when not linked
};

// One entity within an article (within-document coreference): every mention
// of "John Kerry", "Kerry", "Mr. Kerry" points at one chain.
struct EntityChain {
  std::string name;     // canonical name in this article: its fullest form ("John Kerry")
  std::string type;     // PER, ORG, LOC, MISC
  std::string subtype;  // as EntityMention::subtype
  std::vector<uint32_t> mentions;  // indices into Article::entities, ascending
};

// A role or title the text gives an entity mention ("US climate envoy John
// Kerry", "Xie Zhenhua, his Chinese counterpart", "then-House Speaker").
struct RoleMention {
  Span span;                // the role words in the text
  uint32_t mention = 0;     // index into Article::entities: who holds the role
  std::string role;         // normalized role, lower case ("climate envoy", "secretary of state")
  std::string qualifier;    // "former", "then", "acting", "incoming", "" (time scope)
  std::string affiliation;  // "US", "China", "Republican", ... or ""
};

// A quotation or reported statement and who it is attributed to.
struct Quotation {
  Span span;                 // the quoted or reported content (without quote marks)
  Span cue;                  // "said", "told", "according to", ...; empty when none
  Span speaker;              // the speaker mention in the text; empty when unresolved
  bool direct = true;        // quoted words (true) or indirect speech (false)
  std::string speaker_name;  // canonical speaker ("John Kerry", "Politico",
                             // "people familiar with the matter"); "" when unknown
  // Source type: "person", "organization", "outlet", "anonymous", "document",
  // "social", "unknown".
  std::string source_type;
  int32_t speaker_chain = -1;  // index into Article::entity_chains, -1 when none
};

struct Article {
  std::string id;             // 16 hex digits: hash of normalized body + outlet
  std::string uri;            // where it came from: path, path#n, or the WARC target URI
  std::string input_format;   // "text", "html", "json", "jsonl", "warc"
  std::string outlet;         // publisher display name, "" when unknown
  MetaSource outlet_source = MetaSource::kNone;
  std::string title;
  std::string byline;
  PublishedTime published;
  std::string language;       // ISO 639-1 code from CLD2, "un" when unknown
  std::string dateline;       // "WASHINGTON (Reuters)" when the text opened with one
  std::string url;            // canonical URL when the input declared one

  std::string body;           // clean UTF-8 NFC text; paragraphs separated by "\n\n"
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  // Annotation layers (src/annotate), sorted by span.
  std::vector<TimeExpression> times;
  std::vector<EntityMention> entities;
  std::vector<EntityChain> entity_chains;
  std::vector<RoleMention> roles;
  std::vector<Quotation> quotes;

  // Headline layers: the same annotations over `title`, so their spans are
  // byte ranges into `title`, not `body`. A headline mention's `chain` points
  // into entity_chains when it names an entity of the body ("Kerry" in the
  // headline -> the body's "John Kerry"), else -1; chains list body mentions
  // only. Headline times are anchored to the same publication date.
  std::vector<TimeExpression> title_times;
  std::vector<EntityMention> title_entities;

  // What the cleaner removed, for transparency ("repeated paragraph", "tag cloud", ...).
  std::vector<std::string> removed;
  // Outlets the text cites as sources ("told CNN", "according to Axios"); never the publisher.
  std::vector<std::string> cited_outlets;

  std::string raw;            // the input bytes as read (before decoding), for re-processing
};

// Stable article id: 64-bit xxHash of the whitespace-normalized body and the
// lower-cased outlet, as 16 lowercase hex digits.
std::string ComputeArticleId(std::string_view body, std::string_view outlet);

}  // namespace parallax

#endif  // PARALLAX_ARTICLE_H_
