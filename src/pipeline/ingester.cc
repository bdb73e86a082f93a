#include "pipeline/ingester.h"

#include <algorithm>
#include <chrono>

namespace parallax::pipeline {

namespace {
using Clock = std::chrono::steady_clock;

// The input name an error message starts with ("path: reason" -> "path").
std::string UriOf(const Status& s) {
  const std::string& m = s.message();
  size_t colon = m.find(": ");
  return colon == std::string::npos ? m : m.substr(0, colon);
}
}  // namespace

Status Ingester::Flush(const IngestEvents& events, IngestStats* stats) {
  if (pending_.empty()) return Status::OK();
  std::vector<const Article*> batch;
  batch.reserve(pending_.size());
  for (const auto& a : pending_) batch.push_back(&a);
  std::vector<PutOutcome> outcomes;
  PARALLAX_RETURN_IF_ERROR(store_->PutBatch(batch, &outcomes));
  if (options_.link_entities) PARALLAX_RETURN_IF_ERROR(store_->LinkEntities(batch));
  for (size_t i = 0; i < pending_.size(); ++i) {
    if (outcomes[i] == PutOutcome::kStored) ++stats->stored;
    else ++stats->duplicate;
    if (events.on_article) events.on_article(pending_[i], outcomes[i]);
  }
  pending_.clear();
  if (options_.stories != nullptr) {
    for (PutOutcome o : outcomes) unclustered_ += o == PutOutcome::kStored ? 1 : 0;
    if (unclustered_ >= std::max(options_.stories_every, stats->stories.clustered / 8)) {
      // Story views wait for the run's end: a story that grows in every
      // batch is rendered once, not once per batch.
      PARALLAX_RETURN_IF_ERROR(options_.stories->CatchUp(&stats->stories, /*build_views=*/false));
      unclustered_ = 0;
    }
  }
  if (events.on_progress) events.on_progress(*stats);
  return Status::OK();
}

// Links the articles an interrupted run stored but did not link (its two
// commits are separate transactions), in batches.
Status Ingester::LinkLeftovers() {
  auto ids = store_->UnlinkedArticleIds();
  if (!ids.ok()) return ids.status();
  std::vector<Article> batch;
  for (size_t i = 0; i < ids->size(); ++i) {
    auto a = store_->Get((*ids)[i]);
    if (!a.ok()) return a.status();
    batch.push_back(std::move(*a));
    if (batch.size() == options_.batch_articles || i + 1 == ids->size()) {
      std::vector<const Article*> views;
      for (const Article& x : batch) views.push_back(&x);
      PARALLAX_RETURN_IF_ERROR(store_->LinkEntities(views));
      batch.clear();
    }
  }
  return Status::OK();
}

Status Ingester::Run(const std::vector<std::string>& paths, const IngestEvents& events, IngestStats* stats) {
  Status store_status;
  unclustered_ = 0;
  if (options_.link_entities) PARALLAX_RETURN_IF_ERROR(LinkLeftovers());
  if (options_.stories != nullptr) PARALLAX_RETURN_IF_ERROR(options_.stories->CatchUp(&stats->stories));
  auto last_flush = Clock::now();
  auto reject = [&](const Status& s) {
    ++stats->rejected;
    Status logged = store_->RecordRejection(UriOf(s), s.ToString());
    if (!logged.ok()) store_status = logged;
    if (events.on_reject) events.on_reject(s);
  };
  ingest::ReadPaths(paths, options_.read, [&](Result<ingest::RawDocument> doc) {
    if (!doc.ok()) {
      reject(doc.status());
      return store_status.ok();
    }
    stats->bytes += doc->input_bytes;
    auto article = text::BuildArticle(std::move(*doc), options_.build);
    if (!article.ok()) {
      reject(article.status());
      return store_status.ok();
    }
    for (const annotate::Annotator* a : options_.annotators) {
      Status st = a->Annotate(&*article);
      if (!st.ok()) {
        reject(st.WithContext(article->uri + ": " + a->name()));
        return store_status.ok();
      }
    }
    pending_.push_back(std::move(*article));
    double waited = std::chrono::duration<double>(Clock::now() - last_flush).count();
    if (pending_.size() >= options_.batch_articles || waited >= options_.batch_seconds) {
      store_status = Flush(events, stats);
      last_flush = Clock::now();
    }
    return store_status.ok();
  });
  if (store_status.ok()) store_status = Flush(events, stats);
  if (store_status.ok() && options_.stories != nullptr) {
    store_status = options_.stories->CatchUp(&stats->stories);
    unclustered_ = 0;
  }
  pending_.clear();
  return store_status;
}

}  // namespace parallax::pipeline
