// BILOU label helpers: conversion between CoNLL IOB tags, BILOU label ids and
// spans. Span reading follows conlleval: a chunk starts at B-, or at I- whose
// type differs from the previous token's, and ends before O or a new start.
#include "annotate/ner/labels.h"

namespace parallax::ner {

int TypeIndex(std::string_view name) {
  for (int t = 0; t < kNumTypes; ++t)
    if (name == kTypeNames[t]) return t;
  return -1;
}

std::vector<LabelSpan> SpansFromBilou(const std::vector<int>& labels) {
  std::vector<LabelSpan> spans;
  SpansFromBilou(labels, &spans);
  return spans;
}

void SpansFromBilou(const std::vector<int>& labels, std::vector<LabelSpan>* out) {
  std::vector<LabelSpan>& spans = *out;
  spans.clear();
  bool open = false;
  for (uint32_t i = 0; i < labels.size(); ++i) {
    int l = labels[i];
    if (l <= 0) { open = false; continue; }
    int t = TypeOfLabel(l);
    Pos p = PosOfLabel(l);
    bool starts = !open || spans.back().type != t || p == Pos::kB || p == Pos::kU;
    if (starts) {
      spans.push_back({i, i, t});
    } else {
      spans.back().last = i;
    }
    open = (p == Pos::kB || p == Pos::kI);
  }
}

namespace {

// Parses "B-PER" into (prefix, type); returns type -1 for O/unknown.
int ParseIob(const std::string& tag, char* prefix) {
  if (tag.size() < 3 || tag[1] != '-') return -1;
  *prefix = tag[0];
  return TypeIndex(std::string_view(tag).substr(2));
}

}  // namespace

std::vector<int> BilouFromIob(const std::vector<std::string>& tags) {
  std::vector<LabelSpan> spans;
  int prev_type = -1;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    char prefix = 'O';
    int t = ParseIob(tags[i], &prefix);
    if (t < 0) { prev_type = -1; continue; }
    bool starts = prefix == 'B' || prefix == 'S' || prefix == 'U' || t != prev_type;
    if (starts) spans.push_back({i, i, t});
    else spans.back().last = i;
    prev_type = (prefix == 'E' || prefix == 'L' || prefix == 'S' || prefix == 'U') ? -1 : t;
  }
  std::vector<int> labels(tags.size(), 0);
  for (const LabelSpan& s : spans) {
    if (s.first == s.last) { labels[s.first] = LabelOf(s.type, Pos::kU); continue; }
    labels[s.first] = LabelOf(s.type, Pos::kB);
    for (uint32_t k = s.first + 1; k < s.last; ++k) labels[k] = LabelOf(s.type, Pos::kI);
    labels[s.last] = LabelOf(s.type, Pos::kL);
  }
  return labels;
}

std::vector<std::string> IobFromSpans(const std::vector<LabelSpan>& spans, size_t n) {
  std::vector<std::string> tags(n, "O");
  for (const LabelSpan& s : spans) {
    if (s.last >= n || s.first > s.last) continue;
    tags[s.first] = std::string("B-") + kTypeNames[s.type];
    for (uint32_t k = s.first + 1; k <= s.last; ++k) tags[k] = std::string("I-") + kTypeNames[s.type];
  }
  return tags;
}

}  // namespace parallax::ner
