// Fuzzes the store's layer decoders: damaged blobs and JSON layer columns
// must give kCorruption, and every decoded span must lie inside the text and
// every index inside its target layer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/layer_json.h"
#include "store/span_codec.h"

namespace {

constexpr size_t kTextSize = 4096;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

bool InText(const parallax::Span& s) { return s.begin <= s.end && s.end <= kTextSize; }

void FuzzBlobs(std::string_view blob) {
  std::vector<parallax::Paragraph> p;
  std::vector<parallax::Sentence> s;
  std::vector<parallax::Token> t;
  if (parallax::store::DecodeParagraphs(blob, kTextSize, &p).ok()) {
    for (const auto& x : p) Check(InText(x.span));
  }
  if (parallax::store::DecodeSentences(blob, kTextSize, &s).ok()) {
    for (const auto& x : s) Check(InText(x.span));
  }
  if (parallax::store::DecodeTokens(blob, kTextSize, &t).ok()) {
    for (const auto& x : t) Check(InText(x.span));
  }
}

// The JSON layers; `limit` bounds the mention/chain indices.
void FuzzJson(std::string_view json, size_t limit) {
  std::vector<parallax::TimeExpression> times;
  if (parallax::store::TimesFromJson(json, kTextSize, &times).ok()) {
    for (const auto& x : times) Check(InText(x.span));
  }
  std::vector<parallax::EntityMention> entities;
  if (parallax::store::EntitiesFromJson(json, kTextSize, &entities).ok()) {
    for (const auto& x : entities) Check(InText(x.span) && x.chain >= -1);
  }
  std::vector<parallax::EntityChain> chains;
  if (parallax::store::ChainsFromJson(json, limit, &chains).ok()) {
    for (const auto& c : chains) {
      for (uint32_t m : c.mentions) Check(m < limit);
    }
  }
  std::vector<parallax::RoleMention> roles;
  if (parallax::store::RolesFromJson(json, kTextSize, limit, &roles).ok()) {
    for (const auto& r : roles) Check(InText(r.span) && r.mention < limit);
  }
  std::vector<parallax::Quotation> quotes;
  if (parallax::store::QuotesFromJson(json, kTextSize, limit, &quotes).ok()) {
    for (const auto& q : quotes) {
      Check(InText(q.span) && InText(q.cue) && InText(q.speaker));
      Check(q.speaker_chain >= -1 && q.speaker_chain < static_cast<int64_t>(limit));
    }
  }
  // Headline layers: spans inside the title, chains inside entity_chains.
  parallax::Article a;
  a.title.assign(64, 'x');
  a.entity_chains.resize(limit);
  if (parallax::store::TitleLayersFromJson(json, &a).ok()) {
    for (const auto& x : a.title_times) Check(x.span.begin <= x.span.end && x.span.end <= a.title.size());
    for (const auto& x : a.title_entities) {
      Check(x.span.begin <= x.span.end && x.span.end <= a.title.size());
      Check(x.chain >= -1 && x.chain < static_cast<int64_t>(limit));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  FuzzBlobs(input);
  // The first byte picks the index limit, the rest is the JSON text.
  if (size > 0) FuzzJson(input.substr(1), static_cast<uint8_t>(input[0]) % 8);
  return 0;
}
