// Session 18 (docs/quotes.md, "Session 18: indirect blind3 and leftovers"): report shapes and
// speaker corrections for indirect speech that indirect.cc's three shapes leave out or get wrong,
// found on indirect-dev and indirect-blind2:
//   "X speculated that ...", "X observed that ..."   cues that report only with a that-clause
//   "X went on to declare that ..."                   an asserted infinitive
//   "A Twitter user who posts under ... noted ..."    a subject with a relative clause
//   "..., he added." after words naming another man   the pronoun is the last speaker
//   "the two announced", "The Oklahoma Republican said", "according to an analysis by X"
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

// Verbs of saying with another sense ("observed the eclipse", "complained of pain", "pointed
// at"): a report only when a "that" follows within a few words. Sorted.
constexpr std::string_view kThatCues[] = {
    "cautioned", "complained", "countered", "mentioned", "mused", "observed", "observes", "point", "pointed",
    "points", "remarked", "replied", "responded", "speculated", "speculates",
};

// Base forms after "went on to" ("went on to declare that"). Sorted.
constexpr std::string_view kWentOnVerbs[] = {
    "add", "argue", "claim", "declare", "explain", "insist", "note", "say", "state", "suggest", "warn", "write",
};

bool PersonAt(const Context& ctx, uint32_t t) {
  int32_t e = ctx.EntityOf(t);
  return e >= 0 && ctx.article().entities[e].type == "PER";
}

}  // namespace

Cue ThatClauseCueAt(const Context& ctx, uint32_t t) {
  std::string_view w = ctx.Lower(t);
  if (t == 0 || ctx.SentenceOf(t - 1) != ctx.SentenceOf(t)) return {};
  std::string_view prev = ctx.Lower(t - 1);
  // "Clinton went on to declare that", "He went on to note that".
  if (prev == "to" && t >= 3 && ctx.Lower(t - 2) == "on" && InList(ctx.Lower(t - 3), {"went", "goes", "go", "going"}) &&
      std::binary_search(std::begin(kWentOnVerbs), std::end(kWentOnVerbs), w)) {
    return Cue{t, t + 1, CueKind::kSpeech, false};
  }
  if (!std::binary_search(std::begin(kThatCues), std::end(kThatCues), w)) return {};
  // "Cohen points out that", "Mann and Ornstein point out that": the present forms only with "out"
  // (not "the points that", "three points that he made").
  if ((w == "point" || w == "points") && (t + 1 >= ctx.size() || ctx.Lower(t + 1) != "out")) return {};
  if (InList(prev, {"a", "an", "the", "to", "not", "n't", "was", "were", "is", "are", "be", "been", "would", "could",
                    "will", "might", "may", "should"})) {
    return {};
  }
  // "observed that", "pointed out that", "speculated Sunday on social media that".
  for (uint32_t u = t + 1; u < ctx.size() && u < t + 7 && ctx.SentenceOf(u) == ctx.SentenceOf(t); ++u) {
    std::string_view x = ctx.Lower(u);
    if (x == "that") return Cue{t, t + 1, CueKind::kSpeech, false};
    if (ctx.IsPunct(u) || ctx.InQuote(u)) break;
  }
  return {};
}

bool WentOnCueWord(std::string_view w) {
  return std::binary_search(std::begin(kWentOnVerbs), std::end(kWentOnVerbs), w) ||
         std::binary_search(std::begin(kThatCues), std::end(kThatCues), w);
}

uint32_t RelativeSubjectEnd(const Context& ctx, uint32_t from, uint32_t v) {
  // "A Twitter user who posts under the name rider42 noted": a determiner, a noun of an unnamed
  // person or group at most three words on, "who", then at most twelve words with no punctuation.
  if (v < from + 4 || !Determiner(ctx.Lower(from))) return v;
  uint32_t who = from + 1;
  while (who < v && who < from + 5 && ctx.Lower(who) != "who" && !ctx.IsPunct(who)) ++who;
  if (who >= v || ctx.Lower(who) != "who" || v - who > 13 || v - who < 3) return v;
  std::string_view head = ctx.Lower(who - 1);
  if (!AnonymousNoun(head) && !GroupNoun(head) && !TitleNoun(head) && !AgentNoun(ctx.Text(who - 1))) return v;
  for (uint32_t t = who; t < v; ++t) {
    if (ctx.IsPunct(t) || ctx.InQuote(t)) return v;
  }
  return who;
}

Speaker CorrectIndirectSpeaker(const Context& ctx, Speaker s, uint32_t b, uint32_t e, uint32_t content_b,
                               uint32_t content_e, const Discourse& d) {
  if (e <= b) return s;
  std::string_view first = ctx.Lower(b), head = ctx.Lower(e - 1);
  // "Twitter said", "Facebook said": a platform named alone speaks as the company (the tagger
  // misses it or types it a person or place).
  std::string_view raw = ctx.Text(b);
  if (e == b + 1 && SocialWord(first) && !InList(first, {"post", "social", "truth", "threads", "x", "tweet"}) &&
      !raw.empty() && std::isupper(static_cast<unsigned char>(raw[0])) && (!s.resolved() || s.type != "outlet")) {
    return Speaker{Span{ctx.article().tokens[b].span.begin, ctx.article().tokens[b].span.end}, std::string(raw),
                   "organization", ctx.EntityOf(b)};
  }
  // "The Hill reported" (the tagger's person "Hill"): a phrase that is a registered outlet's name.
  if (s.resolved() && s.type == "person" && e <= b + 4) {
    const Outlet* o = ctx.registry().FindByName(ctx.TextOf(b, e));
    if (o != nullptr) return Speaker{s.span, o->name, "outlet", -1};
  }
  // "noted CNN Polling Director Keating Holland", "EPA Administrator Scott Pruitt said" (the tagger
  // took the whole as one organization): a title word inside an organization speaker's name, then
  // two or three capitalized words, is that person's title; the words after it name the person.
  if (s.resolved() && s.type == "organization" && s.entity >= 0) {
    uint32_t first_tok = ctx.EntityStart(s.entity), end_tok = first_tok;
    while (end_tok < ctx.size() && ctx.EntityOf(end_tok) == s.entity) ++end_tok;
    uint32_t from_tok = std::max(first_tok + 1, end_tok >= 4 ? end_tok - 4 : 0);
    for (uint32_t t = from_tok; t + 3 <= end_tok; ++t) {  // two or three words after the title
      std::string_view w = ctx.Lower(t);
      bool title = TitleNoun(w) || InList(w, {"administrator", "spokesman", "spokeswoman", "correspondent", "anchor"});
      if (!title) continue;
      bool names = true;
      for (uint32_t u = t + 1; u < end_tok && names; ++u) {
        std::string_view x = ctx.Text(u);
        names = !x.empty() && std::isupper(static_cast<unsigned char>(x[0])) && !ctx.IsPunct(u);
      }
      if (!names) continue;
      Speaker p;
      p.span = s.span;
      p.name = std::string(ctx.TextOf(t + 1, end_tok));
      p.type = "person";
      return p;
    }
  }
  // "Actor Stormy Daniels's lawyer, Michael Avenatti, has ... and he claims": a pronoun resolved to
  // the possessor of a noun in apposition with a person is that person.
  if (e == b + 1 && PronounKind(first) == Pronoun::kPerson && s.resolved() && s.entity >= 0) {
    uint32_t t = ctx.EntityStart(s.entity);
    while (t < ctx.size() && ctx.EntityOf(t) == s.entity) ++t;
    if (InList(ctx.Lower(t), {"'s", "\u2019s"})) {
      uint32_t comma = t + 1;
      while (comma < t + 5 && comma < b && !ctx.IsPunct(comma)) ++comma;
      if (comma + 1 < b && ctx.Lower(comma) == "," && PersonAt(ctx, comma + 1)) {
        uint32_t u = comma + 1;
        while (u < b && ctx.EntityOf(u) == ctx.EntityOf(comma + 1)) ++u;
        if (ctx.Lower(u) == ",") {
          Speaker p = SpeakerOfEntity(ctx, ctx.EntityOf(comma + 1));
          p.span = s.span;
          return p;
        }
      }
    }
  }
  // "a Twitter user who ...", "Facebook users": a platform's users speak on it.
  if (s.resolved() && s.type == "anonymous") {
    bool platform = false;
    for (uint32_t t = b; t < e && !platform; ++t) platform = SocialWord(ctx.Lower(t)) && ctx.Lower(t) != "post";
    if (platform && (head == "user" || head == "users")) s.type = "social";
  }
  // "according to an analysis by the National Women's Law Center": a document whose author the
  // phrase names; the author stays its name.
  if (s.resolved() && (s.type == "organization" || s.type == "person") && e >= b + 4 && Determiner(first) &&
      DocumentNoun(ctx.Lower(b + 1)) && InList(ctx.Lower(b + 2), {"by", "from"})) {
    s.type = "document";
  }
  // "the two announced", "both said": the two people or bodies the reported words name first.
  if (e == b + 2 && first == "the" && head == "two") {
    int32_t one = -1, two = -1;
    for (uint32_t t = content_b; t < content_e && two < 0; ++t) {
      int32_t x = ctx.EntityOf(t);
      const auto& ents = ctx.article().entities;
      if (x < 0 || ctx.InQuote(t) || ents[x].type == "MISC") continue;
      if (one < 0) one = x;
      else if (ctx.Canonical(x) != ctx.Canonical(one)) two = x;
    }
    if (two >= 0) {
      Speaker pair = SpeakerOfEntity(ctx, one);
      pair.name += " and " + ctx.Canonical(two);
      bool people = PersonAt(ctx, ctx.EntityStart(one)) && PersonAt(ctx, ctx.EntityStart(two));
      pair.type = people ? "person" : "organization";
      pair.span = Span{ctx.article().tokens[b].span.begin, ctx.article().tokens[e - 1].span.end};
      return pair;
    }
  }
  // "The Oklahoma Republican said": a definite singular party member is the person named last
  // before it, within two sentences.
  if (first == "the" && e <= b + 4 && (head == "republican" || head == "democrat") &&
      (!s.resolved() || s.type != "person")) {
    uint32_t here = ctx.SentenceOf(b);
    for (uint32_t t = b; t > 0; --t) {
      if (ctx.SentenceOf(t - 1) + 2 < here) break;
      if (PersonAt(ctx, t - 1) && !ctx.InQuote(t - 1)) {
        Speaker p = SpeakerOfEntity(ctx, ctx.EntityOf(t - 1));
        p.span = Span{ctx.article().tokens[b].span.begin, ctx.article().tokens[e - 1].span.end};
        return p;
      }
    }
  }
  // "..., such as Peter Buttler, could still ..., he added.": a trailing pronoun resolved to a man
  // the reported words name is what they are about; the last person speaker, near, speaks.
  if (e == b + 1 && PronounKind(first) == Pronoun::kPerson && s.resolved() && s.type == "person" && s.entity >= 0 &&
      d.last_person.resolved() && d.last_person.name != s.name && content_e <= b) {
    bool inside = false;
    for (uint32_t t = content_b; t < content_e && !inside; ++t) {
      inside = ctx.EntityOf(t) >= 0 && ctx.Canonical(ctx.EntityOf(t)) == s.name;
    }
    Gender want = first == "she" ? Gender::kFemale : Gender::kMale;
    uint32_t sentence = ctx.SentenceOf(b);
    uint32_t paragraph = sentence < ctx.article().sentences.size() ? ctx.article().sentences[sentence].paragraph : 0;
    if (inside && Compatible(ctx.GenderOf(d.last_person.entity), want) &&
        paragraph <= d.last_person_paragraph + 1) {
      Speaker last = d.last_person;
      last.span = s.span;
      return last;
    }
  }
  return s;
}

}  // namespace parallax::quotes
