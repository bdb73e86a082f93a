#include "annotate/annotator.h"

#include "annotate/entity/coref.h"
#include "annotate/entity/roles.h"
#include "annotate/ner/tagger.h"
#include "annotate/quotes/quote_annotator.h"
#include "annotate/time/time_tagger.h"
#include "text/segment.h"

namespace parallax::annotate {

namespace {

class TimeAnnotator : public Annotator {
 public:
  explicit TimeAnnotator(std::unique_ptr<time::TimeTagger> tagger) : tagger_(std::move(tagger)) {}
  const char* name() const override { return "time"; }
  Status Annotate(Article* a) const override {
    std::string dct = a->published.Date();
    TagInto(a->body, dct, &a->times);
    TagInto(a->title, dct, &a->title_times);
    return Status::OK();
  }

 private:
  void TagInto(std::string_view text, const std::string& dct, std::vector<TimeExpression>* out) const {
    out->clear();
    for (auto& t : tagger_->Tag(text, dct)) {
      out->push_back(TimeExpression{t.span, std::move(t.type), std::move(t.value), std::move(t.mod), t.needs_dct});
    }
  }

  std::unique_ptr<time::TimeTagger> tagger_;
};

class EntityAnnotator : public Annotator {
 public:
  explicit EntityAnnotator(std::unique_ptr<ner::Tagger> tagger) : tagger_(std::move(tagger)) {}
  const char* name() const override { return "ner"; }
  // The headline is tagged as one more sentence at the end of the document:
  // it gets the body's document-wide evidence (a Title Case headline's
  // "Meets" is lower case everywhere else) and adds little of its own.
  Status Annotate(Article* a) const override {
    a->entities.clear();
    a->title_entities.clear();
    std::vector<Token> title_tokens;
    text::Tokenize(a->title, Span{0, static_cast<uint32_t>(a->title.size())}, &title_tokens);
    auto tagged = tagger_->TagArticle(*a, &title_tokens);
    for (size_t s = 0; s < tagged.size(); ++s) {
      bool title = s == a->sentences.size();
      const std::vector<Token>& tokens = title ? title_tokens : a->tokens;
      uint32_t offset = title ? 0 : a->sentences[s].first_token;
      for (auto& m : tagged[s]) {
        uint32_t first = offset + m.first_token, last = offset + m.last_token;
        if (last >= tokens.size() || first > last) continue;
        Span span{tokens[first].span.begin, tokens[last].span.end};
        (title ? a->title_entities : a->entities)
            .push_back(EntityMention{span, std::move(m.type), std::move(m.subtype), m.confidence});
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
