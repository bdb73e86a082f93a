#include "synth/story_view.h"

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

}  // namespace parallax::synth
