// The attribution lexicon. Lists are short and closed-class on purpose:
// reporting verbs in news are a few dozen, and a speaker phrase is recognised
// by its head noun. The tables are sorted arrays (easy to read and to edit);
// lookups go through one open-addressing hash index of all their words, built
// once, that maps a word to the set of tables holding it: the attribution
// code asks "is this a reporting verb?" of nearly every token of an article,
// and one hash and at most a few short compares answer every question about
// a word (a binary search per table cost ~8 string compares per question).
// Before hashing, a word is tested against the shapes (first byte, length)
// of the words of the table asked about, which rejects most tokens outright.
#include "annotate/quotes/lexicon.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <iterator>

namespace parallax::quotes {

namespace {

constexpr std::string_view kSpeech[] = {
    "accuse", "accused", "accuses", "accusing", "acknowledged", "acknowledges", "acknowledging", "add", "added",
    "adding", "adds", "admits", "admitted", "admitting", "agreed", "agrees", "allege", "alleged", "alleges",
    "alleging", "announced", "announces", "answered", "argued", "argues", "arguing", "ask",
    "asked", "asks", "asserted", "asserts", "assured", "assures", "blasted", "boasted", "boasting",
    "bragged", "branded", "call", "called", "calling", "cautioned", "cautions", "chant", "chanted", "chanting", "chants",
    "charged", "charges", "chided", "claimed", "claiming", "claims", "commented", "complained", "conceded",
    "concedes", "conceding", "concluded", "concludes", "condemned", "condemning", "condemns", "confessed", "confesses",
    "confessing", "confided", "confirmed", "confirms", "contend", "contended", "contends", "continued", "continues",
    "countered", "countering", "cried", "criticised", "criticized", "criticizing", "declared",
    "declares", "declaring", "decried", "demanded", "demands", "demurred", "denied", "denies",
    "derided", "described", "describing", "disclosed", "disclosing", "dubbed", "echoed",
    "emphasised", "emphasized", "emphasizes", "estimated", "exclaimed", "explain", "explained",
    "explaining", "explains", "fumed", "hailed", "hails", "hinted", "hinting", "insist", "insisted", "insisting",
    "insists", "intoned", "joked", "labeled", "lamented", "laments", "lauded", "maintained",
    "mocked", "mused", "note", "noted", "notes", "noting", "objected", "observed", "observes",
    "pleaded", "pledged", "pointed", "points", "praised", "praises", "praising", "predicted",
    "predicts", "promised", "quipped", "railed", "reads", "reasoned", "reassured", "recalled", "recalls",
    "recounted", "recounts", "reiterated", "reiterating", "remarked", "remarks", "reminded",
    "repeated", "repeating", "repeats", "replied", "replies", "responded", "responds", "retorted",
    "revealed", "said", "say", "saying",
    "says", "scoffed", "shout", "shouted", "shouts", "slammed", "sniped", "state", "stated", "states",
    "stating", "stressed", "suggested", "suggests", "summarised", "summarized", "swore", "taunted",
    "tell", "telling", "tells", "testified", "testifies", "thundered", "told", "urged", "urges",
    "vow", "vowed", "vowing", "vows", "warn", "warned", "warning", "warns", "welcomed",
    "whispered", "wondered", "yelled",
};
constexpr std::string_view kSocial[] = {"posted", "posting", "posts", "tweeted", "tweeting", "tweets"};
constexpr std::string_view kWrite[] = {"reported", "reporting", "reports", "write", "writes", "writing", "wrote"};

constexpr std::string_view kIndirect[] = {
    "acknowledged", "added", "admitted", "alleged", "alleges", "announced", "argued", "argues",
    "asserted", "boasted", "claimed", "claims", "conceded", "confirmed", "contended", "declared",
    "denied", "disclosed", "estimated", "explained", "hinted", "insisted", "insists", "maintained",
    "noted", "notes", "predicted", "recalled", "reiterated", "reported", "reports", "revealed",
    "said", "says", "stated", "stressed", "suggested", "told", "tweeted", "warned", "warns",
    "writes", "wrote",
};

constexpr std::string_view kAnonymous[] = {
    "activist", "adviser", "advisers", "advisor", "advisors", "aide", "aides", "analyst",
    "analysts", "announcer", "attendee", "attendees", "colleague", "colleagues", "conservative", "customer", "customers",
    "diplomat", "diplomats", "doctor", "doctors", "driver", "drivers", "employee", "employees",
    "farmer", "farmers", "friend", "friends", "insider", "insiders", "interviewer", "liberal", "man", "member", "members", "men",
    "narrator", "neighbor", "neighbors", "nurse", "nurses", "official", "officials", "parent",
    "parents", "patient", "patients", "people", "person", "questioner", "resident", "residents", "shopkeeper",
    "shopper", "shoppers", "source", "sources", "student", "students", "teacher", "teachers",
    "user", "users", "veteran", "veterans", "voter", "voters", "witness", "witnesses", "woman",
    "women", "worker", "workers",
};
constexpr std::string_view kSpokesperson[] = {
    "representative", "representatives", "spokesman", "spokesmen", "spokespeople", "spokesperson", "spokespersons",
    "spokeswoman", "spokeswomen",
};
constexpr std::string_view kDocument[] = {
    "ad", "analysis", "announcement", "announcements", "apology", "article", "bill", "cable",
    "cables", "communique", "complaint", "complaints", "declaration", "document", "documents",
    "e-mail", "e-mails", "editorial", "email", "emails", "filing", "guidance", "indictment",
    "lawsuit", "lawsuits", "letter", "letters", "memo", "memorandum", "memos", "motion", "op-ed",
    "order", "petition", "poll", "post", "queries", "query", "question", "questions", "readout",
    "release", "report", "reports", "resolution", "ruling", "statement", "statements", "story",
    "study", "suit", "survey", "transcript", "video", "website",
};
constexpr std::string_view kSocialWords[] = {
    "facebook", "instagram", "post", "social", "telegram", "threads", "tiktok", "truth", "tweet",
    "twitter", "weibo", "x",
};
constexpr std::string_view kBody[] = {
    "administration", "agency", "association", "authorities", "board", "bureau", "campaign", "commission",
    "committee", "company", "cops", "council", "court", "department", "firm", "government", "group", "house",
    "institute", "kremlin", "ministry", "office", "organisation", "organization", "pentagon", "police",
    "secretariat", "service", "union",
};
constexpr std::string_view kTitle[] = {
    "ambassador", "archbishop", "attorney", "author", "billionaire", "bishop", "businessman", "businesswoman", "candidate", "cardinal", "chair", "chairman", "chairperson",
    "chairwoman", "chancellor", "chief", "coach", "commissioner", "congressman", "congresswoman",
    "councilman", "councilwoman", "counsel", "dictator", "director", "economist", "editor", "envoy", "executive",
    "founder", "governor", "historian", "host", "judge", "justice", "king", "lawmaker", "lawyer", "leader",
    "legislator", "manager", "mayor", "minister", "mogul", "negotiator", "nominee", "officer", "owner",
    "pastor", "pope", "premier", "president", "professor", "prosecutor", "queen", "rabbi", "representative", "secretary",
    "secretary-general", "senator", "sheriff", "speaker", "strategist", "tycoon",
};
constexpr std::string_view kGroup[] = {
    "activists", "advocates", "attorneys", "audience", "bishops", "campaigners", "chairmen", "chairwomen",
    "clergy", "commentators", "commissioners", "congressmen", "congresswomen", "conservatives", "critics", "crowd",
    "crowds", "democrats", "demonstrators", "economists", "experts", "governors", "investigators", "judges",
    "lawmakers", "lawyers", "leaders", "legislators", "liberals", "mayors", "ministers", "mob",
    "negotiators", "observers", "opponents", "organisers", "organizers", "passengers", "plaintiffs", "priests",
    "professors", "prosecutors", "protesters", "protestors", "pundits", "regulators", "republicans", "researchers",
    "riders", "scholars", "scientists", "senators", "supporters",
};
constexpr std::string_view kStops[] = {
    "about", "after", "against", "although", "and", "as", "at", "because", "before", "but", "by",
    "during", "for", "from", "had", "has", "have", "if", "in", "is", "on", "or", "since", "than", "that",
    "though", "to", "was", "were", "when", "where", "which", "while", "who", "whom", "whose",
};

// Sorted, so that a duplicate or a misplaced word is easy to see.
static_assert(std::is_sorted(std::begin(kSpeech), std::end(kSpeech)), "kSpeech must stay sorted");
static_assert(std::is_sorted(std::begin(kSocial), std::end(kSocial)), "kSocial must stay sorted");
static_assert(std::is_sorted(std::begin(kWrite), std::end(kWrite)), "kWrite must stay sorted");
static_assert(std::is_sorted(std::begin(kIndirect), std::end(kIndirect)), "kIndirect must stay sorted");
static_assert(std::is_sorted(std::begin(kAnonymous), std::end(kAnonymous)), "kAnonymous must stay sorted");
static_assert(std::is_sorted(std::begin(kSpokesperson), std::end(kSpokesperson)), "kSpokesperson must stay sorted");
static_assert(std::is_sorted(std::begin(kDocument), std::end(kDocument)), "kDocument must stay sorted");
static_assert(std::is_sorted(std::begin(kSocialWords), std::end(kSocialWords)), "kSocialWords must stay sorted");
static_assert(std::is_sorted(std::begin(kBody), std::end(kBody)), "kBody must stay sorted");
static_assert(std::is_sorted(std::begin(kTitle), std::end(kTitle)), "kTitle must stay sorted");
static_assert(std::is_sorted(std::begin(kGroup), std::end(kGroup)), "kGroup must stay sorted");
static_assert(std::is_sorted(std::begin(kStops), std::end(kStops)), "kStops must stay sorted");

// The index's shape masks hold words of 1 to 31 bytes.
template <size_t N>
constexpr bool ShortWords(const std::string_view (&table)[N]) {
  for (std::string_view w : table) {
    if (w.empty() || w.size() > 31) return false;
  }
  return true;
}
static_assert(ShortWords(kSpeech) && ShortWords(kSocial) && ShortWords(kWrite) && ShortWords(kIndirect) &&
                  ShortWords(kAnonymous) && ShortWords(kSpokesperson) && ShortWords(kDocument) &&
                  ShortWords(kSocialWords) && ShortWords(kBody) && ShortWords(kTitle) && ShortWords(kGroup) &&
                  ShortWords(kStops),
              "lexicon words must be 1-31 bytes");

// One bit per table.
enum Table : uint16_t {
  kSpeechBit = 1 << 0, kSocialBit = 1 << 1, kWriteBit = 1 << 2, kIndirectBit = 1 << 3,
  kAnonymousBit = 1 << 4, kSpokespersonBit = 1 << 5, kDocumentBit = 1 << 6, kSocialWordBit = 1 << 7,
  kBodyBit = 1 << 8, kTitleBit = 1 << 9, kGroupBit = 1 << 10, kStopBit = 1 << 11,
};
static_assert(kStopBit < (1 << 12), "one shape array per table bit (LexiconIndex::kTables)");

// Every word of the tables -> the bits of the tables holding it. Linear
// probing in a power-of-two array at most a third full; an empty slot has
// no bits.
class LexiconIndex {
 public:
  LexiconIndex() {
    Add(kSpeech, kSpeechBit), Add(kSocial, kSocialBit), Add(kWrite, kWriteBit), Add(kIndirect, kIndirectBit);
    Add(kAnonymous, kAnonymousBit), Add(kSpokesperson, kSpokespersonBit), Add(kDocument, kDocumentBit);
    Add(kSocialWords, kSocialWordBit), Add(kBody, kBodyBit), Add(kTitle, kTitleBit), Add(kGroup, kGroupBit);
    Add(kStops, kStopBit);
    auto add_cue_shape = [&](std::string_view w) {
      cue_shapes_[PairSlot(static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w[1]))] |= 1u << w.size();
    };
    for (std::string_view w : kSpeech) add_cue_shape(w);
    for (std::string_view w : kSocial) add_cue_shape(w);
    for (std::string_view w : kWrite) add_cue_shape(w);
    add_cue_shape("according");
    add_cue_shape("read");
  }

  // `verbs_only`: the caller wants only the reporting-verb tables, so a word
  // whose shape (first byte, length) no verb has is rejected before hashing
  // (most tokens of an article: "the", "of", names, numbers).
  uint16_t Tables(std::string_view w, bool verbs_only = false) const {
    return Lookup(w, verbs_only ? verb_shapes_ : shapes_);
  }

  // See CueWords (lexicon.h).
  void CueWords(std::string_view lower, const std::vector<Token>& tokens, std::vector<uint8_t>* out) const {
    static_assert(static_cast<int>(CueKind::kWrite) <= kCueKindBits);
    out->assign(tokens.size(), 0);
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(lower.data());
    for (size_t t = 0; t < tokens.size(); ++t) {
      const Span s = tokens[t].span;
      const uint32_t n = s.end - s.begin;
      if (n - 2 >= 30 || s.end > lower.size()) continue;  // shorter than 2, longer than 31 or outside: none of ours
      if (((cue_shapes_[PairSlot(bytes[s.begin], bytes[s.begin + 1])] >> n) & 1) == 0) continue;
      const std::string_view w = lower.substr(s.begin, n);
      uint8_t v = w == "according" ? kCueAccording : w == "read" ? kCueRead : 0;
      const uint16_t bits = Lookup(w, verb_shapes_);
      v |= static_cast<uint8_t>((bits & kSpeechBit)   ? CueKind::kSpeech
                                : (bits & kSocialBit) ? CueKind::kSocial
                                : (bits & kWriteBit)  ? CueKind::kWrite
                                                      : CueKind::kNone);
      (*out)[t] = v;
    }
  }

  // True when the table of `bit` holds w; a word whose shape no word of that
  // table has is rejected before hashing.
  bool Holds(uint16_t bit, std::string_view w) const {
    return (Lookup(w, table_shapes_[std::countr_zero(bit)]) & bit) != 0;
  }

 private:
  static constexpr uint32_t kSlots = 4096, kMask = kSlots - 1;
  static constexpr int kTables = 12;
  using Shapes = std::array<uint32_t, 256>;  // by first byte: bit n set when a word of n bytes starts so
  struct Slot {
    std::string_view word;
    uint16_t tables = 0;
  };

  uint16_t Lookup(std::string_view w, const Shapes& shapes) const {
    if (w.empty() || w.size() > 31) return 0;
    if (((shapes[static_cast<unsigned char>(w[0])] >> w.size()) & 1) == 0) return 0;
    for (uint32_t i = Hash(w) & kMask;; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.tables == 0 || s.word == w) return s.tables;
    }
  }

  static uint32_t Hash(std::string_view w) {
    uint32_t h = 2166136261u ^ static_cast<uint32_t>(w.size());
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h ^ (h >> 15);
  }

  template <size_t N>
  void Add(const std::string_view (&table)[N], uint16_t bit) {
    for (std::string_view w : table) {
      shapes_[static_cast<unsigned char>(w[0])] |= 1u << w.size();
      table_shapes_[std::countr_zero(bit)][static_cast<unsigned char>(w[0])] |= 1u << w.size();
      if (bit & (kSpeechBit | kSocialBit | kWriteBit)) verb_shapes_[static_cast<unsigned char>(w[0])] |= 1u << w.size();
      for (uint32_t i = Hash(w) & kMask;; i = (i + 1) & kMask) {
        Slot& s = slots_[i];
        if (s.tables != 0 && s.word != w) continue;
        s.word = w;
        s.tables |= bit;
        break;
      }
    }
  }

  std::array<Slot, kSlots> slots_{};
  Shapes shapes_{}, verb_shapes_{};
  // By the first two bytes (PairSlot) of the reporting verbs, "according" and "read": bit n
  // set when such a word has n bytes. Sharper than verb_shapes_, which lets "that", "this"
  // and "they" through to the hash ("told").
  std::array<uint32_t, 1024> cue_shapes_{};
  static uint32_t PairSlot(unsigned char a, unsigned char b) { return (a * 31u + b) & 1023u; }
  std::array<Shapes, kTables> table_shapes_{};  // one per table bit
};

const LexiconIndex& Index() {
  static const LexiconIndex* index = new LexiconIndex();  // immutable once built; never freed
  return *index;
}

bool In(uint16_t bit, std::string_view w) { return Index().Holds(bit, w); }

}  // namespace

CueKind ReportingVerb(std::string_view w) {
  uint16_t t = Index().Tables(w, /*verbs_only=*/true);
  if (t & kSpeechBit) return CueKind::kSpeech;
  if (t & kSocialBit) return CueKind::kSocial;
  if (t & kWriteBit) return CueKind::kWrite;
  return CueKind::kNone;
}

void CueWords(std::string_view lower, const std::vector<Token>& tokens, std::vector<uint8_t>* out) {
  Index().CueWords(lower, tokens, out);
}

bool IndirectSpeechVerb(std::string_view w) { return In(kIndirectBit, w); }

Pronoun PronounKind(std::string_view w) {
  if (w == "he" || w == "she" || w == "him" || w == "her") return Pronoun::kPerson;
  if (w == "they") return Pronoun::kPlural;
  if (w == "it") return Pronoun::kIt;
  return Pronoun::kNone;
}

bool AnonymousNoun(std::string_view w) { return In(kAnonymousBit, w); }
bool SpokespersonNoun(std::string_view w) { return In(kSpokespersonBit, w); }
bool DocumentNoun(std::string_view w) { return In(kDocumentBit, w); }
bool SocialWord(std::string_view w) { return In(kSocialWordBit, w); }
bool BodyNoun(std::string_view w) { return In(kBodyBit, w); }
bool TitleNoun(std::string_view w) { return In(kTitleBit, w); }
bool GroupNoun(std::string_view w) { return In(kGroupBit, w); }
bool PhraseStop(std::string_view w) { return In(kStopBit, w); }

// A lower-case noun of a person by its agent suffix: "lobbyist", "consultant", "historian".
bool AgentNoun(std::string_view raw) {
  if (raw.empty() || !std::islower(static_cast<unsigned char>(raw[0]))) return false;
  std::string_view w = raw.ends_with("s") ? raw.substr(0, raw.size() - 1) : raw;
  static const std::string_view kNot[] = {"giant", "plant", "restaurant", "variant"};
  if (InList(w, kNot)) return false;
  return w.size() > 5 && (w.ends_with("ist") || w.ends_with("ant") || w.ends_with("ian"));
}

bool Determiner(std::string_view w) {
  static const std::string_view k[] = {"a", "an", "another", "one", "the", "this", "that"};
  return InList(w, k);
}

}  // namespace parallax::quotes
