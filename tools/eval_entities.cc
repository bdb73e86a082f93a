// parallax-eval-entities: mention detection and within-document coreference
// of the "ner" + "coref" annotators, scored on MEANTIME (CAT XML, entity layer).
//
//   parallax-eval-entities [--json] [--errors] DIR...
//
// Each document's tokens become an Article (tokens joined by spaces,
// sentences by newlines; tools/meantime.h), which is tagged by the NER model
// and chained by the coreference annotator exactly as at ingest.
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
// 1995) and B3 (Bagga & Baldwin 1998) are computed (tools/coref_metrics.h); a same-string baseline
// (mentions with identical text in one chain) is scored on the same mentions.
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "annotate/annotator.h"
#include "tools/coref_metrics.h"
#include "tools/meantime.h"

namespace fs = std::filesystem;
using parallax::Article;
namespace meantime = parallax::tools::meantime;
using parallax::tools::CorefScores;

namespace {

struct Counts {
  double gold = 0, sys = 0, strict = 0, partial = 0, typed = 0;
};

void PrintCoref(const char* label, const CorefScores& s) {
  fmt::print("{:<22} MUC P {:6.2f} R {:6.2f} F1 {:6.2f}   B3 P {:6.2f} R {:6.2f} F1 {:6.2f}\n", label,
             100 * s.muc.Precision(), 100 * s.muc.Recall(), 100 * s.muc.F1(), 100 * s.b3.Precision(),
             100 * s.b3.Recall(), 100 * s.b3.F1());
}

std::string MapType(const std::string& meantime) {
  return meantime == "PER" || meantime == "ORG" || meantime == "LOC" ? meantime : "";
}

void Score(const meantime::Doc& doc, bool errors, Counts* c, CorefScores* ours, CorefScores* same_string) {
  const Article& a = doc.article;
  const std::vector<meantime::SystemMention> sys = meantime::ScoredMentions(a);
  c->gold += doc.gold.size();
  c->sys += sys.size();
  size_t strict = 0;
  const std::vector<int> gold_to = meantime::Align(doc.gold, sys, &strict);
  c->strict += strict;
  std::vector<bool> sys_aligned(sys.size(), false);
  std::vector<std::string> key, resp, text;
  for (size_t g = 0; g < doc.gold.size(); ++g) {
    if (gold_to[g] < 0) {
      if (errors) fmt::print("MISS {} [{}]\n", doc.name, meantime::TokenText(a, doc.gold[g].first, doc.gold[g].last));
      continue;
    }
    sys_aligned[gold_to[g]] = true;
    c->partial += 1;
    const auto& m = a.entities[sys[gold_to[g]].index];
    if (!MapType(doc.gold[g].type).empty() && MapType(doc.gold[g].type) == m.type) c->typed += 1;
    key.push_back(doc.gold[g].entity);
    resp.push_back(std::to_string(m.chain));
    text.push_back(std::string(m.span.Of(a.body)));
  }
  if (errors)
    for (size_t s = 0; s < sys.size(); ++s)
      if (!sys_aligned[s])
        fmt::print("SPURIOUS {} [{}]\n", doc.name, meantime::TokenText(a, sys[s].first, sys[s].last));
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
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--errors")
      errors = true;
    else
      args.push_back(arg);
  }
  const std::vector<fs::path> files = meantime::XmlFiles(args);
  if (files.empty()) {
    fmt::print(stderr, "usage: parallax-eval-entities [--errors] MEANTIME_DIR_OR_XML...\n");
    return 2;
  }
  auto annotators = parallax::annotate::MakeAnnotators({"ner", "coref"});
  if (!annotators.ok()) {
    fmt::print(stderr, "parallax-eval-entities: {}\n", annotators.status().ToString());
    return 1;
  }
  Counts c;
  CorefScores ours, same_string;
  size_t docs = 0;
  for (const auto& f : files) {
    meantime::Doc doc;
    if (!meantime::Load(f, &doc)) {
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
  PrintCoref("coref (aligned)", ours);
  PrintCoref("same-string baseline", same_string);
  return 0;
}
