// What names an article or a story: its lead sentence, and the title that
// stands for a story of many articles.
//
// A story is first named by its earliest article, but the earliest article is
// often the least typical one: an early preview, an opinion column, a side
// angle that later coverage grows away from. Outlets covering the same event
// reuse its key words in their headlines ("debate", "Biden", "segregationist"),
// so the headline that shares the most words with the other headlines is the
// one most of the coverage agrees on: the centroid of the headlines, scored by
// set cosine over content words. Opinion pieces name the writer's view, not
// the event, and count half. With one or two headlines there is no majority,
// and the earliest stays.

#include "core/lead.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/ascii.h"
#include "core/unicode.h"
#include "core/word_list.h"

namespace parallax::core {
namespace {

constexpr size_t kMaxTitles = 200;  // bounds the pairwise work for huge stories

bool IsStopWord(std::string_view w) {
  static constexpr std::string_view kStop[] = {
      "the",  "and",  "for",  "with", "from", "that", "this", "are",  "was",  "his",  "her",  "its",
      "after", "over", "into", "about", "says", "said", "will", "has", "have", "new", "not", "but",
      "who",  "what", "how",  "why",  "more", "than", "out",  "off",  "amid", "they", "their", "can"};
  return InList(w, kStop);
}

// Distinct lower-cased ASCII words of 3+ letters or digits, stop words out, sorted.
std::vector<std::string> ContentWords(std::string_view title) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 3 && !IsStopWord(w)) out.push_back(w);
    w.clear();
  };
  for (char c : title) {
    if (IsAsciiAlnum(c)) w.push_back(AsciiLower(c));
    else flush();
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t Shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    int c = a[i].compare(b[j]);
    n += c == 0;
    i += c <= 0;
    j += c >= 0;
  }
  return n;
}

}  // namespace

bool IsOpinionTitle(std::string_view title) {
  // A label, then a separator: "OPINION: ...", "Op-Ed | ...", "Editorial - ..."
  // (not "Opinion polls show ...").
  std::string head = AsciiLowered(title.substr(0, 24));
  for (std::string_view p : {"opinion", "op-ed", "editorial", "commentary", "column", "letters", "letter"}) {
    if (head.compare(0, p.size(), p) != 0) continue;
    size_t i = p.size();
    while (i < head.size() && head[i] == ' ') ++i;
    if (i < head.size() && (head[i] == ':' || head[i] == '|' || head[i] == '-' || head[i] == '\xe2')) return true;
  }
  return false;
}

size_t RepresentativeTitle(const std::vector<std::string_view>& titles) {
  const size_t n = std::min(titles.size(), kMaxTitles);
  if (n == 0) return kNoTitle;
  std::vector<std::vector<std::string>> words(n);
  for (size_t i = 0; i < n; ++i) words[i] = ContentWords(titles[i]);
  std::vector<double> score(n, 0.0);
  if (n >= 3) {
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        if (words[i].empty() || words[j].empty()) continue;
        double s = Shared(words[i], words[j]) / std::sqrt(static_cast<double>(words[i].size() * words[j].size()));
        score[i] += s;
        score[j] += s;
      }
    }
  }
  size_t best = 0;
  double best_score = -1;
  for (size_t i = 0; i < n; ++i) {
    double s = (score[i] + 1e-3) * (IsOpinionTitle(titles[i]) ? 0.5 : 1.0);  // +eps: opinion loses ties too
    if (s > best_score + 1e-9) {
      best = i;
      best_score = s;
    }
  }
  return best;
}

std::string LeadSentence(std::string_view body, const std::vector<Sentence>& sentences, size_t max_bytes) {
  if (sentences.empty()) return std::string();
  Span s = sentences[0].span;
  if (s.begin >= body.size()) return std::string();
  return ShortenUtf8(body.substr(s.begin, std::min<size_t>(s.end, body.size()) - s.begin), max_bytes);
}

}  // namespace parallax::core
