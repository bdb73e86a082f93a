// Rough tokenizer: whitespace split, then punctuation peeled off both ends of
// each chunk, clitics "'s"/"n't" split (straight or curly apostrophe), and a
// final period kept on abbreviations ("U.S.", "Mr."). It is deliberately
// simple and only used where the Parallax tokenizer (src/text) is not in play:
// unlabeled corpora for the cluster builder, gazetteer phrases, tests.
#include "annotate/ner/rough_tokenizer.h"

namespace parallax::ner {

namespace {

bool IsPeelLead(std::string_view t, size_t* n) {
  static const char* kLead[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\"", "'", "(", "[", "{", "\xE2\x80\x94", "-"};
  for (const char* p : kLead) {
    std::string_view s(p);
    if (t.size() > s.size() && t.substr(0, s.size()) == s) { *n = s.size(); return true; }
  }
  return false;
}

bool IsPeelTrail(std::string_view t, size_t* n) {
  static const char* kTrail[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\"", "'", ")", "]", "}", ",", ";",
                                 ":", "!", "?", "\xE2\x80\x94", "..."};
  for (const char* p : kTrail) {
    std::string_view s(p);
    if (t.size() > s.size() && t.substr(t.size() - s.size()) == s) { *n = s.size(); return true; }
  }
  if (t.size() > 1 && t.back() == '.') {
    // Keep the period of abbreviations like "U.S." or "Mr." (short, capitalised).
    std::string_view body = t.substr(0, t.size() - 1);
    bool has_dot = body.find('.') != std::string_view::npos;
    bool short_cap = body.size() <= 3 && body[0] >= 'A' && body[0] <= 'Z';
    if (has_dot || short_cap) return false;
    *n = 1;
    return true;
  }
  return false;
}

// Splits a whitespace-delimited chunk into tokens, appending to out.
void SplitChunk(std::string_view t, std::vector<std::string_view>* out) {
  std::vector<std::string_view> trail;
  size_t n = 0;
  while (t.size() > 1 && IsPeelLead(t, &n)) { out->push_back(t.substr(0, n)); t.remove_prefix(n); }
  while (t.size() > 1 && IsPeelTrail(t, &n)) { trail.push_back(t.substr(t.size() - n)); t.remove_suffix(n); }
  static const char* kClitics[] = {"'s", "\xE2\x80\x99s", "n't", "n\xE2\x80\x99t"};
  for (const char* c : kClitics) {
    std::string_view s(c);
    if (t.size() > s.size() + 1 && t.substr(t.size() - s.size()) == s) {
      out->push_back(t.substr(0, t.size() - s.size()));
      out->push_back(t.substr(t.size() - s.size()));
      t = {};
      break;
    }
  }
  if (!t.empty()) out->push_back(t);
  for (auto it = trail.rbegin(); it != trail.rend(); ++it) out->push_back(*it);
}

}  // namespace

void TokenizeRough(std::string_view text, std::vector<std::string_view>* out) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    size_t j = i;
    while (j < text.size() && !(text[j] == ' ' || text[j] == '\n' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j > i) SplitChunk(text.substr(i, j - i), out);
    i = j;
  }
}


std::vector<std::vector<std::string_view>> SplitSentencesRough(const std::vector<std::string_view>& tokens) {
  std::vector<std::vector<std::string_view>> out(1);
  for (size_t i = 0; i < tokens.size(); ++i) {
    out.back().push_back(tokens[i]);
    std::string_view t = tokens[i];
    bool end = t == "." || t == "?" || t == "!";
    if (!end) continue;
    // Closing quotes stay with the sentence they end.
    while (i + 1 < tokens.size() && (tokens[i + 1] == "\"" || tokens[i + 1] == "\xE2\x80\x9D" ||
                                     tokens[i + 1] == "'" || tokens[i + 1] == "\xE2\x80\x99"))
      out.back().push_back(tokens[++i]);
    out.emplace_back();
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

}  // namespace parallax::ner
