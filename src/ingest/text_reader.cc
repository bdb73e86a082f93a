#include "ingest/text_reader.h"

#include <cctype>
#include <string>
#include <vector>

#include "ingest/meta_date.h"

namespace parallax::ingest {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',' && c != '.') return false;
  }
  return true;
}

// " date 2023-07-06 rest..." -> the date, and `rest` set to what follows.
bool TakeDateMarker(std::string_view* text, std::string* date) {
  std::string_view s = *text;
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (!StartsWithNoCase(s.substr(i), "date ")) return false;
  size_t d = i + 5;
  while (d < s.size() && s[d] == ' ') ++d;
  std::string_view v = s.substr(d, 10);
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
  for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(v[k]))) return false;
  }
  *date = std::string(v);
  text->remove_prefix(d + 10);
  return true;
}

// A bare timestamp line: "2023-07-12 03:58", "2023-07-12T03:58:00", "July 12, 2023".
bool IsTimestampLine(std::string_view line, PublishedTime* t) {
  line = Trim(line);
  if (line.empty() || line.size() > 40) return false;
  // Only digits, separators and at most a month name / am-pm / timezone.
  size_t letters = 0;
  for (char c : line) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  if (letters > 12) return false;
  *t = ParseMetaDate(line, MetaSource::kHeader);
  return t->known();
}

// Aggregator lines such as "Views: 4946", "4,946 views", "Share", "Comments (3)".
bool IsCounterLine(std::string_view line) {
  line = Trim(line);
  for (std::string_view label : {"views:", "views ", "reads:", "comments:", "shares:"}) {
    if (StartsWithNoCase(line, label)) return AllDigits(Trim(line.substr(label.size())));
  }
  size_t sp = line.find(' ');
  if (sp != std::string_view::npos && AllDigits(line.substr(0, sp))) {
    std::string_view rest = Trim(line.substr(sp));
    return StartsWithNoCase(rest, "views") || StartsWithNoCase(rest, "reads") ||
           StartsWithNoCase(rest, "comments") || StartsWithNoCase(rest, "shares");
  }
  return false;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = std::isspace(static_cast<unsigned char>(c));
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// A headline: short, one line, not ending like a sentence, not starting lowercase.
bool LooksLikeHeadline(std::string_view line) {
  line = Trim(line);
  if (line.size() < 8 || line.size() > 220) return false;
  size_t words = CountWords(line);
  if (words < 2 || words > 30) return false;
  char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  return !std::islower(static_cast<unsigned char>(line.front()));
}

}  // namespace

void SplitParagraphs(std::string_view text, std::vector<Block>* blocks) {
  std::vector<std::string_view> lines;
  auto flush = [&]() {
    if (lines.empty()) return;
    // Hard-wrapped prose: most lines long and not ending a sentence.
    size_t wrapped = 0;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      char last = lines[i].back();
      if (lines[i].size() >= 40 && last != '.' && last != '"' && last != '?' && last != '!') ++wrapped;
    }
    bool join = lines.size() > 1 && wrapped * 2 >= lines.size() - 1;
    if (join) {
      std::string p;
      for (auto l : lines) {
        if (!p.empty()) p.push_back(' ');
        p.append(l);
      }
      blocks->push_back({std::move(p), false});
    } else {
      for (auto l : lines) blocks->push_back({std::string(l), false});
    }
    lines.clear();
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    if (line.empty()) flush();
    else lines.push_back(line);
    pos = nl + 1;
  }
  flush();
}

void ParsePlainText(std::string_view text, RawDocument* doc) {
  std::string date;
  if (TakeDateMarker(&text, &date)) {
    doc->published = date;
    doc->published_source = MetaSource::kHeader;
  }
  // Header lines sit at the top, before the first blank line or the body.
  // The first line may be a headline when a newline follows it directly.
  bool first = true;
  for (int guard = 0; guard < 8; ++guard) {
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos) break;
    std::string_view line = Trim(text.substr(0, nl));
    PublishedTime t;
    if (line.empty()) {
      text.remove_prefix(nl + 1);
      continue;
    }
    if (IsCounterLine(line)) {
      doc->header_lines.emplace_back(line);
    } else if (IsTimestampLine(line, &t)) {
      if (doc->published_source == MetaSource::kNone) {
        doc->published = t.value;
        doc->published_source = MetaSource::kHeader;
      }
      doc->header_lines.emplace_back(line);
    } else if (StartsWithNoCase(line, "by ") && CountWords(line) <= 8 && doc->byline.empty() &&
               !first) {
      doc->byline = std::string(Trim(line.substr(3)));
      doc->header_lines.emplace_back(line);
    } else if (first && doc->title.empty() && LooksLikeHeadline(line)) {
      doc->title = std::string(line);
      doc->title_from_text = true;
    } else {
      break;
    }
    first = false;
    text.remove_prefix(nl + 1);
  }
  SplitParagraphs(text, &doc->blocks);
}

}  // namespace parallax::ingest
