// parallax-eval-extract: scores parallax_html on the trafilatura evaluation
// set (evaldata.json + html/<file>.gz).
//
// For every page, each "with" segment must occur in the extracted main text
// (TP, else FN) and each "without" segment must not (FP when it does, else
// TN); precision, recall, F1 and accuracy are pooled over all segments, as
// in trafilatura's tests/evaluate.py. Both text and segments have their
// white space collapsed before the substring test. Metadata accuracy (title,
// author, date) is reported over the pages whose gold field is non-empty.
//
// Usage: parallax-eval-extract DATA_DIR [--verbose] [--dump OUT_DIR]
//        [--score-dir PEER_TEXTS] [--only-dir PEER_TEXTS] [--explain FILE]

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/html/html_content.h"
#include "ingest/html/html_dom.h"
#include "ingest/html/html_extract.h"
#include "ingest/input_stream.h"
#include "ingest/html/html_metadata.h"

namespace {

using parallax::ingest::ExtractHtml;

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

bool ReadGzip(const std::string& path, std::string* out) {
  auto bytes = parallax::ingest::ReadDecompressedFile(path);
  if (!bytes.ok()) return false;
  *out = std::move(*bytes);
  return true;
}

struct Counts {
  long tp = 0, fn = 0, fp = 0, tn = 0;
  long meta_total[3] = {0, 0, 0}, meta_ok[3] = {0, 0, 0};
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void ScoreMeta(const nlohmann::json& gold, const parallax::ingest::HtmlDocument& doc, bool verbose, Counts* c) {
  const char* keys[3] = {"title", "author", "date"};
  std::string got[3] = {doc.title, doc.byline, doc.published.substr(0, 10)};
  for (int k = 0; k < 3; ++k) {
    if (!gold.contains(keys[k]) || !gold[keys[k]].is_string()) continue;
    std::string want = Collapse(gold[keys[k]].get<std::string>());
    if (want.empty()) continue;
    ++c->meta_total[k];
    bool ok = Lower(Collapse(got[k])) == Lower(want);
    c->meta_ok[k] += ok;
    if (!ok && verbose) fmt::print("META {} got={:?} want={:?}\n", keys[k], got[k], want);
  }
}

void ScorePage(const std::string& url, const nlohmann::json& gold, const std::string& text, bool verbose,
               Counts* c) {
  for (const auto& seg : gold.value("with", nlohmann::json::array())) {
    bool found = text.find(Collapse(seg.get<std::string>())) != std::string::npos;
    found ? ++c->tp : ++c->fn;
    if (!found && verbose) fmt::print("MISS {} | {}\n", url, seg.get<std::string>());
  }
  for (const auto& seg : gold.value("without", nlohmann::json::array())) {
    bool found = text.find(Collapse(seg.get<std::string>())) != std::string::npos;
    found ? ++c->fp : ++c->tn;
    if (found && verbose) fmt::print("JUNK {} | {}\n", url, seg.get<std::string>());
  }
}

// Path of node i as "tag#id.class < parent < ...".
std::string NodePath(const parallax::ingest::html::Dom& dom, int i) {
  std::string out;
  for (; i >= 0; i = dom.nodes()[i].parent) {
    const auto& n = dom.nodes()[i];
    if (!out.empty()) out += " < ";
    out += n.is_text() ? "#text" : gumbo_normalized_tagname(n.tag);
    if (!dom.Attr(i, "id").empty()) out += "#" + std::string(dom.Attr(i, "id"));
    if (!dom.Attr(i, "class").empty()) out += "." + std::string(dom.Attr(i, "class").substr(0, 60));
    if (n.dropped) out += "[DROPPED]";
    if (n.score != 0) out += fmt::format("[{:.1f}]", n.score);
  }
  return out;
}

// Diagnostics for one page: chosen roots, and where each gold segment lives.
int Explain(const std::string& dir, const std::string& file) {
  namespace h = parallax::ingest::html;
  std::ifstream in(dir + "/evaldata.json");
  nlohmann::json data = nlohmann::json::parse(in, nullptr, false);
  std::string raw;
  if (!ReadGzip(dir + "/html/" + file + ".gz", &raw)) return 1;
  auto utf8 = parallax::ingest::DecodeHtmlToUtf8(raw);
  if (!utf8.ok()) return 1;
  GumboOutput* out = gumbo_parse(utf8->c_str());
  h::Dom dom(out);
  h::PruneBoilerplate(&dom);
  parallax::ingest::HtmlOptions options;
  for (int r : h::ChooseRoots(&dom, options)) fmt::print("ROOT {}\n", NodePath(dom, r));
  for (auto& [url, gold] : data.items()) {
    if (gold.value("file", "") != file) continue;
    for (const char* kind : {"with", "without"}) {
      for (const auto& seg : gold[kind]) {
        std::string s = Collapse(seg.get<std::string>());
        int where = -1;
        for (size_t i = 0; i < dom.nodes().size(); ++i) {
          if (!dom.nodes()[i].is_text() && Collapse(dom.Text(static_cast<int>(i))).find(s) != std::string::npos) {
            where = static_cast<int>(i);
          }
        }
        fmt::print("{} {:?}\n   {}\n", kind, s, where < 0 ? "(not in DOM text)" : NodePath(dom, where));
      }
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return 0;
}

// Name under which bench_html --write-utf8 (and then the Readability.js
// peer) stores a page: dots and spaces become underscores.
std::string PeerName(std::string file) {
  for (char& ch : file) {
    if (ch == '.' || ch == ' ') ch = '_';
  }
  return file;
}

int Run(const std::string& dir, bool verbose, const std::string& dump, const std::string& score_dir,
        const std::string& only_dir) {
  std::ifstream in(dir + "/evaldata.json");
  nlohmann::json data = nlohmann::json::parse(in, nullptr, false);
  if (data.is_discarded() || !data.is_object()) {
    fmt::print(stderr, "cannot read {}/evaldata.json\n", dir);
    return 1;
  }
  if (!dump.empty()) std::filesystem::create_directories(dump);
  Counts c;
  int docs = 0, errors = 0;
  for (auto& [url, gold] : data.items()) {
    std::string raw, text;
    std::string file = gold.value("file", "");
    if (!only_dir.empty() && !std::filesystem::exists(only_dir + "/" + PeerName(file) + ".txt")) continue;
    if (!score_dir.empty()) {
      // Score another extractor's saved output; pages it did not see are skipped.
      std::ifstream peer(score_dir + "/" + PeerName(file) + ".txt");
      if (!peer) continue;
      std::stringstream ss;
      ss << peer.rdbuf();
      ScorePage(url, gold, Collapse(ss.str()), verbose, &c);
      ++docs;
      continue;
    }
    if (!ReadGzip(dir + "/html/" + file + ".gz", &raw)) {
      ++errors;
      if (verbose) fmt::print("NOFILE {}\n", file);
    }
    auto utf8 = parallax::ingest::DecodeHtmlToUtf8(raw);
    parallax::ingest::HtmlDocument doc;
    if (utf8.ok()) {
      auto res = ExtractHtml(*utf8);
      if (res.ok()) doc = std::move(*res);
      else if (verbose) fmt::print("ERROR {} {}\n", file, res.status().ToString());
    }
    for (const auto& b : doc.blocks) text += b.text + "\n";
    if (!dump.empty()) std::ofstream(dump + "/" + file + ".txt") << text;
    ScorePage(url, gold, Collapse(text), verbose, &c);
    ScoreMeta(gold, doc, verbose, &c);
    ++docs;
  }
  double p = static_cast<double>(c.tp) / std::max(1L, c.tp + c.fp);
  double r = static_cast<double>(c.tp) / std::max(1L, c.tp + c.fn);
  double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
  double acc = static_cast<double>(c.tp + c.tn) / std::max(1L, c.tp + c.tn + c.fp + c.fn);
  fmt::print("docs={} unreadable={} tp={} fn={} fp={} tn={}\n", docs, errors, c.tp, c.fn, c.fp, c.tn);
  fmt::print("precision={:.3f} recall={:.3f} f1={:.3f} accuracy={:.3f}\n", p, r, f1, acc);
  const char* names[3] = {"title", "author", "date"};
  for (int k = 0; k < 3; ++k) {
    fmt::print("{}_accuracy={:.3f} (n={})\n", names[k],
               static_cast<double>(c.meta_ok[k]) / std::max(1L, c.meta_total[k]), c.meta_total[k]);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores HTML main-text extraction on the trafilatura evaluation set"};
  std::string dir, dump, only_dir;
  bool verbose = false;
  app.add_option("data_dir", dir, "folder with evaldata.json and html/")->required();
  app.add_flag("--verbose", verbose, "print every missed and every leaked segment");
  app.add_option("--dump", dump, "write each page's extracted text to OUT_DIR/<file>.txt");
  std::string explain, score_dir;
  app.add_option("--score-dir", score_dir,
                 "score saved texts DIR/<file with . and space as _>.txt instead of extracting "
                 "(pages without a text are skipped)");
  app.add_option("--only-dir", only_dir, "score only pages that have a text in this directory (same naming)");
  app.add_option("--explain", explain, "diagnose one page (file name from evaldata.json)");
  CLI11_PARSE(app, argc, argv);
  if (!explain.empty()) return Explain(dir, explain);
  return Run(dir, verbose, dump, score_dir, only_dir);
}
