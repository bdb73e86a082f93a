// Story timeline construction.
//
// The approach is "date first, then statements", the shape that Ghalandari &
// Ifrim (2020) found hard to beat for news timelines: dates that many
// articles mention are the story's important dates, and the sentences that
// mention a date are the best description of what happened on it.
//
//  1. Dating. Every sentence that contains a DATE time expression whose
//     normalized value is a calendar interval (day, ISO week, month, year)
//     becomes a candidate statement for that interval; a sentence with two
//     dates is a candidate for both. Optionally (evaluation on timeline17)
//     undated sentences of each article's lede (first five sentences) are
//     dated by its publication day; later undated sentences are background,
//     reader comments and boilerplate ("This discussion is now closed").
//     Unresolved relative values (needs_dct) are skipped.
//  2. Grouping. Candidates are bucketed by their normalized date key, so a
//     month mention never merges with a day mention: granularity stays what
//     the text gave.
//  3. Merging. Within a date, candidates are merged greedily in article
//     order: a candidate joins the first entry whose seed statement shares
//     enough content words (overlap coefficient over stemmed, stop-word-free words, each
//     weighted by its inverse sentence frequency within the story),
//     else it opens a new entry. Each entry's representative statement is the
//     member closest (cosine) to the centroid of all statements on the date,
//     preferring well-formed sentences (6-40 tokens, not a question, no
//     "|" web dateline), and among those the ones that read on their own (no
//     opening connective or pronoun, no first person, no transcript turn):
//     the statement central to what the articles say about that day, not
//     the first one found.
//  4. Salience. An entry scores the number of distinct articles supporting
//     it, a fraction for every further supporting sentence and its
//     representative's centrality, less half a point when that statement
//     needs its context; a date scores the number of distinct
//     articles supporting it (mentions, or ledes published on it). Optional
//     limits keep the top dates, the top entries per date, the top entries.
//  5. Background. Entries whose interval ends before the story's first
//     publication day (minus a lead of a few days) are background.
//
// Everything is linear in the number of sentences and time expressions, apart
// from the bounded merging step (one centroid per date).
#include "synth/timeline.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "cluster/text_features.h"
#include "core/ascii.h"
#include "core/civil_days.h"
#include "synth/sentence_shape.h"
#include "synth/story_words.h"
#include "synth/token_table.h"

namespace parallax::synth {
namespace {

constexpr size_t kMaxEntriesCompared = 16;  // merging work per candidate
constexpr uint32_t kMinStatementTokens = 6;  // a well-formed representative
constexpr uint32_t kMaxStatementTokens = 40;
constexpr float kPoorStatementPenalty = 0.5f;

int DaysInMonth(int year, int month) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Monday of ISO week 1 of `year`: the week holding January 4th.
int32_t IsoWeekOneMonday(int year) {
  int32_t jan4 = DayNumber(year, 1, 4);
  int weekday = static_cast<int>(((jan4 % 7) + 7 + 3) % 7);  // 0 = Monday (1970-01-01 was a Thursday)
  return jan4 - weekday;
}

bool ParseWeek(std::string_view v, int year, DateInterval* out) {
  int week = core::ParseAsciiDigits(v, 6, 2);
  if (week < 1 || week > 53) return false;
  int32_t monday = IsoWeekOneMonday(year) + (week - 1) * 7;
  std::string_view rest = v.substr(8);
  if (rest.empty()) {
    *out = {std::string(v.substr(0, 8)), DateGranularity::kWeek, monday, monday + 6};
  } else if (rest == "-WE") {
    *out = {std::string(v.substr(0, 11)), DateGranularity::kWeek, monday + 5, monday + 6};
  } else if (rest.size() == 2 && rest[0] == '-' && rest[1] >= '1' && rest[1] <= '7') {
    int32_t day = monday + (rest[1] - '1');
    *out = {DayString(day), DateGranularity::kDay, day, day};
  } else {
    return false;
  }
  return true;
}

}  // namespace

const char* DateGranularityName(DateGranularity granularity) {
  switch (granularity) {
    case DateGranularity::kDay: return "day";
    case DateGranularity::kWeek: return "week";
    case DateGranularity::kMonth: return "month";
    case DateGranularity::kYear: return "year";
  }
  return "day";
}

int32_t DayNumber(int year, int month, int day) { return static_cast<int32_t>(core::DaysFromCivil(year, month, day)); }

std::string DayString(int32_t z) { return core::IsoDay(z); }

bool ParseTimexDate(std::string_view v, DateInterval* out) {
  int year = core::ParseAsciiDigits(v, 0, 4);
  if (year < 0) return false;
  if (v.size() == 4) {
    *out = {std::string(v), DateGranularity::kYear, DayNumber(year, 1, 1), DayNumber(year, 12, 31)};
    return true;
  }
  if (v.size() < 7 || v[4] != '-') return false;
  if (v[5] == 'W') return ParseWeek(v, year, out);
  int month = core::ParseAsciiDigits(v, 5, 2);
  if (month < 1 || month > 12) return false;
  if (v.size() == 7) {
    *out = {std::string(v), DateGranularity::kMonth, DayNumber(year, month, 1),
            DayNumber(year, month, DaysInMonth(year, month))};
    return true;
  }
  if (v.size() < 10 || v[7] != '-') return false;
  int day = core::ParseAsciiDigits(v, 8, 2);
  if (day < 1 || day > DaysInMonth(year, month)) return false;
  if (v.size() > 10 && v[10] != 'T') return false;
  int32_t n = DayNumber(year, month, day);
  *out = {std::string(v.substr(0, 10)), DateGranularity::kDay, n, n};
  return true;
}

namespace {

// A dated statement before merging.
struct Candidate {
  uint32_t date = 0;  // index into Builder::dates_
  TimelineCitation cite;
};

// Sorted unique hashes of a sentence's stemmed content words.
struct TermSet {
  std::vector<uint64_t> ids;   // sorted, unique
  std::vector<uint32_t> slots; // parallel to ids: the story's dense term index
  std::vector<float> weights;  // parallel to ids, filled once the story's
                               // sentence frequencies are known
  float total = 0;             // sum of weights
  bool built = false;          // ids and weights filled (Builder::Terms)
};

uint64_t TokenTerm(std::string_view w) {
  if (w.empty() || !(core::IsAsciiAlnum(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80)) return 0;
  std::string lower = core::AsciiLowered(w);
  if (cluster::IsStopWord(lower)) return 0;
  return cluster::HashTerm(cluster::StemWord(lower));
}

// The story's word types and, per type, the hash of its stem (0 for stop
// words and non-words) and the dense index of that hash among the story's
// terms (sentence frequencies are counted in a vector by that index). A
// story repeats its words: each distinct token is lowered, looked up and
// stemmed once — or never, when synthesis hands over its StoryWords.
class TokenTerms {
 public:
  explicit TokenTerms(const StoryWords* words) : words_(words) {}

  // The term hash of token `t` of article `article` and its dense index.
  std::pair<uint64_t, uint32_t> Of(const Article& a, uint32_t article, uint32_t t) {
    uint32_t type;
    if (words_ != nullptr) {
      type = words_->Type(article, t);
      if (type >= terms_.size()) terms_.resize(words_->TypeCount(), kUnknown);
      if (terms_[type].second == kUnknown.second) terms_[type] = Dense(words_->Features(type).timeline_term);
    } else {
      bool fresh = false;
      type = own_.Intern(a.tokens[t].span.Of(a.body), &fresh);
      if (fresh) terms_.push_back(Dense(TokenTerm(a.tokens[t].span.Of(a.body))));
    }
    return terms_[type];
  }
  size_t size() const { return dense_.size(); }

  // The dense index of every token of article `article` (parallel to its
  // tokens; 0 for a token without a term, told apart by `HasTerm`), or an
  // empty span when there are no story word types to read them from.
  std::span<const uint32_t> DenseSlots(uint32_t article) {
    if (words_ == nullptr) return {};
    const std::span<const uint32_t> types = words_->Types(article);
    if (terms_.size() < words_->TypeCount()) terms_.resize(words_->TypeCount(), kUnknown);
    slots_.resize(types.size());
    for (size_t t = 0; t < types.size(); ++t) {
      auto& term = terms_[types[t]];
      if (term.second == kUnknown.second) term = Dense(words_->Features(types[t]).timeline_term);
      slots_[t] = term.first == 0 ? kNoSlot : term.second;
    }
    return slots_;
  }
  static constexpr uint32_t kNoSlot = UINT32_MAX;

 private:
  static constexpr std::pair<uint64_t, uint32_t> kUnknown{0, UINT32_MAX};
  std::pair<uint64_t, uint32_t> Dense(uint64_t term) {
    if (term == 0) return {0, 0};
    return {term, dense_.emplace(term, static_cast<uint32_t>(dense_.size())).first->second};
  }

  const StoryWords* words_;
  TokenTable own_;
  std::vector<std::pair<uint64_t, uint32_t>> terms_;  // by type
  std::unordered_map<uint64_t, uint32_t> dense_;
  std::vector<uint32_t> slots_;  // DenseSlots' answer
};

TermSet SentenceTerms(const Article& a, uint32_t article, const Sentence& s, TokenTerms* cache,
                      std::vector<std::pair<uint64_t, uint32_t>>* scratch) {
  scratch->clear();
  const uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, a.tokens.size());
  for (uint32_t t = s.first_token; t < end; ++t) {
    const auto term = cache->Of(a, article, t);
    if (term.first != 0) scratch->push_back(term);
  }
  std::sort(scratch->begin(), scratch->end());
  scratch->erase(std::unique(scratch->begin(), scratch->end(),
                             [](const auto& x, const auto& y) { return x.first == y.first; }),
                 scratch->end());
  TermSet set;
  set.ids.reserve(scratch->size());
  set.slots.reserve(scratch->size());
  for (const auto& [id, slot] : *scratch) set.ids.push_back(id), set.slots.push_back(slot);
  return set;
}

// Publication day of an article, or INT32_MIN when not known to the day.
int32_t PublishedDay(const Article& a) {
  std::string date = a.published.Date();
  DateInterval d;
  if (date.empty() || !ParseTimexDate(date, &d)) return INT32_MIN;
  return d.first_day;
}

Status CheckLayers(const Article& a, uint32_t index) {
  const size_t n = a.body.size();
  for (const auto& s : a.sentences) {
    if (s.span.end > n || s.span.begin > s.span.end) {
      return Status::InvalidArgument("article " + a.id + " (#" + std::to_string(index) +
                                     "): sentence span outside the body");
    }
  }
  for (const auto& t : a.times) {
    if (t.span.end > n) {
      return Status::InvalidArgument("article " + a.id + ": time expression outside the body");
    }
  }
  for (const auto& t : a.tokens) {
    if (t.span.end > n) return Status::InvalidArgument("article " + a.id + ": token outside the body");
  }
  return Status::OK();
}

class Builder {
 public:
  // `shapes` may be null: the builder then keeps its own.
  Builder(std::span<const Article* const> articles, const TimelineOptions& options, const StoryWords* words,
          SentenceShapes* shapes)
      : articles_(articles), options_(options), token_terms_(words),
        shapes_(shapes ? shapes : &own_shapes_.emplace(articles)) {}

  Status Collect();
  Timeline Finish();

 private:
  uint32_t DateIndex(const DateInterval& d);
  float Weight(uint32_t slot) const;
  float Similarity(const TermSet& a, const TermSet& b) const;
  const TermSet& Terms(uint32_t article, uint32_t sentence);  // weighted
  void AddCandidate(const DateInterval& d, uint32_t article, uint32_t sentence, Span time);
  std::vector<float> DateScores(const std::vector<std::vector<uint32_t>>& by_date) const;
  void CollectArticle(uint32_t index);
  std::vector<TimelineEntry> MergeDate(const std::vector<uint32_t>& members);
  void PickCentral(const std::vector<uint32_t>& members, const std::unordered_map<uint64_t, float>& centroid,
                   float centroid_norm, TimelineEntry* entry);
  float Cosine(const TermSet& t, const std::unordered_map<uint64_t, float>& centroid, float centroid_norm) const;
  int Fitness(const Candidate& c) const;
  void OneEntryPerStatement(std::vector<TimelineEntry>* entries, std::vector<float>* rank) const;
  void FillEntry(TimelineEntry* entry);

  std::span<const Article* const> articles_;
  const TimelineOptions& options_;
  std::vector<DateInterval> dates_;
  std::unordered_map<std::string, uint32_t> date_index_;
  std::vector<Candidate> candidates_;
  std::unordered_set<uint64_t> seen_;  // (date, article, sentence)
  std::vector<std::vector<TermSet>> terms_;      // [article][sentence], built on first use
  std::vector<uint32_t> df_;    // by dense term index: sentences of the story holding it
  std::vector<uint32_t> counted_in_;  // by dense term index: stamp of the last sentence counted
  uint32_t sentences_seen_ = 0;
  TokenTerms token_terms_;
  std::vector<std::pair<uint64_t, uint32_t>> scratch_;
  uint32_t sentence_count_ = 0;
  int32_t story_start_ = INT32_MAX;
  std::optional<SentenceShapes> own_shapes_;
  SentenceShapes* shapes_;  // the story's, or &own_shapes_
};

uint32_t Builder::DateIndex(const DateInterval& d) {
  auto [it, inserted] = date_index_.emplace(d.value, static_cast<uint32_t>(dates_.size()));
  if (inserted) dates_.push_back(d);
  return it->second;
}

// Inverse sentence frequency in the story: "Blinken" tells two June
// statements apart far better than "travel" or "Beijing".
float Builder::Weight(uint32_t slot) const {
  uint32_t df = slot < df_.size() && df_[slot] > 0 ? df_[slot] : 1;
  return std::log(1.0f + static_cast<float>(sentence_count_) / static_cast<float>(df));
}

// Weighted overlap coefficient of two sorted term sets: shared weight over
// the lighter set's weight, so a short statement matches a long one that
// contains it.
float Builder::Similarity(const TermSet& a, const TermSet& b) const {
  if (a.ids.empty() || b.ids.empty()) return 0;
  float common = 0;
  size_t i = 0, j = 0;
  while (i < a.ids.size() && j < b.ids.size()) {
    if (a.ids[i] < b.ids[j]) ++i;
    else if (b.ids[j] < a.ids[i]) ++j;
    else common += a.weights[i], ++i, ++j;
  }
  return common / std::min(a.total, b.total);
}

// Built on first use: only dated sentences (candidates) need their set.
const TermSet& Builder::Terms(uint32_t article, uint32_t sentence) {
  TermSet& t = terms_[article][sentence];
  if (!t.built) {
    t = SentenceTerms(*articles_[article], article, articles_[article]->sentences[sentence], &token_terms_, &scratch_);
    t.built = true;
    t.weights.resize(t.ids.size());
    for (size_t i = 0; i < t.ids.size(); ++i) t.total += t.weights[i] = Weight(t.slots[i]);
  }
  return t;
}

void Builder::AddCandidate(const DateInterval& d, uint32_t article, uint32_t sentence, Span time) {
  if (d.first_day < options_.first_day || d.last_day > options_.last_day) return;
  if (options_.days_only && d.granularity != DateGranularity::kDay) return;
  uint32_t date = DateIndex(d);
  uint64_t key = (static_cast<uint64_t>(date) << 40) ^ (static_cast<uint64_t>(article) << 20) ^ sentence;
  if (!seen_.insert(key).second) return;
  // Page furniture (a picture caption, an embedded post's signature "...
  // (@handle) February 12, 2020") dates the page, not an event of the story.
  if (shapes_->IsBoilerplate(article, sentence)) return;
  const Sentence& s = articles_[article]->sentences[sentence];
  candidates_.push_back({date, {article, sentence, s.span, time}});
}

void Builder::CollectArticle(uint32_t index) {
  const Article& a = *articles_[index];
  terms_.emplace_back(a.sentences.size());
  // Sentence frequencies: a term counts once per sentence (the sentence's
  // number is stamped on the terms it has counted).
  // With the story's word types the article's slots are read in one pass
  // over its types, without a lookup per token.
  const std::span<const uint32_t> slots = token_terms_.DenseSlots(index);
  if (df_.size() < token_terms_.size()) df_.resize(token_terms_.size(), 0), counted_in_.resize(token_terms_.size(), 0);
  for (const Sentence& s : a.sentences) {
    const uint32_t stamp = ++sentences_seen_;
    const uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, a.tokens.size());
    if (!slots.empty()) {
      for (uint32_t t = s.first_token; t < end && t < slots.size(); ++t) {
        const uint32_t slot = slots[t];
        if (slot != TokenTerms::kNoSlot && counted_in_[slot] != stamp) counted_in_[slot] = stamp, ++df_[slot];
      }
      continue;
    }
    for (uint32_t t = s.first_token; t < end; ++t) {
      const auto [term, slot] = token_terms_.Of(a, index, t);
      if (term == 0) continue;
      if (slot >= df_.size()) df_.resize(token_terms_.size(), 0), counted_in_.resize(token_terms_.size(), 0);
      if (counted_in_[slot] != stamp) counted_in_[slot] = stamp, ++df_[slot];
    }
  }
  sentence_count_ += static_cast<uint32_t>(a.sentences.size());
  int32_t published = PublishedDay(a);
  if (published != INT32_MIN) story_start_ = std::min(story_start_, published);
  size_t t = 0;
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Span span = a.sentences[si].span;
    while (t < a.times.size() && a.times[t].span.begin < span.begin) ++t;
    bool dated = false;
    for (; t < a.times.size() && a.times[t].span.begin < span.end; ++t) {
      const TimeExpression& x = a.times[t];
      DateInterval d;
      if (x.needs_dct || (x.type != "DATE" && x.type != "TIME") || !ParseTimexDate(x.value, &d)) continue;
      AddCandidate(d, index, si, x.span);
      dated = true;
    }
    if (!dated && options_.date_by_publication && published != INT32_MIN && si < options_.publication_lead) {
      AddCandidate({DayString(published), DateGranularity::kDay, published, published}, index, si, Span{});
    }
  }
}

Status Builder::Collect() {
  for (uint32_t i = 0; i < articles_.size(); ++i) {
    if (articles_[i] == nullptr) return Status::InvalidArgument("article #" + std::to_string(i) + " is null");
    if (Status s = CheckLayers(*articles_[i], i); !s.ok()) return s;
    CollectArticle(i);
  }
  return Status::OK();
}

float Builder::Cosine(const TermSet& t, const std::unordered_map<uint64_t, float>& centroid,
                      float centroid_norm) const {
  float dot = 0, norm = 0;
  for (size_t i = 0; i < t.ids.size(); ++i) {
    norm += t.weights[i] * t.weights[i];
    auto it = centroid.find(t.ids[i]);
    if (it != centroid.end()) dot += t.weights[i] * it->second;
  }
  return norm > 0 && centroid_norm > 0 ? dot / std::sqrt(norm) / centroid_norm : 0;
}

// How fit a statement is to stand for an entry: 2 for a sentence of
// ordinary length that is not a question, a heading, a web dateline or page
// furniture (captions, promotions) and reads on its own (no connective or pronoun
// leaning on the sentence before, no first person, no transcript turn); 1 for
// such a sentence that does lean or speak in the first person; 0 otherwise.
int Builder::Fitness(const Candidate& c) const {
  const Article& a = *articles_[c.cite.article];
  const Sentence& s = a.sentences[c.cite.sentence];
  if (s.token_count < kMinStatementTokens || s.token_count > kMaxStatementTokens) return 0;
  std::string_view text = core::TrimAscii(s.span.Of(a.body));
  const uint32_t article = c.cite.article, sentence = c.cite.sentence;
  if (text.empty() || text.back() == '?' || text.find('|') != std::string_view::npos ||
      shapes_->IsBoilerplate(article, sentence) || shapes_->ReadsAsHeading(article, sentence)) {
    return 0;
  }
  return shapes_->OpeningOf(article, sentence) == Opening::kStandsAlone &&
                 !shapes_->SpeaksInFirstPerson(article, sentence)
             ? 2
             : 1;
}

void Builder::PickCentral(const std::vector<uint32_t>& members, const std::unordered_map<uint64_t, float>& centroid,
                          float centroid_norm, TimelineEntry* entry) {
  size_t best = 0;
  float best_score = -1;
  for (size_t i = 0; i < members.size(); ++i) {
    const Candidate& c = candidates_[members[i]];
    float score = Cosine(Terms(c.cite.article, c.cite.sentence), centroid, centroid_norm) + Fitness(c);
    if (score > best_score + 1e-6f) best_score = score, best = i;
  }
  const int fitness = best_score >= 2 ? 2 : best_score >= 1 ? 1 : 0;
  for (uint32_t m : members) entry->support.push_back(candidates_[m].cite);
  std::swap(entry->support[0], entry->support[best]);
  entry->representative = entry->support[0];
  // The representative's centrality, less half a point when even the best
  // statement needs its context (it sorts after an equally supported entry).
  entry->score += best_score - fitness - (fitness < 2 ? kPoorStatementPenalty : 0.0f);
}

std::vector<TimelineEntry> Builder::MergeDate(const std::vector<uint32_t>& members) {
  std::vector<std::vector<uint32_t>> groups;
  for (uint32_t m : members) {
    const Candidate& c = candidates_[m];
    const TermSet& terms = Terms(c.cite.article, c.cite.sentence);
    size_t joined = groups.size();
    for (size_t g = 0; g < groups.size() && g < kMaxEntriesCompared; ++g) {
      const Candidate& seed = candidates_[groups[g][0]];
      if (Similarity(terms, Terms(seed.cite.article, seed.cite.sentence)) >= options_.merge_similarity) {
        joined = g;
        break;
      }
    }
    if (joined == groups.size()) groups.emplace_back();
    groups[joined].push_back(m);
  }
  std::unordered_map<uint64_t, float> centroid;  // the date's statements, summed
  float centroid_norm = 0;
  for (uint32_t m : members) {
    const Candidate& c = candidates_[m];
    const TermSet& t = Terms(c.cite.article, c.cite.sentence);
    for (size_t i = 0; i < t.ids.size(); ++i) centroid[t.ids[i]] += t.weights[i];
  }
  for (const auto& [term, w] : centroid) centroid_norm += w * w;
  centroid_norm = std::sqrt(centroid_norm);
  std::vector<TimelineEntry> out(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    out[g].date = dates_[candidates_[groups[g][0]].date];
    PickCentral(groups[g], centroid, centroid_norm, &out[g]);
    FillEntry(&out[g]);
  }
  return out;
}

void Builder::FillEntry(TimelineEntry* e) {
  std::vector<uint32_t> arts;
  for (const auto& c : e->support) arts.push_back(c.article);
  std::sort(arts.begin(), arts.end());
  arts.erase(std::unique(arts.begin(), arts.end()), arts.end());
  e->article_count = static_cast<uint32_t>(arts.size());
  for (uint32_t a : arts) {
    if (!articles_[a]->outlet.empty()) e->outlets.push_back(articles_[a]->outlet);
  }
  std::sort(e->outlets.begin(), e->outlets.end());
  e->outlets.erase(std::unique(e->outlets.begin(), e->outlets.end()), e->outlets.end());
  e->score += static_cast<float>(e->article_count) + 0.1f * static_cast<float>(e->support.size() - arts.size());
  const Article& a = *articles_[e->representative.article];
  e->statement = std::string(core::TrimAscii(e->representative.span.Of(a.body)));
  e->background = story_start_ != INT32_MAX && e->date.last_day < story_start_ - options_.lead_days;
}

// Visits the entries from the most salient (by `rank`, ties in order). An
// entry whose representative a visited entry already shows takes its
// fittest unshown statement (earliest among equals); with none, the entry
// that shows it moves to one of its own if it can ("Monday Kerry met Li and
// on Tuesday flew home" stays with the Monday entry that has nothing else
// when the Tuesday entry has another report); else the entry is removed.
void Builder::OneEntryPerStatement(std::vector<TimelineEntry>* entries, std::vector<float>* rank) const {
  std::vector<uint32_t> order(entries->size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return (*rank)[a] > (*rank)[b]; });
  auto key = [](const TimelineCitation& c) { return (static_cast<uint64_t>(c.article) << 32) | c.sentence; };
  std::unordered_map<uint64_t, uint32_t> shown;  // statement -> the entry showing it
  auto unshown = [&](const TimelineEntry& e) {
    int best_fit = -1;
    const TimelineCitation* best = nullptr;
    for (const TimelineCitation& c : e.support) {
      if (shown.count(key(c))) continue;
      const int fit = Fitness(Candidate{0, c});
      if (fit > best_fit) best_fit = fit, best = &c;
    }
    return best;
  };
  auto show = [&](TimelineEntry* e, const TimelineCitation& c) {
    e->representative = c;
    e->statement = std::string(core::TrimAscii(c.span.Of(articles_[c.article]->body)));
  };
  std::vector<bool> keep(entries->size(), true);
  for (uint32_t i : order) {
    TimelineEntry& e = (*entries)[i];
    const auto holder = shown.find(key(e.representative));
    if (holder != shown.end()) {
      if (const TimelineCitation* other = unshown(e)) {
        show(&e, *other);
      } else {
        TimelineEntry& h = (*entries)[holder->second];
        const TimelineCitation* moved = unshown(h);
        if (moved == nullptr) {
          keep[i] = false;
          continue;
        }
        const uint32_t h_index = holder->second;
        const TimelineCitation to = *moved;
        show(&h, to);
        shown[key(to)] = h_index;
        shown.erase(key(e.representative));
      }
    }
    shown[key(e.representative)] = i;
  }
  size_t w = 0;
  for (size_t i = 0; i < entries->size(); ++i) {
    if (!keep[i]) continue;
    if (w != i) {
      (*entries)[w] = std::move((*entries)[i]);
      (*rank)[w] = (*rank)[i];
    }
    ++w;
  }
  entries->resize(w);
  rank->resize(w);
}

// Date salience: the distinct articles that support the date, by a time
// expression or (date_by_publication) by a lede published on it. Counting
// articles, not sentences, keeps one long article about a busy day from
// outweighing a date that many articles look back to.
std::vector<float> Builder::DateScores(const std::vector<std::vector<uint32_t>>& by_date) const {
  std::vector<float> out(by_date.size(), 0);
  std::vector<uint32_t> arts;
  for (size_t d = 0; d < by_date.size(); ++d) {
    arts.clear();
    for (uint32_t m : by_date[d]) arts.push_back(candidates_[m].cite.article);
    std::sort(arts.begin(), arts.end());
    out[d] = static_cast<float>(std::unique(arts.begin(), arts.end()) - arts.begin());
  }
  return out;
}

// Keeps the `keep` highest-scoring items of `v` (stable for ties).
template <typename T, typename Score>
void KeepTop(std::vector<T>* v, size_t keep, Score score) {
  if (keep == 0 || v->size() <= keep) return;
  std::stable_sort(v->begin(), v->end(), [&](const T& a, const T& b) { return score(a) > score(b); });
  v->resize(keep);
}

Timeline Builder::Finish() {
  std::vector<std::vector<uint32_t>> by_date(dates_.size());
  for (uint32_t i = 0; i < candidates_.size(); ++i) by_date[candidates_[i].date].push_back(i);
  std::vector<uint32_t> date_order(dates_.size());
  for (uint32_t d = 0; d < dates_.size(); ++d) date_order[d] = d;
  std::vector<float> date_score = DateScores(by_date);
  KeepTop(&date_order, options_.max_dates, [&](uint32_t d) { return date_score[d]; });

  Timeline out;
  if (story_start_ != INT32_MAX) out.story_start = DayString(story_start_);
  std::vector<float> rank;  // parallel to out.entries: the score max_entries compares
  for (uint32_t d : date_order) {
    std::vector<TimelineEntry> entries = MergeDate(by_date[d]);
    out.omitted += entries.size();
    KeepTop(&entries, options_.max_entries_per_date, [](const TimelineEntry& e) { return e.score; });
    for (auto& e : entries) {
      rank.push_back(e.score + options_.date_support_weight * date_score[d]);
      out.entries.push_back(std::move(e));
    }
  }
  if (options_.one_entry_per_statement) OneEntryPerStatement(&out.entries, &rank);
  if (options_.max_entries > 0 && out.entries.size() > options_.max_entries) {
    std::vector<uint32_t> order(out.entries.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    KeepTop(&order, options_.max_entries, [&](uint32_t i) { return rank[i]; });
    std::vector<TimelineEntry> kept;
    for (uint32_t i : order) kept.push_back(std::move(out.entries[i]));
    out.entries = std::move(kept);
  }
  out.omitted -= out.entries.size();
  std::stable_sort(out.entries.begin(), out.entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.date.first_day != b.date.first_day) return a.date.first_day < b.date.first_day;
    if (a.date.granularity != b.date.granularity) return a.date.granularity < b.date.granularity;
    return a.score > b.score;
  });
  return out;
}

}  // namespace

Result<Timeline> BuildTimeline(std::span<const Article* const> articles, const TimelineOptions& options) {
  Builder builder(articles, options, nullptr, nullptr);
  if (Status s = builder.Collect(); !s.ok()) return s;
  return builder.Finish();
}

Result<Timeline> BuildTimeline(std::span<const Article* const> articles, const TimelineOptions& options,
                               const StoryWords& words, SentenceShapes* shapes) {
  Builder builder(articles, options, &words, shapes);
  if (Status s = builder.Collect(); !s.ok()) return s;
  return builder.Finish();
}

}  // namespace parallax::synth
