// Speaker resolution. A speaker phrase is the noun phrase a reporting cue points at ("Kerry", "the
// State Department", "one of the people", "he", "the secretary-general", "a Biden administration
// official"). It is typed by what it contains, most specific first:
//   1. a person at its head (or a capitalized surname of a person the
//      article names), or in an appositive ("its spokesperson, Matthew
//      Miller"); an organization entity at its head; a registered outlet
//      ending it ("the official Xinhua News Agency");
//   2. a spokesperson of a named body -> that organization;
//   3. a pronoun -> the last person speaker of the same or previous
//      paragraph unless a newer sentence-initial person was named, else the
//      last clause-initial person; "they"/"it" -> the last organization;
//   4. a document ("the statement", "a memo") -> its author when the phrase
//      names one ("from Harry Reid's office"), the last authored document for
//      a bare "the statement", else the description;
//   5. an unnamed human source (official/person/source/aide, "familiar
//      with", "anonymity") -> anonymous, the description kept;
//   6. an organization entity anywhere; a title ("the secretary-general")
//      -> the last person named next to that title, else the title as an
//      unnamed person; a body noun ("the ministry") or a place ("China
//      said") -> organization.
// Words inside quotations never serve as antecedents.
// Canonical names come from CanonicalNames (names.cc), the one place to swap
// in the entity layer's coreference chains.
#include "annotate/quotes/context.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "annotate/quotes/speakers_internal.h"
#include "core/ascii.h"

namespace parallax::quotes {

namespace {

bool Adverb(std::string_view w) {
  static const std::string_view k[] = {"also", "again", "earlier", "later", "once", "previously", "recently",
                                       "then", "now", "has", "had", "have", "would", "will"};
  return InList(w, k) || (w.size() > 4 && w.substr(w.size() - 2) == "ly");
}

bool Separator(std::string_view w) {
  return w == "," || w == "(" || w == ")" || w == "\u2014" || w == "\u2013" || w == "--" || w == "-";
}

// Comma/dash-separated segments of [first, last), punctuation trimmed.
std::vector<Range> Segments(const Context& ctx, uint32_t first, uint32_t last) {
  std::vector<Range> out;
  Range cur{first, first};
  for (uint32_t t = first; t <= last; ++t) {
    if (t == last || Separator(ctx.Lower(t))) {
      cur.e = t;
      while (cur.b < cur.e && ctx.IsPunct(cur.b)) ++cur.b;
      while (cur.e > cur.b && ctx.IsPunct(cur.e - 1)) --cur.e;
      if (!cur.empty()) out.push_back(cur);
      cur = Range{t + 1, t + 1};
    }
  }
  return out;
}

}  // namespace

uint32_t Head(const Context& ctx, Range r, bool before_complement) {
  for (uint32_t t = r.b + 1; t < r.e && before_complement; ++t) {
    if (ctx.Lower(t) == "of" || ctx.Lower(t) == "from") {
      r.e = t;
      break;
    }
  }
  uint32_t h = r.e - 1;
  while (h > r.b && Adverb(ctx.Lower(h))) --h;
  return h;
}

namespace {

// Last entity of `type` ("" any) inside r, or -1.
int32_t LastEntity(const Context& ctx, Range r, std::string_view type) {
  for (uint32_t t = r.e; t > r.b; --t) {
    int32_t e = ctx.EntityOf(t - 1);
    if (e >= 0 && (type.empty() || ctx.article().entities[e].type == type)) return e;
  }
  return -1;
}

bool AnyWord(const Context& ctx, Range r, bool (*pred)(std::string_view)) {
  for (uint32_t t = r.b; t < r.e; ++t) if (pred(ctx.Lower(t))) return true;
  return false;
}

// "The Wall Street Journal reported ... the Journal reported": an outlet named
// before entity e whose name ends with e's one-word name; nullptr when none.
const Outlet* OutletShortName(const Context& ctx, int32_t e) {
  const std::string name = UngluedName(ctx.Canonical(e));  // "the Times:"
  if (name.empty() || name.find(' ') != std::string::npos) return nullptr;
  for (int32_t k = e; k-- > 0;) {
    const std::string& full = ctx.Canonical(k);
    if (full.size() <= name.size() + 1 || !full.ends_with(name) || full[full.size() - name.size() - 1] != ' ') continue;
    const Outlet* o = ctx.registry().FindByName(UngluedName(full));  // "noted.The New York Times"
    if (o != nullptr) return o;
  }
  return nullptr;
}

// "the National Council on Nonprofits" tagged "National Council": an organization's name goes
// on across "on"/"for" and the capitalized words after it (not a day or a month).
std::string ExtendedOrganization(const Context& ctx, const EntityMention& m, std::string name) {
  if (name != m.span.Of(ctx.article().body)) return name;
  uint32_t t = ctx.TokenAt(m.span.end);
  if (ctx.Lower(t) != "on" && ctx.Lower(t) != "for") return name;
  static const std::string_view kTime[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday", "january", "february", "march", "april", "may", "june",
                                           "july", "august", "september", "october", "november", "december"};
  uint32_t u = t + 1;
  while (u < ctx.size() && ctx.EntityOf(u) < 0 && !ctx.InQuote(u) && ctx.SentenceOf(u) == ctx.SentenceOf(t) &&
         !ctx.Text(u).empty() && ctx.Text(u)[0] >= 'A' && ctx.Text(u)[0] <= 'Z' &&
         !InList(ctx.Lower(u), kTime)) {
    ++u;
  }
  return u > t + 1 ? name + " " + std::string(ctx.TextOf(t, u)) : name;
}

}  // namespace

Speaker FromEntity(const Context& ctx, int32_t e) {
  const EntityMention& m = ctx.article().entities[e];
  Speaker s{m.span, ctx.Canonical(e), "person", e};
  if (m.type == "PER") return s;
  if (Speaker titled = TitledPerson(ctx, e); titled.resolved()) return titled;  // tagged_names.cc
  if (m.type == "ORG") s.name = ExtendedOrganization(ctx, m, s.name);
  RepairName(ctx, e, &s.name);  // "10 Downing Street", "St. Louis Tea Party" (tagged_names.cc)
  const Outlet* o = ctx.registry().FindByName(s.name);
  if (o == nullptr) o = OutletShortName(ctx, e);
  if (o != nullptr) {
    s.name = o->name;
    s.type = "outlet";
  } else {
    s.type = "organization";
  }
  return s;
}

Speaker Described(const Context& ctx, Range r, const char* type) {
  // "The cable also", "Then an unseen announcer concludes": no adverbs or cue at the edges.
  while (r.e > r.b + 1 && (Adverb(ctx.Lower(r.e - 1)) || ReportingVerb(ctx.Lower(r.e - 1)) != CueKind::kNone)) --r.e;
  while (r.e > r.b + 1 && (ctx.Lower(r.b) == "then" || ctx.Lower(r.b) == "and" || ctx.Lower(r.b) == "but")) ++r.b;
  Span span{ctx.article().tokens[r.b].span.begin, ctx.article().tokens[r.e - 1].span.end};
  std::string name(ctx.TextOf(r.b, r.e));
  return Speaker{span, name, type, -1};
}

namespace {

// The index of the last `type` mention that starts before token `at` and
// satisfies `accept(mention)`, or -1.
template <typename Accept>
int32_t LastMentionBefore(const Context& ctx, std::string_view type, uint32_t at, Accept accept) {
  const Article& a = ctx.article();
  uint32_t limit = at < ctx.size() ? a.tokens[at].span.begin : a.body.size();
  for (size_t i = a.entities.size(); i > 0; --i) {
    const EntityMention& m = a.entities[i - 1];
    if (m.type == type && m.span.begin < limit && accept(m)) return static_cast<int32_t>(i - 1);
  }
  return -1;
}

// The title an abbreviation stands for ("gov." -> "governor"), else "".
std::string_view TitleOfAbbreviation(std::string_view w) {
  static const std::pair<std::string_view, std::string_view> k[] = {
      {"gov.", "governor"}, {"sen.", "senator"}, {"rep.", "congressman"}, {"gen.", "general"},
      {"pres.", "president"}, {"sec.", "secretary"}, {"supt.", "superintendent"}, {"atty.", "attorney"}};
  for (const auto& [abbr, title] : k) if (w == abbr) return title;
  return {};
}
}  // namespace

int32_t PersonWithTitle(const Context& ctx, std::string_view title, uint32_t at) {
  const Article& a = ctx.article();
  return LastMentionBefore(ctx, "PER", at, [&](const EntityMention& m) {
    uint32_t first = ctx.TokenAt(m.span.begin), last = ctx.TokenAt(m.span.end);
    auto is_title = [&](uint32_t t) {
      std::string_view w = ctx.Lower(t);
      return w == title || TitleOfAbbreviation(w) == title ||
             (w.size() > title.size() && w.substr(w.size() - title.size()) == title &&
              w[w.size() - title.size() - 1] == '-');
    };
    // "Secretary-General António Guterres", "Vice President Han Zheng", "Gov. Mike Pence": the title
    // right before the name (or opening the tagged name).
    for (uint32_t t = first > 4 ? first - 4 : 0; t <= first; ++t) {
      if (is_title(t) && std::all_of(ctx.article().tokens.begin() + t + 1, ctx.article().tokens.begin() + first,
                                     [&](const Token& k) { return !k.span.Of(a.body).empty() &&
                                                                  std::isupper(static_cast<unsigned char>(k.span.Of(a.body)[0])); })) {
        return true;
      }
    }
    // "Michael Grimm, the congressman", "Guterres, the UN secretary-general": an appositive after it,
    // not a clause ("Michael Scotto, interviewed the congressman"), closed by punctuation ("In a rebuke to
    // Barack Obama, the president told" is a new clause whose subject is another president).
    for (uint32_t t = last + 1; last < ctx.size() && ctx.Lower(last) == "," && t < std::min(last + 6, ctx.size()); ++t) {
      if (is_title(t)) return ctx.IsPunct(t + 1) || ctx.SentenceOf(t + 1) != ctx.SentenceOf(t);
      std::string_view raw = ctx.Text(t), w = ctx.Lower(t);
      bool modifier = w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" || w == "former" ||
                      w == "senior" || w == "deputy" || w == "top" || w == "chief" || w == "'s" || w == "\u2019s" ||
                      (!raw.empty() && std::isupper(static_cast<unsigned char>(raw[0])));
      if (!modifier) break;
    }
    return false;
  });
}
namespace {

// "Brendan Smialowski / AFP - Getty Images President Barack Obama pauses ...": a name followed by a
// slash is a photo credit, no subject.
bool PhotoCredit(const Context& ctx, uint32_t first) {
  int32_t e = ctx.EntityOf(first);
  uint32_t after = first;
  while (e >= 0 && after < ctx.size() && ctx.EntityOf(after) == e) ++after;
  return after < ctx.size() && ctx.Text(after) == "/";
}

}  // namespace

bool ClauseInitial(const Context& ctx, uint32_t first) {
  if (PhotoCredit(ctx, first)) return false;
  if (first == 0 || ctx.SentenceOf(first - 1) != ctx.SentenceOf(first)) return true;
  std::string_view p = ctx.Lower(first - 1);
  static const std::string_view kOpeners[] = {",", ":", "that", "and", "but", "while", "although", "though", "when",
                                              "after", "before", "because", "if", "since", "\u201c", "\"",
                                              "\u2013", "\u2014", "--"};  // a dash ends a dateline
  if (InList(p, kOpeners)) {
    // "... with the biblical prophets and Reinhold Niebuhr.": a name that ends its sentence after
    // "and" or a comma is the last item of a list or an object, not a clause's subject.
    if (p != "and" && p != ",") return true;
    uint32_t after = first;
    int32_t e = ctx.EntityOf(first);
    while (e >= 0 && after < ctx.size() && ctx.EntityOf(after) == e) ++after;
    if (after >= ctx.size() || ctx.SentenceOf(after) != ctx.SentenceOf(first)) return false;
    std::string_view next = ctx.Lower(after);
    return next != "." && next != "!" && next != "?";
  }
  // "..., said Rick Tyler, a consultant": the subject of an inverted attribution.
  static const std::string_view kInverted[] = {"said", "says", "added", "adds", "wrote", "writes", "noted",
                                               "explained", "continued", "recalled", "insisted", "argued",
                                               "replied", "responded", "countered", "cautioned"};
  bool inverted = InList(p, kInverted) ||
                  (p == "to" && first > 1 && ctx.Lower(first - 2) == "according");
  if (inverted) {  // not "He said Obama was ...": the name closes the clause
    uint32_t after = first;
    while (after < ctx.size() && ctx.EntityOf(after) >= 0 && ctx.EntityOf(after) == ctx.EntityOf(first)) ++after;
    std::string_view next = ctx.Lower(after);
    if (after >= ctx.size() || next == "," || next == "." || next == "(" || next == ";") return true;
  }
  // "..., Chief Patrol Agent Rodney Scott said", "House Minority Leader Nancy Pelosi", "Fellow
  // St. Louis Tea Party organizer Dana Loesch": a title of capitalized words (a body's name among
  // them), title nouns and a few modifiers after an opener.
  auto title_word = [&](uint32_t k) {
    std::string_view raw = ctx.Text(k), w = ctx.Lower(k);
    if (raw.empty() || (ctx.EntityOf(k) >= 0 && ctx.article().entities[ctx.EntityOf(k)].type == "PER")) return false;
    if (ctx.EntityOf(k) >= 0) return true;  // "House Ways and Means Committee Chairman Kevin Brady"
    return std::isupper(static_cast<unsigned char>(raw[0])) || TitleNoun(w) || w == "former" || w == "fellow" ||
           w == "deputy" || w == "senior" || w == "acting" || w == "longtime" || w == "organizer";
  };
  uint32_t t = first;
  while (t > 0 && first - t < 8 && ctx.SentenceOf(t - 1) == ctx.SentenceOf(first) && title_word(t - 1)) --t;
  std::string_view before_title = t > 0 ? ctx.Lower(t - 1) : "";
  bool punct_opener = before_title == "," || before_title == ":" || before_title == "\u2013" ||
                      before_title == "\u2014" || before_title == "--";
  if (t < first && (t == 0 || ctx.SentenceOf(t - 1) != ctx.SentenceOf(t) || punct_opener)) {
    return true;
  }
  std::string_view raw = ctx.Text(first - 1);
  bool title = (TitleNoun(p) || p == "rep." || p == "sen." || p == "gov." || p == "vice" || p == "bishop" ||
                WordGender(p) != Gender::kUnknown) &&
               !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
  return title && ClauseInitial(ctx, first - 1);
}

namespace {

// True when person entity e opens its sentence (titles before it allowed).
bool SentenceInitial(const Context& ctx, int32_t e) {
  uint32_t t = ctx.TokenAt(ctx.article().entities[e].span.begin);
  while (t > 0 && ctx.SentenceOf(t - 1) == ctx.SentenceOf(t)) {
    std::string_view raw = ctx.Text(t - 1);
    if (raw.empty() || raw[0] < 'A' || raw[0] > 'Z') return false;
    --t;
  }
  return true;
}

}  // namespace

bool IsPerson(const Context& ctx, int32_t e) {
  if (e < 0) return false;
  const EntityMention& m = ctx.article().entities[e];
  std::string_view text = m.span.Of(ctx.article().body);
  bool suffix = text == "Jr." || text == "Jr" || text == "Sr." || text == "Sr";  // "Jerry Falwell, Jr."
  return m.type == "PER" && !PartyTag(text) && !suffix;
}

bool OpensSentence(const Context& ctx, int32_t e) {
  uint32_t t = ctx.TokenAt(ctx.article().entities[e].span.begin);
  if (PhotoCredit(ctx, t)) return false;
  for (uint32_t k = 0; k < 7; ++k, --t) {
    if (t == 0 || ctx.SentenceOf(t - 1) != ctx.SentenceOf(t)) return true;
    if (ctx.IsPunct(t - 1) || PhraseStop(ctx.Lower(t - 1)) || IsPerson(ctx, ctx.EntityOf(t - 1))) return false;
  }
  return false;
}

bool PartyTag(std::string_view m) {
  return m.size() >= 3 && (m[0] == 'R' || m[0] == 'D' || m[0] == 'I') && m[1] == '-';
}

namespace {

// True when token `first` lies in a comparison opening its sentence, before the first comma:
// "Like Paul Ryan, a potential 2016 rival, he's part of ...". The pronoun the sentence goes on
// with is someone else, so the person compared with is no antecedent.
bool InComparisonOpener(const Context& ctx, uint32_t first) {
  uint32_t sentence = ctx.SentenceOf(first);
  if (sentence >= ctx.article().sentences.size()) return false;
  uint32_t open = ctx.article().sentences[sentence].first_token;
  std::string_view w = ctx.Lower(open);
  if (w != "like" && w != "unlike") return false;
  for (uint32_t t = open + 1; t < first; ++t) {
    if (ctx.Lower(t) == "," || ctx.Lower(t) == ";") return false;
  }
  return true;
}

// How many person mentions of the article share entity e's canonical name.
int Mentions(const Context& ctx, int32_t e) {
  int n = 0;
  for (size_t i = 0; i < ctx.article().entities.size(); ++i) {
    n += ctx.article().entities[i].type == "PER" && ctx.Canonical(static_cast<int32_t>(i)) == ctx.Canonical(e);
  }
  return n;
}

}  // namespace

int32_t LastPersonBefore(const Context& ctx, uint32_t at, Gender want) {
  int32_t any = -1;
  uint32_t any_token = 0;
  for (uint32_t t = std::min(at, ctx.size()); t > 0; --t) {
    int32_t e = ctx.EntityOf(t - 1);
    if (!IsPerson(ctx, e) || ctx.InQuote(t - 1) || InAside(ctx, t - 1)) continue;
    uint32_t first = ctx.TokenAt(ctx.article().entities[e].span.begin);
    uint32_t after = first;
    while (after < ctx.size() && ctx.EntityOf(after) == e) ++after;
    // ", Michael Cohen,"; not "Meanwhile, Oreskes, who ..." nor "And on Sunday, Mary McCord, the former
    // ...", the subject after an opening phrase (unless that ends with a noun phrase the name is in
    // apposition to: "As was the case with the Canadian, Couture, ...").
    bool appositive = first > 0 && ctx.Lower(first - 1) == "," && ctx.Lower(after) == ",";
    if (appositive && SkipOpening(ctx, SentenceStart(ctx, first), first + 1) == first) {
      std::string_view det = first >= 3 ? ctx.Lower(first - 3) : "";
      appositive = det == "the" || det == "a" || det == "an" || det == "his" || det == "her" || det == "their";
    }
    if (!Compatible(ctx.GenderOf(e), want) || appositive || InComparisonOpener(ctx, first)) {
      t = first + 1;
      continue;
    }
    // A clause-opening person wins over a nearer one, but not from two paragraphs further back
    // ("... it fell to Michigan Governor Gretchen Whitmer." then "she said").
    if (any >= 0 && ctx.ParagraphOf(first) + 1 < ctx.ParagraphOf(any_token)) return any;
    // From the paragraph before, the article's more often named person wins ("... Limbaugh called his
    // work “admirable” ..." then "This is Rubio's first leadership audition. ... he says").
    if (any >= 0 && ctx.ParagraphOf(first) < ctx.ParagraphOf(any_token) && Mentions(ctx, any) > Mentions(ctx, e)) {
      return any;
    }
    if (PronounSubject(ctx, first)) return ModifiedPerson(ctx, e, want);  // antecedents.cc, attributive_names.cc
    if (any < 0) {
      any = e;
      any_token = first;
    }
    t = first + 1;
  }
  return any;
}

namespace {

// The last person before token `at`, in paragraph `paragraph` or the one
// before, whose gender is known to be `want`; -1 when none.
int32_t KnownGenderBefore(const Context& ctx, uint32_t at, Gender want, uint32_t paragraph) {
  const auto& sentences = ctx.article().sentences;
  for (uint32_t t = std::min(at, ctx.size()); t > 0; --t) {
    uint32_t sentence = ctx.SentenceOf(t - 1);
    if (sentence < sentences.size() && sentences[sentence].paragraph + 1 < paragraph) break;
    int32_t e = ctx.EntityOf(t - 1);
    if (IsPerson(ctx, e) && !ctx.InQuote(t - 1) && ctx.GenderOf(e) == want && !InAside(ctx, t - 1)) return e;
  }
  return -1;
}

// A group of people opening one of the two sentences before token `at` ("The three Republican
// chairmen — A, B and C — issued a statement"), as a description (the last group speaker when it
// has the same head noun); unresolved when none.
Speaker GroupSubjectBefore(const Context& ctx, uint32_t at, const Discourse& d) {
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(at);
  for (uint32_t k = 0; k < 2 && here < sentences.size() && here >= k + 1; ++k) {
    uint32_t first = sentences[here - k - 1].first_token;
    for (uint32_t t = first; t < first + 4 && t < ctx.size() && !ctx.IsPunct(t) && !ctx.InQuote(t); ++t) {
      if (ctx.EntityOf(t) < 0 && GroupNoun(ctx.Lower(t))) {  // the group already speaking keeps its name
        bool same = d.last_group.resolved() && core::AsciiLowered(d.last_group.name).ends_with(ctx.Lower(t));
        return same ? d.last_group : Described(ctx, Range{first, t + 1}, GroupType(ctx, Range{first, t + 1}));
      }
    }
  }
  return {};
}

// Two named people speaking together, "A and B" (type person, the first one's entity and span).
Speaker NamedPair(const Context& ctx, int32_t first, int32_t second) {
  Speaker s = FromEntity(ctx, first);
  s.name += " and " + ctx.Canonical(second);
  return s;
}

// Two named people opening one of the two sentences before token `at` as its subject ("Democratic
// House Speaker Nancy Pelosi and Senate Minority leader Chuck Schumer demanded the right of reply."),
// named "A and B" (NamedPair); unresolved when none.
Speaker PairSubjectBefore(const Context& ctx, uint32_t at) {
  const auto& sentences = ctx.article().sentences;
  uint32_t here = ctx.SentenceOf(at);
  auto title_word = [&](uint32_t k) {
    std::string_view raw = ctx.Text(k);
    return !IsPerson(ctx, ctx.EntityOf(k)) && !ctx.InQuote(k) && !raw.empty() &&
           (std::isupper(static_cast<unsigned char>(raw[0])) || TitleNoun(ctx.Lower(k)));
  };
  for (uint32_t k = 0; k < 2 && here < sentences.size() && here >= k + 1; ++k) {
    const Sentence& st = sentences[here - k - 1];
    uint32_t end = std::min<uint32_t>(st.first_token + st.token_count, ctx.size());
    uint32_t t = SkipOpening(ctx, st.first_token, end), open = t;  // session 24: "For their part, A and B"
    while (t < end && t - open < 6 && title_word(t)) ++t;
    int32_t first = t < end ? ctx.EntityOf(t) : -1;
    if (!IsPerson(ctx, first) || ctx.InQuote(t)) continue;
    while (t < end && ctx.EntityOf(t) == first) ++t;
    if (t >= end || ctx.Lower(t) != "and") continue;
    uint32_t and_at = t++;
    while (t < end && t - and_at < 7 && title_word(t)) ++t;
    int32_t second = t < end ? ctx.EntityOf(t) : -1;
    if (!IsPerson(ctx, second) || ctx.Canonical(second) == ctx.Canonical(first)) continue;
    while (t < end && ctx.EntityOf(t) == second) ++t;
    std::string_view next = t < end ? ctx.Lower(t) : "";
    if (next == "'s" || next == "\u2019s" || next == "and" || next == ",") continue;  // a possessive or a list
    return NamedPair(ctx, first, second);
  }
  return {};
}

}  // namespace

Speaker ResolvePronoun(const Context& ctx, Pronoun p, Range r, uint32_t at, const Discourse& d) {
  Span span = ctx.article().tokens[r.b].span;
  Speaker s;
  if (p == Pronoun::kPerson) {
    uint32_t paragraph = ctx.SentenceOf(at) < ctx.article().sentences.size()
                             ? ctx.article().sentences[ctx.SentenceOf(at)].paragraph : 0;
    Gender want = ctx.Lower(r.b) == "she" || ctx.Lower(r.b) == "her" ? Gender::kFemale : Gender::kMale;
    int32_t e = LastPersonBefore(ctx, r.b, want);
    // "Karen Handel ... While Trump did a fundraiser for her, she says": a woman the article shows
    // as one wins over a person of unknown gender, for the pronoun and against the last speaker.
    // Only for she/her: names of unknown gender (often foreign ones) are mostly men in the news.
    int32_t known = want == Gender::kFemale ? KnownGenderBefore(ctx, r.b, want, paragraph) : -1;
    if (known >= 0 && e >= 0 && ctx.GenderOf(e) == Gender::kUnknown) e = known;
    uint32_t e_sentence = e >= 0 ? ctx.SentenceOf(ctx.TokenAt(ctx.article().entities[e].span.begin)) : 0;
    bool same_sentence = e >= 0 && e_sentence == ctx.SentenceOf(r.b) && e_sentence > d.last_person_sentence;
    // "Since his first run in 2000, McCain has ...": the subject after an opening phrase is newer too.
    bool opens_main_clause = false;
    if (e >= 0) {  // past the opening phrase and capitalized title words ("Governor")
      uint32_t first = ctx.EntityStart(e), p = SkipOpening(ctx, SentenceStart(ctx, first), first + 1);
      auto title = [&](uint32_t k) {
        return ctx.EntityOf(k) < 0 && !ctx.Text(k).empty() && std::isupper(static_cast<unsigned char>(ctx.Text(k)[0]));
      };
      while (p < first && title(p)) ++p;
      opens_main_clause = p == first;
    }
    bool newer_subject = e >= 0 && e_sentence > d.last_person_sentence &&
                         (SentenceInitial(ctx, e) || same_sentence || opens_main_clause ||
                          OpensAfterRoleWords(ctx, ctx.EntityStart(e)));
    bool last_fits = d.last_person.resolved() && Compatible(ctx.GenderOf(d.last_person.entity), want) &&
                     !(known >= 0 && ctx.GenderOf(d.last_person.entity) == Gender::kUnknown);
    bool speaker_nearer = last_fits && paragraph <= d.last_person_paragraph + 1 && !newer_subject;
    // "Jones is “a bit eccentric,” he said": a person opening the sentence before a quote that the
    // pronoun's cue follows is the subject of the reported words, not their speaker.
    bool reported = false;
    if (same_sentence && SentenceInitial(ctx, e) && last_fits && paragraph <= d.last_person_paragraph + 1 &&
        d.last_person.name != ctx.Canonical(e)) {
      for (uint32_t t = ctx.EntityStart(e); t < r.b && !reported; ++t) reported = ctx.IsQuoteMark(t);
    }
    if (reported || speaker_nearer || (e < 0 && last_fits)) s = d.last_person;
    else if (e >= 0) s = FromEntity(ctx, e);
  } else if (p == Pronoun::kPlural && (s = GroupSubjectBefore(ctx, r.b, d)).resolved()) {
    // "The three Republican chairmen ... issued a statement. The documents, they said, ..."
  } else if (p == Pronoun::kPlural && (s = PairSubjectBefore(ctx, r.b)).resolved()) {
    // "Nancy Pelosi and Chuck Schumer demanded the right of reply. “...,” they said"
  } else if (p == Pronoun::kPlural && (s = BodySubjectBefore(ctx, r.b)).resolved()) {
    // "The Post promptly awarded it ... They researched ..." (referents.cc)
  } else if (d.last_group.resolved()) {
    s = d.last_group;
  } else if (p == Pronoun::kIt && d.last_speaker.type == "document") {
    s = d.last_speaker;  // "The cable also warned that ... It said “...”"
  } else if (p == Pronoun::kIt) {
    // "a key section of the cable ... “...,” it said": the document named last in the paragraph.
    for (uint32_t t = r.b; t > 0 && t + 60 > r.b; --t) {
      if (ctx.InQuote(t - 1) || !DocumentNoun(ctx.Lower(t - 1))) continue;
      s = Described(ctx, Range{t - 1, t}, "document");
      break;
    }
  }
  if (s.resolved()) s.span = span;
  return s;
}

namespace {

// A capitalized word the tagger missed that is the surname of a person the
// article names ("added Lauten"): that person's entity, else -1.
int32_t KnownSurname(const Context& ctx, Range r) {
  if (r.e != r.b + 1) return -1;
  std::string_view w = ctx.Text(r.b);
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return -1;
  const auto& ents = ctx.article().entities;
  for (size_t i = 0; i < ents.size(); ++i) {
    if (!IsPerson(ctx, static_cast<int32_t>(i))) continue;
    const std::string& name = ctx.Canonical(static_cast<int32_t>(i));
    if (name.size() > w.size() && name.compare(name.size() - w.size(), w.size(), w) == 0 &&
        name[name.size() - w.size() - 1] == ' ') {
      return static_cast<int32_t>(i);
    }
  }
  return -1;
}

// The last organization named before token `at` whose name holds `noun`
// ("the agency" -> "Korean Central News Agency"), or -1.
int32_t OrganizationWithNoun(const Context& ctx, std::string_view noun, uint32_t at) {
  return LastMentionBefore(ctx, "ORG", at, [&](const EntityMention& m) {
    for (auto w : Words(m.span.Of(ctx.article().body))) {
      if (core::AsciiLowered(w) == noun) return true;
    }
    return false;
  });
}

// A title phrase: the person named next to that title; else, for a definite
// phrase, the last person speaker of the same or previous paragraph
// (“...,” Mr. Romney said. “...,” the 2012 GOP presidential nominee added.);
// else the description.
Speaker TitleSpeaker(const Context& ctx, Range main, std::string_view hw, uint32_t at, const Discourse& d) {
  int32_t e = PersonWithTitle(ctx, hw, at);
  if (e < 0) {
    uint32_t sentence = ctx.SentenceOf(at);
    uint32_t paragraph = sentence < ctx.article().sentences.size() ? ctx.article().sentences[sentence].paragraph : 0;
    bool definite = ctx.Lower(main.b) == "the";
    // "Nominee Donald Trump has been critical of the meeting. “...,” the billionaire businessman told":
    // a person opening a sentence after the last speaker's is the one described.
    int32_t subject = definite ? LastPersonBefore(ctx, main.b, WordGender(hw)) : -1;
    if (subject >= 0 && OpensSentence(ctx, subject) &&
        (!d.last_person.resolved() ||
         ctx.SentenceOf(ctx.TokenAt(ctx.article().entities[subject].span.begin)) > d.last_person_sentence)) {
      Speaker s = FromEntity(ctx, subject);
      s.span = Described(ctx, main, "person").span;
      return s;
    }
    if (definite && d.last_person.resolved() && paragraph <= d.last_person_paragraph + 1) {
      Speaker s = d.last_person;
      s.span = Described(ctx, main, "person").span;
      return s;
    }
    return UnnamedTitleSpeaker(ctx, main, hw, d);  // "a senator": anonymous (unnamed_roles.cc)
  }
  Speaker s = FromEntity(ctx, e);
  s.span = Described(ctx, main, "person").span;
  return s;
}

// Steps 4-8 of the file comment, for a phrase with no person at its head.
Speaker UnnamedSpeaker(const Context& ctx, Range main, uint32_t first, uint32_t last, uint32_t at,
                       const Discourse& d) {
  uint32_t head = Head(ctx, main);
  std::string_view hw = ctx.Lower(head);
  bool anonymous = false;  // not a word of a name ("the Ohio Farmers Union")
  for (uint32_t t = main.b; t < main.e && !anonymous; ++t) {
    std::string_view w = ctx.Lower(t);
    anonymous = ctx.EntityOf(t) < 0 && (w == "familiar" || w == "anonymity" || AnonymousNoun(w));
  }
  if (AnyWord(ctx, main, SpokespersonNoun)) {
    int32_t org = LastEntity(ctx, Range{first, last}, "ORG");
    if (org >= 0) return FromEntity(ctx, org);
    // "a White House spokesperson", "a Kremlin spokesman": a place the tagger typed LOC speaks as a body.
    int32_t place = LastEntity(ctx, Range{first, last}, "LOC");
    if (place >= 0) {
      Speaker s = FromEntity(ctx, place);
      s.type = "organization";
      return s;
    }
    Speaker body = UntaggedSpokesBody(ctx, main);  // "A Number 10 spokesperson" (tagged_names.cc)
    return body.resolved() ? body : UnnamedSpokesperson(ctx, main, d);  // "a police spokesman" (groups.cc)
  }
  if (head == main.b && PronounKind(hw) != Pronoun::kNone) return PronounSpeaker(ctx, PronounKind(hw), main, at, d);
  Speaker pair = PairReferent(ctx, main, at);  // "the senators", "their statement" (pairs.cc)
  if (!pair.resolved()) pair = InterviewReferent(ctx, main, at);  // "the interview subject"
  if (!pair.resolved()) pair = AuthorsReferent(ctx, main, at);  // "the authors wrote" (authors.cc)
  if (!pair.resolved()) pair = FilingReferent(ctx, main, at);  // "the lawsuit alleges" (filings.cc)
  if (pair.resolved() && DocumentNoun(hw)) pair.type = "document";
  if (pair.resolved()) return pair;
  Speaker same = SameSpeakerAgain(ctx, main, d);  // "this same prestidigitator reasoned"
  if (same.resolved()) return same;
  if (DocumentNoun(hw) || (!anonymous && AnyWord(ctx, main, DocumentNoun))) {
    Speaker s = DocumentSpeaker(ctx, main, last, at, d);
    if (s.resolved() && ctx.Text(head) == "post") s.type = "social";  // "the post says": a social-media post
    return s;
  }
  if (anonymous) return Described(ctx, main, "anonymous");
  Speaker member = PartitiveSource(ctx, main, head);  // "one of them told the other"
  if (member.resolved()) return member;
  // "the senators", "campaigners": a group speaking together, named by its description ("they" then
  // refers to it); anonymous unless a named body defines it ("Republican congressmen"; groups.cc).
  if (GroupNoun(hw)) return Described(ctx, main, GroupType(ctx, main));
  // "“...,” another asks" after "“...,” reads one of the queries": the same kind of document.
  bool elliptical = (main.e == main.b + 1 && (hw == "another" || hw == "one")) ||
                    (main.e == main.b + 2 && ctx.Lower(main.b) == "a" && (hw == "third" || hw == "second"));
  if (elliptical && d.last_speaker.type == "document") return d.last_speaker;
  if (elliptical) return Described(ctx, main, "anonymous");  // "One declared, “...”": one of a group
  bool title = TitleNoun(hw) || (hw.find('-') != std::string_view::npos && TitleNoun(hw.substr(hw.rfind('-') + 1)));
  if (title) return TitleSpeaker(ctx, main, hw, at, d);  // "the 2012 GOP presidential nominee": a person
  if (Speaker role = RoleReferent(ctx, main, head, d); role.resolved()) return role;  // "the curator"
  // "One Republican defense lobbyist", "a consultant", "what one Irish journalist later called": a determiner
  // ("one"/"another" may follow other words) and a lower-case agent noun head: an unnamed person.
  uint32_t det = head;
  while (det > main.b && !Determiner(ctx.Lower(det - 1)) && !ctx.IsPunct(det - 1)) --det;
  bool counted = det > main.b && (det - 1 == main.b || ctx.Lower(det - 1) == "one" || ctx.Lower(det - 1) == "another");
  if (head > main.b && counted && ctx.EntityOf(head) < 0 && AgentNoun(ctx.Text(head))) {
    return Described(ctx, Range{det - 1, main.e}, "anonymous");
  }
  int32_t org = LastEntity(ctx, main, "ORG");
  if (org >= 0) return FromEntity(ctx, org);
  if (BodyNoun(hw)) {
    bool bare = head == main.b + 1 && ctx.Lower(main.b) == "the";
    int32_t org = bare ? OrganizationWithNoun(ctx, hw, main.b) : -1;  // "the agency" -> Korean Central News Agency
    // "The nearby St. Louis Tea Party ... The group has drafted": a generic noun names the last
    // organization that opened a clause.
    bool generic = hw == "group" || hw == "organization" || hw == "organisation";
    if (org < 0 && bare && generic) {
      org = LastMentionBefore(ctx, "ORG", main.b, [&](const EntityMention& m) {
        uint32_t t = NameStart(ctx, static_cast<int32_t>(&m - ctx.article().entities.data()));
        uint32_t start = t;  // "The nearby St. Louis Tea Party had ...": a determiner and an adjective
        while (start > 0 && ctx.SentenceOf(start - 1) == ctx.SentenceOf(t) && t - start < 3) --start;
        std::string_view det = ctx.Lower(start);
        bool opens = start < t && ctx.SentenceOf(start) == ctx.SentenceOf(t) &&
                     (start == 0 || ctx.SentenceOf(start - 1) != ctx.SentenceOf(t)) && (det == "the" || det == "a");
        return ClauseInitial(ctx, t) || opens;
      });
    }
    Speaker placed = org >= 0 ? FromEntity(ctx, org) : PlaceBody(ctx, main, head);  // "the St. Louis group"
    return placed.resolved() ? placed : UnnamedBody(ctx, main, bare && generic);  // groups.cc
  }
  int32_t any = LastEntity(ctx, main, "");
  if (any >= 0 && !PartyTag(ctx.article().entities[any].span.Of(ctx.article().body))) {
    Speaker s = FromEntity(ctx, any);
    if (s.type != "person") s.type = "organization";  // a place or group speaking: its government or body
    return s;
  }
  return {};
}

// "The officials with knowledge of Bolton's briefing for Trump", "one cable addressed to Clinton's
// office": a phrase headed by an unnamed source, a group or a document ends where its modifier
// begins; names in the modifier are not the speaker. A document's "by"/"from" author stays
// ("a statement released by the White House").
uint32_t ModifierStart(const Context& ctx, Range main) {
  bool author = false;
  for (uint32_t t = main.b; t < main.e; ++t) author = author || ctx.Lower(t) == "by" || ctx.Lower(t) == "from";
  for (uint32_t t = main.b + 1; t < main.e; ++t) {
    std::string_view prev = ctx.Lower(t - 1), w = ctx.Lower(t), raw = ctx.Text(t);
    if (ctx.EntityOf(t - 1) >= 0 || raw.empty() || !std::islower(static_cast<unsigned char>(raw[0]))) continue;
    bool document = DocumentNoun(prev);
    if (!document && !AnonymousNoun(prev) && !GroupNoun(prev) && !UnnamedRole(ctx, main, t - 1)) continue;
    bool modifier = w == "with" || w == "for" || w == "in" || w == "at" || w == "on" || w == "to" || w == "about" ||
                    w == "who" || w == "that" || (w.size() > 4 && w.ends_with("ed")) || (w == "of" && UnnamedRole(ctx, main, t - 1));
    if (modifier && !(document && author)) return t;
  }
  return main.e;
}

// A word that may stand before a name in a pair's title ("Dr.", "Bishop", "congressional
// scholars"): no entity, preposition, possessive, punctuation or pronoun.
bool PairTitleWord(const Context& ctx, uint32_t t) {
  std::string_view w = ctx.Lower(t);
  return ctx.EntityOf(t) < 0 && !ctx.IsPunct(t) && !ctx.InQuote(t) && !PhraseStop(w) && w != "of" &&
         w != "'s" && w != "\u2019s" && PronounKind(w) == Pronoun::kNone;
}

// "Nides and Burns told", "Ruth Milkman and Kent Wong wrote", "Bishop Lori and Bishop Malone
// issued", "congressional scholars Thomas Mann and Norm Ornstein": two named people speaking
// together, title words before each allowed, named "A and B" (NamedPair); unresolved for any other
// phrase.
Speaker PersonPair(const Context& ctx, Range main) {
  uint32_t t = main.b;
  while (t < main.e && t < main.b + 4 && PairTitleWord(ctx, t)) ++t;  // "Dr. Milkman and Mr. Wong write"
  int32_t first = t < main.e ? ctx.EntityOf(t) : -1;
  if (!IsPerson(ctx, first)) return {};
  while (t < main.e && ctx.EntityOf(t) == first) ++t;
  if (t + 1 >= main.e || ctx.Lower(t) != "and") return {};
  ++t;
  for (uint32_t k = 0; k < 3 && t < main.e && PairTitleWord(ctx, t); ++k) ++t;  // "and Senate leader Chuck Schumer"
  int32_t second = t < main.e ? ctx.EntityOf(t) : -1;
  if (!IsPerson(ctx, second) || second == first) return {};
  for (uint32_t u = t; u < main.e; ++u) if (ctx.EntityOf(u) != second) return {};
  Speaker s = NamedPair(ctx, first, second);
  s.span.end = ctx.article().tokens[main.e - 1].span.end;
  return s;
}

}  // namespace

Speaker PairFrom(const Context& ctx, uint32_t start, uint32_t limit) {
  bool and_seen = false;
  for (uint32_t t = start; t < limit && t < start + 12; ++t) {
    int32_t e = ctx.EntityOf(t);
    if (ctx.Lower(t) == "and" && e < 0 && !and_seen) {
      and_seen = true;
      continue;
    }
    if (!IsPerson(ctx, e) && !PairTitleWord(ctx, t)) return {};
    if (!and_seen || !IsPerson(ctx, e) || (t + 1 < limit && ctx.EntityOf(t + 1) == e)) continue;
    std::string_view next = t + 1 < limit ? ctx.Lower(t + 1) : "";
    if (next == "'s" || next == "\u2019s" || next == "and" || next == ",") return {};  // a possessive or a list
    return PersonPair(ctx, Range{start, t + 1});
  }
  return {};
}

Speaker ResolvePhrase(const Context& ctx, uint32_t first, uint32_t last, uint32_t at, const Discourse& d) {
  last = std::min(last, ctx.size());
  std::vector<Range> segs = Segments(ctx, first, last);
  if (segs.empty()) return {};
  Range main = segs[0];
  Speaker pair = PersonPair(ctx, main);  // or "the Arizona Republican" (party_members.cc)
  if (pair.resolved() || (pair = PartyMemberReferent(ctx, main)).resolved()) return pair;
  uint32_t modifier = ModifierStart(ctx, main);
  if (Speaker role = UnnamedRoleSource(ctx, main, modifier); role.resolved()) return role;  // unnamed_roles.cc
  if (modifier < main.e) return UnnamedSpeaker(ctx, Range{main.b, modifier}, first, modifier, at, d);
  int32_t last_entity = ctx.EntityOf(Head(ctx, main, false));  // "Secretary of State spokesman Jake Rollow"
  if (IsPerson(ctx, last_entity)) return FromEntity(ctx, last_entity);
  int32_t head_entity = ctx.EntityOf(Head(ctx, main));  // "Rep. Elijah Cummings of Maryland"
  if (IsPerson(ctx, head_entity)) return FromEntity(ctx, head_entity);
  int32_t surname = KnownSurname(ctx, main);
  if (surname >= 0) return FromEntity(ctx, surname);
  for (size_t i = 1; i < segs.size(); ++i) {  // appositive name: "its spokesperson, Matthew Miller"
    int32_t e = ctx.EntityOf(Head(ctx, segs[i]));
    if (IsPerson(ctx, e) && LastEntity(ctx, main, "PER") < 0 && !AnyWord(ctx, main, DocumentNoun)) return FromEntity(ctx, e);
  }
  if (head_entity >= 0 && ctx.article().entities[head_entity].type == "ORG") return FromEntity(ctx, head_entity);
  for (uint32_t b = main.b; b < main.e; ++b) {  // an outlet at the end: "the official Xinhua News Agency"
    std::string_view first_word = ctx.Text(b);
    if (first_word.empty() || first_word[0] < 'A' || first_word[0] > 'Z') continue;
    const Outlet* o = ctx.registry().FindByName(CleanName(ctx.TextOf(b, main.e), false));
    if (o != nullptr) return Speaker{Described(ctx, Range{b, main.e}, "outlet").span, o->name, "outlet", -1};
  }
  return UnnamedSpeaker(ctx, main, first, last, at, d);
}

Speaker SpeakerOfEntity(const Context& ctx, int32_t e) { return FromEntity(ctx, e); }
bool PersonEntity(const Context& ctx, int32_t e) { return IsPerson(ctx, e); }
bool OpensClause(const Context& ctx, uint32_t first) { return ClauseInitial(ctx, first); }

}  // namespace parallax::quotes
