// parallax-eval-entities: mention detection and within-document coreference
// of the "ner" + "coref" annotators, scored on MEANTIME (CAT XML, entity layer).
//
//   parallax-eval-entities [--json] [--errors] DIR...
//
// Each document's tokens become an Article (tokens joined by spaces,
// sentences by newlines), which is tagged by the NER model and chained by
// the coreference annotator exactly as at ingest.
//
// Gold: ENTITY_MENTION markables with syntactic_type NAM or PRE.NAM (proper
// names) in the annotated part (sentences 0-5: title, date line and the
// first four sentences; MEANTIME leaves the rest mostly unannotated), typed
// by the ENTITY their REFERS_TO relation points to. MEANTIME extents are
// whole noun phrases ("U.S. automaker Chrysler"), hence two figures:
//   strict  -- the system mention has exactly the gold token span;
//   partial -- the spans overlap (one-to-one alignment, strict matches first,
//              then the largest overlap).
// Typed figures count PER/ORG/LOC agreement with MEANTIME PER/ORG/LOC only.
// Coreference: gold chains are the named mentions grouped by their
// REFERS_TO target; system chains are Article::entity_chains. Both are
// restricted to the aligned (partial) mentions, then MUC (Vilain et al.
// 1995) and B3 (Bagga & Baldwin 1998) are computed; a same-string baseline
// (mentions with identical text in one chain) is scored on the same mentions.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "annotate/annotator.h"
#include "annotate/time/timeml.h"

namespace fs = std::filesystem;
using parallax::Article;
using parallax::time::XmlAttribute;
using parallax::time::XmlUnescape;

namespace {

constexpr int kLastScoredSentence = 5;

struct GoldMention {
  uint32_t first = 0, last = 0;  // article token indices
  std::string type;              // MEANTIME ent_type
  std::string entity;            // REFERS_TO target m_id
};

struct Doc {
  std::string name;
  Article article;
  std::vector<GoldMention> gold;
};

std::vector<std::string_view> Tags(const std::string& raw, const std::string& open) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while ((pos = raw.find(open, pos)) != std::string::npos) {
    size_t gt = raw.find('>', pos);
    if (gt == std::string::npos) break;
    out.emplace_back(raw.data() + pos, gt - pos + 1);
    pos = gt;
  }
  return out;
}

// Body of each `<name ...>...</name>` element with its opening tag.
std::vector<std::pair<std::string_view, std::string_view>> Elements(const std::string& raw, const std::string& name) {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  size_t pos = 0;
  const std::string open = "<" + name + " ", close = "</" + name + ">";
  while ((pos = raw.find(open, pos)) != std::string::npos) {
    size_t gt = raw.find('>', pos);
    if (gt == std::string::npos) break;
    std::string_view tag(raw.data() + pos, gt - pos + 1);
    if (tag.size() >= 2 && tag[tag.size() - 2] == '/') {
      pos = gt;
      continue;
    }
    size_t end = raw.find(close, gt);
    if (end == std::string::npos) break;
    out.emplace_back(tag, std::string_view(raw.data() + gt + 1, end - gt - 1));
    pos = end;
  }
  return out;
}

std::vector<std::string> AttributeAll(std::string_view body, const std::string& tag, const char* attr) {
  std::vector<std::string> out;
  std::string b(body);
  for (std::string_view t : Tags(b, "<" + tag + " ")) out.push_back(XmlAttribute(t, attr));
  return out;
}

bool Load(const fs::path& p, Doc* doc) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string raw = ss.str();
  doc->name = p.filename().string();
  Article& a = doc->article;
  std::map<std::string, uint32_t> token_of;
  std::vector<int> sentence_of;
  std::string last_sentence;
  for (std::string_view tag : Tags(raw, "<token ")) {
    size_t gt = static_cast<size_t>(tag.data() - raw.data()) + tag.size() - 1;
    size_t close = raw.find("</token>", gt);
    if (close == std::string::npos) break;
    std::string sentence = XmlAttribute(tag, "sentence");
    if (sentence != last_sentence) {
      if (!a.body.empty()) a.body += "\n";
      a.sentences.push_back(parallax::Sentence{{}, 0, static_cast<uint32_t>(a.tokens.size()), 0});
    } else {
      a.body += " ";
    }
    last_sentence = sentence;
    std::string word = XmlUnescape(std::string_view(raw).substr(gt + 1, close - gt - 1));
    uint32_t b = static_cast<uint32_t>(a.body.size());
    a.body += word;
    token_of[XmlAttribute(tag, "t_id")] = static_cast<uint32_t>(a.tokens.size());
    a.tokens.push_back(parallax::Token{{b, static_cast<uint32_t>(a.body.size())}});
    sentence_of.push_back(std::atoi(sentence.c_str()));
    ++a.sentences.back().token_count;
  }
  for (auto& s : a.sentences)
    s.span = {a.tokens[s.first_token].span.begin, a.tokens[s.first_token + s.token_count - 1].span.end};
  a.paragraphs.push_back(parallax::Paragraph{{0, static_cast<uint32_t>(a.body.size())}, false});
  std::map<std::string, std::string> type_of_entity, entity_of_mention;
  for (std::string_view t : Tags(raw, "<ENTITY "))
    type_of_entity[XmlAttribute(t, "m_id")] = XmlAttribute(t, "ent_type");
  for (const auto& [tag, body] : Elements(raw, "REFERS_TO")) {
    auto targets = AttributeAll(body, "target", "m_id");
    if (targets.empty()) continue;
    for (const auto& s : AttributeAll(body, "source", "m_id")) entity_of_mention[s] = targets[0];
  }
  for (const auto& [tag, body] : Elements(raw, "ENTITY_MENTION")) {
    std::string syn = XmlAttribute(tag, "syntactic_type");
    if (syn != "NAM" && syn != "PRE.NAM") continue;
    std::vector<uint32_t> toks;
    for (const auto& t : AttributeAll(body, "token_anchor", "t_id"))
      if (token_of.count(t)) toks.push_back(token_of[t]);
    if (toks.empty() || sentence_of[toks.front()] > kLastScoredSentence) continue;
    std::string id = XmlAttribute(tag, "m_id");
    std::string entity = entity_of_mention.count(id) ? entity_of_mention[id] : "self:" + id;
    doc->gold.push_back(GoldMention{*std::min_element(toks.begin(), toks.end()),
                                    *std::max_element(toks.begin(), toks.end()), type_of_entity[entity], entity});
  }
  return !a.tokens.empty();
}

struct Counts {
  double gold = 0, sys = 0, strict = 0, partial = 0, typed = 0;
};

// MUC and B3 over partitions given as cluster labels per aligned mention.
struct CorefScore {
  double muc_p = 0, muc_r = 0, b3_p = 0, b3_r = 0;
};

void Muc(const std::vector<std::string>& key, const std::vector<std::string>& resp, double* num, double* den) {
  std::map<std::string, std::set<std::string>> parts;  // key cluster -> response clusters
  std::map<std::string, int> size;
  for (size_t i = 0; i < key.size(); ++i) {
    parts[key[i]].insert(resp[i]);
    ++size[key[i]];
  }
  for (const auto& [k, n] : size) {
    *num += n - static_cast<double>(parts[k].size());
    *den += n - 1;
  }
}

void B3(const std::vector<std::string>& key, const std::vector<std::string>& resp, double* sum) {
  std::map<std::string, int> key_n, resp_n;
  std::map<std::pair<std::string, std::string>, int> both;
  for (size_t i = 0; i < key.size(); ++i) ++key_n[key[i]], ++resp_n[resp[i]], ++both[{key[i], resp[i]}];
  for (size_t i = 0; i < key.size(); ++i) *sum += static_cast<double>(both[{key[i], resp[i]}]) / resp_n[resp[i]];
}

struct CorefTotals {
  double muc_rn = 0, muc_rd = 0, muc_pn = 0, muc_pd = 0, b3_r = 0, b3_p = 0, n = 0;
  void Add(const std::vector<std::string>& key, const std::vector<std::string>& resp) {
    Muc(key, resp, &muc_rn, &muc_rd);
    Muc(resp, key, &muc_pn, &muc_pd);
    B3(resp, key, &b3_r);  // recall: |K∩R|/|K|
    B3(key, resp, &b3_p);
    n += static_cast<double>(key.size());
  }
  void Print(const char* label) const {
    auto f = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
    double mp = muc_pd ? muc_pn / muc_pd : 0, mr = muc_rd ? muc_rn / muc_rd : 0;
    double bp = n ? b3_p / n : 0, br = n ? b3_r / n : 0;
    fmt::print("{:<22} MUC P {:6.2f} R {:6.2f} F1 {:6.2f}   B3 P {:6.2f} R {:6.2f} F1 {:6.2f}\n", label, 100 * mp,
               100 * mr, 100 * f(mp, mr), 100 * bp, 100 * br, 100 * f(bp, br));
  }
};

std::string TokenText(const Article& a, uint32_t first, uint32_t last) {
  return a.body.substr(a.tokens[first].span.begin, a.tokens[last].span.end - a.tokens[first].span.begin);
}

std::string MapType(const std::string& meantime) {
  return meantime == "PER" || meantime == "ORG" || meantime == "LOC" ? meantime : "";
}

void Score(const Doc& doc, bool errors, Counts* c, CorefTotals* ours, CorefTotals* same_string) {
  const Article& a = doc.article;
  struct Sys {
    uint32_t first, last;
    size_t index;
  };
  std::vector<Sys> sys;
  for (size_t m = 0; m < a.entities.size(); ++m) {
    auto sp = a.entities[m].span;
    uint32_t first = 0;
    while (first < a.tokens.size() && a.tokens[first].span.begin < sp.begin) ++first;
    uint32_t last = first;
    while (last + 1 < a.tokens.size() && a.tokens[last + 1].span.end <= sp.end) ++last;
    size_t sentence = 0;
    while (sentence + 1 < a.sentences.size() && a.sentences[sentence + 1].first_token <= first) ++sentence;
    if (static_cast<int>(sentence) > kLastScoredSentence) continue;
    sys.push_back(Sys{first, last, m});
  }
  c->gold += doc.gold.size();
  c->sys += sys.size();
  std::vector<int> gold_to(doc.gold.size(), -1), sys_to(sys.size(), -1);
  for (size_t g = 0; g < doc.gold.size(); ++g)  // strict first
    for (size_t s = 0; s < sys.size(); ++s)
      if (sys_to[s] < 0 && sys[s].first == doc.gold[g].first && sys[s].last == doc.gold[g].last) {
        gold_to[g] = static_cast<int>(s), sys_to[s] = static_cast<int>(g);
        c->strict += 1;
        break;
      }
  for (size_t g = 0; g < doc.gold.size(); ++g) {
    if (gold_to[g] >= 0) continue;
    int best = -1;
    uint32_t best_overlap = 0;
    for (size_t s = 0; s < sys.size(); ++s) {
      if (sys_to[s] >= 0) continue;
      uint32_t lo = std::max(sys[s].first, doc.gold[g].first), hi = std::min(sys[s].last, doc.gold[g].last);
      if (lo <= hi && hi - lo + 1 > best_overlap) best = static_cast<int>(s), best_overlap = hi - lo + 1;
    }
    if (best >= 0) gold_to[g] = best, sys_to[best] = static_cast<int>(g);
  }
  std::vector<std::string> key, resp, text;
  for (size_t g = 0; g < doc.gold.size(); ++g) {
    if (gold_to[g] < 0) {
      if (errors) fmt::print("MISS {} [{}]\n", doc.name, TokenText(a, doc.gold[g].first, doc.gold[g].last));
      continue;
    }
    c->partial += 1;
    const auto& m = a.entities[sys[gold_to[g]].index];
    if (!MapType(doc.gold[g].type).empty() && MapType(doc.gold[g].type) == m.type) c->typed += 1;
    key.push_back(doc.gold[g].entity);
    resp.push_back(std::to_string(m.chain));
    text.push_back(std::string(m.span.Of(a.body)));
  }
  if (errors)
    for (size_t s = 0; s < sys.size(); ++s)
      if (sys_to[s] < 0) fmt::print("SPURIOUS {} [{}]\n", doc.name, TokenText(a, sys[s].first, sys[s].last));
  if (errors) {  // gold-coreferent mentions the system left in different chains
    std::map<std::string, std::set<std::pair<std::string, std::string>>> split;
    for (size_t i = 0; i < key.size(); ++i) split[key[i]].insert({resp[i], text[i]});
    for (const auto& [k, forms] : split) {
      std::set<std::string> chains;
      for (const auto& f : forms) chains.insert(f.first);
      if (chains.size() < 2) continue;
      std::string line;
      for (const auto& f : forms) line += " | " + f.second;
      fmt::print("SPLIT {}{}\n", doc.name, line);
    }
  }
  ours->Add(key, resp);
  same_string->Add(key, text);
}

}  // namespace

int main(int argc, char** argv) {
  bool errors = false;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--errors") {
      errors = true;
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      for (const auto& e : fs::recursive_directory_iterator(arg, ec))
        if (e.path().extension() == ".xml") files.push_back(e.path());
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    fmt::print(stderr, "usage: parallax-eval-entities [--errors] MEANTIME_DIR_OR_XML...\n");
    return 2;
  }
  std::sort(files.begin(), files.end());
  auto annotators = parallax::annotate::MakeAnnotators({"ner", "coref"});
  if (!annotators.ok()) {
    fmt::print(stderr, "parallax-eval-entities: {}\n", annotators.status().ToString());
    return 1;
  }
  Counts c;
  CorefTotals ours, same_string;
  size_t docs = 0;
  for (const auto& f : files) {
    Doc doc;
    if (!Load(f, &doc)) {
      fmt::print(stderr, "parallax-eval-entities: {}: cannot read\n", f.string());
      continue;
    }
    for (auto& a : *annotators) {
      auto st = a->Annotate(&doc.article);
      if (!st.ok()) fmt::print(stderr, "{}: {}\n", f.string(), st.ToString());
    }
    Score(doc, errors, &c, &ours, &same_string);
    ++docs;
  }
  auto prf = [](double ok, double sys, double gold) {
    double p = sys ? ok / sys : 0, r = gold ? ok / gold : 0;
    return fmt::format("P {:6.2f} R {:6.2f} F1 {:6.2f}", 100 * p, 100 * r, p + r ? 200 * p * r / (p + r) : 0.0);
  };
  fmt::print("documents {}, gold named mentions {}, system mentions {}\n", docs, c.gold, c.sys);
  fmt::print("mentions strict        {}\n", prf(c.strict, c.sys, c.gold));
  fmt::print("mentions partial       {}\n", prf(c.partial, c.sys, c.gold));
  fmt::print("partial + type (PER/ORG/LOC agree) {} of {} aligned\n", c.typed, c.partial);
  ours.Print("coref (aligned)");
  same_string.Print("same-string baseline");
  return 0;
}
