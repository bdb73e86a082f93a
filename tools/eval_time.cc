// parallax-eval-time: TempEval-3 Task A scorer for the time tagger.
//
// Metrics follow the TempEval-3 task paper and official scorer: extents are
// matched one-to-one, strictly (same span) or relaxed (overlapping spans);
// precision/recall/F1 are computed for both; attribute (value, type) F1 is
// the attribute accuracy over relaxed-matched pairs times the relaxed F1.
// Spans here are character (byte) offsets in the text with tags removed;
// the official scorer works on tokens, which agrees except for extents that
// split a token.
//
// Modes:
//   parallax-eval-time --tempeval DIR...     tag every .tml under DIR with its DCT, score
//   parallax-eval-time --meantime DIR...     same for MEANTIME CAT XML (TIMEX3 layer)
//   parallax-eval-time --score SYS_DIR GOLD_DIR   score `parallax time --timeml` output
// Options: --errors prints every mismatch (for development); --context also
// prints the text around each one.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "core/file_util.h"
#include "annotate/time/time_tagger.h"
#include "annotate/time/timeml.h"

namespace fs = std::filesystem;
using parallax::Span;
using parallax::time::Timex;

namespace {

struct Doc {
  std::string name;
  std::string text;
  std::string dct;
  std::vector<Timex> gold;
  size_t scored_end = std::string::npos;  // system timexes starting here or later are ignored
};

struct Counts {
  long gold = 0, sys = 0, strict = 0, relaxed_sys = 0, relaxed_gold = 0, value_ok = 0, type_ok = 0, pairs = 0;
};

bool ReadFile(const fs::path& p, std::string* out) {
  auto bytes = parallax::core::ReadFileToString(p.string());
  if (!bytes.ok()) return false;
  *out = std::move(*bytes);
  return true;
}

std::vector<fs::path> ListFiles(const std::string& dir, const std::string& ext) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_regular_file() && it->path().extension() == ext) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool Overlap(const Span& a, const Span& b) { return a.begin < b.end && b.begin < a.end; }

// With --context, each error line is followed by the text around the span
// (kContextBytes either side, newlines folded) and the span in brackets.
bool g_context = false;
constexpr size_t kContextBytes = 90;
void PrintContext(const std::string& text, const Span& s) {
  if (!g_context) return;
  const size_t from = s.begin > kContextBytes ? s.begin - kContextBytes : 0;
  const size_t to = std::min(text.size(), size_t{s.end} + kContextBytes);
  std::string line = text.substr(from, s.begin - from) + "[" + text.substr(s.begin, s.end - s.begin) + "]" +
                     text.substr(s.end, to - s.end);
  std::replace(line.begin(), line.end(), '\n', ' ');
  fmt::print("    {}\n", line);
}

void Score(const Doc& doc, std::vector<Timex> sys, Counts* c, bool errors) {
  sys.erase(std::remove_if(sys.begin(), sys.end(),
                           [&](const Timex& t) { return t.span.begin >= doc.scored_end; }),
            sys.end());
  c->gold += doc.gold.size();
  c->sys += sys.size();
  std::vector<bool> gold_used(doc.gold.size(), false), gold_relaxed(doc.gold.size(), false);
  for (const Timex& s : sys) {
    for (size_t g = 0; g < doc.gold.size(); ++g) {
      if (!gold_used[g] && doc.gold[g].span == s.span) { gold_used[g] = true; ++c->strict; break; }
    }
  }
  for (const Timex& s : sys) {
    bool matched = false;
    for (size_t g = 0; g < doc.gold.size(); ++g) {
      if (gold_relaxed[g] || !Overlap(doc.gold[g].span, s.span)) continue;
      gold_relaxed[g] = true;
      matched = true;
      ++c->pairs;
      const bool v = doc.gold[g].value == s.value, t = doc.gold[g].type == s.type;
      c->value_ok += v;
      c->type_ok += t;
      if (errors && (!v || !t || !(doc.gold[g].span == s.span))) {
        fmt::print("VAL {} dct={} gold=[{}] {} {} sys=[{}] {} {}\n", doc.name, doc.dct,
                   doc.gold[g].span.Of(doc.text), doc.gold[g].type, doc.gold[g].value,
                   s.span.Of(doc.text), s.type, s.value);
        PrintContext(doc.text, doc.gold[g].span);
      }
      break;
    }
    c->relaxed_sys += matched;
    if (!matched && errors) {
      fmt::print("FP  {} [{}] {} {}\n", doc.name, s.span.Of(doc.text), s.type, s.value);
      PrintContext(doc.text, s.span);
    }
  }
  for (size_t g = 0; g < doc.gold.size(); ++g) {
    c->relaxed_gold += gold_relaxed[g];
    if (!gold_relaxed[g] && errors) {
      fmt::print("FN  {} [{}] {} {}\n", doc.name, doc.gold[g].span.Of(doc.text), doc.gold[g].type, doc.gold[g].value);
      PrintContext(doc.text, doc.gold[g].span);
    }
  }
}

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

void Report(const std::string& corpus, long docs, const Counts& c) {
  const double sp = c.sys ? double(c.strict) / c.sys : 0, sr = c.gold ? double(c.strict) / c.gold : 0;
  const double rp = c.sys ? double(c.relaxed_sys) / c.sys : 0, rr = c.gold ? double(c.relaxed_gold) / c.gold : 0;
  const double rf = F1(rp, rr);
  const double vacc = c.pairs ? double(c.value_ok) / c.pairs : 0, tacc = c.pairs ? double(c.type_ok) / c.pairs : 0;
  fmt::print("{}: docs={} gold={} system={}\n", corpus, docs, c.gold, c.sys);
  fmt::print("  strict  P={:.2f} R={:.2f} F1={:.2f}\n", 100 * sp, 100 * sr, 100 * F1(sp, sr));
  fmt::print("  relaxed P={:.2f} R={:.2f} F1={:.2f}\n", 100 * rp, 100 * rr, 100 * rf);
  fmt::print("  value   F1={:.2f} (accuracy {:.2f})\n", 100 * rf * vacc, 100 * vacc);
  fmt::print("  type    F1={:.2f} (accuracy {:.2f})\n", 100 * rf * tacc, 100 * tacc);
}

bool LoadTimeml(const fs::path& p, Doc* doc) {
  std::string raw;
  if (!ReadFile(p, &raw)) return false;
  auto parsed = parallax::time::ParseTimeml(std::move(raw));
  if (!parsed.ok()) {
    fmt::print(stderr, "{}: {}\n", p.string(), parsed.status().ToString());
    return false;
  }
  doc->name = p.filename().string();
  doc->text = parsed->plain;
  doc->dct = parsed->dct;
  doc->gold = parsed->gold;
  return true;
}

// MEANTIME CAT XML: tokens joined by spaces (sentences by newlines); the
// TIMEX3 markables anchor to token ids; the CREATION_TIME markable gives the DCT.
// MEANTIME annotates only the title, the dateline and the first four
// sentences (sentence ids 0..5), so system output after them is not scored.
constexpr int kMeantimeLastSentence = 5;
bool LoadMeantime(const fs::path& p, Doc* doc) {
  std::string raw;
  if (!ReadFile(p, &raw)) return false;
  doc->name = p.filename().string();
  std::map<std::string, Span> token_span;
  std::string last_sentence;
  size_t pos = 0;
  while ((pos = raw.find("<token ", pos)) != std::string::npos) {
    const size_t gt = raw.find('>', pos);
    const size_t close = raw.find("</token>", gt);
    if (gt == std::string::npos || close == std::string::npos) break;
    const std::string_view tag(raw.data() + pos, gt - pos + 1);
    const std::string sentence = parallax::time::XmlAttribute(tag, "sentence");
    if (!doc->text.empty()) doc->text += sentence != last_sentence ? "\n" : " ";
    last_sentence = sentence;
    const std::string word = parallax::time::XmlUnescape(std::string_view(raw).substr(gt + 1, close - gt - 1));
    Span s{static_cast<uint32_t>(doc->text.size()), 0};
    doc->text += word;
    s.end = static_cast<uint32_t>(doc->text.size());
    token_span[parallax::time::XmlAttribute(tag, "t_id")] = s;
    if (std::atoi(sentence.c_str()) <= kMeantimeLastSentence) doc->scored_end = s.end;
    pos = close;
  }
  pos = 0;
  while ((pos = raw.find("<TIMEX3 ", pos)) != std::string::npos) {
    const size_t gt = raw.find('>', pos);
    if (gt == std::string::npos) break;
    const std::string_view tag(raw.data() + pos, gt - pos + 1);
    pos = gt;
    if (parallax::time::XmlAttribute(tag, "functionInDocument") == "CREATION_TIME") {
      doc->dct = parallax::time::XmlAttribute(tag, "value").substr(0, 10);
    }
    if (tag.size() >= 2 && tag[tag.size() - 2] == '/') continue;  // no extent
    const size_t close = raw.find("</TIMEX3>", gt);
    if (close == std::string::npos) break;
    Timex t;
    t.type = parallax::time::XmlAttribute(tag, "type");
    t.value = parallax::time::XmlAttribute(tag, "value");
    bool first = true;
    size_t a = gt;
    while ((a = raw.find("<token_anchor", a)) != std::string::npos && a < close) {
      const size_t agt = raw.find('>', a);
      auto it = token_span.find(parallax::time::XmlAttribute(std::string_view(raw).substr(a, agt - a + 1), "t_id"));
      if (it != token_span.end()) {
        if (first) t.span = it->second;
        t.span.begin = std::min(t.span.begin, it->second.begin);
        t.span.end = std::max(t.span.end, it->second.end);
        first = false;
      }
      a = agt;
    }
    if (!first) doc->gold.push_back(t);
  }
  std::sort(doc->gold.begin(), doc->gold.end(),
            [](const Timex& x, const Timex& y) { return x.span.begin < y.span.begin; });
  return true;
}

bool IsIsoDate(const std::string& v) {
  return v.size() == 10 && v[4] == '-' && v[7] == '-' &&
         std::all_of(v.begin(), v.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

// Tags with the document's DCT; a document without a usable one is treated
// as undated: tagged without DCT, then resolved against the first explicit
// calendar date of its opening lines (the dateline), as the pipeline does.
std::vector<Timex> TagDocument(const parallax::time::TimeTagger& tagger, const Doc& doc) {
  if (IsIsoDate(doc.dct)) return tagger.Tag(doc.text, doc.dct);
  std::vector<Timex> found = tagger.Tag(doc.text, "");
  size_t line_end = doc.text.find('\n');
  if (line_end != std::string::npos) line_end = doc.text.find('\n', line_end + 1);
  for (const Timex& t : found) {
    if (t.span.begin > line_end) break;
    if (!t.needs_dct && IsIsoDate(t.value)) {
      tagger.Resolve(doc.text, t.value, &found);
      break;
    }
  }
  return found;
}

int Usage() {
  fmt::print(stderr,
             "usage: parallax-eval-time [--errors|--context] --tempeval DIR... | --meantime DIR... | "
             "--score SYS_DIR GOLD_DIR\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool errors = false;
  args.erase(std::remove_if(args.begin(), args.end(),
                            [&](const std::string& a) {
                              if (a == "--context") return errors = g_context = true;
                              return a == "--errors" ? (errors = true) : false;
                            }),
             args.end());
  if (args.size() < 2) return Usage();
  auto tagger = parallax::time::TimeTagger::Create({});
  if (!tagger.ok()) {
    fmt::print(stderr, "{}\n", tagger.status().ToString());
    return 1;
  }
  const std::string mode = args[0];
  if (mode == "--score") {
    if (args.size() != 3) return Usage();
    Counts c;
    long docs = 0;
    for (const fs::path& gold_path : ListFiles(args[2], ".tml")) {
      Doc gold, sys;
      if (!LoadTimeml(gold_path, &gold)) continue;
      if (!LoadTimeml(fs::path(args[1]) / gold_path.filename(), &sys) || sys.text != gold.text) {
        fmt::print(stderr, "{}: system file missing or its text differs\n", gold_path.filename().string());
        sys.gold.clear();
      }
      Score(gold, sys.gold, &c, errors);
      ++docs;
    }
    Report(args[1], docs, c);
    return 0;
  }
  if (mode != "--tempeval" && mode != "--meantime") return Usage();
  for (size_t k = 1; k < args.size(); ++k) {
    Counts c;
    long docs = 0;
    for (const fs::path& p : ListFiles(args[k], mode == "--tempeval" ? ".tml" : ".xml")) {
      Doc doc;
      if (!(mode == "--tempeval" ? LoadTimeml(p, &doc) : LoadMeantime(p, &doc))) continue;
      Score(doc, TagDocument(**tagger, doc), &c, errors);
      ++docs;
    }
    Report(args[k], docs, c);
  }
  return 0;
}
