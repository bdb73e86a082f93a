// TimeTagger glue: scan -> attach lexicon -> recognise -> for each
// candidate, find the tense of its sentence -> resolve -> Timex.
//
// Tense: the sentence around an expression is bounded by ". ! ?" tokens
// (not after an abbreviation or a single capital) and by blank lines.
// Tense cue words (lexicon flags) are weighted by 1/(1+distance) to the
// expression, left context counting fully and right context 0.4 (the verb
// governing a time expression mostly precedes it: "was charged Thursday"); regular
// past forms ("-ed" words) count as weak past cues. The strongest side
// wins; no cue means kUnknown. After a past cue on the left, the right scan
// stops at "that" (a complement clause: "said Sunday that he will ..."); a plan
// word after "had" ("had expected to ... Thursday") is no future cue.
#include "annotate/time/time_tagger.h"

#include <algorithm>

#include "annotate/time/calendar.h"
#include "annotate/time/lexicon.h"
#include "annotate/time/named_dates.h"
#include "annotate/time/recognizer.h"
#include "annotate/time/resolver.h"
#include "annotate/time/tokens.h"

namespace parallax::time {

struct TimeTagger::Impl {
  std::unique_ptr<Lexicon> lexicon;
};

namespace {

bool PeriodEndsSentence(const Tokens& tk, uint32_t i);

// Called for every token the tense and sentence scans pass: the common
// answer (not a sentence mark) is decided inline.
inline bool EndsSentence(const Tokens& tk, uint32_t i) {
  const Token& t = tk.items[i];
  if (t.kind != Token::Kind::kPunct) return false;
  if (t.punct == '!' || t.punct == '?') return true;
  return t.punct == '.' && PeriodEndsSentence(tk, i);
}

bool PeriodEndsSentence(const Tokens& tk, uint32_t i) {
  const Token& t = tk.items[i];
  if (i > 0 && tk.items[i - 1].kind == Token::Kind::kWord && !t.space_before()) {
    const Token& prev = tk.items[i - 1];
    if (prev.info && (prev.info->flags & kAbbreviation)) return false;
    if (prev.info && (prev.info->flags & (kMonthName | kWeekdayName))) {
      // "Dec.", "Thurs.": abbreviations; "in December." ends a sentence.
      const std::string_view w = tk.Lower(prev);
      if ((w.size() <= 4 && w != "june" && w != "july" && w != "may") || w == "thurs") return false;
    }
    if (prev.end - prev.begin == 1 && prev.capitalized()) return false;
  }
  return true;
}

bool IsWeakPast(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 2) == "ed";
}

// "did" is the auxiliary of the verb after it ("did not plan to").
bool IsAuxiliary(std::string_view w) { return w == "did"; }

// Future cues that are verbs of planning ("did not plan to", "was expected to").
bool IsPlanWord(std::string_view w) {
  for (const char* p : {"plan", "plans", "planned", "planning", "expected", "scheduled", "set", "due",
                        "slated", "going", "intends", "hopes", "wants", "aims", "forecast"}) {
    if (w == p) return true;
  }
  return false;
}

bool IsModal(std::string_view w) { return w == "will" || w == "would" || w == "ll" || w == "shall"; }

bool FrontedAdverbial(const Tokens& tk, uint32_t first, uint32_t last) {
  if (last >= tk.items.size() || tk.items[last].kind != Token::Kind::kPunct || tk.items[last].punct != ',') {
    return false;
  }
  uint32_t k = first;
  for (int words = 0; k > 0 && !tk.items[k].blank_line_before(); ++words) {
    if (words > 1 || EndsSentence(tk, k - 1)) break;
    const Token& t = tk.items[k - 1];
    if (t.kind != Token::Kind::kWord || !(t.flags & kGlue)) return false;
    --k;
  }
  return k == 0 || tk.items[k].blank_line_before() || EndsSentence(tk, k - 1);
}

// How far left (tokens) SentenceStart looks.
constexpr uint32_t kSentenceLookBack = 16;

// The first token of the sentence holding token `first`, looking back at
// most `limit` tokens (then the earliest token looked at).
uint32_t SentenceStart(const Tokens& tk, uint32_t first, uint32_t limit) {
  uint32_t k = first;
  while (k > 0 && first - k < limit && !tk.items[k].blank_line_before() && !EndsSentence(tk, k - 1)) --k;
  return k;
}

Tense DetectTense(const Tokens& tk, uint32_t first, uint32_t last) {
  double past = 0, future = 0, present = 0;
  double past_left = 0;  // past cues seen so far in the left scan
  auto visit = [&](uint32_t k, double distance, double side_weight) __attribute__((always_inline)) {
    const Token& t = tk.items[k];
    if (t.kind != Token::Kind::kWord) return;
    const uint32_t flags = t.flags;  // the lexicon entry's flags (0 without one)
    constexpr uint32_t kCue = kFutureCue | kPastCue | kPresentCue | kReportingVerb;
    if (!(flags & kCue)) {
      // Most words: no cue of their own; only "is/are to" and "-ed" forms count.
      if (flags & ~kGlue) return;
      const std::string_view word = tk.Lower(t);
      if (k > 0 && word == "to") {  // "is to resume trading Tuesday": a plan
        const std::string_view prev = tk.Lower(tk.items[k - 1]);
        if (prev == "is" || prev == "are") future += side_weight / (1.0 + distance / 4.0);
      } else if (IsWeakPast(word)) {
        const double w = side_weight / (1.0 + distance / 4.0);
        past += w * 0.5;
        if (side_weight >= 1.0) past_left += w * 0.5;
      }
      return;
    }
    const double w = side_weight / (1.0 + distance / 4.0);
    if ((flags & kRelModifier) && (flags & (kFutureCue | kPastCue))) {
      // "next week", "last year" are cues; "next to the embassy", "at last" are not.
      const uint32_t after = k + 1 < tk.items.size() ? tk.items[k + 1].flags : 0;
      if (!(after & (kUnitWord | kWeekdayName | kMonthName | kSeasonWord))) return;
    }
    if (flags & kFutureCue) {
      // "set", "due", "going", "plans" announce the future only before "to"/"for"
      // ("plans to visit"; not "set aside", "vacation plans").
      const std::string_view word = tk.Lower(t);
      if ((word == "set" || word == "due" || word == "going" || word == "plans" || word == "plan") &&
          k + 1 < tk.items.size()) {
        const std::string_view next = tk.Lower(tk.items[k + 1]);
        if (next != "to" && next != "for") return;
      }
      // "will be completed in January", "would be paid in January": past
      // forms between a modal and the expression are participles of the
      // modal's clause, not past tense.
      // "had expected/planned to ... on Thursday": a plan told in the past
      // perfect is over; "had" before it is the cue.
      if (k > 0 && IsPlanWord(word) && tk.Lower(tk.items[k - 1]) == "had") return;
      if (side_weight >= 1.0 && IsModal(word)) {
        past -= past_left;
        past_left = 0;
      }
      future += w;
    } else if (flags & kReportingVerb) {
      // "said" frames the sentence; after the expression (", Castro said") it says nothing.
      if (side_weight >= 1.0) past += w * 0.4;
    } else if (flags & kPastCue) {
      // "did not plan to", "did not expect to": the auxiliary of a plan word
      // (a future cue up to two words right of it) is not a past cue.
      if (side_weight >= 1.0 && IsAuxiliary(tk.Lower(t))) {
        for (uint32_t r = k + 1; r <= k + 2 && r < tk.items.size(); ++r) {
          if ((tk.items[r].flags & kFutureCue) && IsPlanWord(tk.Lower(tk.items[r]))) return;
        }
      }
      past += w;
      if (side_weight >= 1.0) past_left += w;
    } else if (flags & kPresentCue) {
      // The present perfect ("has fluctuated", "have been") reports the past.
      const Token* next = k + 1 < tk.items.size() ? &tk.items[k + 1] : nullptr;
      const std::string_view word = tk.Lower(t);
      if ((word == "has" || word == "have") && next != nullptr && next->kind == Token::Kind::kWord &&
          ((next->flags & kPastCue) || ((next->flags & ~kGlue) == 0 && IsWeakPast(tk.Lower(*next))))) {
        past += w * 0.5;
        if (side_weight >= 1.0) past_left += w * 0.5;
      } else {
        present += w * 0.5;
      }
    }
  };
  // A fronted adverbial ("Until Thursday, they had not...", "On Friday, the
  // government planned..."): the governing verb follows, so only the right
  // side counts, fully (at most a preposition precedes, a comma follows).
  const bool fronted = FrontedAdverbial(tk, first, last);
  // Left: stop after a sentence end or before a paragraph break.
  for (uint32_t k = first, d = 0; k > 0 && d < 20 && !fronted; ++d) {
    if (tk.items[k].blank_line_before()) break;
    --k;
    if (EndsSentence(tk, k)) break;
    // "said that the father would travel Thursday", "..., they said": the
    // clause ends at "that" or a comma once it has a cue of its own.
    if (past + future + present > 0 &&
        (tk.Lower(tk.items[k]) == "that" ||
         (tk.items[k].kind == Token::Kind::kPunct && tk.items[k].punct == ','))) {
      break;
    }
    visit(k, d, 1.0);
  }
  const double right_weight = fronted ? 1.0 : 0.4;
  const bool left_past = past > 0;
  for (uint32_t k = last, d = 0; k < tk.items.size() && d < 12; ++k, ++d) {
    if (tk.items[k].blank_line_before() || EndsSentence(tk, k)) break;
    // "announced late Sunday that Turkey will ...": after a past cue on the
    // left, the clause after "that" has its own verb ("is offering odds on
    // his departure by December 31 that suggest ..." keeps looking).
    // A fronted expression ("Late Sunday night, it released a statement
    // declaring that Turkey would ...") has its verb on the right: once that
    // verb is past, "that" opens the reported clause the same way.
    if ((left_past || (fronted && past > 0)) && tk.Lower(tk.items[k]) == "that") break;
    visit(k, d, right_weight);
  }
  if (future == 0 && past == 0) return present > 0 ? Tense::kPresent : Tense::kUnknown;
  if (future > past) return Tense::kFuture;
  return present > past ? Tense::kPresent : Tense::kPast;
}

// Words that make a date name an event scheduled ahead: an election ("the
// Nov. 3 election", "re-election on Nov. 3", "Election Day on Nov. 3") or an
// explicit "upcoming". Votes, hearings and debates are left out: news dates
// the ones just held as often as the ones to come.
bool IsScheduledEventWord(std::string_view w) {
  for (const char* p : {"election", "elections", "re-election", "reelection", "primary", "primaries",
                        "caucus", "caucuses", "runoff", "referendum", "upcoming", "forthcoming"}) {
    if (w == p) return true;
  }
  return false;
}

// True when a scheduled-event word stands within three words of the
// expression [first, last) in its clause (no punctuation between but a
// possessive's apostrophe: "November's election"), and the
// expression does not follow "after"/"since"/"following" ("after the Dec.
// 12 election" is the one held).
bool NamesScheduledEvent(const Tokens& tk, uint32_t first, uint32_t last) {
  // Words without a lexicon entry come in gap tokens that hold a run of them
  // ("presidential election"): their words are looked at one by one, nearest
  // the expression first, at most three words each side.
  auto scan = [&](std::string_view run, bool leftward, int* words) {
    while (!run.empty() && *words < 3) {
      size_t cut = leftward ? run.rfind(' ') : run.find(' ');
      std::string_view w = cut == std::string_view::npos ? run : leftward ? run.substr(cut + 1) : run.substr(0, cut);
      run = cut == std::string_view::npos ? std::string_view() : leftward ? run.substr(0, cut) : run.substr(cut + 1);
      if (w.empty()) continue;
      ++*words;
      if (IsScheduledEventWord(w)) return true;
    }
    return false;
  };
  bool event = false;
  int words = 0;
  for (uint32_t k = first; k > 0 && words < 3 && !event; --k) {
    const Token& t = tk.items[k - 1];
    if (t.kind != Token::Kind::kWord || tk.items[k].blank_line_before()) break;
    event = scan(tk.Lower(t), true, &words);
  }
  words = 0;
  uint32_t right = last;
  // "November's election", "June’s primary": the possessive's apostrophe does
  // not end the phrase (its "s" counts as one of the three words).
  if (right + 1 < tk.items.size() && tk.items[right].kind == Token::Kind::kPunct && tk.items[right].punct == '\'' &&
      !tk.items[right].space_before() && tk.items[right + 1].kind == Token::Kind::kWord &&
      !tk.items[right + 1].space_before()) {
    const std::string_view next = tk.Lower(tk.items[right + 1]);
    if (next == "s" || next.starts_with("s ")) ++right;
  }
  for (uint32_t r = right; r < tk.items.size() && words < 3 && !event; ++r) {
    const Token& t = tk.items[r];
    if (t.kind != Token::Kind::kWord || t.blank_line_before()) break;
    event = scan(tk.Lower(t), false, &words);
  }
  if (!event) return false;
  // "since the Nov. 6 midterm elections", "after the Dec. 12 election": the one held.
  for (uint32_t b = first, back = 0; b > 0 && back < 2; --b, ++back) {
    const std::string_view w = tk.Lower(tk.items[b - 1]);
    if (w == "after" || w == "since" || w == "following" || w.ends_with(" after") || w.ends_with(" since") ||
        w.ends_with(" following")) {
      return false;
    }
  }
  return true;
}

struct TenseQuery {
  const Tokens* tokens;
  uint32_t first, last;
};

// The sentence's tense, except that a date naming a scheduled event looks
// ahead unless the sentence is in the past ("to face Trump in the Nov. 3
// election", written in January, is the coming November).
Tense DetectQueriedTense(const void* context) {
  const auto* q = static_cast<const TenseQuery*>(context);
  const Tense tense = DetectTense(*q->tokens, q->first, q->last);
  if (tense != Tense::kPast && tense != Tense::kFuture && NamesScheduledEvent(*q->tokens, q->first, q->last)) {
    return Tense::kFuture;
  }
  return tense;
}

}  // namespace

TimeTagger::TimeTagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TimeTagger::~TimeTagger() = default;

Result<std::unique_ptr<TimeTagger>> TimeTagger::Create(const TaggerOptions& options) {
  auto lexicon = Lexicon::ForLanguage(options.language);
  if (!lexicon.ok()) return lexicon.status();
  auto impl = std::make_unique<Impl>();
  impl->lexicon = std::move(lexicon).value();
  return std::unique_ptr<TimeTagger>(new TimeTagger(std::move(impl)));
}

std::vector<Timex> TimeTagger::Tag(std::string_view text, std::string_view dct) const {
  thread_local Tokens tokens;  // reused: keeps its capacity between calls
  Scan(text, impl_->lexicon.get(), &tokens);
  thread_local std::vector<Candidate> candidates;
  candidates.clear();
  Recognize(tokens, &candidates);
  std::vector<Timex> out;
  if (candidates.empty()) return out;
  Date dct_date;
  const bool has_dct = ParseDate(dct, &dct_date);
  Resolver resolver(has_dct ? &dct_date : nullptr);
  out.reserve(candidates.size());
  thread_local NamedYears named_years;
  named_years.Clear();
  Sem named;  // a candidate's parse with what named_dates.h found, when it found something
  for (size_t ci = 0; ci < candidates.size(); ++ci) {
    const Candidate& c = candidates[ci];
    const TenseQuery query{&tokens, c.first, c.last};
    const TenseOf tense(&DetectQueriedTense, &query);  // detected only if the value depends on it
    resolver.SetSentenceStart(SentenceStart(tokens, c.first, kSentenceLookBack));
    const Sem* sem = &c.sem;
    if (c.sem.kind == Sem::Kind::kDate && c.sem.month > 0 && c.sem.day > 0 && c.sem.weekday == 0 &&
        c.sem.holiday_rule == 0) {
      if (c.sem.year > 0) {
        named_years.Note(c.sem.month, c.sem.day, c.sem.year);  // "September 11, 2001"
      } else if (c.sem.rel == kRelTense && NamesEvent(text, tokens, c.first, c.last) &&
                 !NamesScheduledEvent(tokens, c.first, c.last)) {
        // "the March 9 flood", "the Sept. 11 attacks" (elections look ahead:
        // NamesScheduledEvent).
        named = c.sem;
        named.names_event = true;
        named.event_year = AnniversaryYear(tokens, c.last, c.sem.month, c.sem.day);
        if (named.event_year == 0) named.event_year = named_years.YearOf(c.sem.month, c.sem.day);
        named.event_past = ToldInThePast(tokens, c.last);
        sem = &named;
      }
    } else if (c.sem.kind == Sem::Kind::kDate && c.sem.weekday > 0 && c.sem.month <= 0 && !c.sem.anaphoric &&
               CountedFromEvent(tokens, c.first, c.last,
                                ci + 1 < candidates.size() ? candidates[ci + 1].first : UINT32_MAX)) {
      named = c.sem;
      named.from_event = true;  // "the Sunday following the attack"
      sem = &named;
    }
    Resolved r = resolver.Resolve(*sem, tense, c.first);
    if (r.value.empty()) continue;
    Timex t;
    t.span = Span{tokens.items[c.first].begin, tokens.items[c.last - 1].end};
    t.type = std::move(r.type);
    t.value = std::move(r.value);
    t.mod = std::move(r.mod);
    t.needs_dct = r.needs_dct;
    out.push_back(std::move(t));
  }
  return out;
}

void TimeTagger::Resolve(std::string_view text, std::string_view dct,
                         std::vector<Timex>* timexes) const {
  const std::vector<Timex> fresh = Tag(text, dct);
  size_t k = 0;
  for (Timex& t : *timexes) {
    if (!t.needs_dct) continue;
    while (k < fresh.size() && fresh[k].span.begin < t.span.begin) ++k;
    if (k < fresh.size() && fresh[k].span == t.span) t = fresh[k];
  }
}

}  // namespace parallax::time
