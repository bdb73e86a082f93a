// The quote finder is a single left-to-right scan per paragraph with one bit
// of state (inside a quote or not). Curly marks say which way they face;
// a straight " opens when it is outside a quote and closes when inside. An
// opening mark met while already inside means the writer forgot to close the
// first quote: the first ends where the second begins. At the end of a
// paragraph an open quote either continues (the next paragraph starts with
// an opening mark, the news convention for multi-paragraph quotes) or is cut
// at the paragraph end and flagged unclosed, unless the next paragraph opens
// with a lower-case word and its first mark closes (an extraction split the
// paragraph inside the quote): then the quote runs on to that mark. Every byte is visited a bounded
// number of times, so the scan is linear however the marks are unbalanced.
// A straight " glued to words on both sides (`on this."The Post`) may face
// either way; text that lost its paragraph breaks is full of them. When such
// a mark opened a quote and a straight mark that can only open (`that "Mr.`)
// follows while it is still open, the glued mark was really the close of a
// quote whose opening mark was lost: the words between are no quotation.
// An opening curly mark glued to the words before it and followed by a space
// (`uncertainty,“ said`) closes the quote it is met in: a close typed the
// wrong way.
// Every mark starts with one of three bytes (", 0xE2, 0xC2), so the scan
// jumps from one such byte to the next, sixteen bytes at a time where SSE2
// is there; the bytes between are never looked at one by one.
#include "annotate/quotes/quote_finder.h"

#include "core/ascii.h"
#include "core/byte_scan.h"
#include "text/segment.h"

namespace parallax::quotes {

namespace {

enum class Mark { kNone, kOpen, kClose, kStraight };

// The first i in [from, end) where t[i] may start a mark (", 0xE2 or 0xC2),
// or `end`.
uint32_t NextMarkByte(std::string_view t, uint32_t from, uint32_t end) {
  return static_cast<uint32_t>(core::FindAnyOf3(t, from, end, '"', '\xE2', '\xC2'));
}

// The double quote mark at text[i], if any, and its byte length.
Mark MarkAt(std::string_view t, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  *len = 1;
  if (c == '"') return Mark::kStraight;
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(t[i + 2]);
    *len = 3;
    if (d == 0x9C || d == 0x9E) return Mark::kOpen;   // “ „
    if (d == 0x9D) return Mark::kClose;               // ”
  }
  if (c == 0xC2 && i + 1 < t.size()) {
    unsigned char d = static_cast<unsigned char>(t[i + 1]);
    *len = 2;
    if (d == 0xAB) return Mark::kOpen;   // «
    if (d == 0xBB) return Mark::kClose;  // »
  }
  return Mark::kNone;
}

// True when the paragraph [b, e) starts (after spaces) with an opening mark.
bool OpensWithQuote(std::string_view t, uint32_t b, uint32_t e) {
  while (b < e && core::IsAsciiSpace(t[b])) ++b;
  if (b >= e) return false;
  size_t len;
  Mark m = MarkAt(t, b, &len);
  return m == Mark::kOpen || m == Mark::kStraight;
}

// Content span of [b, e): spaces, and trailing commas/colons trimmed.
Span Trimmed(std::string_view t, uint32_t b, uint32_t e) {
  while (b < e && core::IsAsciiSpace(t[b])) ++b;
  while (e > b && (core::IsAsciiSpace(t[e - 1]) || t[e - 1] == ',' || t[e - 1] == ':')) --e;
  return Span{b, e};
}

struct Open {
  bool active = false;
  uint32_t mark = 0;     // byte offset of the opening mark
  uint32_t content = 0;  // first byte after it
  uint32_t paragraph = 0;
  bool glued = false;    // opened by a straight mark with words on both sides
};

enum class Facing { kOpening, kClosing, kEither };

// Which way the straight mark at t[i] in paragraph [b, e) faces by its
// neighbours: a space (or bracket, dash) before and a word after opens.
Facing StraightFacing(std::string_view t, uint32_t i, uint32_t b, uint32_t e) {
  auto c = [&](uint32_t k) { return static_cast<unsigned char>(t[k]); };
  bool before = i == b || core::IsAsciiSpace(t[i - 1]) || t[i - 1] == '(' || t[i - 1] == '[' ||
                (i >= b + 3 && c(i - 3) == 0xE2 && c(i - 2) == 0x80 && (c(i - 1) == 0x93 || c(i - 1) == 0x94));
  bool after = i + 1 >= e || core::IsAsciiSpace(t[i + 1]) || std::string_view(",.;:?!)]").find(t[i + 1]) != std::string_view::npos;
  if (before && !after) return Facing::kOpening;
  if (after && !before) return Facing::kClosing;
  return Facing::kEither;
}

// True when paragraph [b, e) goes on with the sentence a quote left open at the end of the
// paragraph before: it opens with a lower-case word and its first mark closes (an extraction that
// split a paragraph inside a quote: `... with no` / `educational options ...,” the lawsuit alleges.`).
bool ContinuesOpenQuote(std::string_view t, uint32_t b, uint32_t e) {
  while (b < e && core::IsAsciiSpace(t[b])) ++b;
  if (b >= e || t[b] < 'a' || t[b] > 'z') return false;
  uint32_t i = NextMarkByte(t, b, e);
  for (; i < e; i = NextMarkByte(t, i + 1, e)) {
    size_t len;
    Mark m = MarkAt(t, i, &len);
    if (m == Mark::kNone) continue;
    return m == Mark::kClose || (m == Mark::kStraight && StraightFacing(t, i, b, e) == Facing::kClosing);
  }
  return false;
}

void Emit(std::string_view t, const Open& o, uint32_t content_end, uint32_t outer_end, uint32_t paragraph,
          bool closed, std::vector<QuotedSpan>* out) {
  Span c = Trimmed(t, o.content, content_end);
  if (c.empty()) return;
  out->push_back(QuotedSpan{c, Span{o.mark, outer_end}, o.paragraph, paragraph, closed});
}

}  // namespace

std::vector<QuotedSpan> FindQuotedSpans(std::string_view t, const std::vector<Paragraph>& paragraphs) {
  std::vector<QuotedSpan> out;
  Open open;
  bool broken_paragraph = false;  // the open quote goes on in this paragraph with no opening mark
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    uint32_t b = paragraphs[p].span.begin, e = std::min<uint32_t>(paragraphs[p].span.end, t.size());
    bool continuing = open.active && !broken_paragraph;
    broken_paragraph = false;
    for (uint32_t i = NextMarkByte(t, b, e); i < e; i = NextMarkByte(t, i, e)) {
      size_t len;
      Mark m = MarkAt(t, i, &len);
      if (m == Mark::kNone) { ++i; continue; }
      if (continuing) {  // the opening mark of a continued paragraph: not a new quote
        continuing = false;
        i += len;
        continue;
      }
      Facing facing = m == Mark::kStraight ? StraightFacing(t, i, b, e) : Facing::kEither;
      if (open.active && open.glued && facing == Facing::kOpening) {  // `this."The Post said that "Mr.`
        open = Open{true, i, static_cast<uint32_t>(i + len), p};
        i += len;
        continue;
      }
      // `uncertainty,“ said Tim`: an opening curly mark glued to the words before it and followed by
      // a space, met inside a quote, is that quote's closing mark typed the wrong way.
      bool mistyped = m == Mark::kOpen && i > b && (core::IsAsciiAlnum(t[i - 1]) || t[i - 1] == ',' ||
                      t[i - 1] == '.' || t[i - 1] == '?' || t[i - 1] == '!') &&
                      (i + len >= e || core::IsAsciiSpace(t[i + len]));
      bool closes = open.active && (m == Mark::kClose || m == Mark::kStraight || mistyped);
      if (closes) {
        Emit(t, open, i, i + len, p, true, &out);
        open.active = false;
      } else if (m != Mark::kClose) {
        if (open.active) Emit(t, open, i, i, p, false, &out);
        bool glued = m == Mark::kStraight && facing == Facing::kEither && i > b && !core::IsAsciiSpace(t[i - 1]);
        open = Open{true, i, static_cast<uint32_t>(i + len), p, glued};
      }
      i += len;
    }
    if (!open.active) continue;
    bool next_continues = p + 1 < paragraphs.size() &&
                          OpensWithQuote(t, paragraphs[p + 1].span.begin, paragraphs[p + 1].span.end);
    // A paragraph the extraction split inside the quote: the next one's first mark closes it.
    broken_paragraph = !next_continues && p + 1 < paragraphs.size() &&
                       ContinuesOpenQuote(t, paragraphs[p + 1].span.begin, paragraphs[p + 1].span.end);
    if (!next_continues && !broken_paragraph) {
      Emit(t, open, e, e, p, false, &out);
      open.active = false;
    }
  }
  return out;
}

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text) {
  return FindQuotedSpans(text, text::SplitParagraphs(text));
}

}  // namespace parallax::quotes
