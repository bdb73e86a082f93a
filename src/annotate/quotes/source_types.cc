// Session 24 (types24): source-type corrections from the phrase around a
// resolved speaker, applied where a Quotation is made (MakeQuotation,
// indirect.cc). See docs/quotes.md "Session 24: types24".
#include <cctype>
#include <string>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/gender.h"
#include "annotate/quotes/lexicon.h"
#include "core/ascii.h"

namespace parallax::quotes {

namespace {

// A medium of social posts: "tweet(s)", "Twitter", "Facebook", "Instagram", "TikTok", "Truth
// Social", "X" (capitalized, after "on"), "post(s)" after a platform's name ("a Facebook post").
bool SocialMedium(const Context& ctx, uint32_t t) {
  std::string_view w = ctx.Lower(t);
  static constexpr std::string_view kMedium[] = {"facebook", "instagram", "tiktok", "tweet", "tweets", "twitter"};
  if (InList(w, kMedium)) {
    // "Facebook's policy", "Twitter's rules": the company, not a post on it.
    std::string_view next = ctx.Lower(t + 1);
    return next != "'s" && next != "\xE2\x80\x99s";
  }
  std::string_view prev = t > 0 ? ctx.Lower(t - 1) : "";
  if ((w == "post" || w == "posts" || w == "page" || w == "account" || w == "feed" || w == "video") &&
      InList(prev, kMedium)) {
    return true;
  }
  if (w == "social" && prev == "truth") return true;
  return ctx.Text(t) == "X" && prev == "on";
}

// True when the medium at `t` is the object of "in", "on", "via", "through" or "to", with at most
// four words between ("in a Thursday tweet", "to his Facebook page", "on Twitter"); `*prep` is set
// to the preposition's token.
bool MediumAfterPreposition(const Context& ctx, uint32_t t, uint32_t floor, uint32_t* prep) {
  static constexpr std::string_view kPrep[] = {"in", "on", "through", "to", "via"};
  uint32_t medium = t;
  if (t > 0 && InList(ctx.Lower(t), {"post", "posts", "page", "account", "feed", "video"})) medium = t - 1;
  for (uint32_t k = medium; k-- > floor && medium - k <= 5;) {
    std::string_view w = ctx.Lower(k);
    if (InList(w, kPrep)) {
      *prep = k;
      return true;
    }
    // Between the two only determiners, possessives, capitalized words, numbers and the words of
    // "his third tweet", "a series of tweets" ("putting the notice over tweets" is no medium).
    static constexpr std::string_view kBetween[] = {
        "afternoon", "brief", "deleted", "earlier", "evening", "first", "flurry", "her", "his", "its",
        "last", "late-night", "latest", "lengthy", "long", "morning", "my", "new", "night", "now-deleted",
        "of", "official", "our", "own", "personal", "recent", "second", "separate", "series",
        "since-deleted", "string", "their", "third", "thread", "verified", "your"};
    std::string_view raw = ctx.Text(k);
    bool fits = w == "'s" || w == "\xE2\x80\x99s" || Determiner(w) || InList(w, kBetween) ||
                (!raw.empty() && (std::isupper(static_cast<unsigned char>(raw[0])) ||
                                  std::isdigit(static_cast<unsigned char>(raw[0]))));
    if (!fits) return false;
  }
  return false;
}

// Words that open a clause the cue does not belong to ("X, who attacked Y on Twitter, said").
bool DependentOpener(std::string_view w) {
  static constexpr std::string_view k[] = {"after", "although", "as", "because", "before", "since", "though",
                                           "when", "where", "which", "while", "who", "whom", "whose"};
  return InList(w, k);
}

// Session 25: "In a tweet, Harf said a trial attorney at the department told her, “...”", "Harf said in a
// Facebook post that the mayor told her": a reporting verb with its own subject in the cue's clause before the
// cue at `cue_first` takes the medium, and the cue's words are someone else's. Not when the cue shares that
// verb's subject: coordinated ("..., and added"), a participle (", adding"), or a pronoun ("in a tweet in which
// he called"). The search stops at a comma (a verb in a clause of its own: "In a tweet responding to reports
// that the agency warned ..., Trump said") and at a quotation (a cue after one: "tweeted that “...,” the Hill
// reports").
bool EarlierCueTakesMedium(const Context& ctx, uint32_t start, uint32_t cue_first) {
  std::string_view cue = ctx.Lower(cue_first);
  if (ReportingVerb(cue) == CueKind::kNone || cue.ends_with("ing")) return false;
  static constexpr std::string_view kAdverb[] = {"also", "further", "later", "then"};
  uint32_t c = cue_first;
  while (c > start + 1 && InList(ctx.Lower(c - 1), kAdverb)) --c;
  if (c <= start + 1) return false;
  std::string_view before = ctx.Lower(c - 1);
  if (before == "and" || before == "but" || before == "or" || before == "," || before == "then" ||
      ctx.InQuote(c - 1) || ctx.IsQuoteMark(c - 1) || PronounKind(before) != Pronoun::kNone) {
    return false;
  }
  // The word before a verb that names or points to someone (not "to reports", "who said", "was told").
  static constexpr std::string_view kNotSubject[] = {"a", "an", "are", "be", "been", "being", "had", "has",
                                                     "have", "is", "its", "that", "the", "their", "to",
                                                     "was", "were", "which", "who", "whom"};
  for (uint32_t k = c - 1; k-- > start + 1;) {
    std::string_view w = ctx.Lower(k);
    if (ctx.InQuote(k) || ctx.IsQuoteMark(k) || w == "," || w == ";" || w == ":") return false;
    if (IndirectSpeechVerb(w) && !InList(ctx.Lower(k - 1), kNotSubject)) return true;
  }
  return false;
}

}  // namespace

bool SocialBeforeCue(const Context& ctx, uint32_t cue_first) {
  if (cue_first == 0 || cue_first >= ctx.size()) return false;
  const uint32_t start = SentenceStart(ctx, cue_first);
  // Most sentences name no medium: a byte search first (the words below all hold one of these).
  const auto& tokens = ctx.article().tokens;
  std::string_view words = std::string_view(ctx.article().body)
                               .substr(tokens[start].span.begin, tokens[cue_first].span.begin - tokens[start].span.begin);
  bool maybe = false;
  for (std::string_view part : {"weet", "witter", "acebook", "nstagram", "ikTok", "Social", "X"}) {
    maybe = maybe || words.find(part) != std::string_view::npos;
  }
  if (!maybe) return false;
  for (uint32_t t = cue_first; t-- > start;) {
    if (ctx.InQuote(t) || ctx.IsQuoteMark(t)) continue;
    std::string_view w = ctx.Lower(t);
    bool verb = w == "tweeted" || w == "tweeting" || w == "retweeted";
    uint32_t at = t;
    if (!verb && !(SocialMedium(ctx, t) && MediumAfterPreposition(ctx, t, start, &at))) continue;
    // The medium must be in the cue's own clause: not inside ", who ... ," or ", after ... ," that a
    // comma closes before the cue.
    uint32_t comma_before = at;
    while (comma_before > start && ctx.Lower(comma_before - 1) != ",") --comma_before;
    bool comma_after = false;
    for (uint32_t k = t + 1; k < cue_first && !comma_after; ++k) comma_after = !ctx.InQuote(k) && ctx.Lower(k) == ",";
    if (comma_after && DependentOpener(ctx.Lower(comma_before))) continue;  // "As he did on Twitter, ..."
    return !EarlierCueTakesMedium(ctx, start, cue_first);
  }
  return false;
}

bool NamedDocument(std::string_view name) {
  // "Constitution", "Green New Deal", "Twitter Rules", "Communications Decency Act", "Paris
  // Agreement", "Granite State Poll": the last word names a law, pact, code or poll.
  static constexpr std::string_view kLast[] = {"Accord", "Accords", "Act", "Agreement", "Amendment", "Charter",
                                               "Constitution", "Deal", "Declaration", "Manifesto", "Poll",
                                               "Protocol", "Rules", "Treaty"};
  if (name.starts_with("the ") || name.starts_with("The ")) name.remove_prefix(4);
  if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) return false;
  if (name.find(" of ") != std::string_view::npos) return false;  // "Opponents of the Affordable Care Act"
  size_t space = name.rfind(' ');
  std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
  if (space == std::string_view::npos && last != "Constitution" && last != "Declaration") return false;
  return InList(last, kLast);
}

Speaker PersonTaggedOrganization(const Context& ctx, const Speaker& s) {
  if (s.type != "organization" || s.entity < 0) return s;
  const auto& entities = ctx.article().entities;
  const std::string& name = s.name;
  if (name.size() < 3 || !std::isupper(static_cast<unsigned char>(name[0]))) return s;
  for (size_t i = 1; i < name.size(); ++i) {
    if (!std::islower(static_cast<unsigned char>(name[i])) && name[i] != '-' && name[i] != '\'') return s;
  }
  if (BodyNoun(core::AsciiLowered(name))) return s;
  // A person the tagger named whose name ends with this word ("Michael Oreskes" for "Oreskes").
  std::string full;
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type != "PER") continue;
    const std::string& c = ctx.Canonical(static_cast<int32_t>(e));
    if (c.size() > name.size() + 1 && c.ends_with(name) && c[c.size() - name.size() - 1] == ' ') {
      if (!full.empty() && full != c) return s;  // two persons share the surname: leave it
      full = c;
    }
  }
  // Else the text: the word after a given name of the gender table or an honorific, outside
  // quotations ("Glenn Thrush", "Mr. Nelson"), the untagged full name kept.
  if (full.empty()) {
    bool person = false;
    const std::string& body = ctx.article().body;
    for (size_t at = body.find(name); at != std::string::npos && !person; at = body.find(name, at + 1)) {
      if (at == 0 || body[at - 1] != ' ') continue;
      uint32_t t = ctx.TokenAt(static_cast<uint32_t>(at));
      if (t == 0 || t >= ctx.size() || ctx.Text(t) != name || ctx.InQuote(t)) continue;
      std::string_view before = ctx.Text(t - 1);
      if (before.empty() || !std::isupper(static_cast<unsigned char>(before[0]))) continue;
      std::string_view w = ctx.Lower(t - 1);
      if (w == "mr." || w == "ms." || w == "mrs." || w == "mr" || w == "ms" || w == "mrs") {
        person = true;
      } else if (GivenNameGender(w) != Gender::kUnknown) {
        person = true;
        full = std::string(before) + " " + name;
      }
    }
    if (!person) return s;
  }
  if (ctx.registry().FindByName(name) != nullptr) return s;
  Speaker out = s;
  out.type = "person";
  if (!full.empty()) out.name = full;
  return out;
}
}  // namespace parallax::quotes
