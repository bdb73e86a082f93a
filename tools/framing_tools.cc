// BASIL loading, cue learning and span scoring (see framing_tools.h).
//
// Learning is counting: a word n-gram is a loaded-language cue when it sits
// inside annotators' lexical-bias spans often enough relative to how often it
// occurs at all in the same articles. That keeps what annotators flag
// repeatedly ("radical", "slammed") and drops words that merely co-occur
// with bias ("Obama", "said"), since those occur everywhere else too.
#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "cluster/text_features.h"
#include "core/ascii.h"
#include "core/file_util.h"
#include "text/segment.h"
#include "tools/framing_tools.h"

namespace parallax::tools {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

Result<json> ReadJson(const fs::path& path) {
  auto text = core::ReadFileToString(path.string());
  if (!text.ok()) return text.status();
  json j = json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::Corruption(path.string() + ": invalid JSON");
  return j;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Body from body-paragraphs; returns the byte offset of every sentence.
std::vector<uint32_t> BuildBody(const json& paragraphs, Article* a) {
  std::vector<uint32_t> starts;
  if (!paragraphs.is_array()) return starts;
  for (const json& p : paragraphs) {
    if (!p.is_array() || p.empty()) continue;
    if (!a->body.empty()) a->body += "\n\n";
    uint32_t begin = static_cast<uint32_t>(a->body.size());
    for (size_t s = 0; s < p.size(); ++s) {
      if (!p[s].is_string()) continue;
      if (a->body.size() > begin) a->body += " ";
      starts.push_back(static_cast<uint32_t>(a->body.size()));
      a->body += p[s].get<std::string>();
    }
    a->paragraphs.push_back({{begin, static_cast<uint32_t>(a->body.size())}, false});
  }
  return starts;
}

// Finds `text` in the body, preferring the occurrence `start` bytes after a
// sentence start (BASIL offsets are relative to their sentence).
bool Locate(const std::string& body, const std::vector<uint32_t>& starts, std::string_view text, int start,
            Span* out) {
  if (text.empty()) return false;
  size_t first = body.find(text);
  if (first == std::string::npos) return false;
  for (uint32_t s : starts) {
    if (start >= 0 && s + start + text.size() <= body.size() && body.compare(s + start, text.size(), text) == 0) {
      *out = {s + static_cast<uint32_t>(start), s + static_cast<uint32_t>(start + text.size())};
      return true;
    }
  }
  *out = {static_cast<uint32_t>(first), static_cast<uint32_t>(first + text.size())};
  return true;
}

Result<BasilDoc> LoadDoc(const fs::path& article_path, const fs::path& ann_path, int year) {
  auto art = ReadJson(article_path);
  if (!art.ok()) return art.status();
  BasilDoc doc;
  doc.year = year;
  doc.article.id = article_path.stem().string();
  doc.article.title = Str(*art, "title");
  doc.article.outlet = core::AsciiLowered(Str(*art, "source"));
  auto it = art->find("body-paragraphs");
  if (it == art->end()) return Status::Corruption(article_path.string() + ": no body-paragraphs");
  std::vector<uint32_t> starts = BuildBody(*it, &doc.article);
  text::Segment(&doc.article);
  auto ann = ReadJson(ann_path);
  if (!ann.ok()) return ann.status();
  auto phrases = ann->find("phrase-level-annotations");
  if (phrases == ann->end() || !phrases->is_array()) return doc;
  for (const json& p : *phrases) {
    if (!p.is_object() || Str(p, "bias") != "lex") continue;
    std::string txt(core::TrimAscii(Str(p, "txt")));
    int start = p.contains("start") && p["start"].is_number_integer() ? p["start"].get<int>() : -1;
    BasilDoc::Gold g;
    if (!Locate(doc.article.body, starts, txt, start, &g.span)) {
      ++doc.unlocated;
      continue;
    }
    std::string pol = Str(p, "polarity");
    g.polarity = pol == "neg" ? -1 : pol == "pos" ? 1 : 0;
    doc.gold.push_back(g);
  }
  return doc;
}

bool IsWordToken(std::string_view w) {
  return !w.empty() && (core::IsAsciiAlnum(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80);
}

// Per token of `doc`: the gold span holding it, -1 when none.
std::vector<int> GoldOfTokens(const BasilDoc& doc) {
  std::vector<int> out(doc.article.tokens.size(), -1);
  for (size_t t = 0; t < out.size(); ++t) {
    const Span s = doc.article.tokens[t].span;
    for (size_t g = 0; g < doc.gold.size(); ++g) {
      if (s.begin >= doc.gold[g].span.begin && s.end <= doc.gold[g].span.end) out[t] = static_cast<int>(g);
    }
  }
  return out;
}

struct CueCount {
  uint32_t total = 0, in_span = 0;
  int polarity = 0;
  std::string display;
};

}  // namespace

Result<std::vector<BasilDoc>> LoadBasil(const std::string& dir, int first_year, int last_year) {
  std::vector<BasilDoc> out;
  for (int year = first_year; year <= last_year; ++year) {
    fs::path adir = fs::path(dir) / "articles" / std::to_string(year);
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(adir, ec)) {
      if (e.path().extension() == ".json") files.push_back(e.path());
    }
    if (ec) return Status::NotFound(adir.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      fs::path ann = fs::path(dir) / "annotations" / std::to_string(year) / (f.stem().string() + "_ann.json");
      if (!fs::exists(ann)) continue;
      auto doc = LoadDoc(f, ann, year);
      if (!doc.ok()) return doc.status();
      out.push_back(std::move(*doc));
    }
  }
  return out;
}

std::vector<synth::LexiconEntry> LearnCues(const std::vector<const BasilDoc*>& docs, const CueOptions& options) {
  std::unordered_map<std::string, CueCount> counts;
  std::vector<std::string_view> surface;
  for (const BasilDoc* doc : docs) {
    const Article& a = doc->article;
    std::vector<int> gold = GoldOfTokens(*doc);
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      surface.clear();
      for (int n = 0; n < options.max_words && i + n < a.tokens.size(); ++n) {
        std::string_view w = a.tokens[i + n].span.Of(a.body);
        if (!IsWordToken(w)) break;
        surface.push_back(w);
        std::string last = core::AsciiLowered(w);
        // Phrases neither start nor end with a function word.
        if (cluster::IsStopWord(last) || cluster::IsStopWord(core::AsciiLowered(surface[0]))) continue;
        CueCount& c = counts[synth::FramingKey(surface)];
        ++c.total;
        if (gold[i] >= 0 && gold[i] == gold[i + n]) {
          ++c.in_span;
          c.polarity += doc->gold[gold[i]].polarity;
        }
        if (c.display.empty()) {
          for (std::string_view s : surface) {
            if (!c.display.empty()) c.display.push_back(' ');
            c.display += core::AsciiLowered(s);
          }
        }
      }
    }
  }
  std::vector<synth::LexiconEntry> out;
  for (auto& [key, c] : counts) {
    if (static_cast<int>(c.in_span) < options.min_in_span) continue;
    float precision = static_cast<float>(c.in_span) / (static_cast<float>(c.total) + options.smoothing);
    if (precision < options.min_precision) continue;
    synth::LexiconEntry e;
    e.key = key;
    e.display = c.display;
    e.polarity = static_cast<int8_t>(c.polarity > 0 ? 1 : c.polarity < 0 ? -1 : 0);
    e.weight = std::min(1.0f, precision);
    e.learned = true;
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.key < y.key; });
  return out;
}

void SpanScores::Add(const SpanScores& o) {
  predicted += o.predicted;
  gold += o.gold;
  predicted_hit += o.predicted_hit;
  gold_hit += o.gold_hit;
  exact += o.exact;
}

namespace {

std::vector<synth::LoadedTerm> BodyHits(const BasilDoc& doc, const synth::FramingLexicon& lexicon, float min_weight) {
  synth::FramingOptions options;
  options.min_weight = min_weight;
  Article body_only = doc.article;
  body_only.title.clear();
  return synth::AnalyzeFraming(body_only, lexicon, options).loaded_terms;
}

}  // namespace

SpanScores ScoreSpans(const BasilDoc& doc, const std::vector<Span>& predicted) {
  SpanScores s;
  s.gold = doc.gold.size();
  std::vector<bool> gold_hit(doc.gold.size(), false);
  for (const Span& t : predicted) {
    ++s.predicted;
    bool hit = false;
    for (size_t g = 0; g < doc.gold.size(); ++g) {
      const Span gs = doc.gold[g].span;
      if (t.begin < gs.end && gs.begin < t.end) hit = gold_hit[g] = true;
      if (t == gs) ++s.exact;
    }
    s.predicted_hit += hit;
  }
  for (bool h : gold_hit) s.gold_hit += h;
  return s;
}

SpanScores ScoreDoc(const BasilDoc& doc, const synth::FramingLexicon& lexicon, float min_weight) {
  std::vector<Span> spans;
  for (const synth::LoadedTerm& t : BodyHits(doc, lexicon, min_weight)) spans.push_back(t.span);
  return ScoreSpans(doc, spans);
}

Result<synth::WordClasses> LoadWordClasses(const std::string& path, int level) {
  auto text = core::ReadFileToString(path);
  if (!text.ok()) return text.status();
  synth::WordClasses out;
  std::string_view rest = *text;
  while (!rest.empty()) {
    size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    if (!line.starts_with("C\t")) continue;
    std::vector<std::string_view> cols;
    for (size_t at = 0; at <= line.size();) {
      size_t tab = line.find('\t', at);
      if (tab == std::string_view::npos) tab = line.size();
      cols.push_back(line.substr(at, tab - at));
      at = tab + 1;
    }
    if (cols.size() < 6) return Status::Corruption(path + ": a C line needs 6 columns");
    out.emplace(core::AsciiLowered(cols[1]), static_cast<uint16_t>(std::atoi(std::string(cols[2 + level]).c_str())));
  }
  return out;
}

synth::LoadedSpanModel TrainSpanModel(const std::vector<const BasilDoc*>& docs, const synth::FramingLexicon& lexicon,
                                      const synth::WordClasses& classes,
                                      const synth::LoadedSpanTrainOptions& options) {
  synth::LoadedSpanTrainer trainer(classes, options);
  for (const BasilDoc* d : docs) {
    std::vector<int> gold = GoldOfTokens(*d);
    std::vector<bool> flags(gold.size());
    for (size_t i = 0; i < gold.size(); ++i) flags[i] = gold[i] >= 0;
    trainer.AddExample(d->article, BodyHits(*d, lexicon, 0), std::move(flags));
  }
  return trainer.Train();
}

std::vector<Span> UnionWithLexicon(const BasilDoc& doc, const synth::FramingLexicon& lexicon, std::vector<Span> spans) {
  const size_t n = spans.size();
  for (const synth::LoadedTerm& t : BodyHits(doc, lexicon, 0)) {
    bool overlaps = false;
    for (size_t i = 0; i < n; ++i) overlaps |= t.span.begin < spans[i].end && spans[i].begin < t.span.end;
    if (!overlaps) spans.push_back(t.span);
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return spans;
}

std::vector<Span> PredictSpans(const BasilDoc& doc, const synth::FramingLexicon& lexicon,
                               const synth::LoadedSpanModel& model) {
  return model.Find(doc.article, BodyHits(doc, lexicon, 0));
}

}  // namespace parallax::tools

namespace parallax::tools {

Result<synth::FramingLexicon> CombineLexicon(const std::string& curated_path,
                                             const std::vector<const BasilDoc*>& docs,
                                             const CueOptions& options, bool use_curated, bool use_learned) {
  synth::FramingLexicon lexicon;
  if (use_learned) {
    for (auto& e : LearnCues(docs, options)) lexicon.Add(std::move(e));
  }
  if (use_curated) {
    auto curated = synth::FramingLexicon::Load(curated_path);
    if (!curated.ok()) return curated.status();
    for (const auto& e : curated->entries()) lexicon.Add(e);
  }
  return lexicon;
}

Status TrainFraming(const FramingTrainOptions& options) {
  auto docs = LoadBasil(options.basil, options.first_year, options.last_year);
  if (!docs.ok()) return docs.status();
  std::vector<const BasilDoc*> all;
  size_t gold = 0;
  for (const auto& d : *docs) all.push_back(&d), gold += d.gold.size();
  auto lexicon = CombineLexicon(options.curated, all, options.cues, true, true);
  if (!lexicon.ok()) return lexicon.status();
  std::string text = lexicon->Serialize();
  std::string header = "# Curated terms from " + std::filesystem::path(options.curated).filename().string() +
                       " plus cues learned from BASIL lexical-bias spans, years " +
                       std::to_string(options.first_year) + "-" + std::to_string(options.last_year) + " (" +
                       std::to_string(all.size()) + " articles, " + std::to_string(gold) +
                       " spans); see models/README.md.\n";
  text.insert(text.find('\n') + 1, header);
  FILE* f = fopen(options.output.c_str(), "wb");
  if (f == nullptr) return Status::IOError(options.output + ": cannot open for writing");
  bool ok = fwrite(text.data(), 1, text.size(), f) == text.size();
  ok &= fclose(f) == 0;
  if (!ok) return Status::IOError(options.output + ": write failed");
  size_t learned = 0;
  for (const auto& e : lexicon->entries()) learned += e.learned;
  fprintf(stderr, "framing: %zu articles, %zu gold spans, %zu learned cues, %zu entries -> %s\n", all.size(), gold,
          learned, lexicon->size(), options.output.c_str());
  return Status::OK();
}

}  // namespace parallax::tools
