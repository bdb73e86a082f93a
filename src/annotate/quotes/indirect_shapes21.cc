// Session 21-22 (docs/quotes.md, "Session 21-22: indirect blind5 and indirect-blind4's missed
// reports"): report shapes for indirect speech that indirect.cc leaves out, from the errors of
// indirect-blind4 (a development split from session 22):
//   "Jane Roe, president of the club, said that ..."   a subject with an appositive before the cue
//   "CLAUSE, Jane Roe, chair of the board, said."       the same, trailing
//   "CLAUSE, Roe said, adding that CLAUSE"              a participle cue goes on with the speaker
//   "But according to a study by X, CLAUSE"             a conjunction before a leading phrase
//   "according to a five year study by X", "according to that police statement"   documents
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"

namespace parallax::quotes {

bool ReportParticiple(std::string_view w) {
  return InList(w, {"adding", "saying", "noting", "arguing", "warning", "insisting", "claiming", "explaining",
                    "stressing", "asserting", "acknowledging", "contending", "stating", "emphasizing", "conceding"});
}

namespace {

// The tokens [b, e) are one person's name as the tagger found it.
bool OneName(const Context& ctx, uint32_t b, uint32_t e) {
  int32_t x = ctx.EntityOf(b);
  if (x < 0 || ctx.article().entities[x].type != "PER") return false;
  for (uint32_t t = b; t < e; ++t) {
    if (ctx.EntityOf(t) != x) return false;
  }
  return true;
}

}  // namespace

uint32_t AppositiveSubjectStart(const Context& ctx, uint32_t from, uint32_t v, uint32_t* subject_end) {
  // "Junior Jane Roe, president of the campus club, said that", "The reporter, who declined to be
  // named, told", "..., Jane Roe, chair of the department, said.": a comma right before the cue,
  // an appositive of at most sixteen words with no other punctuation or quote mark (and no cue
  // but in a "who" clause), the comma opening it, and a subject phrase before that comma which
  // opens the sentence's words or follows a comma.
  if (v < from + 4 || ctx.Lower(v - 1) != ",") return v;
  uint32_t close = v - 1, open = close;
  while (open > from && close - open < 17) {
    --open;
    if (ctx.IsPunct(open) || ctx.InQuote(open)) break;
  }
  if (open == from || ctx.Lower(open) != "," || open + 1 >= close || ctx.InQuote(open)) return v;
  std::string_view first = ctx.Lower(open + 1);
  // A list or a new clause; "Kim, has threatened ..., declared": a verb phrase, not an appositive.
  if (InList(first, {"and", "or", "but", "nor", "then", "so", "has", "have", "had", "is", "was", "are", "were", "will",
                     "would"})) {
    return v;
  }
  if (OneName(ctx, open + 1, close)) return v;  // "Smith, Jones, said": a list of names
  bool relative = InList(first, {"who", "whose"});
  for (uint32_t t = open + 1; t < close; ++t) {
    if (!relative && ctx.CueWord(t) != 0) return v;
  }
  uint32_t b = SubjectStart(ctx, open, from);
  if (b >= open || open - b > 8) return v;
  if (b != from && ctx.Lower(b - 1) != ",") return v;
  // After a comma (a trailing attribution) the subject is a person's name or a definite phrase:
  // not "Severna Park, Md., who is a Republican," or "a Washington, D.C.-based law firm," (the
  // last pieces of a longer appositive), not "one of the co-sponsors of X, legislation that ...,".
  if (b != from) {
    bool person = false;
    for (uint32_t t = b; t < open && !person; ++t) {
      int32_t x = ctx.EntityOf(t);
      person = x >= 0 && ctx.article().entities[x].type == "PER";
    }
    if (!person && !InList(ctx.Lower(b), {"the", "this", "that", "his", "her", "their", "its"})) return v;
  }
  // The subject is a name, a pronoun or a noun phrase with a determiner or a capital.
  std::string_view head = ctx.Text(b);
  bool capital = !head.empty() && head[0] >= 'A' && head[0] <= 'Z';
  if (!capital && ctx.EntityOf(b) < 0 && !Determiner(ctx.Lower(b))) return v;
  *subject_end = open;
  return b;
}

uint32_t ParticipleReportAt(const Context& ctx, uint32_t b, uint32_t end, Cue* cue, uint32_t* content_b) {
  // ", adding that by speaking to the audience he hoped to ...", ", saying he had been threatened":
  // a comma, a participle of saying, then "that" or the opening of a clause (a subject pronoun,
  // "the", a capitalized word; "that" only after the participles with another sense).
  for (uint32_t u = b; u + 3 < end; ++u) {
    if (ctx.InQuote(u)) return end;
    if (ctx.Lower(u) != "," || !ReportParticiple(ctx.Lower(u + 1))) continue;
    uint32_t c = u + 2;
    if (ctx.Lower(c) == "that") {
      ++c;
    } else {
      std::string_view w = ctx.Lower(c), raw = ctx.Text(c);
      bool plain = InList(ctx.Lower(u + 1), {"saying", "adding"});
      bool clause = PronounKind(w) == Pronoun::kPlural || w == "he" || w == "she" || w == "i" || w == "we" ||
                    w == "it" || (w == "the" && ctx.EntityOf(c + 1) < 0) ||
                    (!raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z' && ctx.EntityOf(c) >= 0);
      if (!plain || !clause) continue;
    }
    if (c + 3 >= end) return end;
    *cue = Cue{u + 1, u + 2, CueKind::kSpeech, false};
    *content_b = c;
    return u;
  }
  return end;
}

bool LeadingAccording(const Context& ctx, uint32_t t, uint32_t from) {
  // "According to X, CLAUSE", ", according to X, CLAUSE", "But according to a study by X, CLAUSE".
  if (t == from || (t == from + 1 && ctx.IsPunct(from))) return true;
  return t == from + 1 && InList(ctx.Lower(from), {"but", "and", "yet", "still", "so", "now", "also"});
}

uint32_t DemonstrativeDocumentEnd(const Context& ctx, uint32_t b, uint32_t end) {
  // "according to that police statement.": the phrase finder stops at "that"; a demonstrative, at
  // most two lower-case words and a document noun, then punctuation or the sentence's end.
  if (b >= end || !InList(ctx.Lower(b), {"that", "this", "these", "those"})) return b;
  for (uint32_t n = b + 1; n < end && n <= b + 3; ++n) {
    std::string_view raw = ctx.Text(n);
    if (raw.empty() || !(raw[0] >= 'a' && raw[0] <= 'z')) return b;
    if (DocumentNoun(ctx.Lower(n)) && (n + 1 == end || ctx.IsPunct(n + 1))) return n + 1;
  }
  return b;
}

Speaker CorrectIndirectSpeaker21(const Context& ctx, Speaker s, uint32_t b, uint32_t e) {
  if (e < b + 2) return s;
  const auto& toks = ctx.article().tokens;
  std::string_view first = ctx.Lower(b), head = ctx.Lower(e - 1);
  // "according to that police statement", "this report says": a demonstrative and a document noun
  // (one or two words between) is that document.
  if (!s.resolved() && e <= b + 4 && InList(first, {"that", "this", "these", "those"}) && DocumentNoun(head)) {
    return Speaker{Span{toks[b].span.begin, toks[e - 1].span.end}, std::string(ctx.TextOf(b, e)), "document", -1};
  }
  // "according to a five year study by the Pew Research Center", "a 2019 report from X": a
  // document noun after a determiner and one or two lower-case or numeric words, then "by" or
  // "from", is a document whose author the phrase names (report_shapes.cc reads the noun right
  // after the determiner).
  if (s.resolved() && (s.type == "organization" || s.type == "person") && Determiner(first)) {
    for (uint32_t n = b + 2; n <= b + 3 && n + 2 < e; ++n) {
      if (!DocumentNoun(ctx.Lower(n)) || !InList(ctx.Lower(n + 1), {"by", "from"})) continue;
      bool plain = true;
      for (uint32_t t = b + 1; t < n && plain; ++t) {
        std::string_view raw = ctx.Text(t);
        plain = !raw.empty() && ((raw[0] >= 'a' && raw[0] <= 'z') || (raw[0] >= '0' && raw[0] <= '9')) &&
                ctx.EntityOf(t) < 0;
      }
      if (plain) s.type = "document";
      break;
    }
  }
  return s;
}

}  // namespace parallax::quotes
