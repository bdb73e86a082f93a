// Which quoted spans are words someone said: a quoted span's shape (its
// words, a title's capitals, a determiner before it, a whole sentence of
// its own) decides whether an unattributed quote is kept, dropped as a term
// or a scare quote, or read as the rest of the quote before it. Used by
// FindQuotations (attribution.cc).
#include <cctype>
#include <initializer_list>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "core/ascii.h"

namespace parallax::quotes {

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\n';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// A title of a show, a work or an event, not words someone said: at most
// fourteen words (sixteen with a subtitle after a colon), each capitalized but
// for short function words and a last number ("Fox and Friends.", "On the
// Record with Greta Van Susteren", "Anderson Cooper 360"), and more capitalized words
// than small ones, or as many when the first and the last are capitalized
// ("Communicating with the Future").
bool TitleLike(std::string_view content) {
  static const std::string_view kSmall[] = {"a",    "about", "after", "against", "an",   "and",  "as",
                                            "at",   "by",    "for",   "from",    "in",   "into", "it",
                                            "of",   "on",    "or",    "over",    "the",  "to",   "under",
                                            "vs.",  "with",  "without"};
  size_t upper = 0, letters = 0;
  for (char c : content) {
    letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
    upper += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  if (upper * 2 > letters) return false;  // "NO COLLUSION": shouting, not a title
  size_t words = 0, capitalized = 0, small = 0, numbers = 0, i = 0;
  bool first_capitalized = false, last_capitalized = false;
  while (i < content.size()) {
    while (i < content.size() && (content[i] == ' ' || content[i] == '\n')) ++i;
    size_t j = i;
    while (j < content.size() && content[j] != ' ' && content[j] != '\n') ++j;
    if (j == i) break;
    std::string_view w = content.substr(i, j - i);
    i = j;
    ++words;
    last_capitalized = w[0] >= 'A' && w[0] <= 'Z';
    if (words == 1) first_capitalized = last_capitalized;
    if (last_capitalized) {
      ++capitalized;
    } else if (InList(w, kSmall)) {
      ++small;
    } else if (std::isalpha(static_cast<unsigned char>(w[0]))) {
      return false;
    } else if (std::isdigit(static_cast<unsigned char>(w[0])) && (++numbers > 1 || i < content.size())) {
      return false;  // a number only as the last word ("Anderson Cooper 360"; not "October 2014 to June 2014")
    }
  }
  // "Dutch Culture and Society: Amsterdam in the Sixties": a title with a subtitle may be longer.
  size_t limit = content.find(": ") != std::string_view::npos ? 16 : 14;
  bool enough = capitalized > small || (capitalized == small && first_capitalized && last_capitalized);
  return words <= limit && capitalized >= 2 && enough;
}

namespace {

bool IsPersonToken(const Context& ctx, uint32_t t) {
  int32_t e = ctx.EntityOf(t);
  return e >= 0 && ctx.article().entities[e].type == "PER";
}

// Text shown rather than spoken: a headline, a caption, a sticker.
bool DisplayNoun(std::string_view w) {
  return InList(w, {"banner", "billboard", "caption", "chyron", "headline", "headlines", "motto", "slogan",
                    "sticker", "subhead", "subtitle", "tagline"});
}

}  // namespace

bool NamedNotSaid(const Context& ctx, uint32_t open, uint32_t after) {
  if (open == 0 || open >= ctx.size()) return false;
  uint32_t sentence = ctx.SentenceOf(open);
  std::string_view prev = ctx.Lower(open - 1);
  if (InList(prev, {"titled", "entitled", "headlined", "subtitled"})) return true;
  // "publishing the phrase “...”", "the term “...”": a phrase named as a phrase, not words reported.
  if (open > 1 && InList(prev, {"buzzword", "catchphrase", "expression", "moniker", "phrase", "term"}) &&
      InList(ctx.Lower(open - 2), {"a", "that", "the", "this"})) {
    return true;
  }
  // "protected by the doctrine of “qualified immunity”": a term of art named by its kind.
  if (open > 1 && prev == "of" && InList(ctx.Lower(open - 2), {"concept", "doctrine", "notion", "principle"})) {
    return true;
  }
  // "“...,” was the subtitle of another article": the quote is named as a title or display text.
  if (after + 2 < ctx.size() && InList(ctx.Lower(after), {"is", "was"}) &&
      InList(ctx.Lower(after + 1), {"a", "her", "his", "its", "the", "their"}) &&
      (DisplayNoun(ctx.Lower(after + 2)) || ctx.Lower(after + 2) == "title")) {
    return true;
  }
  // "a series of videos called “...”", "his new book, dubbed “...”": the name of a work.
  if (InList(prev, {"called", "named", "dubbed"}) && open > 1) {
    std::string_view noun = ctx.Lower(open - 2 - (ctx.Lower(open - 2) == "," ? 1 : 0));
    if (InList(noun, {"album", "article", "articles", "book", "books", "column", "documentary", "essay", "film",
                      "movie", "op-ed", "piece", "podcast", "program", "programme", "series", "show", "song",
                      "video", "videos"})) {
      return true;
    }
  }
  // "his famous “You didn't build that” speech": the quote names a speech, an ad or a slogan it
  // modifies, after a determiner or a possessive.
  if (after < ctx.size() && after > 0 && ctx.IsQuoteMark(after - 1) &&
      InList(ctx.Lower(after), {"ad", "address", "campaign", "gaffe", "moment", "pledge", "rule", "slogan",
                                "speech", "tour"})) {
    for (uint32_t t = open; t > 0 && t + 3 > open; --t) {
      std::string_view w = ctx.Lower(t - 1);
      if (InList(w, {"a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "this", "your"}) ||
          w == "'s" || w == "\u2019s") {
        return true;
      }
    }
  }
  // "Tom “I can't believe ...” Friedman": a nickname between a given name and a surname.
  uint32_t close = after > open ? after - 1 : open;
  if (ctx.SentenceOf(open - 1) == sentence && after < ctx.size() && ctx.SentenceOf(after) == sentence &&
      Capitalized(ctx.Text(open - 1)) && Capitalized(ctx.Text(after)) && !ctx.IsPunct(close - 1) &&
      open - 1 > 0 && ctx.SentenceOf(open - 2) == sentence && !ctx.IsPunct(open - 2) &&
      (IsPersonToken(ctx, open - 1) || IsPersonToken(ctx, after))) {
    return true;
  }
  // "the headline on my screen reads, “...”", "“...,” read the caption": display text.
  // The display noun is the subject of a cue between it and the quote, or after the cue that follows it.
  // "your device Media caption Republicans chant": a page's own caption label is no display noun.
  auto display = [&](uint32_t t) {
    bool opens = t == 0 || t - 1 == 0 || ctx.SentenceOf(t - 2) != ctx.SentenceOf(t - 1);  // "The headline"
    return DisplayNoun(ctx.Lower(t)) && !Capitalized(ctx.Text(t)) && (opens || !Capitalized(ctx.Text(t - 1)));
  };
  auto cue = [&](uint32_t t) {
    std::string_view w = ctx.Lower(t);
    return ReportingVerb(w) != CueKind::kNone || InList(w, {"read", "reads", "proclaimed", "proclaims"});
  };
  bool cue_seen = false;
  for (uint32_t t = open; t > 0 && open - t < 10 && ctx.SentenceOf(t - 1) == sentence; --t) {
    if (ctx.IsQuoteMark(t - 1)) break;
    if (display(t - 1) && cue_seen) return true;
    cue_seen = cue_seen || cue(t - 1);
  }
  cue_seen = false;
  for (uint32_t t = after; t < ctx.size() && t - after < 5 && ctx.SentenceOf(t) == sentence; ++t) {
    if (ctx.IsQuoteMark(t)) break;
    if (display(t) && cue_seen) return true;
    cue_seen = cue_seen || cue(t);
  }
  return false;
}

bool ListedDisplayText(const Context& ctx, const QuotedSpan& q) {
  const Article& a = ctx.article();
  // Every token of paragraph `p` is inside a quote but for punctuation after a closing mark.
  auto quoted_paragraph = [&](uint32_t p) {
    const Span& s = a.paragraphs[p].span;
    bool any = false;
    for (uint32_t t = ctx.TokenAt(s.begin); t < ctx.size() && a.tokens[t].span.begin < s.end; ++t) {
      if (!ctx.InQuote(t) && !ctx.IsPunct(t)) return false;
      any = true;
    }
    return any;
  };
  for (uint32_t p = q.first_paragraph; p <= q.last_paragraph; ++p) {
    if (!quoted_paragraph(p)) return false;
  }
  for (uint32_t p = q.first_paragraph, n = 0; p > 0 && n < 12; ++n) {
    --p;
    std::string_view text = a.paragraphs[p].span.Of(a.body);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
    if (text.empty() || text.back() != ':') {
      if (quoted_paragraph(p)) continue;  // an earlier item of the list
      return false;
    }
    const Span& s = a.paragraphs[p].span;
    for (uint32_t t = ctx.TokenAt(s.begin); t < ctx.size() && a.tokens[t].span.begin < s.end; ++t) {
      if (InList(ctx.Lower(t), {"banners", "captions", "chyrons", "headlines", "mottos", "signs", "slogans",
                                "stickers", "taglines"})) {
        return true;
      }
    }
    return false;
  }
  return false;
}

// `all the “good guys with guns” there to stop any “bad guys with guns.”`:
// an unattributed quote right after a determiner is a term, not words
// someone said.
bool TermAfterDeterminer(const Context& ctx, uint32_t open) {
  // "so-called" is TermByNamingMark's (naming_marks.cc), read first for every quote.
  static const std::string_view k[] = {"all", "any", "the", "these", "those"};
  if (open > 0 && InList(ctx.Lower(open - 1), k)) return true;
  // "the people's right to “keep and bear arms”": a right named by its wording (session 16).
  return open > 1 && ctx.Lower(open - 1) == "to" && (ctx.Lower(open - 2) == "right" || ctx.Lower(open - 2) == "rights");
}

bool SurveyWording(const Context& ctx, uint32_t open) {
  if (open == 0 || open >= ctx.size()) return false;
  uint32_t sentence = ctx.SentenceOf(open);
  for (uint32_t t = open; t > 0 && ctx.SentenceOf(t - 1) == sentence; --t) {
    uint32_t v = t - 1;
    if (ctx.InQuote(v)) continue;
    std::string_view w = ctx.Lower(v);
    if (w == "percent" || w == "poll" || w == "survey" || w == "respondents" || (!w.empty() && w.back() == '%')) {
      return true;
    }
    // "Those who ... were asked:", "a majority of", "three-quarters of", "most of these partisans".
    if (w == "asked" && v > 0 && (ctx.Lower(v - 1) == "were" || ctx.Lower(v - 1) == "was")) return true;
    if (v + 1 < open && ctx.Lower(v + 1) == "of" &&
        InList(w, {"half", "majority", "most", "plurality", "quarter", "quarters", "third", "thirds",
                   "three-quarters", "two-thirds"})) {
      return true;
    }
  }
  return false;
}

// True when token `open` starts a sentence, or follows a sentence's final
// punctuation the segmenter kept in the same sentence.
bool QuoteOpensSentence(const Context& ctx, uint32_t open) {
  if (open == SentenceStart(ctx, open)) return true;
  std::string_view prev = ctx.Lower(open - 1);
  return prev == "." || prev == "?" || prev == "!";
}

// `“What I can tell you ...,” Gov. X said ... “It's devastating.”`: a short
// quote that is a whole sentence (capitalized, ending with its own stop) and
// opens a sentence in the paragraph of an attributed quote is the rest of
// that quote, not a term; terms and scare quotes sit inside a sentence.
bool ShortSentenceGoesOn(const Context& ctx, const QuotedSpan& q, uint32_t open, const Quotation& last,
                         uint32_t prev_paragraph) {
  std::string_view text = q.content.Of(ctx.article().body);
  if (last.speaker_name.empty() || q.first_paragraph != prev_paragraph || text.size() < 2) return false;
  char first = text.front(), end = text.back();
  return first >= 'A' && first <= 'Z' && (end == '.' || end == '!' || end == '?') && QuoteOpensSentence(ctx, open);
}

}  // namespace parallax::quotes
