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
//
// Session 16 (measured on indirect-dev, docs/quotes.md): present-tense and
// plural cues the direct lexicon leaves out ("experts say", "they claim",
// "Nold's complaint contends"), a time adverbial between subject and cue
// ("The company on Thursday said"), and trailing attributions followed by a
// short adjunct or listener ("..., a police spokesman told reporters on
// Friday.", "...,' she wrote in her post.").
#include <algorithm>
#include <cctype>
#include <iterator>

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
    // "told a UN briefing on Friday that": two words more when no punctuation comes between.
    // Not "told the AP on Friday there is no question that": a verb or "there" opens the clause.
    auto clause_word = [&](uint32_t u) {
      return ctx.IsPunct(u) ||
             InList(ctx.Lower(u), {"there", "is", "was", "are", "were", "has", "have", "had", "will", "would"});
    };
    bool plain = true;
    for (uint32_t u = t; u < limit && plain; ++u) plain = !clause_word(u);
    for (uint32_t u = limit; plain && u < end && u < t + 7 && !clause_word(u); ++u) {
      if (ctx.Lower(u) == "that") return u + 1;
    }
    uint32_t e = ctx.EntityOf(t) >= 0 ? t : UINT32_MAX;
    while (e != UINT32_MAX && e < end && ctx.EntityOf(e) == ctx.EntityOf(t)) ++e;
    if (e != UINT32_MAX) return e;
    return PronounKind(ctx.Lower(t)) != Pronoun::kNone || ctx.Lower(t) == "reporters" || ctx.Lower(t) == "him" ||
                   ctx.Lower(t) == "her" || ctx.Lower(t) == "them" || ctx.Lower(t) == "me" || ctx.Lower(t) == "us"
               ? t + 1 : t;
  }
  if (t < end && ctx.Lower(t) == "that") return t + 1;
  if (WentOnCueWord(verb)) {  // "pointed out that", "noted Sunday on social media that"
    for (uint32_t u = t; u < end && u < t + 6; ++u) {
      if (ctx.Lower(u) == "that") return u + 1;
    }
  }
  return t;
}

}  // namespace

// True when [comma, end) is ", APPOSITIVE" closing the sentence: a
// description ("a Republican consultant who worked for Cruz") with no
// reporting cue of its own.
bool AppositiveToEnd(const Context& ctx, uint32_t comma, uint32_t end) {
  if (comma + 1 >= end || ctx.Lower(comma) != ",") return false;
  std::string_view w = ctx.Lower(comma + 1);
  bool description = w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" ||
                     w == "their" || w == "who" || TitleNoun(w) ||
                     (comma + 2 < end && ctx.Lower(comma + 2) == "of");  // "..., said X, CEO of GAVI."
  if (!description) return false;
  for (uint32_t t = comma + 1; t < end; ++t) {
    if (ctx.IsQuoteMark(t) || CueAt(ctx, t).valid()) return false;
  }
  return true;
}

namespace {

// Cues of indirect speech that CueAt or IndirectSpeechVerb leave out: plain
// present and plural forms ("experts say", "they claim") and a few verbs of
// saying. Sorted.
constexpr std::string_view kExtraVerbs[] = {
    "acknowledges", "admits", "announces", "argue", "assert", "asserts", "assured", "assures",
    "claim", "claims", "concedes", "confirms", "contend", "contends", "emphasize", "emphasized",
    "emphasizes", "explains", "insist", "note", "say", "stress", "stresses", "warn",
};
static_assert(std::is_sorted(std::begin(kExtraVerbs), std::end(kExtraVerbs)), "kExtraVerbs must stay sorted");

bool ExtraVerb(std::string_view w) { return std::binary_search(std::begin(kExtraVerbs), std::end(kExtraVerbs), w); }

// Words before a verb that make it no asserted report: modals, negation,
// "to" (an infinitive), auxiliaries of passives and questions.
bool NotAsserted(std::string_view w) {
  static const std::string_view k[] = {"a",     "an",   "are",   "be",   "been", "being", "can",  "could",
                                       "did",   "do",   "does",  "is",   "may",  "might", "must", "n't",
                                       "never", "not",  "shall", "should", "the", "to",   "was",  "were",
                                       "will",  "would"};
  return InList(w, k);
}

// The cue at t for indirect speech: CueAt's when it is an indirect-speech
// verb or "according to", else one of kExtraVerbs in asserted use ("claim"
// and "claims" only after a subject pronoun or "who", as they are nouns
// elsewhere: "Chinese claims to").
Cue IndirectCueAt(const Context& ctx, uint32_t t) {
  if (ctx.CueWord(t) == 0) {  // most tokens: only the extra verbs outside the cue lexicon remain
    if (t >= ctx.size()) return {};
    const Span& sp = ctx.article().tokens[t].span;
    uint32_t n = sp.end - sp.begin;
    if (n < 5 || n > 10) return {};
    std::string_view w = ctx.Lower(t);
    // "speculated that", "went on to declare that", "point out that" (report_shapes.cc): its words the
    // lexicon lacks.
    bool that_only = (n == 10 && (w == "speculated" || w == "speculates")) || (n == 9 && w == "mentioned") ||
                     (n == 7 && (w == "declare" || w == "suggest")) || (n == 5 && (w == "state" || w == "point"));
    if (that_only) return ThatClauseCueAt(ctx, t);
    bool rare = w == "argue" || w == "claim" || w == "assert" || w == "stress" || w == "stresses" || w == "emphasize";
    if (!rare) return {};
  }
  Cue c = CueAt(ctx, t);
  std::string_view w = ctx.Lower(t);
  if (c.valid() && (c.according || IndirectSpeechVerb(w))) return c;
  Cue that = ThatClauseCueAt(ctx, t);  // "observed that", "went on to note that"
  if (that.valid()) return that;
  if (!ExtraVerb(w)) return {};
  if (t == 0 || ctx.SentenceOf(t - 1) != ctx.SentenceOf(t)) return {};
  std::string_view prev = ctx.Lower(t - 1);
  if (NotAsserted(prev)) return {};
  if ((w == "claim" || w == "claims") && PronounKind(prev) == Pronoun::kNone && prev != "who") return {};
  return Cue{t, t + 1, CueKind::kSpeech, false};
}

// A time or manner adverb between a subject and its cue ("The company on
// Thursday said", "Twitter also said"): the token where it starts, or v.
uint32_t AdverbialStart(const Context& ctx, uint32_t v, uint32_t from) {
  static const std::string_view kAdverb[] = {"again", "also", "earlier", "later", "now", "previously",
                                             "publicly", "recently", "separately", "today", "yesterday"};
  static const std::string_view kDay[] = {"friday", "monday", "saturday", "sunday", "thursday", "tuesday",
                                          "wednesday", "week", "month", "year", "night", "morning"};
  uint32_t u = v;
  while (u > from + 1) {
    std::string_view w = ctx.Lower(u - 1);
    if (InList(w, kAdverb)) --u;
    else if (InList(w, kDay) && u > from + 2 && (ctx.Lower(u - 2) == "on" || ctx.Lower(u - 2) == "last" ||
                                             ctx.Lower(u - 2) == "this")) u -= 2;
    else break;
  }
  return u;
}

// [b, e) after a cue is a short adjunct or listener that does not carry the
// report ("in her post", "reporters on Friday", "DailyMail.com"): at most six
// tokens, opening with a preposition or a time word (after "told": any
// listener), with no "that", comma or cue.
bool ShortTail(const Context& ctx, const Cue& c, uint32_t b, uint32_t e) {
  if (b >= e || e > b + 6) return false;
  static const std::string_view kOpen[] = {"at",    "during", "in",       "last",   "on",  "this",
                                           "to",    "via",    "yesterday", "today", "after", "before",
                                           "earlier", "later", "through",  "over",   "from",
                                           // "..., the two announced Tuesday.", "..., she said Sept. 17."
                                           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."};
  std::string_view w = ctx.Lower(b);
  std::string_view verb = ctx.Lower(c.first);
  bool told = verb == "told" || verb == "tells";
  bool opens = told || InList(w, kOpen);
  if (!opens) return false;
  for (uint32_t t = b; t < e; ++t) {
    std::string_view x = ctx.Lower(t);
    if (x == "that" || x == "," || IndirectCueAt(ctx, t).valid()) return false;
  }
  return true;
}

// The token before a trailing attribution's subject closes the reported
// words: a comma, or a single closing mark after one ("...,' the company said").
bool ClosesReport(const Context& ctx, uint32_t subject) {
  if (subject == 0) return false;
  std::string_view p = ctx.Lower(subject - 1);
  if (p == ",") return true;
  return (p == "'" || p == "\xE2\x80\x99") && subject >= 2 && ctx.Lower(subject - 2) == ",";
}

// "argued against removing ...", "warned of ...": a preposition after the cue
// opens a complement, not a reported clause.
bool PrepositionComplement(std::string_view w) {
  static const std::string_view k[] = {"about", "against", "at", "by", "for", "from", "into", "of", "on", "over", "with"};
  return InList(w, k);
}

// Words that open a clause whose subject may report ("..., although he
// assured the paper that ...", "X said A and Clinton told NBC News B").
bool ClauseOpener(std::string_view w) {
  return w == "and" || w == "but" || w == "although" || w == "though" || w == "while" || w == "because";
}

// A broadcaster's call sign ("KCPQ-TV", "WNYC"): an outlet, though no registry lists it.
bool CallSign(std::string_view name) {
  std::string_view base = name;
  for (std::string_view suffix : {"-TV", "-FM", "-AM"}) {
    if (base.ends_with(suffix)) base.remove_suffix(suffix.size());
  }
  if (base.size() < 3 || base.size() > 4 || (base[0] != 'K' && base[0] != 'W')) return false;
  for (char c : base) if (c < 'A' || c > 'Z') return false;
  return base.size() == 4 || base.size() < name.size();  // three letters only with a suffix
}

// "Biden's climate czar told CNN": a person resolved from the possessor of a
// lower-case role noun that heads the phrase [b, e) is not the speaker (the
// role's holder is); such a speaker is dropped.
bool PossessorOfRole(const Context& ctx, const Speaker& s, uint32_t b, uint32_t e) {
  if (s.type != "person" || e < b + 3) return false;
  std::string_view head = ctx.Text(e - 1);
  if (head.empty() || !std::islower(static_cast<unsigned char>(head[0]))) return false;
  for (uint32_t t = b; t + 1 < e; ++t) {
    std::string_view w = ctx.Lower(t);
    if (w == "'s" || w == "\xE2\x80\x99s") return true;
  }
  return false;
}

}  // namespace

Quotation MakeQuotation(const Span& content, const Context& ctx, const Cue* cue, const Speaker& speaker,
                        bool direct) {
  // "said one Democrat" (indirect_shapes.cc); "Oreskes" tagged an organization (source_types.cc).
  const Speaker s = PersonTaggedOrganization(ctx, UnnamedPartyMember(ctx, speaker));
  Quotation q;
  q.span = content;
  q.direct = direct;
  q.speaker = s.span;
  q.speaker_name = s.name;
  q.source_type = s.resolved() ? s.type : "unknown";
  // Session 23: "Yet U.S. officials say": a description keeps no sentence-opening conjunction.
  if (q.source_type == "anonymous") q.speaker_name = WithoutOpeningConjunction(q.speaker_name);
  if (q.source_type == "organization" && (CallSign(s.name) || OutletLikeName(s.name))) q.source_type = "outlet";
  if (q.source_type == "organization" && NamedDocument(s.name)) q.source_type = "document";  // session 24
  if (s.entity >= 0) q.speaker_chain = ctx.article().entities[s.entity].chain;
  if (cue == nullptr || !cue->valid()) {
    // Session 24: "the president took to Twitter lambasting their recommendations deeming them “...”":
    // with no cue, the medium before the quote's opening mark in its sentence.
    uint32_t open = direct && content.begin > 0 ? ctx.TokenAt(content.begin) : 0;
    if (open > 0 && s.resolved() && s.type != "outlet" && SocialBeforeCue(ctx, open - 1)) q.source_type = "social";
    return q;
  }
  q.cue = Bytes(ctx, cue->first, cue->last);
  bool social = cue->kind == CueKind::kSocial;
  // "wrote on Twitter", "said in a post on X", "said on Facebook".
  for (uint32_t t = cue->last; t < cue->last + 6 && t < ctx.size() && !social; ++t) {
    std::string_view w = ctx.Lower(t);
    if (w == "." || w == ";") break;
    if (SocialWord(w) && w != "social" && w != "x" && w != "post") social = true;
    std::string_view p = t > 0 ? ctx.Lower(t - 1) : "";
    if ((w == "x" || w == "post") && (p == "on" || p == "a")) social = true;
    if (w == "post" && (p == "her" || p == "his" || p == "their" || p == "its")) social = true;  // "wrote in her post
    if (w == "social" && p == "on" && ctx.Lower(t + 1) == "media") social = true;  // "noted on social media that"
  }
  if (!social && s.resolved()) social = SocialBeforeCue(ctx, cue->first);  // "In a tweet, he said" (session 24)
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
  // "CHICAGO — Chicago police say ...": the words after a dateline (indirect_shapes23.cc).
  const uint32_t opening = DatelineEnd(ctx, first, end);
  uint32_t from = opening;
  uint32_t limit = end;  // a participle's report (indirect_shapes21.cc) takes the words after it
  for (uint32_t t = first; t < limit; ++t) {
    const Span& tsp = ctx.article().tokens[t].span;
    if (tsp.end - tsp.begin == 2 && ctx.Lower(t) == "as") {  // "As pundits have already pointed out, CLAUSE"
      AsReport r = AsReportAt(ctx, t, from, end);
      if (r.cue.valid()) {
        Speaker s = ResolvePhrase(ctx, r.subject_b, r.subject_e, r.cue.first, *d);
        s = CorrectIndirectSpeaker(ctx, s, r.subject_b, r.subject_e, r.content_b, end, *d);
        if (Emit(ctx, r.content_b, end, r.cue, CorrectIndirectSpeaker19(ctx, s, r.subject_b, r.subject_e), d, out)) {
          return;
        }
      }
    }
    // "X blamed Y ..., saying CLAUSE" (session 24): a participle of six to thirteen letters after a comma.
    if (from == opening && t > from + 3 && tsp.end - tsp.begin >= 6 && tsp.end - tsp.begin <= 13 &&
        ctx.Lower(t).ends_with("ing") && ctx.Lower(t - 1) == ",") {
      uint32_t sb = from, content_b = end;
      uint32_t se = ClauseBeforeParticipleSubjectEnd(ctx, from, t, end, &sb, &content_b);
      if (se > from) {
        Speaker s = CorrectIndirectSpeaker(ctx, ResolvePhrase(ctx, sb, se, t, *d), sb, se, content_b, end, *d);
        s = CorrectIndirectSpeaker23(ctx, CorrectIndirectSpeaker21(ctx, CorrectIndirectSpeaker19(ctx, s, sb, se), sb, se),
                                     sb, se);
        if (Emit(ctx, content_b, end, Cue{t, t + 1, CueKind::kSpeech, false}, s, d, out)) return;
      }
    }
    Cue c = IndirectCueAt(ctx, t);
    if (!c.valid()) continue;
    if (c.according) {
      uint32_t pe = PhraseEnd(ctx, c.last, end);
      if (pe == c.last) pe = DemonstrativeDocumentEnd(ctx, c.last, end);  // "according to that statement"
      Speaker s = CorrectIndirectSpeaker(ctx, ResolvePhrase(ctx, c.last, pe, t, *d), c.last, pe, from, from, *d);
      s = CorrectIndirectSpeaker21(ctx, CorrectIndirectSpeaker19(ctx, s, c.last, pe), c.last, pe);
      s = CorrectIndirectSpeaker23(ctx, s, c.last, pe);  // "Priorities USA"
      bool leading = LeadingAccording(ctx, t, from);  // "But according to X, CLAUSE" (indirect_shapes21.cc)
      // "On Monday, according to Reuters, X said ...": the report is the words after the phrase.
      if (leading || ParentheticalAccording(ctx, t, pe, from, end)) {
        if (!Emit(ctx, pe, end, c, s, d, out)) return;
        // "According to Reuters, Kudlow said ...": a report nested in the content.
        from = pe < end && ctx.Lower(pe) == "," ? pe + 1 : pe;
        t = from - 1;
        continue;
      }
      Emit(ctx, from, t, c, s, d, out);
      return;
    }
    uint32_t pe = PhraseEnd(ctx, c.last, end);
    // "..., said X, adding that CLAUSE": the participle's report ends the attribution (indirect_shapes21.cc).
    Cue part_cue;
    uint32_t part_b = end, tail_end = last_word;
    uint32_t part = ParticipleReportAt(ctx, pe, end, &part_cue, &part_b);
    if (part < end && (part == pe || ShortTail(ctx, c, pe, part))) tail_end = part;
    bool trailing = pe >= tail_end || AppositiveToEnd(ctx, pe, tail_end) ||  // "..., said X, a consultant."
                    ShortTail(ctx, c, pe, tail_end);                         // "..., said X on Friday."
    if (t > first && ctx.Lower(t - 1) == "," && trailing && pe > c.last) {  // "..., said X."
      Speaker s = CorrectIndirectSpeaker(ctx, ResolvePhrase(ctx, c.last, pe, t, *d), c.last, pe, from, t - 1, *d);
      s = CorrectIndirectSpeaker21(ctx, CorrectIndirectSpeaker19(ctx, s, c.last, pe), c.last, pe);
      s = CorrectIndirectSpeaker23(ctx, s, c.last, pe);  // "Priorities USA"
      if (!PossessorOfRole(ctx, s, c.last, pe) && Emit(ctx, from, t - 1, c, s, d, out) && tail_end != last_word) {
        Emit(ctx, part_b, end, part_cue, s, d, out);
      }
      return;
    }
    uint32_t adverbial = AdverbialStart(ctx, t, from);  // "The company on Thursday said"
    uint32_t subject = SubjectStart(ctx, adverbial, from);
    uint32_t subject_end = adverbial;
    if (subject == adverbial) {
      subject = SubjectStart(ctx, t, from);
      subject_end = subject == t ? RelativeClauseSubjectEnd(ctx, from, t) : t;  // "X who ..., says"
      if (subject_end < t) subject = from;
    }
    if (subject != from) {  // "A Twitter user who posts under the name rider42 noted" (report_shapes.cc)
      uint32_t who = RelativeSubjectEnd(ctx, from, t);
      if (who < t) subject = from, subject_end = who;
    }
    if (subject != from && subject < t) {  // "A spokesman for X in Geneva told", "WHO spokeswoman X told"
      subject = AcronymSubjectStart(ctx, from, SpokespersonSubjectStart(ctx, from, subject, &subject_end));
    }
    bool appositive = false, coordinated = false;
    uint32_t aux = subject;  // "..., Matthew Dowd, a top Bush adviser, has said.": only an auxiliary found
    while (aux < adverbial && InList(ctx.Lower(aux), {"has", "have", "had"})) ++aux;
    if (aux == adverbial && aux > subject) subject = adverbial;
    if (subject == t || subject == adverbial) {
      // "The office cited the investigation and noted CLAUSE" (indirect_shapes23.cc).
      uint32_t co = from == opening && adverbial > from ? CoordinatedSubjectEnd(ctx, from, adverbial - 1) : from;
      if (co > from) {
        subject = from, subject_end = co, coordinated = true;
      } else {  // "Jane Roe, president of the club, said" (indirect_shapes21.cc)
        // "..., Matthew Dowd, a top Bush adviser, has said.": an auxiliary after the appositive (session 23).
        uint32_t v = adverbial;
        while (v > from + 1 && InList(ctx.Lower(v - 1), {"has", "have", "had"})) --v;
        subject = AppositiveSubjectStart(ctx, from, v, &subject_end);
        if (subject == v) continue;
        appositive = true;
      }
    }
    const uint32_t before_possessor = subject;  // "Sanders' campaign announced" (indirect_shapes25.cc)
    if (!appositive && !coordinated) subject = ApostrophePossessorStart(ctx, from, subject);
    // "..., Roe said, adding that CLAUSE": the participle's report ends the attribution.
    tail_end = last_word;
    part = ParticipleReportAt(ctx, c.last, end, &part_cue, &part_b);
    if (part < end && (part == c.last || ShortTail(ctx, c, c.last, part))) tail_end = part;
    bool ends = c.last >= tail_end || ShortTail(ctx, c, c.last, tail_end);  // "..., she wrote in her post."
    bool closes = ends && subject > from && ClosesReport(ctx, subject);
    Speaker s = CorrectIndirectSpeaker(ctx, ResolvePhrase(ctx, subject, subject_end, t, *d), subject, subject_end,
                                       from, closes ? subject - 1 : from, *d);
    s = CorrectIndirectSpeaker23(ctx, CorrectIndirectSpeaker21(ctx, CorrectIndirectSpeaker19(ctx, s, subject, subject_end),
                                                               subject, subject_end), subject, subject_end);
    if (PossessorOfRole(ctx, s, subject, subject_end)) s = Speaker{};
    if (!s.resolved() && !coordinated) {  // "..., the Committee to Protect Journalists said" (indirect_shapes23.cc)
      Speaker body;
      uint32_t ub = UntaggedBodyStart(ctx, from, adverbial, &body);
      if (ub < adverbial && ub <= subject) {
        subject = ub, subject_end = adverbial, s = body;
        closes = ends && subject > from && ClosesReport(ctx, subject);
      }
    }
    bool described = false;  // "But the county said" (indirect_shapes25.cc): only with a finite clause after it
    if ((!s.resolved() || subject < before_possessor) && !coordinated && subject < subject_end) {
      Speaker u = UnresolvedSubjectSpeaker(ctx, from, &subject, subject_end);
      if (u.resolved() || !s.resolved()) s = u, described = u.resolved();
      closes = ends && subject > from && ClosesReport(ctx, subject);
    }
    // "CLAUSE, as the pollster Stan Greenberg told me." (session 25): the words before the comma.
    if (ends && ctx.Lower(end - 1) != "?" && TrailingAsClause(ctx, from, subject)) {  // not a question
      Emit(ctx, from, subject - 2, c, s, d, out);
      return;
    }
    if (closes) {  // "..., X said."
      if (Emit(ctx, from, subject - 1, c, s, d, out) && tail_end != last_word) {
        Emit(ctx, part_b, end, part_cue, s, d, out);
      }
      return;
    }
    // "..., and as the Times noted, he didn't ...": the words after the cue's comma.
    if (subject > first && ctx.Lower(subject - 1) == "as" && c.last < end && ctx.Lower(c.last) == "," &&
        (subject - 1 == first || ctx.Lower(subject - 2) == "," || ClauseOpener(ctx.Lower(subject - 2)))) {
      Emit(ctx, c.last + 1, end, c, s, d, out);
      return;
    }
    // The subject must open the sentence (or follow an introductory phrase and comma, or open a
    // coordinated or subordinate clause: "..., although he assured the paper that").
    bool opener = subject != from && ClauseOpener(ctx.Lower(subject - 1)) && s.type != "document";
    bool relative = subject != from && ctx.Lower(subject - 1) != "," && ctx.Lower(subject - 1) != "that" && !opener;
    // "what he says is X", "which experts say leads to X" (indirect_shapes24.cc): the clause's gap.
    bool embedded = relative && EmbeddedReport(ctx, from, subject, t, c, end);
    if (relative && !embedded && !RelativeSubject(ctx, subject, from)) continue;  // "..., in which he said CLAUSE" (indirect_shapes.cc)
    uint32_t clause = ClauseStart(ctx, c, end);
    if (relative && !embedded && ctx.Lower(subject - 1) != "whom" && !ClauseOpening(ctx, clause, end)) continue;  // not "in which she admitted her discomfort"
    if (ListenerThenComplement(ctx, c, clause, end)) continue;  // "told the Tea Partiers about her daughters"
    if ((coordinated || described) && !FiniteClauseAhead(ctx, clause, end)) continue;  // not "and announced a cease-fire"
    if (ObjectNotClause(ctx, c, clause, end)) continue;  // "Trump explained his strategy for ..." (indirect_shapes23.cc)
    // "X, the hotelier, announced one of the largest breaches": a verb that takes an object reports
    // after an appositive subject only when a clause opens after it (or a "that" within six words).
    if (appositive && InList(ctx.Lower(c.first), {"announced", "claimed", "declared", "denied", "confirmed", "revealed",
                                                   "acknowledged", "disclosed"}) &&
        !ClauseOpening(ctx, clause, end)) {
      uint32_t that = clause;
      while (that < end && that < clause + 6 && ctx.Lower(that) != "that" && !ctx.IsPunct(that)) ++that;
      if (that >= end || ctx.Lower(that) != "that") continue;
      clause = that + 1;
    }
    if (clause < end && InList(ctx.Lower(clause), {"and", "or"})) continue;  // "in which he said and did whatever"
    if (clause < end && PrepositionComplement(ctx.Lower(clause))) {  // "reported at the time that ..."
      uint32_t that = clause;
      while (that < end && that < clause + 6 && ctx.Lower(that) != "that" && ctx.Lower(that) != ",") ++that;
      if (that >= end || ctx.Lower(that) != "that") continue;
      clause = that + 1;
    }
    // "X said CLAUSE, adding that CLAUSE": the participle goes on with the subject.
    part = ParticipleReportAt(ctx, clause, end, &part_cue, &part_b);
    // A backgrounded report, or two people named as one ("the couple"): it does not become the salient
    // speaker of later pronouns.
    if (embedded || (described && PairDescription(ctx, s))) {
      Discourse scratch = *d;
      if (Emit(ctx, clause, end, c, s, &scratch, out)) return;
      continue;
    }
    if (!Emit(ctx, clause, part, c, s, d, out)) {
      if (part == end || !Emit(ctx, clause, end, c, s, d, out)) continue;  // "said no, adding that": as before
    } else if (part < end && Emit(ctx, part_b, end, part_cue, s, d, out)) {
      limit = part;
    }
    from = clause;  // a nested report inside the clause
    t = clause - 1;
  }
}

}  // namespace parallax::quotes
