// parallax-eval-quotes: quotation detection and speaker accuracy against the
// hand-labelled gold set (data/gold/quotes-basil.jsonl, see docs/quotes.md).
//
// The gold file holds references only: document path under the shared data
// folder, byte offsets of each quotation's content in the document's
// canonical text, the speaker and the source type. The canonical text of a
// BASIL article is its paragraphs joined by a blank line, each paragraph's
// sentences joined by one space (NewsWCL50 articles: tools/conll_text.h); the scorer rebuilds it, segments it, runs
// the ner, coref and quotes annotators and compares direct quotations:
//   detection  a predicted direct quotation matches a gold one when their
//              spans overlap (one-to-one, in text order); P/R/F1 over those;
//              "exact" counts matches whose bounds agree up to edge punctuation;
//   speaker    over matched quotations: the canonical speaker equals the gold
//              one or one of its `|`-separated alternatives (case, a leading
//              "the" and middle initials ignored); a gold description ("the
//              letter", "a source", "campaigners") matches any prediction of
//              the same source type.
// --dump-candidates FILE writes, for every matched gold quotation, the speaker
// candidates the speaker model scored (JSON lines, the input of
// tools/train_quote_speakers.py); --no-model scores the rules alone; --model FILE
// scores with the weights in FILE (format docs/formats/quote-speakers.md) instead of
// the compiled-in ones (tools/train_quote_speakers.py cv runs it per held-out split).
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <optional>

#include "annotate/annotator.h"
#include "annotate/quotes/quote_annotator.h"
#include "annotate/quotes/speaker_model.h"
#include "core/file_util.h"
#include "text/segment.h"
#include "tools/allsides_text.h"
#include "tools/conll_text.h"
#include "tools/speaker_match.h"

namespace {

using nlohmann::json;
using parallax::Article;
using parallax::Span;

// The blind split of the current session: `--split all` leaves it out, so only a run that names
// it scores it (labelled once, scored untouched and at the end of the session only).
constexpr std::string_view kBlindSplit = "allsides-blind22";

struct Gold {
  Span span;
  std::string speaker, type;
};

// An Article of `paragraphs` joined by a blank line, segmented.
Article FromParagraphs(const std::vector<std::string>& paragraphs, std::string outlet) {
  Article a;
  for (const auto& p : paragraphs) {
    if (!a.body.empty()) a.body += "\n\n";
    uint32_t begin = a.body.size();
    a.body += p;
    a.paragraphs.push_back(parallax::Paragraph{Span{begin, static_cast<uint32_t>(a.body.size())}});
  }
  a.outlet = std::move(outlet);
  parallax::text::Segment(&a);
  return a;
}

// The canonical text of a gold document (see the file comment): a BASIL
// article (each paragraph's sentences joined by one space), a NewsWCL50
// one named "newswcl50/NewsWCL50.conll#<doc id>" (tools/conll_text.h), or an
// AllSides one named "allsides-news/allsides-news.jsonl.gz#<id>" (tools/allsides_text.h).
parallax::Result<Article> CanonicalArticle(const std::string& path) {
  size_t hash = path.find('#');
  if (hash != std::string::npos && path.substr(0, hash).ends_with(".jsonl.gz")) {
    auto article = parallax::tools::ReadAllsidesArticle(path.substr(0, hash), path.substr(hash + 1));
    if (!article.ok()) return article.status();
    return FromParagraphs(article->paragraphs, article->outlet);
  }
  if (hash != std::string::npos) {
    auto paragraphs = parallax::tools::ConllParagraphs(path.substr(0, hash), path.substr(hash + 1));
    if (!paragraphs.ok()) return paragraphs.status();
    return FromParagraphs(*paragraphs, "");
  }
  auto raw = parallax::core::ReadFileToString(path);
  if (!raw.ok()) return raw.status();
  json d = json::parse(*raw, nullptr, false);
  if (d.is_discarded() || !d.contains("body-paragraphs")) return parallax::Status::Corruption(path + ": not a BASIL article");
  std::vector<std::string> paragraphs;
  for (const auto& p : d["body-paragraphs"]) {
    std::string text;
    for (const auto& sentence : p) text += (text.empty() ? "" : " ") + sentence.get<std::string>();
    paragraphs.push_back(std::move(text));
  }
  return FromParagraphs(paragraphs, d.value("source", ""));
}

// The predicted speaker matches the gold one (tools/speaker_match.h).
bool SpeakerMatches(const parallax::Quotation& pred, const Gold& gold) {
  return parallax::tools::SpeakerMatches(pred.speaker_name, pred.source_type, gold.speaker, gold.type);
}

// Trims edge spaces and punctuation for the exact-bounds comparison.
Span Inner(std::string_view body, Span s) {
  auto edge = [](char c) { return c == ' ' || c == '.' || c == ',' || c == '?' || c == '!' || c == ':' || c == '\n'; };
  while (s.begin < s.end && edge(body[s.begin])) ++s.begin;
  while (s.end > s.begin && edge(body[s.end - 1])) --s.end;
  return s;
}

struct Counts {
  size_t gold = 0, predicted = 0, matched = 0, exact = 0, speaker_ok = 0, type_ok = 0;
};

void ScoreDoc(const Article& a, const std::vector<Gold>& gold, bool verbose, bool type_errors, bool mentions,
              const std::string& doc, Counts* c) {
  std::vector<const parallax::Quotation*> pred;
  for (const auto& q : a.quotes) if (q.direct) pred.push_back(&q);
  c->gold += gold.size();
  c->predicted += pred.size();
  std::vector<bool> used(pred.size(), false), found(gold.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < pred.size(); ++p) {
      if (used[p] || pred[p]->span.end <= gold[g].span.begin || pred[p]->span.begin >= gold[g].span.end) continue;
      used[p] = found[g] = true;
      ++c->matched;
      Span gi = Inner(a.body, gold[g].span), pi = Inner(a.body, pred[p]->span);
      if (gi == pi) ++c->exact;
      bool ok = SpeakerMatches(*pred[p], gold[g]);
      c->speaker_ok += ok;
      c->type_ok += pred[p]->source_type == gold[g].type;
      if (verbose && !ok) {
        std::printf("speaker %s @%u: gold '%s' (%s), got '%s' (%s) [%s]\n", doc.c_str(), gold[g].span.begin,
                    gold[g].speaker.c_str(), gold[g].type.c_str(), pred[p]->speaker_name.c_str(),
                    pred[p]->source_type.c_str(), std::string(gold[g].span.Of(a.body).substr(0, 40)).c_str());
        if (mentions) {  // the words the rules read as the speaker and the cue ("he", "said")
          std::printf("        mention '%s' cue '%s'\n", std::string(pred[p]->speaker.Of(a.body)).c_str(),
                      std::string(pred[p]->cue.Of(a.body)).c_str());
        }
      }
      if (type_errors && ok && pred[p]->source_type != gold[g].type) {  // the speaker is right, its type is not
        std::printf("type    %s @%u: gold '%s' (%s), got '%s' (%s) [%s]\n", doc.c_str(), gold[g].span.begin,
                    gold[g].speaker.c_str(), gold[g].type.c_str(), pred[p]->speaker_name.c_str(),
                    pred[p]->source_type.c_str(), std::string(gold[g].span.Of(a.body).substr(0, 40)).c_str());
      }
      break;
    }
    if (verbose && !found[g]) std::printf("missed  %s @%u: %s\n", doc.c_str(), gold[g].span.begin, gold[g].speaker.c_str());
  }
  for (size_t p = 0; p < pred.size() && verbose; ++p) {
    if (!used[p]) std::printf("spurious %s @%u: '%s'\n", doc.c_str(), pred[p]->span.begin,
                              std::string(pred[p]->span.Of(a.body).substr(0, 60)).c_str());
  }
}

struct Explained {
  Span quote;
  std::string need;
  std::vector<parallax::quotes::SpeakerChoice> choices;
};

// One JSON line per explained quotation that overlaps a gold one: the gold speaker and the candidates.
void DumpCandidates(const std::vector<Explained>& explained, const std::vector<Gold>& gold, const std::string& doc,
                    const std::string& split, std::ofstream* out) {
  for (const auto& x : explained) {
    for (const auto& g : gold) {
      if (x.quote.end <= g.span.begin || x.quote.begin >= g.span.end) continue;
      json cands = json::array();
      for (const auto& c : x.choices) cands.push_back({{"name", c.name}, {"type", c.type}, {"features", c.features}});
      json line = {{"doc", doc}, {"split", split}, {"begin", g.span.begin}, {"need", x.need},
                   {"gold_speaker", g.speaker}, {"gold_type", g.type}, {"candidates", cands}};
      *out << line.dump() << "\n";
      break;
    }
  }
}

// One JSON line per document: its canonical text and every predicted direct quotation with its cue,
// speaker and whether it matched a gold one (the same one-to-one overlap as ScoreDoc), for measuring
// features of real and spurious predictions outside the binary.
void DumpPredictions(const Article& a, const std::vector<Gold>& gold, const std::string& doc, const std::string& split,
                     std::ofstream* out) {
  std::vector<const parallax::Quotation*> pred;
  for (const auto& q : a.quotes) if (q.direct) pred.push_back(&q);
  std::vector<bool> used(pred.size(), false);
  for (const auto& g : gold) {
    for (size_t p = 0; p < pred.size(); ++p) {
      if (used[p] || pred[p]->span.end <= g.span.begin || pred[p]->span.begin >= g.span.end) continue;
      used[p] = true;
      break;
    }
  }
  json preds = json::array();
  for (size_t p = 0; p < pred.size(); ++p) {
    preds.push_back({{"begin", pred[p]->span.begin}, {"end", pred[p]->span.end}, {"cue_begin", pred[p]->cue.begin},
                     {"cue_end", pred[p]->cue.end}, {"speaker", pred[p]->speaker_name},
                     {"type", pred[p]->source_type}, {"real", bool(used[p])}});
  }
  json golds = json::array();
  for (const auto& g : gold) golds.push_back({{"begin", g.span.begin}, {"end", g.span.end}});
  json line = {{"doc", doc}, {"split", split}, {"body", a.body}, {"pred", preds}, {"gold", golds}};
  *out << line.dump() << "\n";
}

void Report(const std::string& name, const Counts& c) {
  double p = c.predicted ? double(c.matched) / c.predicted : 0, r = c.gold ? double(c.matched) / c.gold : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf("%-8s gold=%zu predicted=%zu matched=%zu  P=%.3f R=%.3f F1=%.3f  exact_bounds=%.3f  "
              "speaker_acc=%.3f (%zu/%zu)  source_type_acc=%.3f\n",
              name.c_str(), c.gold, c.predicted, c.matched, p, r, f, c.matched ? double(c.exact) / c.matched : 0,
              c.matched ? double(c.speaker_ok) / c.matched : 0, c.speaker_ok, c.matched,
              c.matched ? double(c.type_ok) / c.matched : 0);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Score quotations and speakers against the gold set"};
  std::string gold_path, split = "dev", shared = PARALLAX_SHARED_DIR;
  std::string print_text;
  bool verbose = false, mentions = false;
  app.add_option("gold", gold_path, "Gold JSONL (data/gold/quotes-{basil,newswcl50,allsides}.jsonl)");
  app.add_option("--split", split, "dev, heldout, newswcl50, wcl-heldout, wcl-blind4, allsides-blind4, allsides-blind5, allsides-blind6, allsides-blind7, allsides-blind8, allsides-blind9, allsides-blind10, allsides-blind11, allsides-blind12, allsides-blind13, allsides-blind14, allsides-blind15, allsides-blind16, allsides-blind17, allsides-blind18, allsides-blind19, allsides-blind20, allsides-blind21, allsides-blind22 or all (all leaves out the blind split of the current session, allsides-blind22: score it only by name)")
      ->check(CLI::IsMember({"dev", "heldout", "newswcl50", "wcl-heldout", "wcl-blind4", "allsides-blind4", "allsides-blind5", "allsides-blind6", "allsides-blind7", "allsides-blind8", "allsides-blind9", "allsides-blind10", "allsides-blind11", "allsides-blind12", "allsides-blind13", "allsides-blind14", "allsides-blind15", "allsides-blind16", "allsides-blind17", "allsides-blind18", "allsides-blind19", "allsides-blind20", "allsides-blind21", "allsides-blind22", "all"}));
  app.add_option("--shared", shared, "The shared folder holding data/");
  app.add_option("--print-text", print_text, "Print the canonical text of DOC (a gold 'doc' value) and exit");
  app.add_flag("-v,--verbose", verbose, "Print every error");
  app.add_flag("--mentions", mentions, "With -v: print under each wrong speaker its speaker mention and cue");
  bool type_errors = false;
  app.add_flag("--type-errors", type_errors, "Also print each matched quotation whose speaker is right and type wrong");
  std::string dump_path;
  bool no_model = false;
  app.add_option("--dump-candidates", dump_path, "Write the speaker model's candidates per gold quotation (JSONL)");
  app.add_flag("--no-model", no_model, "Attribute with the rules alone (no speaker model)");
  std::string predictions_path;
  app.add_option("--dump-predictions", predictions_path,
                 "Write each document's text and predicted direct quotations, real or spurious (JSONL)");
  std::string model_path;
  app.add_option("--model", model_path, "Speaker-model weights to use instead of the compiled-in ones (TSV)");
  CLI11_PARSE(app, argc, argv);
  if (!print_text.empty()) {
    auto a = CanonicalArticle(shared + "/data/" + print_text);
    if (!a.ok()) {
      std::fprintf(stderr, "parallax-eval-quotes: %s\n", a.status().ToString().c_str());
      return 1;
    }
    std::fwrite(a->body.data(), 1, a->body.size(), stdout);
    return 0;
  }
  if (gold_path.empty()) {
    std::fprintf(stderr, "parallax-eval-quotes: a gold file is required\n");
    return 2;
  }
  auto annotators = parallax::annotate::MakeAnnotators({"ner", "coref"});
  if (!annotators.ok()) {
    std::fprintf(stderr, "parallax-eval-quotes: %s\n", annotators.status().ToString().c_str());
    return 1;
  }
  std::ifstream in(gold_path);
  if (!in) {
    std::fprintf(stderr, "parallax-eval-quotes: cannot read %s\n", gold_path.c_str());
    return 1;
  }
  // Opens an optional output file; false (with the reason on stderr) when it cannot be written.
  auto open_output = [](const std::string& path, std::ofstream* out) {
    if (path.empty()) return true;
    out->open(path);
    if (*out) return true;
    std::fprintf(stderr, "parallax-eval-quotes: cannot write %s\n", path.c_str());
    return false;
  };
  std::ofstream dump;
  std::ofstream predictions;
  if (!open_output(dump_path, &dump) || !open_output(predictions_path, &predictions)) return 1;
  std::vector<Explained> explained;
  parallax::quotes::QuoteOptions options;
  options.speaker_model = !no_model;
  std::optional<parallax::quotes::SpeakerModel> weights;
  if (!model_path.empty()) {
    auto tsv = parallax::core::ReadFileToString(model_path);
    if (!tsv.ok()) {
      std::fprintf(stderr, "parallax-eval-quotes: %s\n", tsv.status().ToString().c_str());
      return 1;
    }
    auto m = parallax::quotes::SpeakerModel::Parse(*tsv);
    if (!m.ok()) {
      std::fprintf(stderr, "parallax-eval-quotes: %s: %s\n", model_path.c_str(), m.status().ToString().c_str());
      return 1;
    }
    weights = std::move(*m);
    options.speaker_weights = &*weights;
  }
  if (!dump_path.empty()) {
    options.explain = [&](const Span& q, std::string_view need, const std::vector<parallax::quotes::SpeakerChoice>& c) {
      explained.push_back(Explained{q, std::string(need), c});
    };
  }
  std::map<std::string, Counts> counts;
  std::string line;
  while (std::getline(in, line)) {
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    std::string s = j.value("split", "");
    if (split != "all" && s != split) continue;
    if (split == "all" && s == kBlindSplit) continue;
    std::string doc = j.value("doc", "");
    auto a = CanonicalArticle(shared + "/data/" + doc);
    if (!a.ok()) {
      std::fprintf(stderr, "parallax-eval-quotes: %s\n", a.status().ToString().c_str());
      return 1;
    }
    for (const auto& an : *annotators) (void)an->Annotate(&*a);
    explained.clear();
    parallax::quotes::FindQuotations(&*a, options);
    std::vector<Gold> gold;
    for (const auto& q : j["quotes"]) {
      gold.push_back(Gold{Span{q["begin"].get<uint32_t>(), q["end"].get<uint32_t>()}, q["speaker"], q["source_type"]});
    }
    if (dump.is_open()) DumpCandidates(explained, gold, doc, s, &dump);
    if (predictions.is_open()) DumpPredictions(*a, gold, doc, s, &predictions);
    ScoreDoc(*a, gold, verbose, type_errors, mentions, doc, &counts[s]);
    ScoreDoc(*a, gold, false, false, false, doc, &counts["all"]);
  }
  for (const auto& [name, c] : counts) Report(name, c);
  return 0;
}
