// StoryView: everything Parallax says about one story, across every outlet
// that covers it, with citations back to sentences. It is the model the CLI
// (`parallax story`, `parallax report`), the HTTP API and the web UI render;
// its JSON shape is documented in docs/formats/story.md.
//
// A StoryView is built by synth::BuildStoryView (synthesize.h) from the
// annotated articles of one story. It is a plain value: no references into
// the articles; every claim carries Citations (article id + sentence index +
// byte span into that article's body), so a client can fetch the article and
// highlight the sentence.
//
// Thread safety: plain value type; no shared state.
#ifndef PARALLAX_SYNTH_STORY_VIEW_H_
#define PARALLAX_SYNTH_STORY_VIEW_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parallax/article.h"
#include "synth/framing.h"

namespace parallax::synth {

// A pointer back to the text: sentence `sentence` (index into
// Article::sentences) of article `article_id`, whose bytes are `span` of the
// article's body. `text` is a copy of those bytes, for display.
struct Citation {
  std::string article_id;
  std::string outlet;
  uint32_t sentence = 0;
  Span span;
  std::string text;
};

// The citation of sentence `sentence` of `article` (outlet and text filled).
// Precondition: sentence < article.sentences.size().
Citation MakeCitation(const Article& article, uint32_t sentence);

// What names an untitled article or story: the opening sentence of
// `article`, shortened to at most `max_bytes` (UTF-8 safe, with an ellipsis);
// "" when it has no sentences.
std::string ArticleLead(const Article& article, size_t max_bytes = 100);

// One article of the story, in ingest order.
struct StoryArticle {
  std::string id;
  std::string outlet;           // display name ("" when unknown)
  std::string title;
  std::string lead;             // when there is no title: its opening sentence, shortened to ~100 bytes
  std::string published;        // ISO 8601 at its precision, "" when unknown
  std::string published_source; // MetaSourceName: "header", "metadata", "text", "inferred", "none"
  std::string url;
  std::string duplicate_of;     // id of the earlier article this one copies, "" when original
};

// One outlet covering the story. Leaning is shown only when the outlet
// registry has a sourced one (both fields non-empty).
struct StoryOutlet {
  std::string name;
  std::string leaning;
  std::string leaning_source;
  std::vector<std::string> articles;  // ids, originals and copies
  uint32_t facts = 0;                 // fact groups this outlet reports
};

// Statements from one or more articles aligned as the same fact: the same
// participants, the same action, compatible dates and numbers.
struct FactGroup {
  std::string id;                      // "f1", "f2", ... (most widely reported first)
  Citation representative;             // the most central statement
  std::vector<Citation> statements;    // every aligned sentence (copies excluded)
  std::vector<std::string> outlets;    // distinct outlets reporting it, sorted
  std::vector<std::string> entities;   // participants shared by the statements
  std::vector<std::string> dates;      // normalized TIMEX values mentioned
  std::vector<std::string> numbers;    // numbers mentioned ("52.2", "3")
};

// Which outlet reports which fact. matrix[f][o] is the number of statements
// of outlet `outlets[o]` in fact group `facts[f]` (0 = not reported).
// Only facts with at least one participant, date or number are listed.
struct OutletCoverage {
  std::string outlet;
  std::vector<std::string> exclusive;  // fact ids only this outlet reports
  std::vector<std::string> omitted;    // widely reported fact ids it does not report
};
struct Coverage {
  std::vector<std::string> outlets;
  std::vector<std::string> facts;
  std::vector<std::vector<uint32_t>> matrix;
  uint32_t widely_reported_min = 2;    // outlets a fact needs to count as widely reported
  std::vector<OutletCoverage> per_outlet;
};

// One side of a conflict: a value and the statements asserting it.
struct ConflictClaim {
  std::string value;                   // normalized ("2023-06", "3", "climate envoy", "most")
  std::string surface;                 // as written ("in June", "third", "US climate envoy")
  std::vector<Citation> sources;
  std::vector<std::string> outlets;    // distinct outlets, sorted
};

// Values that disagree about the same thing. kind is one of
//   "date"        when the same participant's same action is dated differently
//   "number"      a different number for the same quantity in one fact group
//   "rank"        ordinal/superlative ranks of the same participant disagree
//   "role"        different offices/titles for the same person
struct Conflict {
  std::string kind;
  std::string subject;                 // "John Kerry: travel to Beijing", "John Kerry"
  std::string fact;                    // fact group id or ""
  std::vector<ConflictClaim> claims;   // >= 2, pairwise disagreeing
};

// One sentence of the extractive summary.
struct SummarySentence {
  Citation source;
  double score = 0;                    // selection score (MMR), for inspection
  std::string fact;                    // fact group it states, or ""
};

// One timeline entry (part 1, timeline.h), with citations resolved to articles.
struct StoryTimelineEntry {
  std::string date;          // TIMEX value as the text gave it ("2023-06", "2023-W29", "2021")
  std::string granularity;   // "day", "week", "month", "year"
  std::string first_day;     // "YYYY-MM-DD" bounds of the interval
  std::string last_day;
  bool background = false;   // well before the story's own dates
  Citation representative;
  std::vector<Citation> support;
  std::vector<std::string> outlets;
  float score = 0;
};

// How one original article frames the story (part 1, framing.h).
struct StoryFraming {
  std::string article_id;
  std::string outlet;
  ArticleFraming framing;
};

struct StoryView {
  std::string id;                      // story id ("e12")
  std::string thread_id;               // "t3" or ""
  std::string title;                   // headline of the earliest original article
  std::string first_date;              // earliest / latest publication date "YYYY-MM-DD"
  std::string last_date;
  std::vector<StoryArticle> articles;
  std::vector<StoryOutlet> outlets;
  std::vector<FactGroup> facts;
  Coverage coverage;
  std::vector<Conflict> conflicts;
  std::vector<SummarySentence> summary;
  std::vector<StoryTimelineEntry> timeline;  // chronological
  size_t timeline_omitted = 0;               // entries the timeline limits left out
  std::vector<StoryFraming> framing;         // one per original article
  std::vector<LabelComparison> labels;       // labels outlets chose differently (differs only)
};

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_STORY_VIEW_H_
