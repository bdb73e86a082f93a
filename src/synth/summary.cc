#include "synth/summary.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/ascii.h"
#include "core/lead.h"
#include "synth/sentence_shape.h"

namespace parallax::synth {

namespace {

// The relevance factor of a sentence, or 0 when it is no candidate at all:
// quotes, headings, very short or long sentences, fragments, page furniture,
// sentences that answer the one before them and unfinished ones.
// `opinion` says whether the sentence's article is headlined as opinion.
double CandidateWeight(const StoryCorpus& c, const SentenceInfo& s, bool opinion, const SummaryOptions& o,
                       SentenceShapes* shapes) {
  if (s.quote_heavy || s.token_count < o.min_tokens || s.token_count > o.max_tokens) return 0;
  const Article& a = *c.articles()[s.article];
  const Sentence& sent = a.sentences[s.sentence];
  if (sent.paragraph < a.paragraphs.size() && a.paragraphs[sent.paragraph].heading) return 0;
  std::string_view text = sent.span.Of(a.body);
  // A sentence opening in lower case is a fragment the segmenter cut off.
  if (text.empty() || core::IsAsciiLower(text[0])) return 0;
  // The cheap tests first: the page-furniture test reads every byte.
  if (!(text.back() == '.' || text.back() == '!' || text.back() == '"' || text.ends_with("\xE2\x80\x9D"))) return 0;
  // The shapes are those of the trimmed text; the opening of text that
  // opens with a space is its own (it ends with a mark, checked above).
  const Opening opening = core::IsAsciiSpace(text[0]) ? OpeningOf(text) : shapes->OpeningOf(s.article, s.sentence);
  if (opening == Opening::kLeans || shapes->ReadsAsHeading(s.article, s.sentence) ||
      shapes->IsBoilerplate(s.article, s.sentence)) {
    return 0;
  }
  double weight =
      opening == Opening::kRefers || shapes->SpeaksInFirstPerson(s.article, s.sentence) ? o.referring_weight : 1.0;
  return opinion ? weight * o.opinion_weight : weight;
}

}  // namespace

std::vector<SummarySentence> Summarize(const StoryCorpus& c, const std::vector<std::string>& fact_of,
                                       const std::vector<FactGroup>& facts, size_t n_outlets,
                                       const SummaryOptions& o) {
  return Summarize(c, c.SimilarPairs(0), fact_of, facts, n_outlets, o);
}

std::vector<SummarySentence> Summarize(const StoryCorpus& c, const StoryCorpus::Pairs& pairs,
                                       const std::vector<std::string>& fact_of, const std::vector<FactGroup>& facts,
                                       size_t n_outlets, const SummaryOptions& o) {
  // Best match per other article, summed in article order (the zeros of
  // articles without a match add nothing), so the cost is the sentences'
  // pairs, not the story's articles.
  const auto& ss = c.sentences();
  std::vector<double> best_sums(ss.size(), 0.0);
  std::vector<double> best(c.articles().size(), 0);
  std::vector<uint32_t> touched;
  for (uint32_t i = 0; i < ss.size(); ++i) {
    for (const auto& [j, sim] : pairs[i]) {
      double& b = best[ss[j].article];
      if (b == 0) touched.push_back(ss[j].article);
      b = std::max(b, sim);
    }
    std::sort(touched.begin(), touched.end());
    for (uint32_t art : touched) { best_sums[i] += best[art]; best[art] = 0; }
    touched.clear();
  }
  return Summarize(c, best_sums, fact_of, facts, n_outlets, o);
}

std::vector<SummarySentence> Summarize(const StoryCorpus& c, const std::vector<double>& best_sums,
                                       const std::vector<std::string>& fact_of, const std::vector<FactGroup>& facts,
                                       size_t n_outlets, const SummaryOptions& o, SentenceShapes* shapes) {
  const auto& ss = c.sentences();
  std::optional<SentenceShapes> own;
  if (shapes == nullptr) shapes = &own.emplace(c.articles());
  // Per sentence, the outlets reporting its fact and a small key per distinct
  // fact id (-1: none), looked up once, so that the selection loop compares
  // integers instead of searching maps of fact ids.
  std::unordered_map<std::string_view, size_t> fact_outlets;
  for (const auto& f : facts) fact_outlets[f.id] = f.outlets.size();
  std::unordered_map<std::string_view, int> key_of;
  std::vector<int> fact_key(ss.size(), -1);
  std::vector<size_t> reporting(ss.size(), 0);
  for (size_t i = 0; i < ss.size(); ++i) {
    if (fact_of[i].empty()) continue;
    fact_key[i] = key_of.emplace(fact_of[i], static_cast<int>(key_of.size())).first->second;
    if (auto it = fact_outlets.find(fact_of[i]); it != fact_outlets.end()) reporting[i] = it->second;
  }
  std::vector<bool> fact_used(key_of.size(), false);
  const size_t n_articles = c.articles().size();
  std::vector<uint32_t> article_sentences(n_articles, 0);
  for (const auto& s : ss) article_sentences[s.article] = std::max(article_sentences[s.article], s.sentence + 1);

  std::vector<uint32_t> cand;
  std::vector<double> rel;
  std::vector<bool> opinion(n_articles);
  for (size_t k = 0; k < n_articles; ++k) opinion[k] = core::IsOpinionTitle(c.articles()[k]->title);
  for (uint32_t i = 0; i < ss.size(); ++i) {
    const double weight = CandidateWeight(c, ss[i], opinion[ss[i].article], o, shapes);
    if (weight == 0) continue;
    double coverage = fact_of[i].empty() ? 0 : static_cast<double>(reporting[i]) / std::max<size_t>(1, n_outlets);
    const double central = n_articles > 1 ? best_sums[i] / static_cast<double>(n_articles - 1) : 0;
    double position = 1.0 - static_cast<double>(ss[i].sentence) / std::max<uint32_t>(1, article_sentences[ss[i].article]);
    cand.push_back(i);
    rel.push_back((0.45 * coverage + 0.4 * central + 0.15 * position) * weight);
  }
  const size_t want = std::clamp(n_articles + 2, o.min_sentences, o.max_sentences);
  std::vector<SummarySentence> out;
  // Per candidate, its largest stem cosine with a chosen sentence and its
  // largest similarity with one of another article: maxima over the chosen
  // ones, brought up to date with each pick (not recomputed over all the
  // chosen ones in every round). A candidate once out (chosen, its fact
  // used, a restatement) stays out, and is no longer updated.
  std::vector<double> restates(cand.size(), 0), redundancy(cand.size(), 0);
  std::vector<bool> out_of_play(cand.size(), false);
  // Statements chosen per article; an article at the cap waits (it is not
  // out of play) until no other article has a candidate.
  std::vector<uint32_t> per_article(n_articles, 0);
  size_t per_article_cap = o.max_per_article == 0 ? SIZE_MAX : o.max_per_article;
  while (out.size() < want) {
    int best = -1;
    double best_score = -1e9;
    bool capped = false;
    for (size_t k = 0; k < cand.size(); ++k) {
      if (out_of_play[k]) continue;
      const uint32_t i = cand[k];
      if ((fact_key[i] >= 0 && fact_used[fact_key[i]]) ||  // one statement per fact
          restates[k] > o.max_restatement) {               // says again what a chosen statement says
        out_of_play[k] = true;
        continue;
      }
      if (per_article[ss[i].article] >= per_article_cap) {
        capped = true;
        continue;
      }
      double score = o.lambda * rel[k] - (1 - o.lambda) * redundancy[k];
      if (score > best_score) { best_score = score; best = static_cast<int>(k); }
    }
    if (best < 0 && capped) {  // only capped articles have candidates left
      per_article_cap = SIZE_MAX;
      continue;
    }
    if (best < 0) break;
    const uint32_t j = cand[best];
    ++per_article[ss[j].article];
    out_of_play[best] = true;
    if (fact_key[j] >= 0) fact_used[fact_key[j]] = true;
    out.push_back({c.Cite(ss[j]), best_score, fact_of[j]});
    if (out.size() == want) break;
    for (size_t k = 0; k < cand.size(); ++k) {
      if (out_of_play[k]) continue;
      const uint32_t i = cand[k];
      const double cosine = c.TermCosine(ss[i], ss[j]);  // walked once for both measures
      restates[k] = std::max(restates[k], cosine);
      if (ss[i].article != ss[j].article) redundancy[k] = std::max(redundancy[k], c.Combine(ss[i], ss[j], cosine));
    }
  }
  return out;
}

}  // namespace parallax::synth
