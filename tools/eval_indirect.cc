// parallax-eval-indirect: indirect speech (reported speech, `according to X`)
// and its source typing against the hand-labelled gold set
// (data/gold/indirect-allsides.jsonl; guideline in docs/quotes.md, "Session
// 16: indirect speech measured").
//
// The gold file holds references only: an AllSides document id and, per
// report, the byte span of its cue word in the canonical text
// (tools/allsides_text.h), the speaker and the source type. The scorer
// rebuilds the text, segments it, runs ner, coref and quotes and compares the
// indirect quotations (Quotation::direct false):
//   detection  a prediction matches a gold report when their cue spans
//              overlap, else when it lies in the gold cue's sentence and its
//              speaker agrees (one-to-one, gold in text order); P/R/F1;
//   speaker    over matched reports (tools/speaker_match.h: case, a leading
//              "the" and middle initials ignored; a gold description matches
//              a prediction of its type);
//   type       source-type accuracy over matched reports, and per type T
//              (anonymous, outlet, ...) P = matched both T / predicted T,
//              R = matched both T / gold T.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <map>

#include "annotate/annotator.h"
#include "annotate/quotes/quote_annotator.h"
#include "text/segment.h"
#include "tools/allsides_text.h"
#include "tools/speaker_match.h"

namespace {

using nlohmann::json;
using parallax::Article;
using parallax::Quotation;
using parallax::Span;

constexpr const char* kTypes[] = {"person", "organization", "outlet", "anonymous", "document", "social"};

struct Gold {
  Span cue;
  std::string speaker, type;
};

struct Counts {
  size_t gold = 0, predicted = 0, matched = 0, speaker_ok = 0, type_ok = 0;
  std::map<std::string, size_t> gold_of, predicted_of, both_of;  // per source type
};

parallax::Result<Article> CanonicalArticle(const std::string& path) {
  size_t hash = path.find('#');
  if (hash == std::string::npos) return parallax::Status::InvalidArgument(path + ": not an AllSides document");
  auto src = parallax::tools::ReadAllsidesArticle(path.substr(0, hash), path.substr(hash + 1));
  if (!src.ok()) return src.status();
  Article a;
  for (const auto& p : src->paragraphs) {
    if (!a.body.empty()) a.body += "\n\n";
    uint32_t begin = a.body.size();
    a.body += p;
    a.paragraphs.push_back(parallax::Paragraph{Span{begin, static_cast<uint32_t>(a.body.size())}});
  }
  a.outlet = src->outlet;
  parallax::text::Segment(&a);
  return a;
}

// Index of the sentence holding byte `b`, or -1.
int SentenceAt(const Article& a, uint32_t b) {
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    if (a.sentences[i].span.begin <= b && b < a.sentences[i].span.end) return static_cast<int>(i);
  }
  return -1;
}

bool Overlap(Span x, Span y) { return x.begin < y.end && y.begin < x.end; }

std::string SentenceText(const Article& a, uint32_t b) {
  int s = SentenceAt(a, b);
  std::string t = s < 0 ? "" : std::string(a.sentences[s].span.Of(a.body));
  return t.size() > 110 ? t.substr(0, 110) + "..." : t;
}

void ScoreDoc(const Article& a, const std::vector<Gold>& gold, bool verbose, bool mentions, const std::string& doc,
              Counts* c) {
  std::vector<const Quotation*> pred;
  for (const auto& q : a.quotes) if (!q.direct) pred.push_back(&q);
  c->gold += gold.size();
  c->predicted += pred.size();
  for (const auto* p : pred) ++c->predicted_of[p->source_type];
  for (const auto& g : gold) ++c->gold_of[g.type];
  std::vector<int> match(gold.size(), -1);
  std::vector<bool> used(pred.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {  // by cue
    for (size_t p = 0; p < pred.size() && match[g] < 0; ++p) {
      if (!used[p] && pred[p]->cue.end > pred[p]->cue.begin && Overlap(pred[p]->cue, gold[g].cue)) {
        used[p] = true;
        match[g] = static_cast<int>(p);
      }
    }
  }
  for (size_t g = 0; g < gold.size(); ++g) {  // by sentence and speaker
    int s = SentenceAt(a, gold[g].cue.begin);
    for (size_t p = 0; p < pred.size() && match[g] < 0 && s >= 0; ++p) {
      uint32_t at = pred[p]->cue.end > pred[p]->cue.begin ? pred[p]->cue.begin : pred[p]->span.begin;
      if (!used[p] && SentenceAt(a, at) == s &&
          parallax::tools::SpeakerMatches(pred[p]->speaker_name, pred[p]->source_type, gold[g].speaker, gold[g].type)) {
        used[p] = true;
        match[g] = static_cast<int>(p);
      }
    }
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (match[g] < 0) {
      if (verbose) std::printf("missed   %s @%u [%s] %s (%s): %s\n", doc.c_str(), gold[g].cue.begin,
                               std::string(gold[g].cue.Of(a.body)).c_str(), gold[g].speaker.c_str(),
                               gold[g].type.c_str(), SentenceText(a, gold[g].cue.begin).c_str());
      continue;
    }
    const Quotation& q = *pred[match[g]];
    ++c->matched;
    bool ok = parallax::tools::SpeakerMatches(q.speaker_name, q.source_type, gold[g].speaker, gold[g].type);
    c->speaker_ok += ok;
    c->type_ok += q.source_type == gold[g].type;
    if (q.source_type == gold[g].type) ++c->both_of[gold[g].type];
    if (verbose && (!ok || q.source_type != gold[g].type)) {
      std::printf("speaker  %s @%u [%s]: gold '%s' (%s), got '%s' (%s): %s\n", doc.c_str(), gold[g].cue.begin,
                  std::string(gold[g].cue.Of(a.body)).c_str(), gold[g].speaker.c_str(), gold[g].type.c_str(),
                  q.speaker_name.c_str(), q.source_type.c_str(), SentenceText(a, gold[g].cue.begin).c_str());
      if (mentions) std::printf("         mention '%s'\n", std::string(q.speaker.Of(a.body)).c_str());
    }
  }
  for (size_t p = 0; p < pred.size() && verbose; ++p) {
    if (used[p]) continue;
    uint32_t at = pred[p]->cue.end > pred[p]->cue.begin ? pred[p]->cue.begin : pred[p]->span.begin;
    std::printf("spurious %s @%u [%s] '%s' (%s): %s\n", doc.c_str(), at, std::string(pred[p]->cue.Of(a.body)).c_str(),
                pred[p]->speaker_name.c_str(), pred[p]->source_type.c_str(), SentenceText(a, at).c_str());
  }
}

double Ratio(size_t a, size_t b) { return b ? double(a) / b : 0; }

void Report(const std::string& name, Counts& c) {
  double p = Ratio(c.matched, c.predicted), r = Ratio(c.matched, c.gold);
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf("%-14s gold=%zu predicted=%zu matched=%zu  P=%.3f R=%.3f F1=%.3f  speaker_acc=%.3f (%zu/%zu)  "
              "source_type_acc=%.3f\n",
              name.c_str(), c.gold, c.predicted, c.matched, p, r, f, Ratio(c.speaker_ok, c.matched), c.speaker_ok,
              c.matched, Ratio(c.type_ok, c.matched));
  std::printf("%-14s", "");
  for (const char* t : kTypes) {
    std::printf(" %s P=%.2f R=%.2f (%zu/%zu/%zu)", t, Ratio(c.both_of[t], c.predicted_of[t]),
                Ratio(c.both_of[t], c.gold_of[t]), c.both_of[t], c.predicted_of[t], c.gold_of[t]);
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Score indirect speech and its source types against the gold set"};
  std::string gold_path, split = "indirect-dev", shared = PARALLAX_SHARED_DIR;
  bool verbose = false, mentions = false;
  app.add_option("gold", gold_path, "Gold JSONL (data/gold/indirect-allsides.jsonl)")->required();
  app.add_option("--split", split, "indirect-dev, indirect-blind, indirect-blind2 to indirect-blind8 or all")
      ->check(CLI::IsMember({"indirect-dev", "indirect-blind", "indirect-blind2", "indirect-blind3", "indirect-blind4", "indirect-blind5", "indirect-blind6", "indirect-blind7", "indirect-blind8", "all"}));
  app.add_option("--shared", shared, "The shared folder holding data/");
  app.add_flag("-v,--verbose", verbose, "Print every error");
  app.add_flag("--mentions", mentions, "With -v: print under each wrong speaker its speaker mention");
  CLI11_PARSE(app, argc, argv);
  auto annotators = parallax::annotate::MakeAnnotators({"ner", "coref"});
  if (!annotators.ok()) {
    std::fprintf(stderr, "parallax-eval-indirect: %s\n", annotators.status().ToString().c_str());
    return 1;
  }
  std::ifstream in(gold_path);
  if (!in) {
    std::fprintf(stderr, "parallax-eval-indirect: cannot read %s\n", gold_path.c_str());
    return 1;
  }
  std::map<std::string, Counts> counts;
  std::string line;
  while (std::getline(in, line)) {
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("reports")) continue;
    std::string s = j.value("split", "");
    if (split != "all" && s != split) continue;
    std::string doc = j.value("doc", "");
    auto a = CanonicalArticle(shared + "/data/" + doc);
    if (!a.ok()) {
      std::fprintf(stderr, "parallax-eval-indirect: %s\n", a.status().ToString().c_str());
      return 1;
    }
    for (const auto& an : *annotators) (void)an->Annotate(&*a);
    parallax::quotes::FindQuotations(&*a);
    std::vector<Gold> gold;
    for (const auto& r : j["reports"]) {
      Span cue{r.value("cue_begin", 0u), r.value("cue_end", 0u)};
      if (cue.end > a->body.size() || cue.begin >= cue.end) {
        std::fprintf(stderr, "parallax-eval-indirect: %s: cue span out of range\n", doc.c_str());
        return 1;
      }
      gold.push_back(Gold{cue, r.value("speaker", ""), r.value("source_type", "")});
    }
    ScoreDoc(*a, gold, verbose, mentions, doc, &counts[s]);
    ScoreDoc(*a, gold, false, false, doc, &counts["all"]);
  }
  for (auto& [name, c] : counts) Report(name, c);
  return 0;
}
