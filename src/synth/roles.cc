// Role conflicts: different offices given to the same person.
//
// Role claims come from Article::roles (the entities stage) when an article
// has that layer; otherwise from a small fallback reader of titles written
// next to a person's name: a title before it ("US climate envoy John Kerry",
// "Secretary of State Antony Blinken", "then-House Speaker Nancy Pelosi")
// or an appositive after it ("John Kerry, the special climate envoy for the
// United States,"). Only offices count (a head noun from a fixed list:
// envoy, secretary, minister, president, ...); the normalized role drops
// affiliation and decoration ("US", "special") and maps synonyms ("czar" ->
// "envoy"); roles are compared with "<office> of <department>" in the
// "<department> <office>" order ("Secretary of Commerce" = "Commerce
// Secretary"); an ambassador or a diplomat is an envoy. Two roles agree when one is the other with more modifiers
// ("envoy" / "climate envoy", "spokesperson" / "deputy spokesperson") or
// either is scoped ("former", "then", "ex"; a title in a sentence about a
// past year): a former office is history, not a contradiction; so is a
// hypothetical one ("a President Warren"). Chairs are not offices here: a committee chair is also a
// representative. A conflict needs one side stated by at least two outlets,
// and a side written only after the name (an apposition: "Cuomo, his attorney
// general, and de Blasio" is a list), or before it with a comma between ("in
// the attorney general, Carney replied"), needs two outlets of its own. A
// party's general secretary is a post beside an office (as a chair is), and a
// sentence that tells of a move to another office ("appointed Rep. Tim Scott
// to the Senate seat") gives the office held before it. Two sides stated by
// exactly the same outlets are two posts held together, not a disagreement;
// so are a chamber's membership and its presiding post (a Speaker is a
// representative).
#include <algorithm>
#include <map>
#include <set>

#include "core/ascii.h"
#include "core/word_list.h"
#include "synth/claims.h"
#include "synth/conflicts.h"

namespace parallax::synth {

namespace {

const std::set<std::string>& OfficeHeads() {
  static const auto* k = new std::set<std::string>{
      "envoy", "czar", "secretary", "minister", "president", "premier", "speaker", "senator", "governor",
      "mayor", "ambassador", "chancellor", "diplomat", "spokesperson", "spokesman", "spokeswoman",
      "representative", "rep.", "sen.", "gov.", "general", "director", "commissioner", "king", "queen"};
  return *k;
}

// Words dropped from a role: affiliations and decoration.
bool Decoration(const std::string& w) {
  static const std::set<std::string> k = {"us", "u.s.", "american", "chinese", "china", "china's", "special",
                                          "the", "a", "an", "his", "her", "top", "biden", "biden's",
                                          "republican", "democratic", "new", "current"};
  return k.count(w) > 0;
}

// Words that make an office more specific when written before its head.
bool TitleModifier(const std::string& w) {
  static const std::set<std::string> k = {"climate", "treasury", "defense", "defence", "foreign", "state", "house",
                                          "senate", "commerce", "trade", "finance", "vice", "prime",
                                          "deputy", "assistant", "chief", "health", "interior", "energy",
                                          "security", "education", "justice", "labor", "agriculture"};
  return k.count(w) > 0;
}

bool Qualifier(const std::string& w) { return w == "former" || w == "then" || w == "ex" || w == "late"; }

// Whether the role's last words are `head` ("press secretary" in "white
// house press secretary"; "president" in "vice president", not in
// "copresident").
bool EndsWithWords(std::string_view role, std::string_view head) {
  return role.ends_with(head) && (role.size() == head.size() || role[role.size() - head.size() - 1] == ' ');
}

// Replaces the role's last words `head` (EndsWithWords) with `with`; false
// when the role does not end with them.
bool ReplaceHead(std::string* role, std::string_view head, std::string_view with) {
  if (!EndsWithWords(*role, head)) return false;
  role->replace(role->size() - head.size(), std::string::npos, with);
  return true;
}

// A courtesy title written right before a name ("Rep.", "Sen.", "Gov.") is
// the office; words before it name another role ("impeachment manager Rep.",
// "Intelligence Committee Chairman Rep."), so the role starts at it.
std::string Normalize(std::vector<std::string> words) {
  size_t from = 0;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "rep." || words[i] == "sen." || words[i] == "gov.") from = i;
  }
  // The same when the roles layer spelled the title out ("manager
  // representative"): a representative, senator or governor last keeps only
  // the modifiers of its office ("state senator").
  const std::string& last = words.empty() ? "" : words.back();
  if (from == 0 && (last == "representative" || last == "senator" || last == "governor")) {
    from = words.size() - 1;
    while (from > 0 && TitleModifier(words[from - 1])) --from;
  }
  std::string out;
  for (size_t i = from; i < words.size(); ++i) {
    std::string& w = words[i];
    if (Decoration(w)) continue;
    if (w == "czar") w = "envoy";
    if (w == "spokesman" || w == "spokeswoman") w = "spokesperson";
    if (w == "rep.") w = "representative";
    if (w == "sen.") w = "senator";
    if (w == "gov.") w = "governor";
    if (w == "defence") w = "defense";  // British spelling
    // "Foreign Affairs Minister" / "Foreign Minister", "Secretary of Veterans
    // Affairs" / "Veterans Secretary": one office.
    if (w == "affairs" && i > from) continue;
    out += (out.empty() ? "" : " ") + w;
  }
  // A press secretary speaks for the office: "White House press secretary"
  // and "White House spokeswoman" are one role.
  ReplaceHead(&out, "press secretary", "spokesperson");
  return out;
}

// An office one person holds at a time, after "a"/"an", is a hypothetical:
// "Iran might hope for a President Warren" gives Warren no office.
bool Hypothetical(std::string_view article, const std::string& role) {
  if (article != "a" && article != "an" && article != "hypothetical") return false;
  static constexpr std::string_view kSole[] = {"president", "premier", "speaker", "chancellor", "king", "queen",
                                               "prime minister"};
  for (std::string_view o : kSole) {
    if (EndsWithWords(role, o)) return true;
  }
  return false;
}

// Whether the text before `at` (back to `floor`, the sentence start) puts
// it in a supposition: "imagine if President Sanders were able to ...",
// "if President Warren wins": an "if", "unless", "imagine" or "suppose" at
// most 8 words back with no clause break (, ; :) in between.
bool InSupposition(std::string_view body, size_t floor, size_t at) {
  size_t end = at;
  for (int words = 0; words < 8 && end > floor; ++words) {
    while (end > floor && body[end - 1] == ' ') --end;
    if (end > floor && (body[end - 1] == ',' || body[end - 1] == ';' || body[end - 1] == ':')) return false;
    size_t begin = end;
    while (begin > floor && core::IsAsciiAlpha(body[begin - 1])) --begin;
    if (begin == end) return false;  // a quotation mark, a dash, a digit: stop
    const std::string w = core::AsciiLowered(body.substr(begin, end - begin));
    if (w == "if" || w == "unless" || w == "imagine" || w == "suppose") return true;
    end = begin;
  }
  return false;
}

// A monarch's title ("king", "queen", "emperor") for someone the story also
// gives an elected or appointed office is an epithet ("King Trump's
// coronation"), not a claim about what office they hold.
bool MonarchTitle(const std::string& role) {
  return EndsWithWords(role, "king") || EndsWithWords(role, "queen") || EndsWithWords(role, "emperor");
}

// A party's or an organisation's general secretary is a post held beside an
// office ("General Secretary Xi Jinping" is also President Xi), as a chair
// is: no office claim.
bool PartyPost(const std::string& role) {
  return EndsWithWords(role, "general secretary") || EndsWithWords(role, "secretary general") ||
         EndsWithWords(role, "secretary-general");
}

// Whether the sentence tells of a move to another office: an appointment
// verb and, after it, "to fill", "to replace", "to succeed" or "to the ...
// seat" ("Haley appointed Rep. Tim Scott to the Senate seat", "was picked
// ... to fill the Senate seat"). The titles it gives are the ones held
// before the move.
bool TellsOfAMove(const StoryCorpus& c, const SentenceInfo& s) {
  // Most sentences that name an office hold none of the phrases: their words
  // are not lowered.
  const Article& a = *c.articles()[s.article];
  const std::string_view text = a.sentences[s.sentence].span.Of(a.body);
  if (text.find(" seat") == std::string_view::npos && text.find(" to fill") == std::string_view::npos &&
      text.find(" to replace") == std::string_view::npos && text.find(" to succeed") == std::string_view::npos) {
    return false;
  }
  const claims::Toks t = claims::TokensOf(c, s);
  static constexpr std::string_view kVerbs[] = {"appointed", "appoint", "appoints", "picked", "tapped",
                                                "nominated", "nominate", "nominates", "chosen", "chose",
                                                "selected", "named", "promoted", "elevated"};
  const int n = static_cast<int>(t.words.size());
  for (int i = 0; i < n; ++i) {
    if (!core::InList(t.words[i], kVerbs)) continue;
    for (int j = i + 1; j + 1 < n && j <= i + 12; ++j) {
      if (t.words[j] != "to") continue;
      const std::string& next = t.words[j + 1];
      if (next == "fill" || next == "replace" || next == "succeed") return true;
      for (int k = j + 2; k < n && k <= j + 5; ++k) {
        if (t.words[k] == "seat") return true;
      }
    }
  }
  return false;
}

struct RoleClaim {
  std::string person, role, surface;
  bool scoped = false;
  uint32_t sentence = 0;  // corpus sentence index
  // Written after the name ("Cuomo, his attorney general," / "Obama,
  // senator") or before it with a comma between ("the attorney general,
  // Carney"): an apposition, which a list of people also looks like.
  bool after_name = false;
};

// Title words before token `first` of a person mention (lower-cased), nearest last.
void TitleBefore(const std::vector<std::string>& w, int first, RoleClaim* rc) {
  int k = first - 1;
  std::vector<std::string> words;
  // "Secretary of State": allow "of <Word>" inside the title.
  while (k >= 0 && words.size() < 5) {
    const std::string& x = w[k];
    if (x.empty() || !(core::IsAsciiAlpha(x[0]) || x == "-")) break;
    if (x == "-" && k > 0 && Qualifier(w[k - 1])) { rc->scoped = true; k -= 2; continue; }
    if (Qualifier(x)) { rc->scoped = true; --k; continue; }
    if (x.starts_with("then-") || x.starts_with("ex-") || x.starts_with("former-")) { rc->scoped = true; break; }
    if (x == "and" || x == "said" || x == "told" || x == "with" || x == "by" || x == "to") break;
    words.insert(words.begin(), x);
    --k;
  }
  // Keep the words up to the last office head (the title ends right before the name).
  while (!words.empty() && !OfficeHeads().count(words.back()) && words.back() != "state" &&
         words.back() != "defense" && words.back() != "treasury") words.pop_back();
  if (words.empty()) return;
  // Start at the first word that belongs to the title: drop leading non-title words.
  size_t head = words.size();
  for (size_t i = 0; i < words.size(); ++i) if (OfficeHeads().count(words[i])) head = i;  // nearest the name
  if (head == words.size()) return;
  size_t start = head;
  while (start > 0 && start + 2 > head && TitleModifier(words[start - 1])) --start;
  rc->role = Normalize(std::vector<std::string>(words.begin() + start, words.end()));
  if (start > 0 && Hypothetical(words[start - 1], rc->role)) rc->scoped = true;
  if (Hypothetical("a", rc->role)) {  // a sole office: "if President Lee wins"
    // words[j] is token k + 1 + j; scan back from the title's first word.
    const int title = k + 1 + static_cast<int>(start);
    for (int i = title - 1; i >= 0 && i >= title - 8; --i) {
      if (w[i] == "," || w[i] == ";" || w[i] == ":") break;
      if (w[i] == "if" || w[i] == "unless" || w[i] == "imagine" || w[i] == "suppose") rc->scoped = true;
    }
  }
  for (size_t i = start; i < words.size(); ++i) rc->surface += (rc->surface.empty() ? "" : " ") + words[i];
}

// ", the special climate envoy for the United States," after the mention.
void TitleAfter(const std::vector<std::string>& w, int last, RoleClaim* rc) {
  int k = last + 1;
  if (k + 2 >= static_cast<int>(w.size()) || w[k] != ",") return;
  ++k;
  if (w[k] == "the" || w[k] == "a") ++k;
  std::vector<std::string> words;
  for (; k < static_cast<int>(w.size()) && words.size() < 5; ++k) {
    if (Qualifier(w[k])) { rc->scoped = true; continue; }
    words.push_back(w[k]);
    if (OfficeHeads().count(w[k])) {
      rc->role = Normalize(words);
      for (const auto& x : words) rc->surface += (rc->surface.empty() ? "" : " ") + x;
      return;
    }
    if (w[k] == "," || w[k] == "." || w[k] == "who") return;
  }
}

void FallbackRoles(const StoryCorpus& c, uint32_t si, std::vector<RoleClaim>* out) {
  const SentenceInfo& s = c.sentences()[si];
  const Article& a = *c.articles()[s.article];
  std::vector<Span> spans;
  for (uint32_t i = s.first_token; i < s.first_token + s.token_count && i < a.tokens.size(); ++i) {
    spans.push_back(a.tokens[i].span);
  }
  // The lower-cased words only for a sentence that names a person (most do not).
  std::vector<std::string> w;
  if (spans.empty()) return;
  std::vector<uint32_t> inside;
  c.MentionsInside(s.article, {spans.front().begin, spans.back().end}, &inside);
  for (uint32_t m : inside) {
    const auto& e = a.entities[m];
    if (e.type != "PER") continue;
    if (w.empty()) {
      w.reserve(spans.size());
      for (const Span& span : spans) w.push_back(LowerToken(span.Of(a.body)));
    }
    int first = -1, last = -1;
    for (size_t i = 0; i < spans.size(); ++i) {
      if (first < 0 && spans[i].end > e.span.begin) first = static_cast<int>(i);
      if (spans[i].begin < e.span.end) last = static_cast<int>(i);
    }
    for (int pass = 0; pass < 2; ++pass) {
      RoleClaim rc;
      rc.person = c.EntityName(s.article, m);
      rc.sentence = si;
      if (pass == 0) TitleBefore(w, first, &rc); else TitleAfter(w, last, &rc);
      rc.after_name = pass == 1;
      if (!rc.role.empty()) out->push_back(std::move(rc));
    }
  }
}

void LayerRoles(const StoryCorpus& c, uint32_t si, std::vector<RoleClaim>* out) {
  const SentenceInfo& s = c.sentences()[si];
  const Article& a = *c.articles()[s.article];
  const Span sent = a.sentences[s.sentence].span;
  std::vector<uint32_t> inside;
  c.RolesInside(s.article, sent, &inside);
  for (uint32_t ri : inside) {
    const RoleMention& r = a.roles[ri];
    if (r.mention >= a.entities.size()) continue;
    if (a.entities[r.mention].type != "PER") continue;
    std::vector<std::string> words;
    std::string cur;
    for (char ch : r.role + " ") {
      if (ch == ' ') { if (!cur.empty()) words.push_back(cur); cur.clear(); } else cur.push_back(core::AsciiLower(ch));
    }
    // A lower-case word before a capitalised title is no part of it: the
    // verb of "emails show State Department spokeswoman Victoria Nuland".
    const std::string_view text = r.span.Of(a.body);
    const size_t gap = text.find(' ');
    if (words.size() > 1 && gap != std::string_view::npos && gap + 1 < text.size() && core::IsAsciiLower(text[0]) &&
        core::IsAsciiUpper(text[gap + 1]) && words[0] == core::AsciiLowered(text.substr(0, gap)) &&
        !OfficeHeads().count(words[0]) && !TitleModifier(words[0]) && !Qualifier(words[0])) {
      words.erase(words.begin());
    }
    if (words.empty() || !std::any_of(words.begin(), words.end(), [](const std::string& x) { return OfficeHeads().count(x) > 0; })) continue;
    // A title after the name, or before it with a comma between ("confidence
    // in the attorney general, Carney replied"), is an apposition.
    const Span name = a.entities[r.mention].span;
    const bool appositive =
        r.span.begin >= name.end ||
        (r.span.end <= name.begin && std::string_view(a.body).substr(r.span.end, name.begin - r.span.end).find(',') !=
                                         std::string_view::npos);
    RoleClaim rc{c.EntityName(s.article, r.mention), Normalize(words), std::string(r.span.Of(a.body)),
                 !r.qualifier.empty() && r.qualifier != "acting", si, appositive};
    // The word before the role, lower-cased ("a" in "a President Warren");
    // after "or"/"and", the word before the role of the same name in the
    // 80 bytes before it ("a President Warren or President Sanders").
    auto word_before = [&](size_t at) {
      size_t end = at;
      while (end > 0 && a.body[end - 1] == ' ') --end;
      size_t begin = end;
      while (begin > 0 && core::IsAsciiAlpha(a.body[begin - 1])) --begin;
      return std::make_pair(begin, core::AsciiLowered(std::string_view(a.body).substr(begin, end - begin)));
    };
    auto [prev_at, prev] = word_before(r.span.begin);
    if (prev == "or" || prev == "and") {
      const std::string_view surface = r.span.Of(a.body);
      const size_t from = prev_at > 80 ? prev_at - 80 : 0;
      const size_t same = std::string_view(a.body).substr(from, prev_at - from).rfind(surface);
      if (same != std::string_view::npos) prev = word_before(from + same).second;
    }
    if (Hypothetical(prev, rc.role)) rc.scoped = true;
    if (Hypothetical("a", rc.role) && InSupposition(a.body, sent.begin, r.span.begin)) rc.scoped = true;
    // A title inside a quotation is the speaker's word, not the outlet's
    // ("Governor Perry's slogan was ...", said of a former governor).
    for (const Quotation& q : a.quotes) {
      if (q.direct && q.span.begin <= r.span.begin && r.span.end <= q.span.end) rc.scoped = true;
    }
    out->push_back(std::move(rc));
  }
}

// "secretary of commerce" -> "commerce secretary": the department before
// the office, so the two spellings of one office compare equal.
std::string OfficeKey(const std::string& role) {
  const size_t of = role.find(" of ");
  if (of == std::string::npos || of == 0) return role;
  const size_t space = role.rfind(' ', of - 1);  // before the word ahead of " of "
  const size_t head_begin = space == std::string::npos ? 0 : space + 1;
  const std::string head = role.substr(head_begin, of - head_begin);
  if (!OfficeHeads().count(head)) return role;
  return role.substr(0, head_begin) + role.substr(of + 4) + " " + head;
}

// An ambassador is an envoy, and "diplomat" names the class: as heads the
// three compare equal ("the U.S. envoy to the European Union" / "Ambassador
// Sondland"; "diplomat William Taylor, a top ambassador in Ukraine").
std::string DiplomaticHead(std::string role) {
  if (!ReplaceHead(&role, "ambassador", "envoy")) ReplaceHead(&role, "diplomat", "envoy");
  return role;
}

// A chamber's presiding post is held by one of its members: the Speaker of
// the House is a representative ("Rep. Nancy Pelosi" and "House Speaker
// Nancy Pelosi" in one week), a senate's president a senator.
bool MemberAndPresidingPost(const std::string& member, const std::string& post) {
  if (member == "representative" || member == "state representative") {
    return EndsWithWords(post, "speaker") && post.find("senate") == std::string::npos;
  }
  if (member == "senator" || member == "state senator") return EndsWithWords(post, "senate president");
  return false;
}

bool RolesAgree(const std::string& x, const std::string& y) {
  if (x == y) return true;
  if (MemberAndPresidingPost(x, y) || MemberAndPresidingPost(y, x)) return true;
  const std::string a = DiplomaticHead(OfficeKey(x)), b = DiplomaticHead(OfficeKey(y));
  if (a == b) return true;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  return l.ends_with(" " + s) || l.starts_with(s + " ");
}

}  // namespace

void FindRoleConflicts(const StoryCorpus& c, std::vector<Conflict>* out) {
  std::vector<RoleClaim> claims;
  for (uint32_t si = 0; si < c.sentences().size(); ++si) {
    const SentenceInfo& s = c.sentences()[si];
    // Quoted titles are the speaker's, who may use an old one ("Governor
    // Perry" for the energy secretary); outlets' own words make the claims.
    if (s.quote_heavy || s.in_long_quote) continue;
    const Article& a = *c.articles()[s.article];
    const size_t before = claims.size();
    if (a.roles.empty()) FallbackRoles(c, si, &claims); else LayerRoles(c, si, &claims);
    // A title in a sentence about an earlier month ("U.S. Sen. Barack Obama
    // ... at a debate in 2007", a picture caption; "defeated last month by
    // Attorney General X") is the office held then.
    if (claims.size() > before && claims::SpeaksOfAnEarlierMonth(c, s)) {
      for (size_t k = before; k < claims.size(); ++k) claims[k].scoped = true;
    }
  }
  std::map<std::string, std::vector<const RoleClaim*>> by_person;
  for (const auto& rc : claims) if (!rc.scoped && !PartyPost(rc.role)) by_person[rc.person].push_back(&rc);
  for (auto& [person, group] : by_person) {
    // A title in a sentence that tells of a move to another office is the one
    // held before it: asked only for a person given roles that disagree.
    if (std::any_of(group.begin(), group.end(),
                    [&](const RoleClaim* rc) { return !RolesAgree(group[0]->role, rc->role); })) {
      std::erase_if(group, [&](const RoleClaim* rc) { return TellsOfAMove(c, c.sentences()[rc->sentence]); });
    }
    if (!std::all_of(group.begin(), group.end(), [](const RoleClaim* rc) { return MonarchTitle(rc->role); })) {
      std::erase_if(group, [](const RoleClaim* rc) { return MonarchTitle(rc->role); });
    }
    // Sides: roles that agree, most cited first.
    std::vector<ConflictClaim> sides;
    std::vector<std::set<std::string>> outlets;
    std::vector<std::set<uint32_t>> cited;
    std::vector<bool> before_name;  // per side: stated at least once as a title before the name
    for (const RoleClaim* rc : group) {
      size_t k = 0;
      while (k < sides.size() && !RolesAgree(sides[k].value, rc->role)) ++k;
      if (k == sides.size()) {
        sides.push_back({rc->role, rc->surface, {}, {}});
        outlets.emplace_back();
        cited.emplace_back();
        before_name.push_back(false);
      }
      if (!rc->after_name) before_name[k] = true;
      if (rc->role.size() > sides[k].value.size()) sides[k].value = rc->role;  // the fullest agreeing form
      if (cited[k].insert(rc->sentence).second) sides[k].sources.push_back(c.Cite(c.sentences()[rc->sentence]));
      outlets[k].insert(c.Outlet(c.sentences()[rc->sentence].article));
    }
    // A side stated only after the name, by one outlet, is as likely a list
    // read as an apposition ("prohibiting Cuomo, his attorney general, and de
    // Blasio"; a headline's "mailings to Obama, senator"): it makes no side.
    for (size_t k = sides.size(); k-- > 0;) {
      if (before_name[k] || outlets[k].size() >= 2) continue;
      sides.erase(sides.begin() + k);
      outlets.erase(outlets.begin() + k);
      cited.erase(cited.begin() + k);
      before_name.erase(before_name.begin() + k);
    }
    if (sides.size() < 2) continue;
    std::set<std::string> all;
    for (size_t k = 0; k < sides.size(); ++k) {
      sides[k].outlets.assign(outlets[k].begin(), outlets[k].end());
      all.insert(outlets[k].begin(), outlets[k].end());
    }
    if (all.size() < 2) continue;
    std::stable_sort(sides.begin(), sides.end(), [](const ConflictClaim& a, const ConflictClaim& b) {
      return a.outlets.size() != b.outlets.size() ? a.outlets.size() > b.outlets.size() : a.sources.size() > b.sources.size();
    });
    // One outlet against one other is as likely two true offices at two times
    // ("Sen. Kerry's open seat" / "Secretary of State Kerry"): a role conflict
    // needs one side corroborated by two outlets.
    if (sides[0].outlets.size() < 2) continue;
    // Two posts stated by the very same outlets ("state senator" and "senate
    // president", each outlet writing both) are held together: no outlet
    // contradicts another.
    const std::vector<std::string> leading = sides[0].outlets;
    sides.erase(std::remove_if(sides.begin() + 1, sides.end(),
                               [&](const ConflictClaim& s) { return s.outlets == leading; }),
                sides.end());
    if (sides.size() < 2) continue;
    out->push_back({"role", person, "", std::move(sides)});
  }
}

}  // namespace parallax::synth
