// Person gender for pronoun resolution.
//
// News English marks gender in three places a program can read: honorifics
// (Mr./Mrs./Ms., the house style of several papers), gendered titles
// (congresswoman, spokesman) and given names. The first two are evidence
// inside the article and win; given names come from a table derived from a
// news corpus (tools/derive_name_gender.py: given names whose bearers the
// corpus calls Mr. or Ms., or refers to with "He"/"She" in the next sentence,
// kept when at least 80% of the evidence agrees). A name the table lacks
// takes the same pronoun evidence read in the article itself (a sentence
// naming only that person, the next opening with "she"/"her" or "he"/"his"),
// when all of it agrees; otherwise it stays kUnknown, and kUnknown is
// compatible with either pronoun, so a missing name never blocks a
// resolution that worked without gender.
#include "annotate/quotes/gender.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "annotate/quotes/lexicon.h"
#include "core/ascii.h"

namespace parallax {
extern const char kFirstNamesTsv[];  // generated from models/first-names-en.tsv
}

namespace parallax::quotes {

namespace {

// Keys are views into kFirstNamesTsv (static storage): lookups need no string.
using NameTable = std::unordered_map<std::string_view, Gender>;

// Parses "name TAB m|f TAB ..." lines after the magic line; '#' comments.
NameTable ParseTable(std::string_view tsv) {
  NameTable out;
  size_t pos = 0;
  bool first = true;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    if (first) {  // magic line "parallax-first-names<TAB>1"
      first = false;
      if (line.rfind("parallax-first-names\t", 0) != 0) return out;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab + 1 >= line.size()) continue;
    char g = line[tab + 1];
    out.emplace(line.substr(0, tab), g == 'f' ? Gender::kFemale : Gender::kMale);
  }
  return out;
}

const NameTable& Table() {
  static const NameTable* table = new NameTable(ParseTable(kFirstNamesTsv));
  return *table;
}

std::string_view FirstWord(std::string_view s) {
  size_t sp = s.find(' ');
  return sp == std::string_view::npos ? s : s.substr(0, sp);
}

// The token-free view of the words right before byte `at` of the body: the
// word ending just before it ("Mrs." in "Mrs. Clinton").
std::string_view PreviousWord(std::string_view body, uint32_t at) {
  size_t e = at;
  while (e > 0 && body[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && body[b - 1] != ' ' && body[b - 1] != '\n' && body[b - 1] != '(' && body[b - 1] != '"') --b;
  return body.substr(b, e - b);
}

// WordGender of w lower-cased, without building a string: no gendered word
// is longer than kShortWord bytes, so a longer w is kUnknown unread.
constexpr size_t kShortWord = 16;
Gender LoweredWordGender(std::string_view w) {
  if (w.size() > kShortWord) return Gender::kUnknown;
  char buf[kShortWord];
  for (size_t i = 0; i < w.size(); ++i) buf[i] = core::AsciiLower(w[i]);
  return WordGender(std::string_view(buf, w.size()));
}

Gender KinshipGender(std::string_view lower_word) {
  static const std::string_view kMale[] = {"brother", "father", "husband", "son", "widower"};
  static const std::string_view kFemale[] = {"daughter", "mother", "sister", "widow", "wife"};
  if (InList(lower_word, kMale)) return Gender::kMale;
  if (InList(lower_word, kFemale)) return Gender::kFemale;
  return Gender::kUnknown;
}

// A kinship noun and a comma right before a name, a capitalized title between
// them allowed: "her husband, President Bill Clinton", "his wife, Jane".
Gender KinshipBefore(std::string_view body, uint32_t at) {
  std::string_view w = PreviousWord(body, at);
  if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && w.size() <= kShortWord && !w.ends_with(",")) {
    char buf[kShortWord];
    for (size_t i = 0; i < w.size(); ++i) buf[i] = core::AsciiLower(w[i]);
    if (!TitleNoun(std::string_view(buf, w.size()))) return Gender::kUnknown;
    w = PreviousWord(body, static_cast<uint32_t>(w.data() - body.data()));
  }
  if (w.size() < 2 || w.size() > kShortWord || !w.ends_with(",")) return Gender::kUnknown;
  char buf[kShortWord];
  for (size_t i = 0; i + 1 < w.size(); ++i) buf[i] = core::AsciiLower(w[i]);
  return KinshipGender(std::string_view(buf, w.size() - 1));
}

}  // namespace

size_t SentenceAtByte(const Article& a, uint32_t at) {
  auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), at,
                             [](uint32_t x, const Sentence& s) { return x < s.span.begin; });
  if (it == a.sentences.begin()) return a.sentences.size();
  size_t s = static_cast<size_t>(it - a.sentences.begin()) - 1;
  return at < a.sentences[s].span.end ? s : a.sentences.size();
}

uint32_t NextPersonStart(const Article& a, size_t mention) {
  for (size_t j = mention + 1; j < a.entities.size(); ++j) {
    if (a.entities[j].type == "PER") return a.entities[j].span.begin;
  }
  return UINT32_MAX;
}

Gender GivenNameGender(std::string_view lower_name) {
  auto it = Table().find(lower_name);
  return it == Table().end() ? Gender::kUnknown : it->second;
}

Gender WordGender(std::string_view w) {
  // One hash probe (asked twice per person mention, mostly of words that are none of these).
  static const std::unordered_map<std::string_view, Gender> kWords = {
      {"mr.", Gender::kMale},           {"mr", Gender::kMale},
      {"congressman", Gender::kMale},   {"spokesman", Gender::kMale},
      {"chairman", Gender::kMale},      {"councilman", Gender::kMale},
      {"assemblyman", Gender::kMale},   {"businessman", Gender::kMale},
      {"king", Gender::kMale},          {"prince", Gender::kMale},
      {"father", Gender::kMale},        {"sir", Gender::kMale},
      {"mrs.", Gender::kFemale},        {"mrs", Gender::kFemale},
      {"ms.", Gender::kFemale},         {"ms", Gender::kFemale},
      {"miss", Gender::kFemale},        {"congresswoman", Gender::kFemale},
      {"spokeswoman", Gender::kFemale}, {"chairwoman", Gender::kFemale},
      {"councilwoman", Gender::kFemale}, {"assemblywoman", Gender::kFemale},
      {"businesswoman", Gender::kFemale}, {"queen", Gender::kFemale},
      {"princess", Gender::kFemale},    {"sister", Gender::kFemale},
      {"madam", Gender::kFemale},       {"lady", Gender::kFemale}};
  auto it = kWords.find(w);
  return it == kWords.end() ? Gender::kUnknown : it->second;
}

Gender HonorificGender(const Article& a, const EntityMention& m) {
  Gender g = LoweredWordGender(FirstWord(m.span.Of(a.body)));
  if (g == Gender::kUnknown) g = LoweredWordGender(PreviousWord(a.body, m.span.begin));  // "first lady Melania Trump"
  if (g == Gender::kUnknown) g = KinshipBefore(a.body, m.span.begin);  // "her husband, President Bill Clinton"
  if (g != Gender::kUnknown) return g;
  // An appositive right after the name: "Melania Trump, the first lady", "..., his wife".
  constexpr size_t kAppositive = 24;
  std::string_view after = std::string_view(a.body).substr(m.span.end, kAppositive);
  if (after.rfind(", ", 0) != 0) return Gender::kUnknown;
  std::string_view raw = after.substr(0, after.find_first_of(",.;", 1));
  char buf[kAppositive];
  for (size_t i = 0; i < raw.size(); ++i) buf[i] = core::AsciiLower(raw[i]);
  std::string_view tail(buf, raw.size());
  for (std::string_view w : {"first lady", "wife", "mother", "daughter", "widow", "sister"}) {
    if (tail.find(w) != std::string_view::npos) return Gender::kFemale;
  }
  for (std::string_view w : {" husband", " father", " son", " brother", " widower"}) {  // a word start: not "Madison"
    if (tail.find(w) != std::string_view::npos) return Gender::kMale;
  }
  return Gender::kUnknown;
}

namespace {

// The gender of the pronoun that opens sentence `s` as its subject or a possessive ("She
// dreamed", "Her dolls", "When she was a girl", "But he"), else kUnknown.
Gender OpeningPronoun(const Article& a, size_t s) {
  static const std::string_view kOpeners[] = {"after", "and", "as", "because", "before", "but", "if", "once",
                                              "since", "so", "then", "though", "when", "while", "yet"};
  const Sentence& st = a.sentences[s];
  for (uint32_t k = 0; k < 2 && k < st.token_count && st.first_token + k < a.tokens.size(); ++k) {
    std::string w = core::AsciiLowered(a.tokens[st.first_token + k].span.Of(a.body));
    if (w == "he" || w == "his") return Gender::kMale;
    if (w == "she" || w == "her") return Gender::kFemale;
    if (!InList(w, kOpeners)) break;
  }
  return Gender::kUnknown;
}

// In-article pronoun evidence, the corpus rule of tools/derive_name_gender.py applied to one
// article: a sentence naming one person and no other, followed by a sentence that opens with
// "he"/"she" (or "his"/"her"), says that person's gender. Canonical name -> votes (male, female).
std::unordered_map<std::string, std::pair<int, int>> PronounVotes(const Article& a,
                                                                  const std::vector<std::string>& canonical) {
  std::vector<int32_t> person_of(a.sentences.size(), -1);  // the one person of a sentence, -2 for several
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].type != "PER" || canonical[i].empty()) continue;
    size_t s = SentenceAtByte(a, a.entities[i].span.begin);
    if (s >= a.sentences.size()) continue;
    int32_t& p = person_of[s];
    if (p == -1) p = static_cast<int32_t>(i);
    else if (p >= 0 && canonical[p] != canonical[i]) p = -2;
  }
  std::unordered_map<std::string, std::pair<int, int>> votes;
  for (size_t k = 0; k + 1 < a.sentences.size(); ++k) {
    if (person_of[k] < 0) continue;
    Gender g = OpeningPronoun(a, k + 1);
    if (g == Gender::kMale) ++votes[canonical[person_of[k]]].first;
    if (g == Gender::kFemale) ++votes[canonical[person_of[k]]].second;
  }
  return votes;
}

}  // namespace

std::vector<Gender> PersonGenders(const Article& a, const std::vector<std::string>& canonical,
                                  const std::vector<Gender>* honorific) {
  // Per canonical name (keys view `canonical`): the in-document gender and, for a name without
  // one, its given name's gender, looked up once per name rather than once per mention.
  struct Known {
    bool has_evidence = false;
    Gender evidence = Gender::kUnknown;
    bool given_ready = false;
    Gender given = Gender::kUnknown;
  };
  std::unordered_map<std::string_view, Known> known;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityMention& m = a.entities[i];
    if (m.type != "PER") continue;
    Gender g = honorific ? (*honorific)[i] : HonorificGender(a, m);
    if (g == Gender::kUnknown) continue;
    Known& k = known[canonical[i]];
    if (!k.has_evidence) k = Known{true, g};
    else if (k.evidence != g) k.evidence = Gender::kUnknown;  // "Mr. and Mrs. Smith"
  }
  std::vector<Gender> out(a.entities.size(), Gender::kUnknown);
  std::vector<const Known*> name_of(a.entities.size(), nullptr);  // map nodes do not move
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].type != "PER") continue;
    Known& k = known[canonical[i]];
    name_of[i] = &k;
    if (k.has_evidence) {
      out[i] = k.evidence;
      continue;
    }
    if (!k.given_ready) {
      k.given = GivenNameGender(core::AsciiLowered(FirstWord(canonical[i])));
      k.given_ready = true;
    }
    out[i] = k.given;
  }
  // A name neither an honorific nor the table types takes the article's own pronoun evidence
  // when it points one way only ("Oriales García Rubio knows ... When she was a girl ...").
  std::unordered_map<std::string, std::pair<int, int>> votes;
  bool counted = false;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (name_of[i] == nullptr || out[i] != Gender::kUnknown || name_of[i]->has_evidence) continue;
    if (!counted) {
      votes = PronounVotes(a, canonical);
      counted = true;
    }
    auto v = votes.find(canonical[i]);
    if (v == votes.end()) continue;
    if (v->second.first > 0 && v->second.second == 0) out[i] = Gender::kMale;
    if (v->second.second > 0 && v->second.first == 0) out[i] = Gender::kFemale;
  }
  return out;
}

}  // namespace parallax::quotes
