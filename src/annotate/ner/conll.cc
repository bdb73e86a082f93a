// CoNLL reading and conlleval-compatible scoring. Chunks are read from tags
// with conlleval's rules (a chunk starts at B-X, or at I-X after a token of a
// different type or O; it ends before O, B-, or a type change), via the BILOU
// conversion in labels.cc, so IOB1 gold (the original files) and IOB2 gold
// score identically.
#include "annotate/ner/conll.h"

#include <algorithm>

#include "core/unicode.h"

namespace parallax::ner {

Result<ConllFile> ParseConll(std::string_view text) {
  ConllFile f;
  size_t start = 0, line_no = 0;
  bool in_sentence = false;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    if (!core::IsValidUtf8(line)) return Status::InvalidArgument("line " + std::to_string(line_no) + ": invalid UTF-8");
    f.lines.emplace_back(line);
    size_t idx = f.lines.size() - 1;
    std::string_view first = ConllColumn(line, 0);
    if (first == "-DOCSTART-") {
      f.documents.emplace_back();
      in_sentence = false;
    } else if (first.empty()) {
      in_sentence = false;
    } else {
      if (f.documents.empty()) f.documents.emplace_back();
      auto& doc = f.documents.back();
      if (!in_sentence) doc.sentences.emplace_back();
      doc.sentences.back().push_back(idx);
      in_sentence = true;
    }
    start = end + 1;
  }
  return f;
}

std::string_view ConllColumn(std::string_view line, int n) {
  std::vector<std::string_view> cols;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) cols.push_back(line.substr(i, j - i));
    i = j;
  }
  if (cols.empty()) return {};
  if (n < 0) return cols.back();
  return static_cast<size_t>(n) < cols.size() ? cols[n] : std::string_view();
}

void AccumulateEval(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                    EvalResult* r, const std::function<bool(const LabelSpan&)>& keep) {
  size_t n = std::min(gold.size(), predicted.size());
  for (size_t i = 0; i < n; ++i) {
    ++r->tokens;
    if (gold[i] == predicted[i]) ++r->tokens_correct;
  }
  auto g = SpansFromBilou(BilouFromIob(gold));
  auto p = SpansFromBilou(BilouFromIob(predicted));
  if (keep) {
    std::erase_if(g, [&](const LabelSpan& s) { return !keep(s); });
    std::erase_if(p, [&](const LabelSpan& s) { return !keep(s); });
  }
  for (const auto& s : g) { ++r->overall.gold; ++r->per_type[s.type].gold; }
  for (const auto& s : p) { ++r->overall.predicted; ++r->per_type[s.type].predicted; }
  size_t a = 0, b = 0;
  while (a < g.size() && b < p.size()) {
    if (g[a].first < p[b].first) { ++a; continue; }
    if (p[b].first < g[a].first) { ++b; continue; }
    if (g[a].last == p[b].last && g[a].type == p[b].type) {
      ++r->overall.correct;
      ++r->per_type[g[a].type].correct;
    }
    ++a;
    ++b;
  }
}

namespace {

bool Overlaps(const LabelSpan& a, const LabelSpan& b) { return a.first <= b.last && b.first <= a.last; }

}  // namespace

std::vector<ChunkError> SentenceErrors(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                                       const std::function<bool(const LabelSpan&)>& keep) {
  auto g = SpansFromBilou(BilouFromIob(gold));
  auto p = SpansFromBilou(BilouFromIob(predicted));
  if (keep) {
    std::erase_if(g, [&](const LabelSpan& s) { return !keep(s); });
    std::erase_if(p, [&](const LabelSpan& s) { return !keep(s); });
  }
  std::vector<ChunkError> errors;
  for (const LabelSpan& gs : g) {
    const LabelSpan* same = nullptr;
    const LabelSpan* overlap = nullptr;
    for (const LabelSpan& ps : p) {
      if (ps.first == gs.first && ps.last == gs.last) same = &ps;
      else if (!overlap && Overlaps(ps, gs)) overlap = &ps;
    }
    if (same && same->type == gs.type) continue;
    if (same) errors.push_back({ChunkError::kType, gs, *same});
    else if (overlap) errors.push_back({ChunkError::kBoundary, gs, *overlap});
    else errors.push_back({ChunkError::kMissed, gs, {}});
  }
  for (const LabelSpan& ps : p) {
    if (std::none_of(g.begin(), g.end(), [&](const LabelSpan& gs) { return Overlaps(ps, gs); }))
      errors.push_back({ChunkError::kSpurious, {}, ps});
  }
  return errors;
}

}  // namespace parallax::ner
