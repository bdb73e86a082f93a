#include "annotate/annotator.h"

#include "annotate/entity/coref.h"
#include "annotate/entity/roles.h"
#include "annotate/ner/tagger.h"
#include "annotate/quotes/quote_annotator.h"
#include "annotate/time/time_tagger.h"

namespace parallax::annotate {

namespace {

class TimeAnnotator : public Annotator {
 public:
  explicit TimeAnnotator(std::unique_ptr<time::TimeTagger> tagger) : tagger_(std::move(tagger)) {}
  const char* name() const override { return "time"; }
  Status Annotate(Article* a) const override {
    a->times.clear();
    for (auto& t : tagger_->Tag(a->body, a->published.Date())) {
      a->times.push_back(TimeExpression{t.span, std::move(t.type), std::move(t.value), std::move(t.mod), t.needs_dct});
    }
    return Status::OK();
  }

 private:
  std::unique_ptr<time::TimeTagger> tagger_;
};

class EntityAnnotator : public Annotator {
 public:
  explicit EntityAnnotator(std::unique_ptr<ner::Tagger> tagger) : tagger_(std::move(tagger)) {}
  const char* name() const override { return "ner"; }
  Status Annotate(Article* a) const override {
    a->entities.clear();
    auto per_sentence = tagger_->TagArticle(*a);
    for (size_t s = 0; s < per_sentence.size() && s < a->sentences.size(); ++s) {
      const Sentence& sent = a->sentences[s];
      for (auto& m : per_sentence[s]) {
        uint32_t first = sent.first_token + m.first_token, last = sent.first_token + m.last_token;
        if (last >= a->tokens.size() || first > last) continue;
        Span span{a->tokens[first].span.begin, a->tokens[last].span.end};
        a->entities.push_back(EntityMention{span, std::move(m.type), std::move(m.subtype), m.confidence});
      }
    }
    return Status::OK();
  }

 private:
  std::unique_ptr<ner::Tagger> tagger_;
};

// Within-document coreference chains and roles over the NER's mentions.
class CorefAnnotator : public Annotator {
 public:
  const char* name() const override { return "coref"; }
  Status Annotate(Article* a) const override {
    entity::BuildChains(a);
    entity::FindRoles(a);
    return Status::OK();
  }
};

class QuoteAnnotator : public Annotator {
 public:
  explicit QuoteAnnotator(quotes::QuoteOptions options) : options_(options) {}
  const char* name() const override { return "quotes"; }
  Status Annotate(Article* a) const override {
    quotes::FindQuotations(a, options_);
    return Status::OK();
  }

 private:
  quotes::QuoteOptions options_;
};

}  // namespace

Result<std::unique_ptr<Annotator>> MakeCorefAnnotator() { return std::unique_ptr<Annotator>(new CorefAnnotator()); }

Result<std::unique_ptr<Annotator>> MakeQuoteAnnotator(const OutletRegistry* registry) {
  quotes::QuoteOptions options;
  options.registry = registry;
  return std::unique_ptr<Annotator>(new QuoteAnnotator(options));
}

Result<std::unique_ptr<Annotator>> MakeTimeAnnotator() {
  auto tagger = time::TimeTagger::Create({});
  if (!tagger.ok()) return tagger.status();
  return std::unique_ptr<Annotator>(new TimeAnnotator(std::move(*tagger)));
}

Result<std::unique_ptr<Annotator>> MakeEntityAnnotator(const std::string& model_path) {
  std::string path = model_path;
  if (path.empty()) {
    auto p = ner::DefaultModelPath();
    if (!p.ok()) return p.status();
    path = *p;
  }
  auto tagger = ner::Tagger::Load(path);
  if (!tagger.ok()) return tagger.status();
  return std::unique_ptr<Annotator>(new EntityAnnotator(std::move(*tagger)));
}

Result<std::vector<std::unique_ptr<Annotator>>> MakeAnnotators(const std::vector<std::string>& names) {
  std::vector<std::unique_ptr<Annotator>> out;
  for (const auto& n : names) {
    Result<std::unique_ptr<Annotator>> a = Status::InvalidArgument("unknown annotator '" + n + "' (time, ner, coref, quotes, none)");
    if (n == "none" || n.empty()) continue;
    if (n == "time") a = MakeTimeAnnotator();
    else if (n == "ner") a = MakeEntityAnnotator();
    else if (n == "coref" || n == "roles") a = MakeCorefAnnotator();
    else if (n == "quotes") a = MakeQuoteAnnotator();
    if (!a.ok()) return a.status();
    out.push_back(std::move(*a));
  }
  return out;
}

}  // namespace parallax::annotate
