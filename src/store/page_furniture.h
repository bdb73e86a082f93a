// Page furniture inside an article's text: the newsletter and consent prompts
// that text extraction leaves in a body ("Get the Monitor Stories you care
// about delivered to your inbox. By signing up, you agree to our Privacy
// Policy", "This site is protected by reCAPTCHA and the Google Privacy Policy
// and Terms of Service apply."). The tagger reads names in them ("Privacy
// Policy" ORG, "Monitor Stories" ORG), which are no entities of the story; the
// corpus linker (entity_store.cc) gives no canonical entity to a chain all of
// whose mentions lie in such sentences. Internal to the store.
#ifndef PARALLAX_STORE_PAGE_FURNITURE_H_
#define PARALLAX_STORE_PAGE_FURNITURE_H_

#include <vector>

#include "parallax/article.h"

namespace parallax::store {

// The spans of the sentences of `a` that are page furniture: a sentence that
// contains, in any case, one of a few prompt phrases ("privacy policy",
// "terms of service", "terms of use", "unsubscribe", "your inbox", "not a
// robot", "by signing up") or "Sign up" / "Sign Up" with a capital S (an
// imperative or a button; "signing up for coverage" is news). Empty for most
// articles: the body is searched for the phrases' usual spellings first.
std::vector<Span> FurnitureSentences(const Article& a);

// Whether every mention of chain `c` of `a` lies inside one of `furniture`
// (FurnitureSentences(a)); false for a chain without mentions.
bool InFurniture(const Article& a, const EntityChain& c, const std::vector<Span>& furniture);

}  // namespace parallax::store

#endif  // PARALLAX_STORE_PAGE_FURNITURE_H_
