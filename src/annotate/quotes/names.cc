// Canonical person and organization names (CanonicalNames, declared in
// context.h): persons grouped by surname and gender to their fullest name,
// honorifics and titles dropped; organizations by their coreference chain's
// name. The word helpers are shared with speaker resolution (speakers.cc).
#include "annotate/quotes/names.h"

#include <algorithm>
#include <cstdint>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "annotate/quotes/context.h"
#include "annotate/quotes/gender.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/quote_finder.h"
#include "core/ascii.h"

namespace parallax::quotes {

namespace {

std::string_view StripPossessive(std::string_view s) {
  if (s.size() > 2 && s.substr(s.size() - 2) == "'s") s.remove_suffix(2);
  else if (s.size() > 4 && s.substr(s.size() - 4) == "\u2019s") s.remove_suffix(4);
  return s;
}

// "Dean", "Provost", "Major": titles the lexicon leaves out because they are given names too. One
// opening a name is a title when a known given name follows it and a surname after that ("Dean
// Marianne Meye Thompson"; not "Dean Baquet", "Major Garrett", "Dean C. Logan").
bool GivenNameTitle(const std::vector<std::string_view>& words, size_t i) {
  static const std::string_view k[] = {"Dean", "Deacon", "Major", "Marshal", "Principal", "Provost", "Warden"};
  if (i != 0 || words.size() < 3 || !InList(words[0], k)) return false;
  return GivenNameGender(core::AsciiLowered(words[1])) != Gender::kUnknown;
}

}  // namespace

std::vector<std::string_view> Words(std::string_view s) { return core::SplitAsciiSpace(s); }

bool Honorific(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "Mr.",  "Mrs.", "Ms.",  "Dr.",  "Mr",   "Mrs",  "Ms",   "Dr",       "Sen.", "Rep.", "Gov.", "Rev.", "Rev",
      "Reverend", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Prof.", "Sen", "Rep", "Gov", "Miss"};
  // Every honorific starts with a capital and has 2 to 8 bytes: most name words are rejected unhashed.
  return w.size() >= 2 && w.size() <= 8 && w[0] >= 'A' && w[0] <= 'Z' && k.count(w) > 0;
}

namespace {

bool Lower(char c) { return c >= 'a' && c <= 'z'; }
bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

// Text that lost the space after a sentence's stop glues the last word to the
// next sentence's first ("conducted.But Baker"): the name starts after the stop.
std::string_view AfterGluedStop(std::string_view w) {
  for (size_t i = w.size(); i-- > 1;) {
    if (w[i] == '.' && i + 1 < w.size() && Lower(w[i - 1]) && Upper(w[i + 1])) return w.substr(i + 1);
    // "involved,”Joshua" (a lost space after a closing quotation mark; session 22).
    if (w[i] == '"' && i + 1 < w.size() && Upper(w[i + 1])) return w.substr(i + 1);
    if (i >= 2 && w.compare(i - 2, 3, "\xE2\x80\x9D") == 0 && i + 1 < w.size() && Upper(w[i + 1])) {
      return w.substr(i + 1);
    }
  }
  return w;
}

// A conjunction or adverb that opens a sentence, never a given name.
bool SentenceOpener(std::string_view w) {
  static const std::string_view k[] = {"And", "Also", "But", "Meanwhile", "Or", "So", "Still", "Then", "Yet"};
  return InList(w, k);
}

}  // namespace

// "Mr. Kerry's" -> "Kerry"; "the State Department" -> "State Department";
// "conducted.But Baker" (a lost space) -> "Baker".
std::string CleanName(std::string_view text, bool person) {
  auto words = Words(StripPossessive(text));
  if (person && !words.empty()) {
    words[0] = AfterGluedStop(words[0]);
    if (words.size() > 1 && SentenceOpener(words[0])) words.erase(words.begin());
    // "Stanford University Professor Matthew Gentzkow" (a body and a title the tagger joined to the
    // name): the name starts at the known given name after a capitalized title, a surname after it.
    for (size_t i = words.size() >= 4 ? words.size() - 3 : 0; i >= 1 && i + 2 < words.size(); --i) {
      if (Upper(words[i][0]) && TitleNoun(core::AsciiLowered(words[i])) &&
          GivenNameGender(core::AsciiLowered(words[i + 1])) != Gender::kUnknown) {
        words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i + 1));
        break;
      }
    }
    // Session 23: "said Facebook user Chandra Enriquez-Brandon Monday": a weekday the tagger joined to
    // the end of a name of two or more words.
    static const std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                                 "Sunday"};
    if (words.size() >= 3 && InList(words.back(), kWeekdays)) words.pop_back();
  }
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i == 0 && (words[i] == "the" || words[i] == "The")) continue;
    // "Rear Adm. John Kirby", "Vice Admiral X": the rank's first word goes with it.
    if (person && (words[i] == "Rear" || words[i] == "Vice") && i + 2 < words.size() &&
        (words[i + 1] == "Adm." || words[i + 1] == "Admiral")) {
      ++i;
      continue;
    }
    bool title = Honorific(words[i]) || (i == 0 && words[i][0] >= 'A' && words[i][0] <= 'Z' &&
                                         TitleNoun(core::AsciiLowered(words[i]))) ||
                 (person && GivenNameTitle(words, i));
    if (person && title && i + 1 < words.size()) continue;
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

std::string_view LastWord(std::string_view name) {
  size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

namespace {

// Words(s).size() without building the words.
size_t WordsIn(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = core::IsAsciiSpace(c);
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// True when `span` lies inside one of the quotations (sorted, disjoint);
// `next` is a cursor for spans asked in text order.
bool InQuotation(const std::vector<QuotedSpan>& quoted, Span span, size_t* next) {
  while (*next < quoted.size() && quoted[*next].outer.end <= span.begin) ++*next;
  return *next < quoted.size() && quoted[*next].outer.begin <= span.begin && span.end <= quoted[*next].outer.end;
}

// "W.E.B.", "J.R.R.": two or more capital letters each followed by a stop, not a
// place's or body's abbreviation.
bool Initials(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (size_t k = 0; k < w.size(); k += 2) {
    if (!Upper(w[k]) || w[k + 1] != '.') return false;
  }
  static constexpr std::string_view kPlaces[] = {"D.C.", "E.U.", "L.A.", "N.Y.", "U.K.", "U.N.", "U.S.", "U.S.A."};
  return !InList(w, kPlaces);
}

// A one-word person mention the tagger cut short ("District Magistrate Prabhu
// N [Singh]"): the given name and initial right before it, joined by single
// spaces, belong to the name when they hold an initial or a known given name.
// Titles, honorifics, openers and other entities stop the extension. With
// `initials_only` (a two-word mention) only initials join ("W.E.B. [Du Bois]").
// Returns the mention's text with them, or its own text.
std::string_view WithCutGivenNames(const Article& a, size_t i, bool initials_only) {
  const Span s = a.entities[i].span;
  uint32_t begin = s.begin;
  uint32_t floor = i > 0 ? a.entities[i - 1].span.end : 0;
  bool initial = false, given = false;
  for (int words = 0; words < 2; ++words) {
    if (begin < floor + 2 || a.body[begin - 1] != ' ') break;
    uint32_t w = begin - 1;
    while (w > floor && !core::IsAsciiSpace(a.body[w - 1])) --w;
    std::string_view word = std::string_view(a.body).substr(w, begin - 1 - w);
    if (Initials(word)) {  // "W.E.B. [Du Bois]"
      initial = true;
      begin = w;
      continue;
    }
    if (initials_only) break;
    std::string_view bare = word.ends_with(".") ? word.substr(0, word.size() - 1) : word;
    if (bare.empty() || !Upper(bare[0]) || Honorific(word) || SentenceOpener(word)) break;
    if (!std::all_of(bare.begin() + 1, bare.end(), [](char c) { return Lower(c); })) break;
    if (TitleNoun(core::AsciiLowered(bare))) break;
    initial |= bare.size() == 1;
    given |= GivenNameGender(core::AsciiLowered(bare)) != Gender::kUnknown;
    begin = w;
  }
  if (begin == s.begin || !(initial || given)) return s.Of(a.body);
  return std::string_view(a.body).substr(begin, s.end - begin);
}

// "Don Jr." of "Donald Trump Jr.": `own` is two words, a given name and a generational suffix, and
// `fuller` has more words, the same last one and a first word that starts with that given name.
bool ShortFormOf(std::string_view own, std::string_view fuller) {
  size_t sp = own.find(' ');
  if (sp == std::string_view::npos || own.find(' ', sp + 1) != std::string_view::npos) return false;
  std::string_view given = own.substr(0, sp), suffix = own.substr(sp + 1);
  static constexpr std::string_view kSuffixes[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};
  if (!InList(suffix, kSuffixes)) return false;
  return WordsIn(fuller) > 2 && LastWord(fuller) == suffix && fuller.starts_with(given);
}

}  // namespace

std::vector<std::string> CanonicalNames(const Article& a) {
  return CanonicalNames(a, FindQuotedSpans(a.body, a.paragraphs));
}

std::vector<std::string> CanonicalNames(const Article& a, const std::vector<QuotedSpan>& quoted,
                                        std::vector<Gender>* honorific) {
  std::vector<std::string> out(a.entities.size());
  if (honorific) honorific->assign(a.entities.size(), Gender::kUnknown);
  std::vector<Gender> gender(a.entities.size(), Gender::kUnknown);
  // surname -> fullest person name per gender (unknown, male, female) and mention counts:
  // "Mr. Trump" must not become "Melania Trump".
  struct Bucket {
    const std::string* name = nullptr;  // the person's own (cleaned) name: a string of `own`
    size_t words = 0;                   // WordsIn(*name)
    size_t mentions = 0;
    bool quoted = false;  // the name comes from a mention inside a quotation
  };
  static const std::string kNone;
  auto name_of = [](const Bucket& b) -> const std::string& { return b.name ? *b.name : kNone; };
  // Keys view the strings of `own`, which do not change once the loop below wrote them.
  std::unordered_map<std::string_view, std::array<Bucket, 3>> fullest;
  // Session 24 (lone_surnames.cc): surnames whose first mention is bare and of unknown gender -> their
  // first full-name mention (SIZE_MAX until one comes); keys view `own` too.
  std::unordered_map<std::string_view, size_t> bare_first;
  // Every person's own name (CleanName of its words), its word count and surname; a mention
  // text seen before in the article reuses the first one's CleanName.
  std::vector<std::string> own(a.entities.size());
  std::vector<size_t> own_words(a.entities.size(), 0);
  std::vector<std::string_view> surname(a.entities.size());
  std::vector<bool> person(a.entities.size(), false);  // type == "PER", compared once per entity
  std::unordered_map<std::string_view, uint32_t> cleaned;  // person mention text -> first entity with it
  // A name inside a quotation is the speaker's word for someone ("Mini Mike
  // Bloomberg is a LOSER"): it names a person only when the article's own
  // text never does.
  size_t next_quote = 0;
  std::vector<bool> mention_quoted(a.entities.size(), false);
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityMention& m = a.entities[i];
    if (m.type != "PER") {
      bool chained = m.chain >= 0 && static_cast<size_t>(m.chain) < a.entity_chains.size();
      out[i] = chained ? a.entity_chains[m.chain].name : CleanName(m.span.Of(a.body), false);
      continue;
    }
    person[i] = true;
    // Persons are grouped here by surname and gender, from their own words:
    // coreference chains may put "Mr. Trump" in Melania Trump's chain.
    std::string_view text = m.span.Of(a.body);
    if (size_t n = WordsIn(text); n <= 2) text = WithCutGivenNames(a, i, n == 2);
    auto [seen, first] = cleaned.emplace(text, static_cast<uint32_t>(i));
    own[i] = first ? CleanName(text, true) : own[seen->second];
    const size_t words = own_words[i] = WordsIn(own[i]);
    surname[i] = LastWord(own[i]);
    gender[i] = HonorificGender(a, m);
    if (honorific) (*honorific)[i] = gender[i];
    if (gender[i] == Gender::kUnknown && words >= 2) {
      // The first word lower-cased (own names join their words with single spaces).
      std::string_view given = std::string_view(own[i]).substr(0, own[i].find(' '));
      gender[i] = GivenNameGender(core::AsciiLowered(given));
    }
    auto& buckets = fullest[surname[i]];
    const size_t earlier = buckets[0].mentions + buckets[1].mentions + buckets[2].mentions;
    if (words == 1 && gender[i] == Gender::kUnknown && earlier == 0) bare_first.emplace(surname[i], SIZE_MAX);
    if (words >= 2 && earlier > 0 && !bare_first.empty()) {
      auto it = bare_first.find(surname[i]);
      if (it != bare_first.end() && it->second == SIZE_MAX) it->second = i;
    }
    Bucket& f = buckets[static_cast<int>(gender[i])];
    ++f.mentions;
    bool in_quote = InQuotation(quoted, m.span, &next_quote);
    mention_quoted[i] = in_quote;
    bool longer = words > f.words;
    bool full = words >= 2;  // a bare surname outside never beats a quoted full name
    if (f.name == nullptr || f.name->empty() || (in_quote == f.quoted && longer) || (f.quoted && !in_quote && full)) {
      f.name = &own[i];
      f.words = words;
      f.quoted = in_quote;
    }
  }
  // A one-word mention joins the fullest name holding that word before its
  // last ("Xie" -> "Xie Zhenhua", family name first); surnames were grouped above.
  struct Joined {
    const std::string* name = nullptr;
    size_t words = 0;
  };
  std::unordered_map<std::string_view, Joined> by_word;  // keys view the bucket names
  for (const auto& [last, buckets] : fullest) {
    for (const Bucket& bucket : buckets) {
      if (bucket.words < 2) continue;  // no word before the last
      std::string_view rest = *bucket.name;
      rest = rest.substr(0, rest.rfind(' '));
      size_t at = 0;
      while (at <= rest.size()) {
        size_t sp = rest.find(' ', at);
        if (sp == std::string_view::npos) sp = rest.size();
        Joined& f = by_word[rest.substr(at, sp - at)];
        if (bucket.words > f.words) f = Joined{bucket.name, bucket.words};
        at = sp + 1;
      }
    }
  }
  // surname -> the gender its bare mentions' pronouns give together, when two different full names
  // hold it (BareSurnameGender, shared_surnames.cc); read once per surname.
  std::unordered_map<std::string_view, std::pair<bool, Gender>> shared_surname;
  auto SharedSurnameGender = [&](size_t i) {
    auto [it, fresh] = shared_surname.try_emplace(own[i], std::pair<bool, Gender>{false, Gender::kUnknown});
    if (fresh) {
      const std::string* full = nullptr;
      bool two = false;
      for (size_t j = 0; j < a.entities.size() && !two; ++j) {
        if (!person[j] || own_words[j] < 2 || surname[j] != own[i]) continue;
        if (full != nullptr && *full != own[j]) two = true;
        full = &own[j];
      }
      std::vector<size_t> bare;
      for (size_t j = 0; j < a.entities.size() && two; ++j) {
        if (person[j] && own_words[j] == 1 && gender[j] == Gender::kUnknown && own[j] == own[i]) bare.push_back(j);
      }
      it->second = {two, two ? BareSurnameGender(a, bare) : Gender::kUnknown};
    }
    if (!it->second.first) return Gender::kUnknown;
    Gender own_pronoun = BareSurnameGender(a, i);  // the mention's own pronoun first
    return own_pronoun != Gender::kUnknown ? own_pronoun : it->second.second;
  };
  // Session 24 (lone_surnames.cc): surname -> true when its bare mentions of unknown gender are a person
  // of the other gender than the one person the article names in full with it ("President Trump" ...
  // "Trump said ... he" and "his wife, Melania Trump"); read once per surname.
  std::unordered_map<std::string_view, bool> other_person;
  auto OtherPerson = [&](size_t i) {
    // Named in full (or gendered) first, never in full, or not introduced as a relative: the same person.
    auto first = bare_first.find(own[i]);
    if (first == bare_first.end() || first->second == SIZE_MAX) return false;
    auto [it, fresh] = other_person.try_emplace(own[i], false);
    if (fresh) {
      std::vector<LoneSurnameMention> mentions;
      for (size_t j = 0; j < a.entities.size(); ++j) {
        if (person[j] && surname[j] == own[i] && (own_words[j] >= 2 || gender[j] == Gender::kUnknown)) {
          mentions.push_back({j, own_words[j] >= 2 ? &own[j] : nullptr, gender[j]});
        }
      }
      it->second = IntroducedAsRelative(a, first->second) && BareSurnameIsOtherPerson(a, mentions);
    }
    return it->second;
  };
  // A full name of unknown gender -> the gender its mentions' own pronouns give (spouse_names.cc), read
  // only for a bare mention whose honorific says its gender ("Mr. Romney" and "Ann Romney ... her").
  std::unordered_map<std::string_view, Gender> shown;
  auto ShownAs = [&](const std::string& name, Gender other) {
    auto [it, fresh] = shown.try_emplace(name, Gender::kUnknown);
    for (size_t j = 0; fresh && j < a.entities.size() && it->second == Gender::kUnknown; ++j) {
      if (person[j] && own[j] == name) it->second = OwnSentencePronounGender(a, j);
    }
    return it->second == other;
  };
  std::unordered_map<std::string, std::string> folded;  // one-word name -> FoldedPersonName (node-stable)
  std::vector<FoldedName> folded_names;
  bool folded_read = false;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (!person[i]) continue;
    const auto& b = fullest.find(surname[i])->second;  // every person's surname is there
    // A surname two people named in full share: the pronouns after its bare mentions say whose.
    // Only when someone of that gender is named in full: "Charlotte Fedders" (a given name of unknown
    // gender) and "John Fedders" leave a bare "Fedders" followed by "she" to the rules below.
    Gender mine = gender[i];
    if (mine == Gender::kUnknown && own_words[i] == 1 && (b[0].words >= 2) + (b[1].words >= 2) + (b[2].words >= 2) >= 1) {
      Gender said = SharedSurnameGender(i);
      if (said != Gender::kUnknown && b[static_cast<int>(said)].words >= 2) mine = said;
    }
    if (mine == Gender::kUnknown && own_words[i] == 1 && OtherPerson(i)) {
      out[i] = own[i];  // not the relative named in full: the surname stays the person's name
      continue;
    }
    int g = static_cast<int>(mine);
    if (g == 0) g = b[1].mentions >= b[2].mentions ? (b[1].mentions > 0 ? 1 : 0) : 2;  // the surname's majority
    // A name of unknown gender joins only when no one of the other gender shares the surname.
    bool alone = g == 0 || b[3 - g].mentions == 0;
    bool unknown_fuller = b[0].words > b[g].words && !(b[0].quoted && !b[g].quoted && b[g].words > 0);
    const Gender other = static_cast<Gender>(3 - g);  // meaningful when mine is known
    if (unknown_fuller && mine != Gender::kUnknown && ShownAs(*b[0].name, other)) unknown_fuller = false;
    const Bucket& chosen = alone && unknown_fuller ? b[0] : b[g];
    const std::string* name = &name_of(chosen);
    size_t name_words = chosen.words;
    // A bare surname is the nearest full name before it of a compatible gender
    // ("Woody Johnson ... Johnson told", with Boris Johnson elsewhere). A mention
    // whose honorific says its gender ("Ms. Clinton") takes a full name of that
    // gender when the article gives one ("Hillary Clinton"), not a nearer one of
    // unknown gender ("her husband, Bill Clinton" with a given name the table lacks).
    bool named_in_full = mine != Gender::kUnknown && b[g].words >= 2;
    for (size_t j = i; own_words[i] == 1 && j-- > 0;) {
      bool fits = own_words[j] >= 2 && person[j] && surname[j] == own[i] &&
                  (!mention_quoted[j] || mention_quoted[i]) &&
                  Compatible(gender[j], static_cast<Gender>(g)) && (alone || gender[j] != Gender::kUnknown) &&
                  !(named_in_full && gender[j] == Gender::kUnknown) &&
                  !(mine != Gender::kUnknown && gender[j] == Gender::kUnknown && ShownAs(own[j], other));
      if (fits) {
        name = &own[j];
        name_words = own_words[j];
        break;
      }
    }
    // A full name stays itself unless the fuller one extends it ("Woody Johnson" is not "Boris Johnson"),
    // or it is a short given name and a generational suffix ("Don Jr." of "Donald Trump Jr.").
    if (own_words[i] >= 2 && name->find(own[i]) == std::string::npos && !ShortFormOf(own[i], *name)) {
      name = &own[i];
      name_words = own_words[i];
    }
    if (name_words == 1) {
      auto joined = by_word.find(*name);
      if (joined != by_word.end() && joined->second.name != nullptr && !joined->second.name->empty()) {
        name = joined->second.name;
        name_words = joined->second.words;
      }
    }
    if (name_words == 1) {  // still one word: a full name the tagger folded into another entity's span
      if (!folded_read) folded_names = FoldedNames(a);  // once per article, only when needed
      folded_read = true;
      if (!folded_names.empty()) {
        auto [it, fresh] = folded.try_emplace(*name);
        if (fresh) it->second = FoldedPersonName(folded_names, *name, static_cast<Gender>(g));
        if (!it->second.empty()) name = &it->second;
      }
    }
    out[i] = *name;
  }
  return out;
}

}  // namespace parallax::quotes
