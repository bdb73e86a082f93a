// parallax-eval-roles: person roles and canonical names of the "ner" +
// "coref" annotators, scored on the hand-labelled AllSides role gold set
// (data/gold/roles-allsides.jsonl; guideline in docs/ner.md, "Session 15:
// roles measured").
//
//   parallax-eval-roles [--split roles-dev|roles-blind|roles-blind2..5] [--errors] [--shared DIR] GOLD
//
// Each gold article is read from the corpus by id, its paragraphs joined by a
// blank line (tools/allsides_text.h), segmented, tagged and chained exactly as
// eval_quotes does.
//
// People: a system PER chain belongs to the gold person whose name (or an
// `also` form) equals the chain's name (case, periods and apostrophe style
// folded); a chain left over belongs to the one gold person of the article
// whose name ends with the chain's name ("Trump" -> "Donald Trump") or,
// for a one-word chain, starts with it (family name first). A person is
// found when some chain belongs to them; their canonical name is right when
// one chain is named exactly and no other chain belongs to them (a split
// person has two chains).
//
// Roles: per person, the set of (title, scope) pairs; the system's are the
// roles of every chain that belongs to the person, a chain of nobody's
// making its roles false positives. Strict: normalized titles equal (lower
// case, hyphens as spaces, determiners dropped, abbreviations expanded,
// "chief executive (officer)" = "ceo") and scopes equal. Lenient: head
// nouns equal, scope ignored (the head: the word before "of", else the last
// word; "attorney general" -> attorney). Recall is also given on the gold
// roles attached to a name (`via` "name"). Affiliation: of the strict
// matches, how many agree (both empty, or one affiliation in common, a
// surname matching the full name).
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "annotate/entity/lexicon.h"
#include "text/segment.h"
#include "tools/allsides_text.h"

using json = nlohmann::json;
using parallax::Article;

namespace {

struct GoldRole {
  std::string title, scope;
  std::vector<std::string> aff;
  bool by_name = false;
};

struct GoldPerson {
  std::vector<std::string> names;  // name, then `also`
  std::vector<GoldRole> roles;
};

struct GoldDoc {
  std::string doc, id;
  std::vector<GoldPerson> people;
};

// Lower case, periods dropped, curly apostrophes straight, spaces collapsed.
std::string NormName(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
      continue;
    }
    char c = s[i];
    if (c == '.') continue;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ' || c == '-') {
      if (!w.empty()) out.push_back(w), w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

std::string NormTitle(std::string_view title) {
  std::vector<std::string> words;
  for (const std::string& w : Words(NormName(title))) {
    if (w == "the" || w == "a" || w == "an") continue;
    words.emplace_back(parallax::entity::ExpandTitleWord(w));
  }
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  for (const char* ceo : {"chief executive officer", "chief executive"}) {
    size_t at = out.find(ceo);
    if (at != std::string::npos && (at + strlen(ceo) == out.size() || out[at + strlen(ceo)] == ' ')) {
      out.replace(at, strlen(ceo), "ceo");
    }
  }
  return out;
}

std::string Head(const std::string& norm_title) {
  std::vector<std::string> w = Words(norm_title);
  if (w.empty()) return "";
  for (size_t i = 1; i < w.size(); ++i)
    if (w[i] == "of") return w[i - 1];
  if (w.size() >= 2 && w.back() == "general") return w[w.size() - 2];
  return w.back();
}

std::string NormAff(std::string_view a) {
  std::string_view alias = parallax::entity::CanonicalAlias(a);
  return NormName(alias.empty() ? a : alias);
}

// Equal, or one names the other's last words ("trump" for "donald trump": a
// person the article names by surname only).
bool SameAffiliation(const std::string& x, const std::string& y) {
  const std::string& a = x.size() <= y.size() ? x : y;
  const std::string& b = x.size() <= y.size() ? y : x;
  return a == b || (!a.empty() && b.size() > a.size() && b.ends_with(a) && b[b.size() - a.size() - 1] == ' ');
}

struct Counts {
  int docs = 0, people = 0, found = 0, canonical = 0, split = 0;
  int gold = 0, gold_name = 0, sys = 0, strict_tp_gold = 0, strict_tp_name = 0, strict_tp_sys = 0;
  int lenient_tp_gold = 0, lenient_tp_sys = 0, aff_agree = 0, aff_scored = 0;
};

struct SysRole {
  std::string title, scope;
  std::set<std::string> aff;
};

void AddRole(std::vector<SysRole>* roles, SysRole r) {
  for (auto& x : *roles) {
    if (x.title == r.title && x.scope == r.scope) {
      x.aff.insert(r.aff.begin(), r.aff.end());
      return;
    }
  }
  roles->push_back(std::move(r));
}

std::string Show(const std::string& title, const std::string& scope) {
  return scope.empty() ? title : scope + " " + title;
}

void Score(const GoldDoc& g, const Article& a, bool errors, Counts* c) {
  ++c->docs;
  // The system's roles by chain.
  std::vector<std::vector<SysRole>> chain_roles(a.entity_chains.size());
  for (const auto& r : a.roles) {
    if (r.mention >= a.entities.size()) continue;
    int32_t ch = a.entities[r.mention].chain;
    if (ch < 0 || static_cast<size_t>(ch) >= a.entity_chains.size()) continue;
    SysRole s{NormTitle(r.role), r.qualifier, {}};
    size_t b = 0;
    while (b < r.affiliation.size()) {
      size_t e = r.affiliation.find(", ", b);
      if (e == std::string::npos) e = r.affiliation.size();
      if (e > b) s.aff.insert(NormAff(std::string_view(r.affiliation).substr(b, e - b)));
      b = e + 2;
    }
    AddRole(&chain_roles[ch], std::move(s));
  }
  // Chains to gold people.
  std::vector<int> owner(a.entity_chains.size(), -1);
  std::vector<int> exact(g.people.size(), 0), chains(g.people.size(), 0);
  for (size_t ch = 0; ch < a.entity_chains.size(); ++ch) {
    if (a.entity_chains[ch].type != "PER") continue;
    std::string n = NormName(a.entity_chains[ch].name);
    for (size_t p = 0; p < g.people.size() && owner[ch] < 0; ++p) {
      for (const auto& name : g.people[p].names)
        if (NormName(name) == n) owner[ch] = static_cast<int>(p), ++exact[p];
    }
  }
  for (size_t ch = 0; ch < a.entity_chains.size(); ++ch) {
    if (a.entity_chains[ch].type != "PER" || owner[ch] >= 0) continue;
    std::vector<std::string> cw = Words(NormName(a.entity_chains[ch].name));
    if (cw.empty()) continue;
    int match = -1, n = 0;
    for (size_t p = 0; p < g.people.size(); ++p) {
      std::vector<std::string> gw = Words(NormName(g.people[p].names[0]));
      bool ends = gw.size() > cw.size() && std::equal(cw.rbegin(), cw.rend(), gw.rbegin());
      bool starts = cw.size() == 1 && gw.size() > 1 && gw[0] == cw[0];
      if (ends || starts) match = static_cast<int>(p), ++n;
    }
    if (n == 1) owner[ch] = match;
  }
  for (size_t ch = 0; ch < owner.size(); ++ch)
    if (owner[ch] >= 0) ++chains[owner[ch]];
  std::vector<std::vector<SysRole>> person_roles(g.people.size());
  for (size_t ch = 0; ch < owner.size(); ++ch) {
    if (owner[ch] < 0) {
      for (const auto& r : chain_roles[ch]) {
        ++c->sys;
        if (errors) fmt::print("FP   {} | {} (no gold person) | {}\n", g.id, a.entity_chains[ch].name, Show(r.title, r.scope));
      }
      continue;
    }
    for (const auto& r : chain_roles[ch]) AddRole(&person_roles[owner[ch]], r);
  }
  for (size_t p = 0; p < g.people.size(); ++p) {
    const GoldPerson& gp = g.people[p];
    ++c->people;
    if (chains[p] > 0) ++c->found;
    if (exact[p] > 0 && chains[p] == 1) ++c->canonical;
    if (chains[p] > 1) ++c->split;
    if (errors && !(exact[p] > 0 && chains[p] == 1)) {
      std::string got;
      for (size_t ch = 0; ch < owner.size(); ++ch)
        if (owner[ch] == static_cast<int>(p)) got += (got.empty() ? "" : " / ") + a.entity_chains[ch].name;
      fmt::print("NAME {} | {} | system: {}\n", g.id, gp.names[0], got.empty() ? "(not found)" : got);
    }
    std::vector<bool> gold_strict(gp.roles.size()), gold_lenient(gp.roles.size());
    for (const auto& s : person_roles[p]) {
      ++c->sys;
      bool strict = false, lenient = false;
      for (size_t k = 0; k < gp.roles.size(); ++k) {
        const GoldRole& r = gp.roles[k];
        if (NormTitle(r.title) == s.title && r.scope == s.scope) {
          strict = true;
          if (!gold_strict[k]) {
            ++c->aff_scored;
            bool agree = r.aff.empty() && s.aff.empty();
            for (const auto& x : r.aff)
              for (const auto& y : s.aff) agree |= SameAffiliation(NormAff(x), y);
            c->aff_agree += agree;
            if (errors && !agree) {
              std::string ga, sa;
              for (const auto& x : r.aff) ga += (ga.empty() ? "" : ", ") + x;
              for (const auto& x : s.aff) sa += (sa.empty() ? "" : ", ") + x;
              fmt::print("AFF  {} | {} | {} | gold [{}] system [{}]\n", g.id, gp.names[0], s.title, ga, sa);
            }
          }
          gold_strict[k] = true;
        }
        if (Head(NormTitle(r.title)) == Head(s.title)) lenient = true, gold_lenient[k] = true;
      }
      c->strict_tp_sys += strict;
      c->lenient_tp_sys += lenient;
      if (errors && !strict) fmt::print("FP   {} | {} | {}{}\n", g.id, gp.names[0], Show(s.title, s.scope), lenient ? " (head matches)" : "");
    }
    for (size_t k = 0; k < gp.roles.size(); ++k) {
      const GoldRole& r = gp.roles[k];
      ++c->gold;
      c->gold_name += r.by_name;
      c->strict_tp_gold += gold_strict[k];
      c->strict_tp_name += gold_strict[k] && r.by_name;
      c->lenient_tp_gold += gold_lenient[k];
      if (errors && !gold_strict[k]) {
        fmt::print("MISS {} | {} | {} [{}]{}\n", g.id, gp.names[0], Show(NormTitle(r.title), r.scope), r.by_name ? "name" : "other",
                   gold_lenient[k] ? " (head found)" : "");
      }
    }
  }
}

double Pct(int a, int b) { return b ? 100.0 * a / b : 0.0; }
double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Person roles and canonical names on the AllSides role gold set (docs/ner.md)"};
  std::string gold_path, split = "roles-dev", shared = PARALLAX_SHARED_DIR;
  bool errors = false, dump = false;
  app.add_option("gold", gold_path, "data/gold/roles-allsides.jsonl")->required();
  app.add_option("--split", split, "roles-dev (default), roles-blind, roles-blind2, roles-blind3, roles-blind4 or roles-blind5");
  app.add_option("--shared", shared, "The shared folder holding data/");
  app.add_flag("--errors", errors, "Print misses (MISS), false positives (FP), wrong names (NAME) and affiliations (AFF)");
  app.add_flag("--dump", dump, "Print every mention (type, chain) and role the system found");
  CLI11_PARSE(app, argc, argv);

  std::ifstream in(gold_path);
  if (!in) {
    fmt::print(stderr, "cannot read {}\n", gold_path);
    return 1;
  }
  std::vector<GoldDoc> docs;
  std::set<std::string> ids;
  std::string corpus;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      fmt::print(stderr, "{}: bad line\n", gold_path);
      return 1;
    }
    if (j.value("split", "") != split) continue;
    GoldDoc d;
    d.doc = j.value("doc", "");
    size_t hash = d.doc.find('#');
    if (hash == std::string::npos) {
      fmt::print(stderr, "{}: doc without '#id': {}\n", gold_path, d.doc);
      return 1;
    }
    corpus = d.doc.substr(0, hash);
    d.id = d.doc.substr(hash + 1);
    for (const auto& p : j.value("people", json::array())) {
      GoldPerson gp;
      gp.names.push_back(p.value("name", ""));
      for (const auto& n : p.value("also", json::array())) gp.names.push_back(n.get<std::string>());
      for (const auto& r : p.value("roles", json::array())) {
        GoldRole gr{r.value("role", ""), r.value("scope", ""), {}, r.value("via", "") == "name"};
        for (const auto& x : r.value("aff", json::array())) gr.aff.push_back(x.get<std::string>());
        gp.roles.push_back(std::move(gr));
      }
      d.people.push_back(std::move(gp));
    }
    ids.insert(d.id);
    docs.push_back(std::move(d));
  }
  if (docs.empty()) {
    fmt::print(stderr, "{}: no document of split {}\n", gold_path, split);
    return 1;
  }
  auto articles = parallax::tools::ReadAllsidesArticles(shared + "/data/" + corpus, ids);
  if (!articles.ok()) {
    fmt::print(stderr, "{}\n", articles.status().ToString());
    return 1;
  }
  auto annotators = parallax::annotate::MakeAnnotators({"ner", "coref"});
  if (!annotators.ok()) {
    fmt::print(stderr, "{}\n", annotators.status().ToString());
    return 1;
  }
  Counts c;
  for (const GoldDoc& d : docs) {
    auto it = articles->find(d.id);
    if (it == articles->end()) {
      fmt::print(stderr, "{}: not in the corpus\n", d.doc);
      return 1;
    }
    Article a;
    for (const auto& p : it->second.paragraphs) {
      if (!a.body.empty()) a.body += "\n\n";
      uint32_t begin = static_cast<uint32_t>(a.body.size());
      a.body += p;
      a.paragraphs.push_back(parallax::Paragraph{parallax::Span{begin, static_cast<uint32_t>(a.body.size())}});
    }
    a.outlet = it->second.outlet;
    parallax::text::Segment(&a);
    for (const auto& an : *annotators) (void)an->Annotate(&a);
    if (dump) {
      for (const auto& e : a.entities) {
        fmt::print("DUMP {} | {} {} | chain {}\n", d.id, e.type, e.span.Of(a.body),
                   e.chain >= 0 ? a.entity_chains[e.chain].name : std::string("-"));
      }
      for (const auto& r : a.roles) {
        fmt::print("DUMP {} | role '{}' -> {} | {}|{}|{}\n", d.id, r.span.Of(a.body), a.entities[r.mention].span.Of(a.body),
                   r.role, r.qualifier, r.affiliation);
      }
    }
    Score(d, a, errors, &c);
  }
  double sp = Pct(c.strict_tp_sys, c.sys), sr = Pct(c.strict_tp_gold, c.gold);
  double lp = Pct(c.lenient_tp_sys, c.sys), lr = Pct(c.lenient_tp_gold, c.gold);
  fmt::print("split {}: {} articles, {} people, {} gold roles ({} attached to a name), {} system roles\n", split, c.docs,
             c.people, c.gold, c.gold_name, c.sys);
  fmt::print("people found            {:6.2f}  ({} of {})\n", Pct(c.found, c.people), c.found, c.people);
  fmt::print("canonical name right    {:6.2f}  ({} of {}; {} split into several chains)\n", Pct(c.canonical, c.people),
             c.canonical, c.people, c.split);
  fmt::print("roles strict   P {:6.2f}  R {:6.2f}  F1 {:6.2f}  (tp {} / {} system, {} / {} gold)\n", sp, sr, F1(sp, sr),
             c.strict_tp_sys, c.sys, c.strict_tp_gold, c.gold);
  fmt::print("roles strict, attached to a name: R {:6.2f}  ({} of {})\n", Pct(c.strict_tp_name, c.gold_name),
             c.strict_tp_name, c.gold_name);
  fmt::print("roles lenient  P {:6.2f}  R {:6.2f}  F1 {:6.2f}  (head noun only, scope ignored)\n", lp, lr, F1(lp, lr));
  fmt::print("affiliation agrees on strict matches: {:6.2f}  ({} of {})\n", Pct(c.aff_agree, c.aff_scored), c.aff_agree,
             c.aff_scored);
  return 0;
}
