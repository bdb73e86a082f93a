// Page furniture in article bodies (page_furniture.h).
//
// Read on the first 1,500 AllSides articles (session 21): the Christian
// Science Monitor's "Get the Monitor Stories you care about delivered to
// your inbox. By signing up, you agree to our Privacy Policy" (45 articles),
// POLITICO's "By signing up you agree to receive email newsletters ... This
// site is protected by reCAPTCHA and the Google Privacy Policy and Terms of
// Service apply." (13), the New York Times's "Newsletter Sign Up Continue
// reading the main story Please verify you're not a robot ...". The phrases
// below are a prompt's own words; news sentences seldom use them.
#include "store/page_furniture.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ascii.h"

namespace parallax::store {

namespace {

// Lower-case prompt phrases ("sign up" alone is news too: "consumers
// signing up for coverage").
constexpr std::string_view kPhrases[] = {"privacy policy", "terms of service", "terms of use", "unsubscribe",
                                         "your inbox",     "not a robot",      "by signing up"};
// Phrases matched in this case only: an imperative "Sign up for Morning
// Defense", a button's "Email Sign Up".
constexpr std::string_view kCasedPhrases[] = {"Sign up", "Sign Up"};

// Cheap test on the whole body: one of the phrases in lower case or with
// its first letter (or every word) capitalised. A phrase in capitals only
// ("PRIVACY POLICY") is missed, which only keeps a chain linked. Each anchor
// is searched with Boyer-Moore-Horspool: a plain find stops at every "r" of
// "rivacy" and cost 5 % of the corpus linker's instructions.
bool BodyMayHaveFurniture(std::string_view body) {
  using Searcher = std::boyer_moore_horspool_searcher<std::string_view::const_iterator>;
  static const std::vector<Searcher>* const kAnchors = [] {
    static constexpr std::string_view kWords[] = {
        "rivacy Policy", "rivacy policy", "erms of Service", "erms of service", "erms of Use", "erms of use",
        "nsubscribe",    "our inbox",     "our Inbox",       "not a robot",     "y signing up", "Sign up",
        "Sign Up"};
    auto* out = new std::vector<Searcher>;
    for (std::string_view w : kWords) out->emplace_back(w.begin(), w.end());
    return out;
  }();
  return std::any_of(kAnchors->begin(), kAnchors->end(),
                     [&](const Searcher& s) { return std::search(body.begin(), body.end(), s) != body.end(); });
}

bool IsFurniture(std::string_view sentence) {
  if (std::any_of(std::begin(kCasedPhrases), std::end(kCasedPhrases),
                  [&](std::string_view phrase) { return sentence.find(phrase) != std::string_view::npos; }))
    return true;
  std::string lower(sentence);
  for (char& ch : lower) ch = core::AsciiLower(ch);
  return std::any_of(std::begin(kPhrases), std::end(kPhrases),
                     [&](std::string_view phrase) { return lower.find(phrase) != std::string::npos; });
}

}  // namespace

std::vector<Span> FurnitureSentences(const Article& a) {
  std::vector<Span> out;
  if (!BodyMayHaveFurniture(a.body)) return out;
  for (const Sentence& s : a.sentences)
    if (s.span.end <= a.body.size() && IsFurniture(s.span.Of(a.body))) out.push_back(s.span);
  return out;
}

bool InFurniture(const Article& a, const EntityChain& c, const std::vector<Span>& furniture) {
  if (furniture.empty() || c.mentions.empty()) return false;
  for (uint32_t m : c.mentions) {
    if (m >= a.entities.size()) return false;
    const Span& sp = a.entities[m].span;
    const bool inside = std::any_of(furniture.begin(), furniture.end(),
                                    [&](const Span& f) { return f.begin <= sp.begin && sp.end <= f.end; });
    if (!inside) return false;
  }
  return true;
}

}  // namespace parallax::store
