// The per-article view the speaker rules read (context.h): lower-cased body,
// token -> entity and token -> sentence maps, canonical names and genders, and
// which tokens sit inside quotations.
#include "annotate/quotes/context.h"

#include <algorithm>

#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "core/ascii.h"

namespace parallax::quotes {

Context::Context(const Article& a, const OutletRegistry& registry, const std::vector<QuotedSpan>& quoted)
    : a_(a), registry_(registry) {
  lower_body_ = core::AsciiLowered(a.body);
  entity_of_.assign(a.tokens.size(), -1);
  entity_start_.resize(a.entities.size());
  for (size_t e = 0; e < a.entities.size(); ++e) {
    uint32_t t = TokenAt(a.entities[e].span.begin);
    entity_start_[e] = t;
    if (e > 0 && t < entity_start_[e - 1]) entity_starts_ascend_ = false;
    for (; t < a.tokens.size() && a.tokens[t].span.end <= a.entities[e].span.end; ++t) entity_of_[t] = e;
  }
  sentence_of_.assign(a.tokens.size(), UINT32_MAX);
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& st = a.sentences[s];
    for (uint32_t t = st.first_token; t < st.first_token + st.token_count && t < a.tokens.size(); ++t) {
      sentence_of_[t] = s;
    }
  }
  CueWords(lower_body_, a.tokens, &cue_word_);
  std::vector<Gender> honorific;
  canonical_ = CanonicalNames(a, quoted, &honorific);
  genders_ = PersonGenders(a, canonical_, &honorific);
}

uint32_t Context::TokenAt(uint32_t byte) const {
  auto it = std::lower_bound(a_.tokens.begin(), a_.tokens.end(), byte,
                             [](const Token& t, uint32_t b) { return t.span.begin < b; });
  return static_cast<uint32_t>(it - a_.tokens.begin());
}

size_t Context::FirstEntityFrom(uint32_t tok) const {
  if (!entity_starts_ascend_) return 0;
  return static_cast<size_t>(std::lower_bound(entity_start_.begin(), entity_start_.end(), tok) - entity_start_.begin());
}

size_t Context::NameCount(std::string_view name) const {
  if (!name_counts_ready_) {
    for (const std::string& c : canonical_) ++name_counts_[c];
    name_counts_ready_ = true;
  }
  auto it = name_counts_.find(name);
  return it == name_counts_.end() ? 0 : it->second;
}

std::string_view Context::TextOf(uint32_t first, uint32_t last) const {
  if (first >= last || last > a_.tokens.size()) return {};
  return std::string_view(a_.body).substr(a_.tokens[first].span.begin,
                                          a_.tokens[last - 1].span.end - a_.tokens[first].span.begin);
}

void Context::MarkQuoted(const std::vector<Span>& outer_spans) {
  social_sentence_.assign(a_.sentences.size(), -1);
  in_quote_.assign(size(), false);
  for (const Span& s : outer_spans) {
    for (uint32_t t = TokenAt(s.begin); t < size() && a_.tokens[t].span.begin < s.end; ++t) in_quote_[t] = true;
  }
}

bool Context::SocialSentence(uint32_t s) const {
  if (social_sentence_.size() != a_.sentences.size()) social_sentence_.assign(a_.sentences.size(), -1);
  int8_t& known = social_sentence_[s];
  if (known < 0) {
    const Sentence& st = a_.sentences[s];
    known = 0;
    for (uint32_t t = st.first_token, end = st.first_token + st.token_count; t < end && known == 0; ++t) {
      known = !InQuote(t) && SocialWord(Lower(t));
    }
  }
  return known == 1;
}

bool Context::IsPunct(uint32_t tok) const {
  std::string_view w = Lower(tok);
  if (w.empty()) return true;
  if (w == "'s" || w == "\u2019s") return false;  // a possessive belongs to its phrase
  if (core::IsAsciiAlnum(w[0])) return false;
  return !(static_cast<unsigned char>(w[0]) >= 0x80 && w.size() > 3);
}

bool Context::IsQuoteMark(uint32_t tok) const {
  std::string_view w = Lower(tok);
  return w == "\"" || w == "\u201C" || w == "\u201D" || w == "\u201E" || w == "\u00AB" || w == "\u00BB";
}

}  // namespace parallax::quotes
