// Detokenizing NewsWCL50 (see conll_text.h). Deterministic: the gold
// offsets in data/gold/quotes-newswcl50.jsonl refer to this exact text, so
// any change here invalidates them (rebuild with tools/quotes_gold.py).
#include "tools/conll_text.h"

#include <algorithm>
#include <fstream>

namespace parallax::tools {

namespace {

bool NoSpaceBefore(const std::string& t) {
  static const char* kClose[] = {",", ".", ":", ";", "?", "!", ")", "]", "%", "'s", "'re", "n't", "'ve", "'m",
                                 "'ll", "'d", "\u2019s", "\u2019re", "\u2019ve", "\u2019m", "\u2019ll", "\u2019d",
                                 "'", "\u2019", "...", "\u2026", "\u201d"};
  return std::any_of(std::begin(kClose), std::end(kClose), [&](const char* c) { return t == c; });
}

bool NoSpaceAfter(const std::string& t) {
  return t == "(" || t == "[" || t == "$" || t == "#" || t == "\u201c" || t == "\u2018";
}

bool Blank(const std::string& t) {
  return std::all_of(t.begin(), t.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool ParagraphMark(const std::string& t) { return t.find("\\n") != std::string::npos; }

}  // namespace

std::string JoinTokens(const std::vector<std::string>& tokens) {
  std::string out;
  bool in_quote = false, glue_next = false;
  for (const std::string& t : tokens) {
    bool glue = glue_next || out.empty();
    glue_next = false;
    if (t == "\"") {
      if (in_quote) glue = true;
      else glue_next = true;
      in_quote = !in_quote;
    } else if (t == "-") {
      glue = glue_next = true;
    } else if (NoSpaceBefore(t)) {
      glue = true;
    }
    if (NoSpaceAfter(t)) glue_next = true;
    if (!glue) out += ' ';
    out += t;
  }
  return out;
}

Result<std::vector<std::string>> ConllParagraphs(const std::string& conll_path, const std::string& doc_id) {
  std::ifstream in(conll_path);
  if (!in) return Status::IOError(conll_path + ": cannot read");
  std::vector<std::string> paragraphs, tokens;
  bool found = false;
  auto flush = [&] {
    if (!tokens.empty()) paragraphs.push_back(JoinTokens(tokens));
    tokens.clear();
  };
  std::string line;
  const std::string prefix = doc_id + "\t";
  while (std::getline(in, line)) {
    if (line.rfind(prefix, 0) != 0) continue;
    found = true;
    size_t c1 = line.find('\t', prefix.size());
    size_t c2 = c1 == std::string::npos ? c1 : line.find('\t', c1 + 1);
    size_t c3 = c2 == std::string::npos ? c2 : line.find('\t', c2 + 1);
    if (c3 == std::string::npos) continue;
    std::string token = line.substr(c2 + 1, c3 - c2 - 1);
    if (ParagraphMark(token)) flush();
    else if (!Blank(token)) tokens.push_back(token);
  }
  flush();
  if (!found) return Status::NotFound(conll_path + ": no document " + doc_id);
  return paragraphs;
}

}  // namespace parallax::tools
