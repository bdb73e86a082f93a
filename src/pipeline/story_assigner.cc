// StoryAssigner: catch-up clustering of stored articles with an atomic
// checkpoint, and date inference for undated members.
//
// CatchUp reads articles after the checkpoint seq in chunks (ingest order),
// adds each to the clusterer, then re-dates the undated members of every
// story the chunk touched, and commits assignments + re-dated articles +
// snapshot + the chunk's last seq in one transaction. Because inferred dates
// depend only on a story's final membership (the dates and texts of its
// members, in arrival order) and the time layer is re-tagged from the body
// with the new date, the state after any sequence of interrupted and resumed
// runs equals that of a single run. If a commit fails, the in-memory clusterer has
// already advanced past the store; it is reloaded from the checkpoint so a
// retry starts from what the store holds.
#include "pipeline/story_assigner.h"

#include <algorithm>
#include <map>
#include <memory>

#include "cluster/date_inference.h"
#include "cluster/near_duplicate.h"
#include "pipeline/story_views.h"

namespace parallax::pipeline {

Result<cluster::ClusterOptions> DefaultStoryClusterOptions() {
  cluster::ClusterOptions o;
  auto path = cluster::DefaultIdfPriorPath();
  if (!path.ok()) return path.status();
  auto prior = cluster::IdfPrior::Load(*path);
  if (!prior.ok()) return prior.status();
  o.idf_prior = *prior;
  return o;
}

cluster::Document ToClusterDocument(const Article& a) {
  cluster::Document d;
  d.id = a.id;
  d.title = a.title;
  d.text = a.body;
  d.outlet = a.outlet;
  d.date = a.published.source == MetaSource::kInferred ? std::string() : a.published.Date();
  for (const auto& e : a.entities) {
    if (e.type == "MISC") continue;
    std::string name = e.chain >= 0 && e.chain < static_cast<int32_t>(a.entity_chains.size())
                           ? a.entity_chains[e.chain].name
                           : std::string(e.span.Of(a.body));
    if (std::find(d.entities.begin(), d.entities.end(), name) == d.entities.end()) d.entities.push_back(name);
  }
  for (const auto& t : a.times) {
    if (t.type == "DATE" && !t.needs_dct) d.mentioned_dates.push_back(t.value);
  }
  return d;
}

Result<std::unique_ptr<StoryAssigner>> MakeDefaultStoryAssigner(
    Store* store, const std::vector<const annotate::Annotator*>& annotators, bool views) {
  auto cluster_options = DefaultStoryClusterOptions();
  if (!cluster_options.ok()) return cluster_options.status();
  StoryAssignerOptions o;
  o.cluster = *cluster_options;
  o.materialize_views = views;
  for (const annotate::Annotator* a : annotators) {
    if (std::string_view(a->name()) == "time") o.time_annotator = a;
  }
  return StoryAssigner::Create(store, std::move(o));
}

Result<std::unique_ptr<StoryAssigner>> StoryAssigner::Create(Store* store, StoryAssignerOptions options) {
  if (options.chunk_articles == 0) return Status::InvalidArgument("chunk_articles must be positive");
  std::unique_ptr<StoryAssigner> a(new StoryAssigner(store, std::move(options)));
  PARALLAX_RETURN_IF_ERROR(a->Reload());
  return a;
}

Status StoryAssigner::Reload() {
  auto c = cluster::StoryClusterer::Create(options_.cluster);
  if (!c.ok()) return c.status();
  auto cp = store_->LoadClusterCheckpoint();
  if (!cp.ok()) return cp.status();
  if (!cp->snapshot.empty()) {
    Status s = (*c)->Restore(cp->snapshot);
    if (!s.ok()) return s.WithContext("cluster checkpoint");
  }
  clusterer_ = std::move(*c);
  last_seq_ = cp->last_seq;
  return Status::OK();
}

Status StoryAssigner::CatchUp(StoryAssignerStats* stats, bool build_views) {
  auto saved = store_->ClusterCheckpointSeq();
  if (!saved.ok()) return saved.status();
  if (*saved != last_seq_) PARALLAX_RETURN_IF_ERROR(Reload());
  // The last story stamp drawn before the first run whose views are still
  // to build: the stories above it are the ones changed since (by these
  // runs, or by another writer meanwhile).
  if (options_.materialize_views && views_after_ < 0) {
    auto version = store_->Version();
    if (!version.ok()) return version.status();
    views_after_ = version->stories;
  }
  while (true) {
    auto chunk = store_->ArticlesAfter(last_seq_, options_.chunk_articles);
    if (!chunk.ok()) return chunk.status();
    if (chunk->empty()) {
      if (!options_.materialize_views || !build_views) return Status::OK();
      PARALLAX_RETURN_IF_ERROR(MaterializeViews(views_after_, stats));
      views_after_ = -1;
      return Status::OK();
    }
    // A store that hands back rows at or before the checkpoint would make
    // this loop re-cluster the same chunk forever.
    if (chunk->back().seq <= last_seq_) {
      return Status::Corruption("articles after seq " + std::to_string(last_seq_) + " came back with seq " +
                                std::to_string(chunk->back().seq));
    }
    Status s = ClusterChunk(&*chunk, stats);
    if (!s.ok()) {
      Status r = Reload();  // the clusterer ran ahead of the store
      if (!r.ok()) return r;
      return s;
    }
  }
}

Status StoryAssigner::MaterializeViews(int64_t after_stamp, StoryAssignerStats* stats) {
  StoryViewStats views;
  Status s = MaterializeStoryViews(store_, after_stamp, &views);
  stats->views += views.stored;
  return s.ok() ? s : s.WithContext("story views");
}

Status StoryAssigner::ClusterChunk(std::vector<SequencedArticle>* chunk, StoryAssignerStats* stats) {
  std::vector<StoryAssignment> assignments;
  std::set<std::string> touched;
  std::vector<cluster::Document> docs;
  docs.reserve(chunk->size());
  for (const SequencedArticle& sa : *chunk) docs.push_back(ToClusterDocument(sa.article));
  if (pool_ == nullptr) pool_ = std::make_unique<cluster::PreparePool>(options_.cluster_threads);
  std::vector<cluster::Assignment> assigned;
  PARALLAX_RETURN_IF_ERROR(pool_->AddBatch(clusterer_.get(), docs, &assigned));
  for (size_t i = 0; i < chunk->size(); ++i) {
    const Article& a = (*chunk)[i].article;
    const cluster::Assignment& x = assigned[i];
    StoryAssignment s;
    s.article_id = a.id;
    s.story_id = x.story_id;
    s.thread_id = x.thread_id;
    s.duplicate_of = x.duplicate_of;
    s.score = x.score;
    s.undated = a.published.Date().empty() || a.published.source == MetaSource::kInferred;
    assignments.push_back(std::move(s));
    touched.insert(x.story_id);
  }
  std::vector<StoryAssignment> updates;
  std::vector<Article> redated;
  PARALLAX_RETURN_IF_ERROR(Redate(touched, chunk, &assignments, &updates, &redated));
  assignments.insert(assignments.end(), updates.begin(), updates.end());
  std::vector<const Article*> redated_ptrs;
  for (const Article& a : redated) redated_ptrs.push_back(&a);
  ClusterCheckpoint cp{clusterer_->Serialize(), chunk->back().seq};
  PARALLAX_RETURN_IF_ERROR(store_->PutStoryAssignments(assignments, redated_ptrs, cp));
  last_seq_ = cp.last_seq;
  stats->clustered += chunk->size();
  stats->redated += redated.size();
  return Status::OK();
}

namespace {

// Sets the inferred publication date and re-runs the time annotator.
Status ApplyInferredDate(const std::string& date, const annotate::Annotator* time_annotator, Article* a) {
  a->published.value = date;
  a->published.precision = PublishedTime::Precision::kDay;
  a->published.source = MetaSource::kInferred;
  if (time_annotator == nullptr) return Status::OK();
  Status s = time_annotator->Annotate(a);
  return s.ok() ? s : s.WithContext("re-dating article " + a->id);
}

// The dated members of one story in arrival order, their date signatures
// built on first use (committed members are read back from the store).
class DatedPeers {
 public:
  DatedPeers(Store* store, const std::vector<SequencedArticle>& chunk) : store_(store), chunk_(chunk) {}

  // A dated member at arrival position `position`: committed (`id`, chunk_index -1) or this chunk's.
  void Add(size_t position, const std::string& id, int64_t chunk_index) {
    peers_.push_back(Peer{position, id, chunk_index, nullptr});
  }

  // The signatures of up to `limit` dated members nearest to `position` in arrival order.
  Result<std::vector<const cluster::DateSignature*>> Nearest(size_t position, size_t limit) {
    std::vector<Peer*> order;
    for (Peer& p : peers_) order.push_back(&p);
    auto distance = [&](const Peer* p) { return p->position > position ? p->position - position : position - p->position; };
    std::stable_sort(order.begin(), order.end(), [&](const Peer* a, const Peer* b) { return distance(a) < distance(b); });
    if (order.size() > limit) order.resize(limit);
    std::vector<const cluster::DateSignature*> out;
    for (Peer* p : order) {
      if (p->signature == nullptr) {
        Result<Article> stored = p->chunk_index < 0 ? store_->Get(p->id) : Result<Article>(Article());
        if (!stored.ok()) return stored.status();
        const Article& a = p->chunk_index < 0 ? *stored : chunk_[static_cast<size_t>(p->chunk_index)].article;
        auto day = cluster::ParseDay(a.published.Date());
        p->signature = std::make_unique<cluster::DateSignature>(
            cluster::MakeDateSignature(a.title, a.body, day ? *day : cluster::kNoDay));
      }
      if (p->signature->day != cluster::kNoDay) out.push_back(p->signature.get());
    }
    return out;
  }

 private:
  struct Peer {
    size_t position;
    std::string id;
    int64_t chunk_index;
    std::unique_ptr<cluster::DateSignature> signature;
  };
  Store* store_;
  const std::vector<SequencedArticle>& chunk_;
  std::vector<Peer> peers_;
};

// How many dated members, nearest in arrival order, an undated one is compared with.
constexpr size_t kMaxDatePeers = 64;

}  // namespace

// Each undated member takes the day of its most similar dated peers among
// the kMaxDatePeers nearest in arrival order (cluster/date_inference.h), else
// the story's median; it is re-evaluated whenever its story changes, so the
// result depends on the final membership.
Status StoryAssigner::Redate(const std::set<std::string>& stories, std::vector<SequencedArticle>* chunk,
                             std::vector<StoryAssignment>* chunk_assignments, std::vector<StoryAssignment>* updates,
                             std::vector<Article>* redated) {
  std::map<std::string, std::vector<size_t>> in_chunk;  // story -> indices into chunk
  for (size_t i = 0; i < chunk_assignments->size(); ++i) in_chunk[(*chunk_assignments)[i].story_id].push_back(i);
  for (const std::string& story : stories) {
    auto info = clusterer_->Event(story);
    if (!info || info->median_date.empty()) continue;  // no dated member yet
    auto committed = store_->StoryAssignments(story);
    if (!committed.ok() && committed.status().code() != Status::Code::kNotFound) return committed.status();
    std::vector<StoryAssignment> stored = committed.ok() ? std::move(*committed) : std::vector<StoryAssignment>();
    // Members in arrival order: the committed ones (by seq), then this chunk's.
    std::vector<StoryAssignment*> members;
    std::vector<int64_t> chunk_index;  // parallel: index into chunk, -1 when committed
    for (StoryAssignment& m : stored) members.push_back(&m), chunk_index.push_back(-1);
    for (size_t i : in_chunk[story]) members.push_back(&(*chunk_assignments)[i]), chunk_index.push_back(i);
    DatedPeers peers(store_, *chunk);
    bool any_undated = false;
    for (size_t p = 0; p < members.size(); ++p) {
      if (members[p]->undated) {
        any_undated = true;
      } else {
        peers.Add(p, members[p]->article_id, chunk_index[p]);
      }
    }
    if (!any_undated) continue;
    for (size_t p = 0; p < members.size(); ++p) {
      StoryAssignment& m = *members[p];
      if (!m.undated) continue;
      Result<Article> a = chunk_index[p] >= 0 ? Result<Article>((*chunk)[chunk_index[p]].article) : store_->Get(m.article_id);
      if (!a.ok()) return a.status();
      auto near = peers.Nearest(p, kMaxDatePeers);
      if (!near.ok()) return near.status();
      auto inferred = cluster::InferDayFromPeers(cluster::MakeDateSignature(a->title, a->body, cluster::kNoDay), *near);
      std::string date = inferred ? cluster::FormatDay(inferred->day) : info->median_date;
      int uncertainty = inferred ? inferred->uncertainty_days : info->date_uncertainty_days;
      if (chunk_index[p] < 0 && m.inferred_date == date && m.date_uncertainty_days == uncertainty) continue;
      m.inferred_date = date;
      m.date_uncertainty_days = uncertainty;
      PARALLAX_RETURN_IF_ERROR(ApplyInferredDate(m.inferred_date, options_.time_annotator, &*a));
      redated->push_back(std::move(*a));
      if (chunk_index[p] < 0) updates->push_back(m);
    }
  }
  return Status::OK();
}

}  // namespace parallax::pipeline
