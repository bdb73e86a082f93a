// Sign-up prompts (signup_prompt.h).
//
// Read on the AllSides corpus (session 23): of the 11,230 articles whose raw
// text mentions a newsletter, an inbox, an email, a subscription or a privacy
// policy, 2,471 kept at least one such prompt paragraph after the session-22
// cleaner (the Monitor's inbox box, the Times's "Please verify you're not a
// robot" form, POLITICO's newsletter boxes, USA TODAY's "Daily Briefing in
// your inbox", Fox News First's sign-off, TIME's country list). A prompt
// pairs an anchor (the button or imperative) with a target (what is sent);
// news paragraphs that use the same words report them (quotation marks,
// "said"), which keeps them.
#include "text/signup_prompt.h"

#include <algorithm>
#include <string>

#include "core/ascii.h"
#include "core/byte_scan.h"

namespace parallax::text {

namespace {

bool Has(std::string_view s, std::string_view cue) { return core::FindSubstring(s, cue, 0) != std::string_view::npos; }

template <size_t N>
bool HasAny(std::string_view s, const std::string_view (&cues)[N]) {
  for (std::string_view c : cues)
    if (Has(s, c)) return true;
  return false;
}

// Anchors in the case they are written in (a button, an imperative).
constexpr std::string_view kCasedAnchors[] = {"Sign up", "Sign Up", "SIGN UP"};
// Anchors in the lower-cased paragraph.
constexpr std::string_view kAnchors[] = {"by signing up, you", "by signing up you", "by signing up, i ",
                                         "by signing up i ",   "not a robot",       "protected by recaptcha",
                                         "sign up here",       "sign up today",     "sign up now",
                                         "sign up for our",    "sign up to receive", "subscribe here",
                                         "email sign up"};
constexpr std::string_view kTargets[] = {"newsletter", "inbox",          "email",     "e-mail",
                                         "alerts",     "briefing",       "privacy policy",
                                         "privacy notice", "recaptcha",  "subscri",   "tip sheet",
                                         "tipsheet"};

// A paragraph of at most kShortWords words may be anchored by "your inbox"
// alone; a prompt opens within its first kOpeningWords words (a news
// paragraph a prompt is glued to, "... tens of thousands of e-mails. ...
// Ready to Fight Back? Sign Up For Take Action Now", is kept).
constexpr size_t kShortWords = 30, kOpeningWords = 40;

// The first offset in `s` of any of `cues`, or npos.
template <size_t N>
size_t First(std::string_view s, const std::string_view (&cues)[N]) {
  size_t first = std::string_view::npos;
  for (std::string_view c : cues) first = std::min(first, core::FindSubstring(s, c, 0));
  return first;
}

// Whether `word` occurs in `lower` as a whole word.
bool HasWord(std::string_view lower, std::string_view word) {
  for (size_t at = 0; (at = core::FindSubstring(lower, word, at)) != std::string_view::npos; ++at) {
    const size_t end = at + word.size();
    if ((at == 0 || !core::IsAsciiAlpha(lower[at - 1])) && (end == lower.size() || !core::IsAsciiAlpha(lower[end])))
      return true;
  }
  return false;
}

bool ReportsNews(std::string_view text, std::string_view lower) {
  if (text.find('"') != std::string_view::npos || Has(text, "\xE2\x80\x9C") || Has(text, "\xE2\x80\x9D")) return true;
  return HasWord(lower, "said") || HasWord(lower, "says") || HasWord(lower, "told") || Has(lower, "according to");
}

size_t Words(std::string_view s, size_t limit) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = core::IsAsciiSpace(c);
    n += !space && !in;
    in = !space;
    if (n > limit) break;
  }
  return n;
}

}  // namespace

bool IsSignupPrompt(std::string_view text) {
  if (!HasAny(text, kSignupSpellings)) return false;
  const std::string lower = core::AsciiLowered(text);
  const bool short_text = Words(text, kShortWords) <= kShortWords;
  const size_t inbox = core::FindSubstring(lower, "your inbox", 0);
  size_t first = std::min(First(text, kCasedAnchors), First(lower, kAnchors));
  if (first == std::string_view::npos && !(short_text && inbox != std::string_view::npos)) return false;  // no anchor
  // Where the prompt opens: its first anchor, "your inbox" or "newsletter".
  first = std::min({first, inbox, core::FindSubstring(lower, "newsletter", 0)});
  return Words(text.substr(0, first), kOpeningWords) <= kOpeningWords && HasAny(lower, kTargets) &&
         !ReportsNews(text, lower);
}

}  // namespace parallax::text
