// Fuzzes FramingLexicon::Parse (the framing lexicon reader, a user-suppliable
// file). A lexicon that parses must serialize to text that parses to the same
// serialization, and must scan an article made of the same bytes without
// reading outside it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "synth/framing.h"
#include "text/segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using parallax::synth::FramingLexicon;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto lexicon = FramingLexicon::Parse(bytes, "fuzz");
  if (!lexicon.ok()) return 0;
  std::string text = lexicon->Serialize();
  auto again = FramingLexicon::Parse(text, "again");
  if (!again.ok() || again->Serialize() != text) __builtin_trap();
  parallax::Article article;
  article.title = bytes.substr(0, 200);
  article.body = bytes;
  article.paragraphs.push_back({{0, static_cast<uint32_t>(bytes.size())}, false});
  parallax::text::Segment(&article);
  auto framing = parallax::synth::AnalyzeFraming(article, *lexicon);
  for (const auto& t : framing.loaded_terms) {
    size_t limit = t.in_title ? article.title.size() : article.body.size();
    if (t.span.begin > t.span.end || t.span.end > limit) __builtin_trap();
  }
  return 0;
}
