// Session 23 (docs/quotes.md, "Session 23: indirect blind6 and indirect-blind5's missed reports"):
// report shapes for indirect speech that indirect.cc leaves out, from the errors of
// indirect-blind5 (a development split from session 23) and indirect-blind4:
//   "CHICAGO — Chicago police say CLAUSE"              a dateline before the report's words
//   "Priorities USA argues CLAUSE"                     a body named like "<Word> USA"
//   "CLAUSE, the Committee to Protect Journalists said."   a body's name the tagger missed
//   "The office cited the investigation and noted CLAUSE"  a cue coordinated with a first verb
#include <string>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"

namespace parallax::quotes {

namespace {

// A word of two or more letters written in capitals only ("CHICAGO", "WASHINGTON").
bool AllCaps(std::string_view raw) {
  if (raw.size() < 3) return false;
  for (char ch : raw) {
    if (!(ch >= 'A' && ch <= 'Z') && ch != '.' && ch != '-') return false;
  }
  return true;
}

bool Dash(std::string_view raw) { return raw == "\xE2\x80\x94" || raw == "\xE2\x80\x93" || raw == "--"; }

bool MonthWord(std::string_view w) {
  return InList(w, {"jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "january", "february", "march",
                    "april", "may", "june", "july", "august", "september", "october", "november", "december"});
}

bool Year(std::string_view raw) {
  return raw.size() == 4 && (raw[0] == '1' || raw[0] == '2') && raw[1] >= '0' && raw[1] <= '9' && raw[2] >= '0' &&
         raw[2] <= '9' && raw[3] >= '0' && raw[3] <= '9';
}

// Capitalized words that open sentences without naming anything ("Today America ...").
bool OpeningWord(std::string_view w) {
  return InList(w, {"today", "now", "yesterday", "meanwhile", "also", "and", "but", "so", "still", "yet", "then",
                    "here", "there", "in", "on", "at", "for", "when", "as", "if", "while", "after", "before",
                    "the", "a", "an", "this", "that", "all", "most", "many", "some"});
}

}  // namespace

uint32_t DatelineEnd(const Context& ctx, uint32_t first, uint32_t end) {
  // "CHICAGO — ", "WASHINGTON (AP) — ", "New Delhi, June 23, 2020 — ": a dash among the sentence's
  // first sixteen tokens right after a place written in capitals (a parenthesized wire tag between;
  // a capitalized word after the dash), or within five tokens of a sentence-opening place in capitals
  // ("DES MOINES, Iowa — "), or after a date that ends with a year after a month; no quote mark or cue
  // before it.
  const auto& toks = ctx.article().tokens;
  for (uint32_t d = first + 1; d < end && d < first + 16; ++d) {
    const Span& sp = toks[d].span;
    if (sp.end - sp.begin > 3 || !Dash(ctx.Text(d))) continue;  // most tokens: no dash
    if (d + 4 >= end) return first;
    for (uint32_t u = first; u < d; ++u) {
      if (ctx.InQuote(u) || ctx.IsQuoteMark(u) || ctx.CueWord(u) != 0) return first;
    }
    uint32_t p = d - 1;
    if (ctx.Text(p) == ")" && p >= first + 2) {  // "(AP)", "(Reuters)", "(CNN)"
      uint32_t open = p;
      while (open > first && p - open < 4 && ctx.Text(open) != "(") --open;
      if (ctx.Text(open) != "(" || open == first) return first;
      p = open - 1;
    }
    // A place in capitals (the tagger types them at random: "DENVER" a person, "BOSTON" a body), and
    // a capitalized word after the dash ("NATO — the alliance's" is no dateline).
    std::string_view raw = ctx.Text(p);
    bool after = Capitalized(ctx.Text(d + 1));
    bool place = AllCaps(raw) && after;
    // Session 25 (SkipOpening's dateline, read here since): "DES MOINES, Iowa — ", "NEW YORK, N.Y. — ": a
    // place in capitals opening the sentence, its state after a comma, the dash within five tokens.
    place = place || (after && d <= first + 5 && AllCaps(ctx.Text(first)));
    bool date = false;
    if (Year(raw)) {
      for (uint32_t u = p; u > first && p - u < 4 && !date; --u) date = MonthWord(ctx.Lower(u - 1));
    }
    return place || date ? d + 1 : first;
  }
  return first;
}

Speaker CorrectIndirectSpeaker23(const Context& ctx, Speaker s, uint32_t b, uint32_t e) {
  // "Priorities USA argues", "Turning Point USA said": a country the tagger found at the end of a
  // subject phrase whose words before it are capitalized and untagged is part of a body's name.
  if (!s.resolved() || s.entity < 0 || e < b + 2 || e > b + 4) return s;
  const auto& ents = ctx.article().entities;
  int32_t x = ctx.EntityOf(e - 1);
  if (x < 0 || x != s.entity || ents[x].type != "LOC") return s;
  uint32_t f = e - 1;
  while (f > b && ctx.EntityOf(f - 1) == x) --f;
  if (f == b) return s;
  for (uint32_t t = b; t < f; ++t) {
    if (ctx.EntityOf(t) >= 0 || !Capitalized(ctx.Text(t)) || AllCaps(ctx.Text(t)) || OpeningWord(ctx.Lower(t))) {
      return s;
    }
  }
  const auto& toks = ctx.article().tokens;
  return Speaker{Span{toks[b].span.begin, toks[e - 1].span.end}, std::string(ctx.TextOf(b, e)), "organization", -1};
}

uint32_t UntaggedBodyStart(const Context& ctx, uint32_t from, uint32_t v, Speaker* s) {
  // "..., the Committee to Protect Journalists said": "the" and two to eight capitalized words
  // (with "of", "for", "to", "on", "and" between two of them) right before the cue, none of them
  // tagged, is a body the tagger missed: an organization named by the words after "the".
  uint32_t b = v, capitals = 0;
  while (b > from && v - b < 10) {
    std::string_view raw = ctx.Text(b - 1), w = ctx.Lower(b - 1);
    if (ctx.EntityOf(b - 1) >= 0 || ctx.InQuote(b - 1)) return v;
    if (Capitalized(raw) && !ctx.IsPunct(b - 1) && w != "the") {
      ++capitals;
    } else if (!InList(w, {"of", "for", "to", "on", "and"}) || b == v || !Capitalized(ctx.Text(b - 2))) {
      break;
    }
    --b;
  }
  if (b == from || b == v || ctx.Lower(b - 1) != "the" || capitals < 2) return v;
  if (!Capitalized(ctx.Text(b)) || !Capitalized(ctx.Text(v - 1)) || TitleNoun(ctx.Lower(v - 1))) return v;
  const auto& toks = ctx.article().tokens;
  *s = Speaker{Span{toks[b].span.begin, toks[v - 1].span.end}, std::string(ctx.TextOf(b, v)), "organization", -1};
  return b - 1;
}

uint32_t CoordinatedSubjectEnd(const Context& ctx, uint32_t from, uint32_t and_tok) {
  // "The office cited the ongoing investigation and noted CLAUSE": the cue after "and" shares the
  // subject opening the sentence's words: a subject pronoun, a name the tagger found, or a
  // determiner and one to three lower-case words; then a past-tense verb, and no punctuation,
  // quote mark, cue or relative word up to the "and" (at most fifteen words).
  if (and_tok <= from + 2 || and_tok > from + 18 || ctx.Lower(and_tok) != "and") return from;
  uint32_t e = from;
  std::string_view w0 = ctx.Lower(from);
  if (InList(w0, {"he", "she", "they", "it", "we"})) {
    e = from + 1;
  } else if (ctx.EntityOf(from) >= 0) {
    int32_t x = ctx.EntityOf(from);
    if (ctx.article().entities[x].type == "LOC") return from;
    e = from;
    while (e < and_tok && ctx.EntityOf(e) == x) ++e;
  } else if (Determiner(w0) || w0 == "police") {
    e = from + 1;
    while (e < and_tok && e < from + 4) {
      std::string_view raw = ctx.Text(e);
      if (raw.empty() || !(raw[0] >= 'a' && raw[0] <= 'z') || ctx.Lower(e).ends_with("ed")) break;
      ++e;
    }
    if (e == from + 1 && w0 != "police") return from;
  } else {
    return from;
  }
  if (e >= and_tok) return from;
  std::string_view verb = ctx.Lower(e);
  bool past = (verb.size() > 4 && verb.ends_with("ed")) ||
              InList(verb, {"took", "made", "gave", "sent", "met", "spoke", "wrote", "held", "put", "set", "left",
                            "got", "came", "went", "brought", "sought", "won", "lost", "ran", "struck", "kept"});
  if (!past || ctx.CueWord(e) != 0) return from;
  for (uint32_t t = e + 1; t < and_tok; ++t) {
    std::string_view w = ctx.Lower(t);
    if (ctx.IsPunct(t) || ctx.InQuote(t) || ctx.CueWord(t) != 0 || InList(w, {"that", "who", "which", "whom", "when"})) {
      return from;
    }
  }
  return e;
}

bool ObjectNotClause(const Context& ctx, const Cue& c, uint32_t clause, uint32_t end) {
  // "he and Juncker announced a cease-fire in their trade war", "Trump explained his strategy for
  // ...": a verb that also takes an object, then an indefinite or possessive determiner and no
  // finite clause (not "announced his campaign would end", not "confirmed a deal had been reached").
  if (clause >= end || !InList(ctx.Lower(c.first), {"announced", "explained", "revealed", "confirmed", "disclosed",
                                                     "acknowledged", "declared", "denied", "claimed"})) {
    return false;
  }
  if (!InList(ctx.Lower(clause), {"a", "an", "his", "her", "its", "their", "our", "my", "your"})) return false;
  return !FiniteClauseAhead(ctx, clause, end);
}

std::string WithoutOpeningConjunction(const std::string& name) {
  for (std::string_view w : {"Yet ", "But ", "And ", "So ", "Still ", "Also ", "Meanwhile, ", "Now "}) {
    if (name.size() > w.size() + 2 && std::string_view(name).starts_with(w)) return name.substr(w.size());
  }
  return name;
}

bool FiniteClauseAhead(const Context& ctx, uint32_t clause, uint32_t end) {
  // "that CLAUSE", "he would ...", "the report will be released": a "that" before, a subject
  // pronoun first, or an auxiliary or modal within the first six words with no punctuation before.
  if (clause >= end) return false;
  if (ctx.Lower(clause - 1) == "that" || InList(ctx.Lower(clause), {"he", "she", "they", "it", "we", "i"})) return true;
  for (uint32_t t = clause + 1; t < end && t < clause + 6; ++t) {
    if (ctx.IsPunct(t) || ctx.InQuote(t)) return false;
    if (InList(ctx.Lower(t), {"will", "would", "was", "were", "is", "are", "has", "have", "had", "could", "can", "may",
                              "might", "should", "must"})) {
      return true;
    }
  }
  return false;
}

}  // namespace parallax::quotes
