#include "synth/story_view.h"

#include "core/lead.h"

namespace parallax::synth {

Citation MakeCitation(const Article& article, uint32_t sentence) {
  Citation c;
  c.article_id = article.id;
  c.outlet = article.outlet;
  c.sentence = sentence;
  c.span = article.sentences[sentence].span;
  c.text = std::string(c.span.Of(article.body));
  return c;
}

std::string ArticleLead(const Article& article, size_t max_bytes) {
  return core::LeadSentence(article.body, article.sentences, max_bytes);
}

}  // namespace parallax::synth
