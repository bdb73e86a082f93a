// TimeTagger: finds time expressions in news text and normalises them to
// TimeML TIMEX3 (type DATE/TIME/DURATION/SET, ISO-8601-style value).
//
// Relative expressions ("this weekend", "last November", "on Friday") are
// anchored to the document creation time (DCT) and to the tense of their
// sentence; the resolution policy is documented in docs/time.md.
//
// Ownership: a TimeTagger owns its (immutable) language resources.
// Thread safety: after Create, all const methods may be called concurrently.
// Errors: Create fails with NotFound for a language without resources; Tag
// never fails (arbitrary bytes in, possibly empty vector out) and runs in
// time linear in the input size.
#ifndef PARALLAX_ANNOTATE_TIME_TIME_TAGGER_H_
#define PARALLAX_ANNOTATE_TIME_TIME_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"

namespace parallax::time {

struct Timex {
  Span span;          // byte range into the tagged text
  std::string type;   // "DATE", "TIME", "DURATION" or "SET"
  std::string value;  // "2023-07-15", "2023-W28-WE", "P2Y6M", "PAST_REF", "XXXX-WXX-5", ...
  std::string mod;    // TimeML mod ("START", "MID", "END", "APPROX", ...) or ""
  bool needs_dct = false;  // value depends on a DCT that was not known
};

struct TaggerOptions {
  std::string language = "en";  // resource tables to use (only "en" ships today)
};

class TimeTagger {
 public:
  static Result<std::unique_ptr<TimeTagger>> Create(const TaggerOptions& options);
  ~TimeTagger();
  TimeTagger(const TimeTagger&) = delete;
  TimeTagger& operator=(const TimeTagger&) = delete;

  // Tags `text`. `dct` is "YYYY-MM-DD" (a time part "THH:MM" is ignored) or
  // "" when unknown: relative values then stay underspecified ("XXXX-WXX-5")
  // with needs_dct = true. Timexes come out sorted by span, non-overlapping.
  std::vector<Timex> Tag(std::string_view text, std::string_view dct) const;

  // Re-resolves the timexes with needs_dct once the article's DCT is known
  // (e.g. inferred from the story). `text` must be the text they were found in.
  void Resolve(std::string_view text, std::string_view dct, std::vector<Timex>* timexes) const;

 private:
  struct Impl;
  explicit TimeTagger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_TIME_TAGGER_H_
