// Story synthesis: the steps run in one direction over one StoryCorpus.
//   1. articles and outlets (display names and sourced leanings from the
//      outlet registry; copies listed, not counted);
//   2. fact groups and the coverage matrix (facts.h);
//   3. conflicts: statement-level (dates, ranks, numbers) and roles
//      (conflicts.h);
//   4. the extractive summary (summary.h);
//   5. the timeline and per-article framing of part 1 (timeline.h,
//      framing.h), their citations resolved to article ids.
#include "synth/synthesize.h"

#include <algorithm>
#include <set>

#include "core/lead.h"
#include "synth/sentence_shape.h"
#include "synth/timeline.h"

namespace parallax::synth {

namespace {

Status CheckLayers(const Article& a) {
  const uint32_t n = static_cast<uint32_t>(a.body.size());
  auto bad = [&](const Span& s) { return s.end > n || s.begin > s.end; };
  for (const auto& s : a.sentences) {
    if (bad(s.span) || s.first_token + s.token_count > a.tokens.size()) {
      return Status::InvalidArgument(a.id + ": sentence layer points outside the article");
    }
  }
  for (const auto& t : a.tokens) if (bad(t.span)) return Status::InvalidArgument(a.id + ": token outside the body");
  for (const auto& t : a.times) if (bad(t.span)) return Status::InvalidArgument(a.id + ": time outside the body");
  for (const auto& e : a.entities) if (bad(e.span)) return Status::InvalidArgument(a.id + ": entity outside the body");
  for (const auto& r : a.roles) {
    if (bad(r.span) || r.mention >= a.entities.size()) return Status::InvalidArgument(a.id + ": bad role mention");
  }
  return Status::OK();
}

std::string DisplayOutlet(const Article& a, const OutletRegistry& registry) {
  // Unknown publishers are kept apart: two unattributed articles are not one outlet.
  if (a.outlet.empty()) return "(unknown outlet " + a.id.substr(0, 6) + ")";
  const Outlet* o = registry.FindByName(a.outlet);
  return o ? o->name : a.outlet;
}

// The headline naming the story: core::RepresentativeTitle over the
// originals' headlines (a copy's when no original has one), precisely dated
// first, then by date (the stories table's rule, so that the list and the
// view agree). "" when none has one.
std::string RepresentativeTitle(const StoryInput& in) {
  std::vector<const Article*> titled;
  for (bool copies : {false, true}) {  // a copy's headline only when no original has one
    if (copies && !titled.empty()) break;
    for (size_t i = 0; i < in.articles.size(); ++i) {
      bool copy = !in.duplicate_of.empty() && !in.duplicate_of[i].empty();
      if (copy == copies && !in.articles[i]->title.empty()) titled.push_back(in.articles[i]);
    }
  }
  auto vague = [](const Article* a) {
    return a->published.precision < PublishedTime::Precision::kDay || a->published.source == MetaSource::kInferred;
  };
  std::stable_sort(titled.begin(), titled.end(), [&](const Article* x, const Article* y) {
    if (vague(x) != vague(y)) return !vague(x);
    return x->published.value < y->published.value;
  });
  std::vector<std::string_view> titles;
  for (const Article* a : titled) titles.push_back(a->title);
  size_t best = core::RepresentativeTitle(titles);
  return best == core::kNoTitle ? std::string() : titled[best]->title;
}

void FillArticlesAndOutlets(const StoryInput& in, const OutletRegistry& registry, StoryView* v) {
  for (size_t i = 0; i < in.articles.size(); ++i) {
    const Article& a = *in.articles[i];
    StoryArticle sa{a.id, DisplayOutlet(a, registry), a.title, a.title.empty() ? ArticleLead(a) : std::string(),
                    a.published.value, MetaSourceName(a.published.source), a.url,
                    in.duplicate_of.empty() ? "" : in.duplicate_of[i]};
    std::string date = a.published.Date();
    if (!date.empty()) {
      if (v->first_date.empty() || date < v->first_date) v->first_date = date;
      if (date > v->last_date) v->last_date = date;
    }
    auto it = std::find_if(v->outlets.begin(), v->outlets.end(), [&](const StoryOutlet& o) { return o.name == sa.outlet; });
    if (it == v->outlets.end()) {
      StoryOutlet o;
      o.name = sa.outlet;
      if (const Outlet* reg = registry.FindByName(sa.outlet); reg && !reg->leaning_source.empty()) {
        o.leaning = reg->leaning;
        o.leaning_source = reg->leaning_source;
      }
      v->outlets.push_back(std::move(o));
      it = v->outlets.end() - 1;
    }
    it->articles.push_back(a.id);
    v->articles.push_back(std::move(sa));
  }
  v->title = RepresentativeTitle(in);
}

Citation CiteTimeline(const StoryCorpus& corpus, const TimelineCitation& t) {
  Citation c = MakeCitation(*corpus.articles()[t.article], t.sentence);
  c.outlet = corpus.Outlet(t.article);
  return c;
}

Status AddTimeline(const StoryCorpus& corpus, const SynthOptions& options, SentenceShapes* shapes, StoryView* v) {
  auto tl = BuildTimeline(corpus.articles(), options.timeline, corpus.words(), shapes);
  if (!tl.ok()) return tl.status();
  for (const TimelineEntry& e : tl->entries) {
    StoryTimelineEntry out;
    out.date = e.date.value;
    out.granularity = DateGranularityName(e.date.granularity);
    out.first_day = DayString(e.date.first_day);
    out.last_day = DayString(e.date.last_day);
    out.background = e.background;
    out.representative = CiteTimeline(corpus, e.representative);
    for (const auto& s : e.support) out.support.push_back(CiteTimeline(corpus, s));
    std::set<std::string> outlets;
    for (const auto& s : e.support) outlets.insert(corpus.Outlet(s.article));
    out.outlets.assign(outlets.begin(), outlets.end());
    out.score = e.score;
    v->timeline.push_back(std::move(out));
  }
  v->timeline_omitted = tl->omitted;
  return Status::OK();
}

// The default framing lexicon, loaded once; nullptr when it cannot be found
// (then the view has no framing: a missing model is not a story error).
const FramingLexicon* DefaultLexicon() {
  static const Result<FramingLexicon>* lexicon = new Result<FramingLexicon>(FramingLexicon::LoadDefault());
  return lexicon->ok() ? &lexicon->value() : nullptr;
}

void AddFraming(const StoryCorpus& corpus, StoryView* v) {
  const FramingLexicon* lexicon = DefaultLexicon();
  if (!lexicon) return;
  std::vector<ArticleFraming> framings;
  FramingMemo memo;  // the story's words are stemmed once for all its articles
  for (uint32_t i = 0; i < corpus.articles().size(); ++i) {
    framings.push_back(AnalyzeFraming(corpus.words(), i, *corpus.articles()[i], *lexicon, {}, &memo));
    v->framing.push_back({corpus.articles()[i]->id, corpus.Outlet(i), framings.back()});
  }
  for (auto& cmp : CompareLabels(corpus.articles(), framings)) {
    if (!cmp.differs) continue;
    for (auto& choice : cmp.choices) choice.outlet = corpus.Outlet(choice.article);
    v->labels.push_back(std::move(cmp));
  }
}

}  // namespace

SynthOptions ForReaders(SynthOptions options) {
  options.timeline.max_entries = 40;
  options.timeline.max_entries_per_date = 3;
  options.timeline.date_support_weight = 0.5f;
  options.timeline.one_entry_per_statement = true;
  return options;
}

Result<StoryView> BuildStoryView(const StoryInput& in, const SynthOptions& options) {
  if (!in.duplicate_of.empty() && in.duplicate_of.size() != in.articles.size()) {
    return Status::InvalidArgument("story " + in.story_id + ": duplicate_of is not parallel to articles");
  }
  const OutletRegistry& registry = options.registry ? *options.registry : OutletRegistry::Default();
  std::vector<const Article*> originals;
  for (size_t i = 0; i < in.articles.size(); ++i) {
    if (Status st = CheckLayers(*in.articles[i]); !st.ok()) return st;
  }
  StoryView v;
  v.id = in.story_id;
  v.thread_id = in.thread_id;
  FillArticlesAndOutlets(in, registry, &v);
  for (size_t i = 0; i < in.articles.size() && originals.size() < options.max_articles; ++i) {
    if (!v.articles[i].duplicate_of.empty()) continue;
    originals.push_back(in.articles[i]);
  }
  // An untitled story is named by its first article's opening sentence.
  if (v.title.empty() && !originals.empty()) v.title = ArticleLead(*originals[0]);
  StoryCorpus corpus = StoryCorpus::Build(originals, [&](const Article& a) { return DisplayOutlet(a, registry); });
  // One similarity pass serves fact alignment (the pairs above its threshold, kept) and the
  // summary (each sentence's best match per other article, summed in the pass).
  std::vector<double> best_sums;
  const StoryCorpus::Pairs pairs = corpus.SimilarPairs(options.facts.threshold, &best_sums);
  // Facts, the summary and the timeline ask the same sentences' shapes.
  SentenceShapes shapes(corpus.articles());
  std::vector<std::string> fact_of =
      FillFactsAndCoverage(corpus, AlignFacts(corpus, pairs, options.facts, &shapes), &v);
  FindStatementConflicts(corpus, fact_of, options.conflicts, &shapes, &v.conflicts);
  FindRoleConflicts(corpus, &v.conflicts);
  v.summary = Summarize(corpus, best_sums, fact_of, v.facts, v.outlets.size(), options.summary, &shapes);
  if (Status st = AddTimeline(corpus, options, &shapes, &v); !st.ok()) return st;
  AddFraming(corpus, &v);
  return v;
}

}  // namespace parallax::synth
