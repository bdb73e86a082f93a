// Private to the quotes module: the speaker-candidate model. Where the
// attribution rules leave a kept quotation without a named speaker, or name
// only a document ("the report", "the email"), every mention near the quote
// that could have said or written it is a candidate: persons, organizations
// and outlets the tagger found, proper names it missed ("FactCheck.org",
// "Advertising Age"), each described by features of its position and role
// (its sentence and paragraph relative to the quote, whether a reporting cue
// follows it, whether it is a prepositional object, possessive, the last
// speaker, how often the article names it, ...). A linear model scores them;
// a candidate "none" (feature `none`) lets the model abstain. The weights are
// fitted by tools/train_quote_speakers.py on the development splits and
// compiled in from models/quote-speakers.tsv (format: docs/formats/quote-speakers.md).
#ifndef PARALLAX_ANNOTATE_QUOTES_SPEAKER_MODEL_H_
#define PARALLAX_ANNOTATE_QUOTES_SPEAKER_MODEL_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/quotes/context.h"
#include "annotate/quotes/quote_annotator.h"
#include "parallax/status.h"

namespace parallax::quotes {

// What the candidate is wanted for.
enum class Need {
  kAny,     // who said the quote (the rules found no one)
  kAuthor,  // who wrote the document the rules found ("the report" -> its author)
};

struct Candidate {
  Speaker speaker;                    // the mention as a speaker (name, type, span)
  std::vector<std::string> features;  // "need|feature" strings; the abstaining candidate has "need|none"
  double score = 0;
};

// Immutable after construction; const methods are thread-safe.
class SpeakerModel {
 public:
  // Parses the TSV format of models/quote-speakers.tsv; errors name the line.
  static Result<SpeakerModel> Parse(std::string_view tsv);
  // The model compiled in from models/quote-speakers.tsv.
  static const SpeakerModel& Default();

  double Score(const std::vector<std::string>& features) const;

 private:
  std::unordered_map<std::string, double> weights_;
};

// The candidates for the quotation whose marks span tokens [open, after), the
// abstaining one first. `rule` is the rules' speaker (a document description for
// kAuthor). Scores are left 0.
std::vector<Candidate> SpeakerCandidates(const Context& ctx, uint32_t open, uint32_t after, Need need,
                                         const Speaker& rule, const Discourse& d);

// Scores the candidates with `model` and returns the best one, or nullptr when
// the abstaining candidate wins (or there is none).
const Candidate* BestCandidate(const SpeakerModel& model, std::vector<Candidate>* candidates);

// The candidates as the public SpeakerChoice records (for QuoteOptions::explain).
std::vector<SpeakerChoice> Choices(const std::vector<Candidate>& candidates);

// The speaker of the kept quotation `content` (marks on tokens [open, after)) after the
// model: the rules' speaker `rule` when it names someone; the best candidate when the rules
// found no one; for a document the rules found only as a description ("the report"), the
// document with its best author candidate's name. Honours options.speaker_model and calls
// options.explain ("any", "any:ruled" when the rules named someone, "author").
Speaker ApplySpeakerModel(const Context& ctx, const QuoteOptions& options, const Span& content, uint32_t open,
                          uint32_t after, const Speaker& rule, const Discourse& d);

}  // namespace parallax::quotes

#endif  // PARALLAX_ANNOTATE_QUOTES_SPEAKER_MODEL_H_
