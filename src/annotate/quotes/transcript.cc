// Transcripts quoted line by line (session 16): a paragraph that opens with a
// bare label and a colon ("The question: “...”", "Q: “...”", "Answer: “...”")
// gives the words to the label's role. The question is the questioner's (an
// unnamed source); the answer is the interviewee's: the person the text
// before named as the one interviewed ("what appears to be an interview with
// Jane Roe"), and "the interview subject" / "the interviewee" phrases refer
// to that person too. A labelled answer of one word ("Correct.") is a reply,
// not a scare quote. Used by credit.cc, speakers.cc and attribution.cc.
#include <algorithm>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers_internal.h"

namespace parallax::quotes {

namespace {

constexpr uint32_t kInterviewTokens = 400;  // how far back "an interview with X" may be

enum class Role { kNone, kQuestion, kAnswer };

// The label before the quote opening at token `open`: "The question:", "Question:", "Q:",
// "The answer:", "A:" opening its paragraph, nothing else before the mark.
Role LabelRole(const Context& ctx, uint32_t open) {
  if (open < 2 || ctx.Text(open - 1) != ":") return Role::kNone;
  uint32_t label = open - 2, start = label;
  if (start > 0 && ctx.Lower(start - 1) == "the") --start;
  const Article& a = ctx.article();
  uint32_t begin = a.tokens[start].span.begin;  // the label opens its paragraph
  auto p = std::upper_bound(a.paragraphs.begin(), a.paragraphs.end(), begin,
                            [](uint32_t b, const Paragraph& x) { return b < x.span.begin; });
  if (p == a.paragraphs.begin() || ctx.TokenAt((p - 1)->span.begin) != start) return Role::kNone;
  std::string_view w = ctx.Lower(label);
  bool bare = start == label;
  if (w == "question" || (bare && w == "q")) return Role::kQuestion;
  if (w == "answer" || (bare && w == "a" && ctx.Text(label) == "A")) return Role::kAnswer;
  return Role::kNone;
}

}  // namespace

Speaker Interviewee(const Context& ctx, uint32_t at) {
  uint32_t first = at > kInterviewTokens ? at - kInterviewTokens : 0;
  for (uint32_t t = at; t > first + 1; --t) {
    uint32_t with = t - 1;
    if (ctx.Lower(with) != "with" || ctx.InQuote(with)) continue;
    std::string_view noun = ctx.Lower(with - 1);
    if (noun != "interview" && noun != "interviews" && noun != "deposition") continue;
    for (uint32_t u = with + 1; u < ctx.size() && u < with + 4; ++u) {  // "with FBI lawyer Jane Roe"
      if (IsPerson(ctx, ctx.EntityOf(u))) return FromEntity(ctx, ctx.EntityOf(u));
      if (ctx.IsPunct(u)) break;
    }
  }
  return {};
}

Speaker TranscriptLine(const Context& ctx, uint32_t open) {
  Role role = LabelRole(ctx, open);
  if (role == Role::kNone) return {};
  Speaker s;
  if (role == Role::kAnswer) s = Interviewee(ctx, open);
  if (!s.resolved()) {
    s.name = role == Role::kQuestion ? "the questioner" : "the interviewee";
    s.type = "anonymous";
  }
  uint32_t label = open - 2;
  s.span = Span{ctx.article().tokens[label].span.begin, ctx.article().tokens[label].span.end};
  return s;
}

bool TranscriptAnswer(const Context& ctx, uint32_t open) { return LabelRole(ctx, open) == Role::kAnswer; }

Speaker InterviewReferent(const Context& ctx, Range main, uint32_t at) {
  if (main.empty()) return {};
  std::string_view head = ctx.Lower(main.e - 1);
  bool subject = head == "interviewee" ||
                 (head == "subject" && main.e >= main.b + 2 && ctx.Lower(main.e - 2) == "interview");
  if (!subject || ctx.Lower(main.b) != "the") return {};
  Speaker s = Interviewee(ctx, main.b);
  if (s.resolved()) s.span = Span{ctx.article().tokens[main.b].span.begin, ctx.article().tokens[main.e - 1].span.end};
  return s;
}

}  // namespace parallax::quotes
