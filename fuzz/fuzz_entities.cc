// Fuzz target for within-document coreference and roles: arbitrary bytes as
// an article body (paragraphs at blank lines, segmented by src/text). Every
// run of capitalised tokens becomes an entity mention whose type is picked
// from its first byte (no NER model, so runs are fast and every type is
// reached). Checks: every mention is in exactly the chain it points at,
// chains are non-empty and ascending, roles point at existing PER mentions
// and their spans lie inside the body.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "annotate/entity/coref.h"
#include "annotate/entity/roles.h"
#include "text/segment.h"

namespace {

constexpr const char* kTypes[] = {"PER", "ORG", "LOC", "MISC"};

void AddMentions(parallax::Article* a) {
  size_t i = 0;
  while (i < a->tokens.size()) {
    auto cap = [&](size_t k) {
      unsigned char c = static_cast<unsigned char>(a->body[a->tokens[k].span.begin]);
      return !a->tokens[k].span.empty() && c >= 'A' && c <= 'Z';
    };
    if (!cap(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < a->tokens.size() && cap(j + 1) && j - i < 4) ++j;
    parallax::Span sp{a->tokens[i].span.begin, a->tokens[j].span.end};
    const char* type = kTypes[static_cast<unsigned char>(a->body[sp.begin]) % 4];
    a->entities.push_back(parallax::EntityMention{sp, type, "", 0.5f, -1});
    i = j + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parallax::Article a;
  a.body.assign(reinterpret_cast<const char*>(data), size);
  a.paragraphs = parallax::text::SplitParagraphs(a.body);
  parallax::text::Segment(&a);
  AddMentions(&a);
  parallax::entity::BuildChains(&a);
  parallax::entity::FindRoles(&a);
  size_t linked = 0;
  for (size_t c = 0; c < a.entity_chains.size(); ++c) {
    const auto& ms = a.entity_chains[c].mentions;
    if (ms.empty()) std::abort();
    for (size_t k = 0; k < ms.size(); ++k) {
      if (ms[k] >= a.entities.size() || a.entities[ms[k]].chain != static_cast<int32_t>(c)) std::abort();
      if (k > 0 && ms[k] <= ms[k - 1]) std::abort();
    }
    linked += ms.size();
  }
  if (linked != a.entities.size()) std::abort();
  for (const auto& r : a.roles) {
    if (r.mention >= a.entities.size() || a.entities[r.mention].type != "PER") std::abort();
    if (r.span.begin > r.span.end || r.span.end > size || r.role.empty()) std::abort();
  }
  return 0;
}
