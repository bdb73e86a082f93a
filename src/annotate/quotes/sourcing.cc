// The sourcing profile is a count over the quotes layer: each quotation adds
// to its speaker's voice (keyed by canonical name and type) and to its
// source type; outlets come from the cue scanner (Article::cited_outlets),
// from outlets that speak and from documents they wrote. Voices keep first-seen order for stable
// output, then are sorted by quotation count.
#include "annotate/quotes/sourcing.h"

#include <algorithm>

#include "parallax/outlets.h"

namespace parallax::quotes {

namespace {

constexpr const char* kTypes[] = {"person", "organization", "outlet", "anonymous", "document", "social"};

uint32_t Words(std::string_view s) {
  uint32_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\n' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

void AddUnique(const std::string& s, std::vector<std::string>* v) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

}  // namespace

SourcingProfile ProfileSourcing(const Article& a) {
  SourcingProfile p;
  for (const char* t : kTypes) p.by_type.emplace_back(t, 0);
  for (const auto& o : a.cited_outlets) AddUnique(o, &p.outlets_cited);
  for (const Quotation& q : a.quotes) {
    ++p.quotations;
    ++(q.direct ? p.direct : p.indirect);
    if (q.speaker_name.empty()) continue;
    ++p.attributed;
    for (auto& [type, n] : p.by_type) if (type == q.source_type) ++n;
    // The publisher quoting its own reporting ("The Hill reported earlier") cites no one.
    if (q.source_type == "outlet" && q.speaker_name != a.outlet) AddUnique(q.speaker_name, &p.outlets_cited);
    // "A 2018 New York Times report also said", "CNN's poll said": a document a registered outlet
    // wrote cites that outlet, unless it is the publisher's own.
    if (q.source_type == "document") {
      const OutletRegistry& registry = OutletRegistry::Default();
      const Outlet* author = registry.FindByName(q.speaker_name);
      const Outlet* publisher = registry.FindByName(a.outlet);
      if (author != nullptr && author != publisher && author->name != a.outlet) AddUnique(author->name, &p.outlets_cited);
    }
    if (q.source_type == "anonymous") AddUnique(q.speaker_name, &p.anonymous_descriptions);
    auto it = std::find_if(p.voices.begin(), p.voices.end(), [&](const Voice& v) {
      return v.name == q.speaker_name && (v.source_type == q.source_type || q.source_type == "social" ||
                                          v.source_type == "social");
    });
    if (it == p.voices.end()) it = p.voices.insert(p.voices.end(), Voice{q.speaker_name, q.source_type});
    ++it->quotations;
    if (q.direct) {
      ++it->direct;
      it->words += Words(q.span.Of(a.body));
    }
  }
  p.anonymous_share = p.attributed ? static_cast<double>(CountOfType(p, "anonymous")) / p.attributed : 0.0;
  std::stable_sort(p.voices.begin(), p.voices.end(),
                   [](const Voice& x, const Voice& y) { return x.quotations > y.quotations; });
  return p;
}

uint32_t CountOfType(const SourcingProfile& profile, std::string_view source_type) {
  for (const auto& [type, n] : profile.by_type) {
    if (type == source_type) return n;
  }
  return 0;
}

}  // namespace parallax::quotes
