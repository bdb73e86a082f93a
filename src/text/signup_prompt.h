// Sign-up and consent prompts inside an article's text (session 23): the
// newsletter boxes and form residue that extraction leaves between or after
// a story's paragraphs ("Get the Monitor Stories you care about delivered to
// your inbox. By signing up, you agree to our Privacy Policy", "Newsletter
// Sign Up Continue reading the main story Please verify you're not a robot
// ...", "Morning Defense newsletter Sign up for Morning Defense ... Email Sign
// Up By signing up you agree to receive email newsletters ..."). The cleaner
// (clean.cc) drops such a paragraph whole, so the prompt never reaches
// sentence splitting, the taggers, clustering or the store. Internal to
// parallax_text.
#ifndef PARALLAX_TEXT_SIGNUP_PROMPT_H_
#define PARALLAX_TEXT_SIGNUP_PROMPT_H_

#include <string_view>

namespace parallax::text {

// The spellings, as written, one of IsSignupPrompt's anchors needs: a
// paragraph with none of them is no prompt. CleanBlocks looks for them in
// the one pass that finds its other markers (clean.cc, kMarkers) and asks
// IsSignupPrompt only when one occurs.
inline constexpr std::string_view kSignupSpellings[] = {"ign up", "ign Up", "IGN UP", "igning up", "robot",
                                                        "protected by", "ubscribe here", "nbox", "NBOX"};

// Whether paragraph `text` is a sign-up or consent prompt: it holds
//  - an anchor: "Sign up" / "Sign Up" / "SIGN UP" (a button or an
//    imperative), or, in any case, "by signing up, you" ("... you agree"),
//    "not a robot", "protected by recaptcha", "sign up here" / "today" /
//    "now" / "for our" / "to receive", "subscribe here", "email sign up";
//    or "your inbox" in a paragraph of at most 30 words;
//  - that opens the prompt: the first anchor, "your inbox" or "newsletter"
//    comes within the paragraph's first 40 words (a prompt glued to the end
//    of a long news paragraph leaves the paragraph as it is);
//  - a target, in any case: newsletter, inbox, email, e-mail, alerts,
//    briefing, privacy policy / notice, recaptcha, subscri(be), tip sheet;
//  - and nothing of reported news: no double quotation mark (ASCII or
//    curly) and no word said / says / told / "according to".
// So "consumers signing up for coverage", "Young People Will Not Sign Up
// Because Of Costs" (no target) and "Facebook changed its privacy policy, the
// company said" (no anchor) are news. Paragraphs with none of the anchors'
// spellings are rejected by a few byte scans, without a copy.
bool IsSignupPrompt(std::string_view text);

}  // namespace parallax::text

#endif  // PARALLAX_TEXT_SIGNUP_PROMPT_H_
