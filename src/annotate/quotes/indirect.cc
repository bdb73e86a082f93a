// Indirect speech and the Quotation record.
//
// A sentence without quote marks is a report when it carries a reporting
// cue with a resolvable speaker, in one of three shapes:
//   "According to X, CLAUSE." / "CLAUSE, according to X."
//   "CLAUSE, said X." / "CLAUSE, X said."        (trailing attribution)
//   "X said (that) CLAUSE." / "X told Y (that) CLAUSE."  (leading)
// The leading shape nests ("Politico reports Kerry said there was ..."):
// the scan goes on inside the clause, giving one report per speaker. The
// content must be a clause (at least kMinContentTokens tokens); cues in
// passive or adjectival use ("the reported admission", "was told") are
// rejected by CueAt.
#include <algorithm>

#include "annotate/quotes/attribution.h"

namespace parallax::quotes {

namespace {

constexpr uint32_t kMinContentTokens = 4;

// [b, e) with edge punctuation dropped.
void TrimPunct(const Context& ctx, uint32_t* b, uint32_t* e) {
  while (*b < *e && ctx.IsPunct(*b)) ++*b;
  while (*e > *b && ctx.IsPunct(*e - 1)) --*e;
}

Span Bytes(const Context& ctx, uint32_t b, uint32_t e) {
  const auto& t = ctx.article().tokens;
  return Span{t[b].span.begin, t[e - 1].span.end};
}

bool Emit(const Context& ctx, uint32_t b, uint32_t e, const Cue& c, const Speaker& s, Discourse* d,
          std::vector<Quotation>* out) {
  TrimPunct(ctx, &b, &e);
  if (!s.resolved() || e < b + kMinContentTokens) return false;
  out->push_back(MakeQuotation(Bytes(ctx, b, e), ctx, &c, s, false));
  Remember(ctx, s, c.first, d);
  return true;
}

// Skips "that" and, after "told"/"tells", the listener ("told reporters that").
uint32_t ClauseStart(const Context& ctx, const Cue& c, uint32_t end) {
  uint32_t t = c.last;
  std::string_view verb = ctx.Lower(c.first);
  if (verb == "told" || verb == "tells" || verb == "tell") {
    uint32_t limit = std::min(end, t + 5);
    uint32_t that = t;
    while (that < limit && ctx.Lower(that) != "that") ++that;
    if (that < limit) return that + 1;
    uint32_t e = ctx.EntityOf(t) >= 0 ? t : UINT32_MAX;
    while (e != UINT32_MAX && e < end && ctx.EntityOf(e) == ctx.EntityOf(t)) ++e;
    if (e != UINT32_MAX) return e;
    return PronounKind(ctx.Lower(t)) != Pronoun::kNone || ctx.Lower(t) == "reporters" || ctx.Lower(t) == "him" ||
                   ctx.Lower(t) == "her" || ctx.Lower(t) == "them" || ctx.Lower(t) == "me" || ctx.Lower(t) == "us"
               ? t + 1 : t;
  }
  if (t < end && ctx.Lower(t) == "that") ++t;
  return t;
}

// True when [comma, end) is ", APPOSITIVE" closing the sentence: a
// description ("a Republican consultant who worked for Cruz") with no
// reporting cue of its own.
bool AppositiveToEnd(const Context& ctx, uint32_t comma, uint32_t end) {
  if (comma + 1 >= end || ctx.Lower(comma) != ",") return false;
  std::string_view w = ctx.Lower(comma + 1);
  bool description = w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" ||
                     w == "their" || w == "who" || TitleNoun(w);
  if (!description) return false;
  for (uint32_t t = comma + 1; t < end; ++t) {
    if (ctx.IsQuoteMark(t) || CueAt(ctx, t).valid()) return false;
  }
  return true;
}

}  // namespace

Quotation MakeQuotation(const Span& content, const Context& ctx, const Cue* cue, const Speaker& s, bool direct) {
  Quotation q;
  q.span = content;
  q.direct = direct;
  q.speaker = s.span;
  q.speaker_name = s.name;
  q.source_type = s.resolved() ? s.type : "unknown";
  if (s.entity >= 0) q.speaker_chain = ctx.article().entities[s.entity].chain;
  if (cue == nullptr || !cue->valid()) return q;
  q.cue = Bytes(ctx, cue->first, cue->last);
  bool social = cue->kind == CueKind::kSocial;
  // "wrote on Twitter", "said in a post on X", "said on Facebook".
  for (uint32_t t = cue->last; t < cue->last + 6 && t < ctx.size() && !social; ++t) {
    std::string_view w = ctx.Lower(t);
    if (w == "." || w == ";") break;
    if (SocialWord(w) && w != "social" && w != "x" && w != "post") social = true;
    if ((w == "x" || w == "post") && t > 0 && (ctx.Lower(t - 1) == "on" || ctx.Lower(t - 1) == "a")) social = true;
  }
  if (social && s.resolved() && s.type != "outlet") q.source_type = "social";
  return q;
}

void Remember(const Context& ctx, const Speaker& s, uint32_t tok, Discourse* d) {
  if (!s.resolved()) return;
  if (s.type == "person" || (s.type == "social" && s.entity >= 0)) {
    d->last_person = s;
    uint32_t sent = ctx.SentenceOf(tok);
    d->last_person_paragraph = sent < ctx.article().sentences.size() ? ctx.article().sentences[sent].paragraph : 0;
    d->last_person_sentence = sent;
  } else if (s.type == "organization" || s.type == "anonymous" || s.type == "outlet") {
    d->last_group = s;
  }
  if (s.type == "document" && s.entity >= 0) d->last_document = s;
  d->last_speaker = s;
  d->last_speaker_sentence = ctx.SentenceOf(tok);
}

void FindIndirect(const Context& ctx, uint32_t sentence, Discourse* d, std::vector<Quotation>* out) {
  const Sentence& st = ctx.article().sentences[sentence];
  const uint32_t first = st.first_token, end = st.first_token + st.token_count;
  uint32_t last_word = end;
  while (last_word > first && ctx.IsPunct(last_word - 1)) --last_word;
  uint32_t from = first;
  for (uint32_t t = first; t < end; ++t) {
    Cue c = CueAt(ctx, t);
    if (!c.valid()) continue;
    if (c.according) {
      uint32_t pe = PhraseEnd(ctx, c.last, end);
      Speaker s = ResolvePhrase(ctx, c.last, pe, t, *d);
      bool leading = t == from || (t == from + 1 && ctx.IsPunct(from));
      if (leading) Emit(ctx, pe, end, c, s, d, out);
      else Emit(ctx, from, t, c, s, d, out);
      return;
    }
    if (!IndirectSpeechVerb(ctx.Lower(t))) continue;
    uint32_t pe = PhraseEnd(ctx, c.last, end);
    bool trailing = pe >= last_word || AppositiveToEnd(ctx, pe, last_word);  // "..., said X, a consultant."
    if (t > first && ctx.Lower(t - 1) == "," && trailing && pe > c.last) {  // "..., said X."
      Emit(ctx, from, t - 1, c, ResolvePhrase(ctx, c.last, pe, t, *d), d, out);
      return;
    }
    uint32_t subject = SubjectStart(ctx, t, from);
    uint32_t subject_end = subject == t ? RelativeClauseSubjectEnd(ctx, from, t) : t;  // "X who ..., says"
    if (subject_end < t) subject = from;
    if (subject == t) continue;
    Speaker s = ResolvePhrase(ctx, subject, subject_end, t, *d);
    if (c.last >= last_word && subject > from && ctx.Lower(subject - 1) == ",") {  // "..., X said."
      Emit(ctx, from, subject - 1, c, s, d, out);
      return;
    }
    // The subject must open the sentence (or follow an introductory phrase and comma).
    if (subject != from && ctx.Lower(subject - 1) != "," && ctx.Lower(subject - 1) != "that") continue;
    uint32_t clause = ClauseStart(ctx, c, end);
    if (!Emit(ctx, clause, end, c, s, d, out)) continue;
    from = clause;  // a nested report inside the clause
    t = clause - 1;
  }
}

}  // namespace parallax::quotes
