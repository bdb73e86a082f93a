// Story timeline: the dated events of one story, gathered from all of its
// articles, with citations back to the sentences that support each entry.
//
// BuildTimeline() is a pure function over the story's articles (segmented and
// annotated: Article::sentences, Article::tokens and Article::times with
// normalized TIMEX3 values are what it reads). Each sentence that contains a
// calendar DATE expression ("2023-07-16", "2023-W29", "2023-06", "2021")
// becomes a dated statement; statements on the same date from different
// articles that say the same thing (content-word overlap) are merged into one
// entry with one representative statement and all supporting sentences.
// Granularity is kept as the text gave it: "in June" stays a month entry and
// is never pinned to a day.
//
// Background: an entry whose whole date interval ends before the story's own
// time (the earliest publication date among its dated articles, minus
// `Options::lead_days`) is marked `background` ("the 2021 joint statement",
// "COP27 last November", "Blinken's June visit" for a story that starts in
// July 2023).
//
// Cost: linear in the number of sentences and time expressions (one pass per
// article, one hash map of dates, greedy merging within a date against a
// bounded number of entries). Thread safety: pure functions, no shared state.
#ifndef PARALLAX_SYNTH_TIMELINE_H_
#define PARALLAX_SYNTH_TIMELINE_H_

#include <climits>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/article.h"
#include "parallax/status.h"

namespace parallax::synth {

enum class DateGranularity : uint8_t { kDay = 0, kWeek, kMonth, kYear };
const char* DateGranularityName(DateGranularity granularity);  // "day", "week", ...

// A calendar interval parsed from a TIMEX3 value. `first_day`/`last_day` are
// day numbers (days since 1970-01-01) bounding the interval, inclusive.
struct DateInterval {
  std::string value;  // normalized key: "2023-07-16", "2023-W29", "2023-07", "2021"
  DateGranularity granularity = DateGranularity::kDay;
  int32_t first_day = 0;
  int32_t last_day = 0;
};

// Parses a TIMEX3 DATE value into a calendar interval. Accepts YYYY,
// YYYY-MM, YYYY-MM-DD (a time "YYYY-MM-DDTHH:MM" is cut to its day),
// YYYY-Www, YYYY-Www-WE (the weekend: week granularity, key keeps "-WE") and
// YYYY-Www-D. Anything else (PAST_REF, XXXX-WXX-3, seasons, decades,
// durations) is not a calendar date: returns false.
bool ParseTimexDate(std::string_view value, DateInterval* out);

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
int32_t DayNumber(int year, int month, int day);
// "YYYY-MM-DD" of a day number.
std::string DayString(int32_t day_number);

// Where one statement of an entry comes from.
struct TimelineCitation {
  uint32_t article = 0;   // index into the `articles` passed to BuildTimeline
  uint32_t sentence = 0;  // index into that article's sentences
  Span span;              // the sentence's span in that article's body
  Span time;              // the time expression that dated it; empty when the
                          // sentence was dated by the publication date
};

struct TimelineEntry {
  DateInterval date;
  bool background = false;          // well before the story's own dates
  std::string statement;            // the representative sentence's text
  TimelineCitation representative;  // where `statement` comes from
  std::vector<TimelineCitation> support;  // every supporting sentence,
                                          // representative first
  uint32_t article_count = 0;       // distinct articles among `support`
  std::vector<std::string> outlets; // distinct outlets among `support`, sorted
  float score = 0;                  // salience used for selection (higher first)
};

struct TimelineOptions {
  // Keep only the dates supported by the most distinct articles, at most
  // this many, 0 = all.
  size_t max_dates = 0;
  // Keep at most this many entries (the most salient), 0 = all.
  size_t max_entries = 0;
  // For max_entries only: an entry's salience is raised by this much per
  // distinct article that mentions its date, so the days the story's
  // articles keep coming back to fill the list before one-article
  // background. 0 = entries compete by their own score.
  float date_support_weight = 0;
  // At most this many entries per date (the most salient first), 0 = all.
  size_t max_entries_per_date = 0;
  // A statement stands for one entry: an entry whose representative already
  // stands for a more salient one takes its best other statement, or, with
  // none, is left out (counted in Timeline::omitted). A sentence that names
  // several dates ("impeached in 1868 and 1998") is otherwise shown once per
  // date. Off by default (evaluation keeps every date); on for readers.
  bool one_entry_per_statement = false;
  // Statements on one date merge when their content-word overlap (overlap
  // coefficient, shared weight / lighter statement's weight, over stemmed, stop-word-free words weighted by inverse
  // sentence frequency in the story) reaches this value.
  float merge_similarity = 0.4f;
  // Days before the earliest publication date that still count as the
  // story's own time (an event "yesterday" is not background).
  int lead_days = 3;
  // Also date sentences without a DATE expression by their article's
  // publication date (day precision or better). Off for story views; the
  // timeline17 evaluation turns it on, as news-tls does.
  bool date_by_publication = false;
  // ... only the first this many sentences of each article (the lede, where
  // news puts the day's event; later undated sentences are background,
  // comments and boilerplate).
  uint32_t publication_lead = 5;
  // Only day-granularity dates (timeline17 gold timelines are day lists).
  bool days_only = false;
  // Only dates inside [first_day, last_day] (day numbers) are kept when set.
  int32_t first_day = INT32_MIN;
  int32_t last_day = INT32_MAX;
};

struct Timeline {
  std::vector<TimelineEntry> entries;  // chronological (first_day, then
                                       // finer granularity first, then score)
  std::string story_start;             // "YYYY-MM-DD": earliest publication date, "" if none
  size_t omitted = 0;                  // entries of the kept dates that max_entries_per_date,
                                       // one_entry_per_statement and max_entries left out
};

// Builds the timeline of one story from its articles (not owned; read
// only). Articles without a publication date still contribute their resolved
// DATE values; their relative expressions (needs_dct) are skipped. Never
// fails on well-formed articles; returns kInvalidArgument when a layer points
// outside its article's body.
Result<Timeline> BuildTimeline(std::span<const Article* const> articles,
                               const TimelineOptions& options = {});

// The same, reading each token's statement term from `words` (built over
// these `articles`, in this order) instead of hashing and stemming the
// story's words again: story synthesis has them already, and with the
// story's sentence shapes (optional; sentence_shape.h) over these articles
// when other passes asked them too. Same result.
class StoryWords;
class SentenceShapes;
Result<Timeline> BuildTimeline(std::span<const Article* const> articles, const TimelineOptions& options,
                               const StoryWords& words, SentenceShapes* shapes = nullptr);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_TIMELINE_H_
