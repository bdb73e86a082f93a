// Per-article framing analysis.
//
// One pass over the article's tokens finds lexicon phrases: at every token,
// the longest phrase (up to FramingLexicon::max_words() words) whose stemmed
// key is in the lexicon wins, and matching resumes after it. Loaded-term hits
// inside quotations are kept but flagged: a senator's "disastrous" is a
// source's word, not the outlet's, and Tone ignores it unless asked. A token
// is inside a quotation when it lies in a direct Article::quotes span
// (indirect speech is the outlet's paraphrase, its words the outlet's), or between
// quotation marks in the same paragraph (so the analysis works before the
// quotes annotator has run).
//
// Tone compares the headline (tokenized here: the title is not part of the
// body) with the body: weighted hits per 100 words and mean polarity.
// Sourcing counts Article::quotes by speaker and source type. Labels are the
// lexicon's label phrases (concepts such as "China's government") plus the
// roles the text gives each entity chain ("climate czar", "climate envoy").
// CompareLabels() lines these up across the articles of a story.
#include <algorithm>
#include <map>

#include "core/ascii.h"
#include "synth/framing.h"
#include "synth/story_words.h"
#include "text/segment.h"

namespace parallax::synth {
namespace {

bool IsWord(std::string_view w) {
  return !w.empty() && (core::IsAsciiAlnum(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80);
}

bool IsOpenQuote(std::string_view w) { return w == "\xE2\x80\x9C" || w == "\""; }   // “ or "
bool IsCloseQuote(std::string_view w) { return w == "\xE2\x80\x9D" || w == "\""; }  // ” or "

struct Match {
  const LexiconEntry* entry = nullptr;
  uint32_t first = 0;  // token index
  uint32_t last = 0;   // inclusive
};

// Type ids (into `memo`) of `tokens`, each new text's word and one-word
// prefix test computed once for the story.
std::vector<uint32_t> TokenTypes(std::string_view text, const std::vector<Token>& tokens,
                                 const FramingLexicon& lexicon, FramingMemo* memo) {
  std::vector<uint32_t> types(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool fresh = false;
    types[i] = memo->types.Intern(tokens[i].span.Of(text), &fresh);
    if (!fresh) continue;
    memo->words.push_back(FramingWord(tokens[i].span.Of(text)));
    memo->prefix.push_back(lexicon.IsPrefix(memo->words.back()));
  }
  return types;
}

// The framing word of a type and whether it opens a lexicon phrase: from
// the memo's own table, or from the story's word types (StoryWords).
struct MemoWords {
  const FramingMemo& memo;
  const std::string& Word(uint32_t type) const { return memo.words[type]; }
  bool Prefix(uint32_t type) const { return memo.prefix[type]; }
};
struct StoryWordsLookup {
  const StoryWords& words;
  const FramingLexicon& lexicon;
  std::vector<int8_t>& prefix;  // by story type: -1 not yet tested
  const std::string& Word(uint32_t type) const { return words.Features(type).framing_word; }
  bool Prefix(uint32_t type) const {
    if (prefix.size() <= type) prefix.resize(words.TypeCount(), -1);
    if (prefix[type] < 0) prefix[type] = lexicon.IsPrefix(Word(type)) ? 1 : 0;
    return prefix[type] == 1;
  }
};

// Whether a one-word match is a verb of attack whose noun is plain news
// ("Obama blasts the GOP" is loaded; "the blast killed three", "two
// blasts", "the Boston blasts." are not). The verb of attack takes an
// object: a capitalised word, a determiner or possessive, a pronoun, or
// "at"/"back", in the same paragraph. The noun follows a determiner, a
// number or an ordinal, or has no such object after it.
bool NeutralNounSense(std::string_view text, const std::vector<Token>& tokens, const Match& m) {
  static constexpr std::string_view kVerbs[] = {"blast", "slam"};
  if (m.first != m.last || m.first == 0) return false;
  const std::string& key = m.entry->key;
  bool verb = false;
  for (std::string_view v : kVerbs) verb = verb || key == v;
  if (!verb) return false;
  static constexpr std::string_view kBefore[] = {
      "the", "a", "an", "this", "that", "these", "those", "another", "each", "both", "two", "three", "twin",
      "first", "second", "third", "final", "last", "grand", "'s", "\xE2\x80\x99s"};
  const std::string before = core::AsciiLowered(tokens[m.first - 1].span.Of(text));
  for (std::string_view b : kBefore) if (before == b) return true;
  if (!before.empty() && core::IsAsciiDigit(before[0])) return true;
  if (m.last + 1 >= tokens.size()) return true;
  const Token& next = tokens[m.last + 1];
  if (text.substr(tokens[m.last].span.end, next.span.begin - tokens[m.last].span.end).find('\n') !=
      std::string_view::npos) {
    return true;  // the paragraph ends: no object
  }
  const std::string_view after = next.span.Of(text);
  if (!after.empty() && core::IsAsciiUpper(after[0])) return false;
  static constexpr std::string_view kObject[] = {"the", "a", "an", "his", "her", "their", "its", "our", "my",
                                                 "your", "him", "them", "it", "us", "me", "at", "back", "this",
                                                 "these", "those"};  // "that" after a noun relates
  for (std::string_view o : kObject) if (after == o) return false;
  return true;
}

// Longest-match lexicon scan over `tokens` of `text` (of word types
// `types`, parallel to them); calls fn(Match).
template <typename Lookup, typename Fn>
void ScanLexicon(std::string_view text, const std::vector<Token>& tokens, std::span<const uint32_t> types,
                 const FramingLexicon& lexicon, const Lookup& lookup, const Fn& fn) {
  const size_t max_words = std::max<size_t>(1, lexicon.max_words());
  std::string key;
  for (size_t i = 0; i < tokens.size();) {
    Match best;
    // Most words start no lexicon phrase: the memo answers for them.
    if (lookup.Prefix(types[i]) && IsWord(tokens[i].span.Of(text))) {
      key.clear();
      for (size_t n = 0; n < max_words && i + n < tokens.size(); ++n) {
        if (n > 0) key.push_back(' ');
        key += lookup.Word(types[i + n]);
        if (n > 0 && !lexicon.IsPrefix(key)) break;
        for (auto kind : {LexiconEntry::Kind::kLoaded, LexiconEntry::Kind::kLabel}) {
          if (const LexiconEntry* e = lexicon.Find(key, kind)) best = {e, static_cast<uint32_t>(i), static_cast<uint32_t>(i + n)};
        }
      }
    }
    if (best.entry == nullptr || NeutralNounSense(text, tokens, best)) {
      ++i;
      continue;
    }
    fn(best);
    i = best.last + 1;
  }
}

void AddHit(const Match& m, const std::vector<Token>& tokens, bool quoted, Tone* tone, LoadedTerm term,
            ArticleFraming* out) {
  term.span = {tokens[m.first].span.begin, tokens[m.last].span.end};
  term.key = m.entry->key;
  term.display = m.entry->display;
  term.polarity = m.entry->polarity;
  term.weight = m.entry->weight;
  term.learned = m.entry->learned;
  term.in_quote = quoted;
  out->loaded_terms.push_back(std::move(term));
}

void FinishTone(Tone* tone, float weight_sum, int polarity_sum) {
  tone->density = tone->words == 0 ? 0 : 100.0f * weight_sum / static_cast<float>(tone->words);
  tone->polarity = tone->loaded == 0 ? 0 : static_cast<float>(polarity_sum) / static_cast<float>(tone->loaded);
}

void AddLabel(std::string subject, std::string_view label, Span span, ArticleFraming* out) {
  for (LabelUse& u : out->labels) {
    if (u.subject == subject && core::AsciiLowered(u.label) == core::AsciiLowered(label)) {
      ++u.count;
      return;
    }
  }
  out->labels.push_back({std::move(subject), std::string(label), 1, span});
}

void AnalyzeTitle(const Article& a, const FramingLexicon& lexicon, const FramingOptions& options,
                  FramingMemo* memo, ArticleFraming* out) {
  std::vector<Token> tokens;
  text::Tokenize(a.title, Span{0, static_cast<uint32_t>(a.title.size())}, &tokens);
  float weight_sum = 0;
  int polarity_sum = 0;
  for (const Token& t : tokens) out->headline.words += IsWord(t.span.Of(a.title));
  const std::vector<uint32_t> types = TokenTypes(a.title, tokens, lexicon, memo);
  ScanLexicon(a.title, tokens, types, lexicon, MemoWords{*memo}, [&](const Match& m) {
    if (m.entry->kind != LexiconEntry::Kind::kLoaded || m.entry->weight < options.min_weight) return;
    LoadedTerm term;
    term.in_title = true;
    AddHit(m, tokens, false, &out->headline, term, out);
    ++out->headline.loaded;
    weight_sum += m.entry->weight;
    polarity_sum += m.entry->polarity;
  });
  FinishTone(&out->headline, weight_sum, polarity_sum);
}

// The sentence of a token as TokenSentences (every token's sentence: -1
// outside sentences, e.g. headings; the last sentence that holds it) would
// give it, for the few tokens the lexicon scan hits: found by binary search
// when the sentences' token ranges ascend without overlap (as the segmenter
// writes them), else read from the full table.
class SentenceOfToken {
 public:
  explicit SentenceOfToken(const Article& a) : a_(a) {
    uint64_t end = 0;
    for (const Sentence& s : a.sentences) {
      const uint64_t first = s.first_token, last = first + s.token_count;
      if (first < end || last > a.tokens.size()) {
        ordered_ = false;
        break;
      }
      end = last;
    }
  }
  int32_t operator()(uint32_t t) {
    if (!ordered_) {
      if (table_.empty()) table_ = TokenSentences(a_);
      return table_[t];
    }
    const auto& ss = a_.sentences;
    auto it = std::upper_bound(ss.begin(), ss.end(), t, [](uint32_t x, const Sentence& s) { return x < s.first_token; });
    if (it == ss.begin()) return -1;
    --it;
    return t < it->first_token + it->token_count ? static_cast<int32_t>(it - ss.begin()) : -1;
  }

 private:
  // Every token's sentence, in one pass over the sentences.
  static std::vector<int32_t> TokenSentences(const Article& a) {
    std::vector<int32_t> out(a.tokens.size(), -1);
    for (size_t s = 0; s < a.sentences.size(); ++s) {
      const Sentence& sent = a.sentences[s];
      for (uint32_t t = sent.first_token; t < sent.first_token + sent.token_count && t < out.size(); ++t) {
        out[t] = static_cast<int32_t>(s);
      }
    }
    return out;
  }

  const Article& a_;
  bool ordered_ = true;
  std::vector<int32_t> table_;
};

// QuotedTokenFlags as a cursor: whether token i is quoted, for i that never
// decrease from call to call. The two rules of the flags are two state
// machines run token by token (Step): the direct quotations reached, and
// the quotation marks met since the paragraph began. The lexicon scan asks
// only at its hits, a few per article; when the tokens' first bytes ascend
// (as the tokenizer writes them) the tokens between two questions are not
// stepped one by one: only the quotation marks after the last paragraph
// break before the asked token are replayed (Skip).
class QuotedTokens {
 public:
  explicit QuotedTokens(const Article& a) : a_(a) {
    for (size_t k = 1; k < a.tokens.size() && ascending_; ++k) ascending_ = a.tokens[k - 1].span.begin <= a.tokens[k].span.begin;
  }

  bool operator()(size_t i) {
    if (ascending_ && i > next_) Skip(i);
    bool quoted = false;
    for (; next_ <= i; ++next_) quoted = Step(next_);
    return quoted;
  }

 private:
  bool Step(size_t k) {
    const Span s = a_.tokens[k].span;
    bool quoted = false;
    while (q_ < a_.quotes.size() && a_.quotes[q_].span.end <= s.begin) ++q_;
    for (size_t j = q_; j < a_.quotes.size() && a_.quotes[j].span.begin <= s.begin; ++j) {
      // Reported speech ("..., according to Axios") is the outlet's own
      // wording; only direct quotations are a source's words.
      if (a_.quotes[j].direct && s.end <= a_.quotes[j].span.end) quoted = true;
    }
    // Quotation marks pair up within a paragraph.
    while (p_ < a_.paragraphs.size() && a_.paragraphs[p_].span.end <= s.begin) ++p_, open_ = false;
    const std::string_view w = s.Of(a_.body);
    if (!open_ && IsOpenQuote(w)) open_ = true;
    else if (open_ && IsCloseQuote(w)) open_ = false;
    else if (open_) quoted = true;
    return quoted;
  }

  // The paragraph Step would reach at a token beginning at `begin`, from p_.
  size_t ParagraphAt(uint32_t begin) const {
    size_t p = p_;
    while (p < a_.paragraphs.size() && a_.paragraphs[p].span.end <= begin) ++p;
    return p;
  }

  // Leaves the state as stepping tokens next_ .. i-1 would (their begins
  // ascend). The direct-quotation cursor needs nothing: Step(i) moves it as
  // far. The paragraph cursor ends at ParagraphAt(the begin of token i-1);
  // if it moves, the mark state starts afresh at the first token that
  // reaches that paragraph (ParagraphAt ascends with the token), and only
  // the marks from there on count.
  void Skip(size_t i) {
    const auto& tokens = a_.tokens;
    const size_t last = ParagraphAt(tokens[i - 1].span.begin);
    size_t from = next_;
    if (last != p_) {
      size_t lo = next_, hi = i - 1;  // the first token whose paragraph is `last` lies in [lo, hi]
      while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (ParagraphAt(tokens[mid].span.begin) == last) hi = mid;
        else lo = mid + 1;
      }
      from = lo;
      p_ = last;
      open_ = false;
    }
    for (size_t k = from; k < i; ++k) {
      const Span s = tokens[k].span;
      // Only a token opening with '"' or 0xE2 can be a quotation mark.
      if (s.begin < a_.body.size() && a_.body[s.begin] != '"' && a_.body[s.begin] != '\xE2') continue;
      const std::string_view w = s.Of(a_.body);
      if (!open_ && IsOpenQuote(w)) open_ = true;
      else if (open_ && IsCloseQuote(w)) open_ = false;
    }
    next_ = i;
  }

  const Article& a_;
  bool ascending_ = true;
  size_t next_ = 0;  // the first token not stepped
  size_t q_ = 0, p_ = 0;
  bool open_ = false;
};

template <typename Lookup>
void AnalyzeBody(const Article& a, std::span<const uint32_t> types, const Lookup& lookup,
                 const FramingLexicon& lexicon, const FramingOptions& options, ArticleFraming* out) {
  // Asked only at the loaded terms found, in token order.
  QuotedTokens quoted(a);
  SentenceOfToken sentence_of(a);
  float weight_sum = 0;
  int polarity_sum = 0;
  for (const Token& t : a.tokens) out->body.words += IsWord(t.span.Of(a.body));
  ScanLexicon(a.body, a.tokens, types, lexicon, lookup, [&](const Match& m) {
    if (m.entry->kind == LexiconEntry::Kind::kLabel) {
      Span span{a.tokens[m.first].span.begin, a.tokens[m.last].span.end};
      AddLabel(m.entry->subject, span.Of(a.body), span, out);
      return;
    }
    if (m.entry->weight < options.min_weight) return;
    LoadedTerm term;
    term.sentence = sentence_of(m.first);
    const bool in_quote = quoted(m.first);
    AddHit(m, a.tokens, in_quote, &out->body, term, out);
    if (in_quote && !options.count_quoted_terms) return;
    ++out->body.loaded;
    weight_sum += m.entry->weight;
    polarity_sum += m.entry->polarity;
  });
  FinishTone(&out->body, weight_sum, polarity_sum);
}

void AnalyzeRoles(const Article& a, ArticleFraming* out) {
  for (const RoleMention& r : a.roles) {
    if (r.mention >= a.entities.size() || r.role.empty()) continue;
    const EntityMention& m = a.entities[r.mention];
    std::string subject = m.chain >= 0 && static_cast<size_t>(m.chain) < a.entity_chains.size()
                              ? a.entity_chains[m.chain].name
                              : std::string(m.span.Of(a.body));
    std::string label = r.qualifier.empty() ? r.role : r.qualifier + " " + r.role;
    AddLabel(std::move(subject), label, r.span, out);
  }
}


}  // namespace

std::vector<bool> QuotedTokenFlags(const Article& a) {
  std::vector<bool> quoted(a.tokens.size(), false);
  QuotedTokens cursor(a);
  for (size_t i = 0; i < a.tokens.size(); ++i) quoted[i] = cursor(i);
  return quoted;
}

namespace {

// The analysis after the body's lexicon scan (AnalyzeBody).
void FinishFraming(const Article& article, ArticleFraming* out) {
  AnalyzeRoles(article, out);
  out->sourcing = quotes::ProfileSourcing(article);
  // "Clearly above": at least one hit and twice the body's density.
  out->headline_more_loaded = out->headline.loaded > 0 && out->headline.density > 2.0f * out->body.density;
}

}  // namespace

ArticleFraming AnalyzeFraming(const Article& article, const FramingLexicon& lexicon,
                              const FramingOptions& options, FramingMemo* memo) {
  ArticleFraming out;
  FramingMemo own;
  if (memo == nullptr) memo = &own;
  AnalyzeTitle(article, lexicon, options, memo, &out);
  const std::vector<uint32_t> types = TokenTypes(article.body, article.tokens, lexicon, memo);
  AnalyzeBody(article, types, MemoWords{*memo}, lexicon, options, &out);
  FinishFraming(article, &out);
  return out;
}

ArticleFraming AnalyzeFraming(const StoryWords& words, uint32_t index, const Article& article,
                              const FramingLexicon& lexicon, const FramingOptions& options, FramingMemo* memo) {
  ArticleFraming out;
  AnalyzeTitle(article, lexicon, options, memo, &out);
  AnalyzeBody(article, words.Types(index), StoryWordsLookup{words, lexicon, memo->story_prefix}, lexicon, options,
              &out);
  FinishFraming(article, &out);
  return out;
}

std::vector<LabelComparison> CompareLabels(std::span<const Article* const> articles,
                                           std::span<const ArticleFraming> framings) {
  std::map<std::string, LabelComparison> by_subject;
  const size_t n = std::min(articles.size(), framings.size());
  for (size_t i = 0; i < n; ++i) {
    for (const LabelUse& u : framings[i].labels) {
      LabelComparison& c = by_subject[u.subject];
      c.subject = u.subject;
      c.choices.push_back({articles[i]->outlet, static_cast<uint32_t>(i), u.label, u.count});
    }
  }
  std::vector<LabelComparison> out;
  for (auto& [subject, c] : by_subject) {
    std::vector<uint32_t> arts;
    std::vector<std::string> labels;
    for (const LabelChoice& ch : c.choices) {
      arts.push_back(ch.article);
      labels.push_back(core::AsciiLowered(ch.label));
    }
    std::sort(arts.begin(), arts.end());
    arts.erase(std::unique(arts.begin(), arts.end()), arts.end());
    if (arts.size() < 2) continue;
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    c.differs = labels.size() > 1;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace parallax::synth
