// The attribution lexicon. Lists are short and closed-class on purpose:
// reporting verbs in news are a few dozen, and a speaker phrase is recognised
// by its head noun. Tables are sorted arrays searched by binary search.
#include "annotate/quotes/lexicon.h"

#include <algorithm>
#include <iterator>

namespace parallax::quotes {

namespace {

template <size_t N>
bool In(const std::string_view (&table)[N], std::string_view w) {
  return std::binary_search(std::begin(table), std::end(table), w);
}

constexpr std::string_view kSpeech[] = {
    "acknowledged", "acknowledges", "added", "adding", "adds", "admitted", "alleges", "announced", "announces",
    "answered", "argued", "argues", "arguing", "asked", "asks", "asserted", "asserts", "branded",
    "called", "calling", "cautioned", "cautions", "claimed", "claiming", "claims", "commented",
    "complained", "conceded", "concedes", "concluded", "confirmed", "confirms", "contended",
    "contends", "continued", "continues", "countered", "declared", "declares", "declaring",
    "denied", "denies", "described", "describing", "dubbed", "emphasised", "emphasized",
    "emphasizes", "estimated", "explained", "explaining", "explains", "insisted", "insisting",
    "insists", "joked", "labeled", "maintained", "mused", "noted", "noting", "observed", "pledged",
    "pointed", "predicted", "promised", "reads", "recalled", "recalls", "recounted", "recounts", "remarked",
    "replied", "responded",
    "said", "say", "saying", "says", "shouted", "stated", "states", "stating", "stressed", "suggested",
    "suggests", "tell", "telling", "tells", "testified", "thundered", "told", "urged", "urges",
    "vowed", "warned", "warning", "warns", "wondered",
};
constexpr std::string_view kSocial[] = {"posted", "posts", "tweeted", "tweets"};
constexpr std::string_view kWrite[] = {"reported", "reporting", "reports", "writes", "writing", "wrote"};

constexpr std::string_view kIndirect[] = {
    "acknowledged", "added", "admitted", "announced", "argued", "argues", "asserted", "claimed",
    "claims", "confirmed", "contended", "declared", "denied", "estimated", "explained", "insisted",
    "insists", "maintained", "noted", "notes", "predicted", "reported", "reports", "said", "says",
    "stated", "stressed", "suggested", "told", "tweeted", "warned", "warns", "writes", "wrote",
};

constexpr std::string_view kAnonymous[] = {
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "analyst", "analysts",
    "attendee", "attendees", "diplomat", "diplomats", "insider", "insiders", "member", "members",
    "official", "officials", "people", "person", "resident", "residents", "source", "sources",
    "user", "users", "witness", "witnesses",
};
constexpr std::string_view kSpokesperson[] = {
    "representative", "representatives", "spokesman", "spokespeople", "spokesperson", "spokeswoman",
};
constexpr std::string_view kDocument[] = {
    "ad", "analysis", "apology", "bill", "communique", "complaint", "document", "documents",
    "editorial", "email", "emails", "filing", "indictment", "lawsuit", "letter", "letters", "memo",
    "memos", "op-ed", "order", "petition", "poll", "post", "readout", "release", "report",
    "reports", "resolution", "ruling", "statement", "statements", "study", "suit", "survey", "transcript",
    "video",
};
constexpr std::string_view kSocialWords[] = {
    "facebook", "instagram", "post", "social", "telegram", "threads", "tiktok", "truth", "tweet",
    "twitter", "weibo", "x",
};
constexpr std::string_view kBody[] = {
    "administration", "agency", "association", "authorities", "board", "bureau", "campaign", "commission",
    "committee", "company", "council", "court", "department", "firm", "government", "group", "house",
    "institute", "kremlin", "ministry", "office", "organisation", "organization", "pentagon", "police",
    "secretariat", "service", "union",
};
constexpr std::string_view kTitle[] = {
    "ambassador", "candidate", "chairman", "chairwoman", "chancellor", "chief", "congressman",
    "congresswoman", "councilman", "director", "envoy", "executive", "governor", "judge", "king",
    "leader", "mayor", "minister", "negotiator", "nominee", "officer", "premier", "president", "prosecutor",
    "queen", "representative", "secretary", "secretary-general", "senator", "sheriff", "speaker",
};
constexpr std::string_view kStops[] = {
    "about", "after", "against", "although", "and", "as", "at", "because", "before", "but", "by",
    "during", "for", "from", "had", "has", "have", "if", "in", "is", "on", "or", "since", "than", "that",
    "though", "to", "was", "were", "when", "where", "which", "while", "who", "whose",
};

}  // namespace

CueKind ReportingVerb(std::string_view w) {
  if (In(kSpeech, w)) return CueKind::kSpeech;
  if (In(kSocial, w)) return CueKind::kSocial;
  if (In(kWrite, w)) return CueKind::kWrite;
  return CueKind::kNone;
}

bool IndirectSpeechVerb(std::string_view w) { return In(kIndirect, w); }

Pronoun PronounKind(std::string_view w) {
  if (w == "he" || w == "she" || w == "him" || w == "her") return Pronoun::kPerson;
  if (w == "they") return Pronoun::kPlural;
  if (w == "it") return Pronoun::kIt;
  return Pronoun::kNone;
}

bool AnonymousNoun(std::string_view w) { return In(kAnonymous, w); }
bool SpokespersonNoun(std::string_view w) { return In(kSpokesperson, w); }
bool DocumentNoun(std::string_view w) { return In(kDocument, w); }
bool SocialWord(std::string_view w) { return In(kSocialWords, w); }
bool BodyNoun(std::string_view w) { return In(kBody, w); }
bool TitleNoun(std::string_view w) { return In(kTitle, w); }
bool PhraseStop(std::string_view w) { return In(kStops, w); }

}  // namespace parallax::quotes
