// Story and entity views for the API, computed from the stored layers of a
// story's members: the summary (as the store's story table computes it),
// entities with their roles per outlet and quotations grouped by speaker;
// the timeline and the labels outlets chose for the same subject come from
// the story's synthesis (synth::BuildStoryView computes both once; the API
// used to compute them a second time over the same articles).
#include "render/story_api_view.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string_view>
#include <map>
#include <set>

#include "synth/framing.h"
#include "synth/story_view.h"
#include "synth/synthesize.h"
#include "render/story_json.h"

namespace parallax::render {

using nlohmann::json;

namespace {

// FNV-1a 64 of `data`, continuing from `h`.
uint64_t Fnv(std::string_view data, uint64_t h = 14695981039346656037ull) {
  for (unsigned char c : data) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string Hex(uint64_t h) {
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

// The running binary's bytes, hashed: what a view holds depends on the
// synthesis, the renderers and the annotation code they read, so a view
// stored by any other build is not taken as current (no revision number to
// remember to raise). Falls back to the compile time of this file.
std::string BinaryFingerprint() {
  std::ifstream in("/proc/self/exe", std::ios::binary);
  if (!in) return std::string("built ") + __DATE__ + " " + __TIME__;
  uint64_t h = 14695981039346656037ull;
  std::string buffer(1 << 16, '\0');
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    h = Fnv(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())), h);
  }
  return Hex(h);
}

const synth::FramingLexicon* Lexicon() {
  static const auto* lexicon = [] {
    auto l = synth::FramingLexicon::LoadDefault();
    return l.ok() ? new synth::FramingLexicon(std::move(*l)) : nullptr;
  }();
  return lexicon;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

json SpanJson(Span s) { return json::array({s.begin, s.end}); }

std::string Outlet(const Article& a) { return a.outlet.empty() ? "unknown" : a.outlet; }

json QuotesJson(const std::vector<Article>& articles) {
  std::map<std::string, json> by_speaker;
  std::map<std::string, size_t> counts;
  for (const auto& a : articles) {
    for (const auto& q : a.quotes) {
      std::string speaker = q.speaker_name.empty() ? "unattributed" : q.speaker_name;
      json& s = by_speaker[speaker];
      if (s.is_null()) s = {{"speaker", speaker}, {"source_type", q.source_type}, {"quotes", json::array()}};
      s["quotes"].push_back({{"article", a.id}, {"outlet", Outlet(a)}, {"text", std::string(q.span.Of(a.body))},
                             {"direct", q.direct}, {"span", SpanJson(q.span)}});
      ++counts[speaker];
    }
  }
  std::vector<std::pair<size_t, std::string>> order;
  for (const auto& [k, n] : counts) order.push_back({n, k});
  std::stable_sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  json out = json::array();
  for (const auto& [n, k] : order) out.push_back(std::move(by_speaker[k]));
  return out;
}

}  // namespace

json StorySummaryJson(const StorySummary& s) {
  return {{"id", s.id}, {"thread_id", s.thread_id}, {"title", s.title}, {"first_date", s.first_date},
          {"last_date", s.last_date}, {"outlets", s.outlets}, {"articles", s.articles}, {"duplicates", s.duplicates}};
}

json AssignmentJson(const StoryAssignment& a) {
  return {{"story_id", a.story_id}, {"thread_id", a.thread_id}, {"duplicate_of", a.duplicate_of},
          {"score", a.score}, {"undated", a.undated}, {"inferred_date", a.inferred_date}};
}

json LoadedTermsJson(const Article& a) {
  json out = json::array();
  const synth::FramingLexicon* lexicon = Lexicon();
  if (!lexicon || a.tokens.empty()) return out;
  for (const auto& t : synth::AnalyzeFraming(a, *lexicon).loaded_terms) {
    out.push_back({{"span", SpanJson(t.span)}, {"in_title", t.in_title}, {"in_quote", t.in_quote},
                   {"display", t.display}, {"polarity", t.polarity}});
  }
  return out;
}

json EntitiesJson(const std::vector<Article>& articles) {
  struct Agg {
    std::string name, type;
    uint64_t mentions = 0;
    std::set<std::string> article_ids;
    std::map<std::string, uint64_t> outlets;
    std::map<std::tuple<std::string, std::string, std::string>, std::set<std::string>> roles;
  };
  std::map<std::string, Agg> by_key;
  for (const auto& a : articles) {
    for (const auto& c : a.entity_chains) {
      Agg& g = by_key[Lower(c.name) + "\t" + c.type];
      if (g.name.empty() || c.name.size() > g.name.size()) g.name = c.name;
      g.type = c.type;
      g.mentions += c.mentions.size();
      g.article_ids.insert(a.id);
      g.outlets[Outlet(a)] += c.mentions.size();
    }
    for (const auto& m : a.entities) {  // mentions no chain covers count under their own text
      if (m.chain >= 0 && static_cast<size_t>(m.chain) < a.entity_chains.size()) continue;
      std::string text(m.span.Of(a.body));
      Agg& g = by_key[Lower(text) + "\t" + m.type];
      if (g.name.empty()) g.name = text;
      g.type = m.type;
      ++g.mentions;
      g.article_ids.insert(a.id);
      ++g.outlets[Outlet(a)];
    }
    for (const auto& r : a.roles) {
      if (r.mention >= a.entities.size()) continue;
      int32_t chain = a.entities[r.mention].chain;
      if (chain < 0 || static_cast<size_t>(chain) >= a.entity_chains.size()) continue;
      const EntityChain& c = a.entity_chains[chain];
      // Unattributed articles are not pooled into one "unknown" outlet.
      std::string outlet = a.outlet.empty() ? "(unknown outlet " + a.id.substr(0, 6) + ")" : a.outlet;
      by_key[Lower(c.name) + "\t" + c.type].roles[{r.role, r.qualifier, r.affiliation}].insert(outlet);
    }
  }
  std::vector<const Agg*> order;
  for (const auto& [k, g] : by_key) order.push_back(&g);
  std::stable_sort(order.begin(), order.end(), [](const Agg* x, const Agg* y) { return x->mentions > y->mentions; });
  json out = json::array();
  for (const Agg* g : order) {
    if (out.size() >= 200) break;
    json roles = json::array();
    for (const auto& [key, outlets] : g->roles) {
      roles.push_back({{"role", std::get<0>(key)}, {"qualifier", std::get<1>(key)}, {"affiliation", std::get<2>(key)},
                       {"outlets", std::vector<std::string>(outlets.begin(), outlets.end())}});
    }
    out.push_back({{"name", g->name}, {"type", g->type}, {"mentions", g->mentions},
                   {"articles", g->article_ids.size()}, {"outlets", g->outlets}, {"roles", roles}});
  }
  return out;
}

json StoryViewJson(const std::string& story_id, const std::vector<StoryAssignment>& assignments,
                   const std::vector<Article>& articles) {
  StorySummary s;
  s.id = story_id;
  std::set<std::string> outlets;
  const Article* headline = nullptr;
  json members = json::array();
  for (size_t i = 0; i < articles.size() && i < assignments.size(); ++i) {
    const Article& a = articles[i];
    const StoryAssignment& as = assignments[i];
    s.thread_id = as.thread_id;
    ++s.articles;
    if (!as.duplicate_of.empty()) ++s.duplicates;
    outlets.insert(Outlet(a));
    std::string day = a.published.Date();
    if (!day.empty() && (s.first_date.empty() || day < s.first_date)) s.first_date = day;
    if (!day.empty() && day > s.last_date) s.last_date = day;
    // The headline: the earliest-published original that has a title.
    if (as.duplicate_of.empty() && !a.title.empty() &&
        (!headline || (!day.empty() && (headline->published.Date().empty() || day < headline->published.Date())))) {
      headline = &a;
    }
    members.push_back({{"id", a.id}, {"outlet", Outlet(a)}, {"title", a.title}, {"published", a.published.value},
                       {"duplicate_of", as.duplicate_of}, {"score", as.score}, {"undated", as.undated}});
    if (a.title.empty()) members.back()["lead"] = synth::ArticleLead(a);
  }
  s.outlets.assign(outlets.begin(), outlets.end());
  if (headline) s.title = headline->title;
  return {{"story", StorySummaryJson(s)}, {"members", members}, {"entities", EntitiesJson(articles)},
          {"quotes", QuotesJson(articles)}};
}

json TimelineViewJson(const synth::StoryView& view) {
  json out = json::array();
  for (const auto& e : view.timeline) {
    json cites = json::array();
    std::set<std::string> articles;
    for (const auto& c : e.support) {
      cites.push_back({{"article", c.article_id}, {"span", SpanJson(c.span)}});
      articles.insert(c.article_id);
    }
    out.push_back({{"date", e.date}, {"granularity", e.granularity}, {"first_day", e.first_day},
                   {"last_day", e.last_day}, {"background", e.background}, {"statement", e.representative.text},
                   {"article", e.representative.article_id}, {"outlets", e.outlets}, {"articles", articles.size()},
                   {"citations", cites}});
  }
  return out;
}

json LabelsViewJson(const synth::StoryView& view) {
  json out = json::array();
  for (const auto& c : view.labels) {
    json choices = json::array();
    for (const auto& ch : c.choices) {
      choices.push_back({{"outlet", ch.outlet.empty() ? "unknown" : ch.outlet}, {"label", ch.label}, {"count", ch.count}});
    }
    out.push_back({{"subject", c.subject}, {"differs", c.differs}, {"choices", choices}});
  }
  return out;
}

std::string StoryApiViewJson(const std::string& story_id, const std::vector<StoryAssignment>& assignments,
                             size_t members_total, const std::vector<Article>& articles) {
  json j = StoryViewJson(story_id, assignments, articles);
  j["truncated"] = members_total > assignments.size();
  synth::StoryInput in;
  in.story_id = story_id;
  in.thread_id = assignments.empty() ? std::string() : assignments.front().thread_id;
  for (size_t i = 0; i < articles.size() && i < assignments.size(); ++i) {
    in.articles.push_back(&articles[i]);
    in.duplicate_of.push_back(assignments[i].duplicate_of);
  }
  // One synthesis feeds the timeline and labels too, with the limits of
  // every view people read.
  auto view = synth::BuildStoryView(in, synth::ForReaders());
  if (view.ok()) {
    json synth_json = StoryJsonValue(*view);
    for (const char* key : {"articles", "outlets", "summary", "facts", "coverage", "conflicts"}) {
      j[key] = std::move(synth_json[key]);
    }
    j["timeline"] = TimelineViewJson(*view);
    j["timeline_omitted"] = view->timeline_omitted;
    j["labels"] = LabelsViewJson(*view);
  } else {
    j["synthesis_error"] = view.status().ToString();
    j["timeline"] = json::array();
    j["labels"] = json::array();
  }
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

const std::string& StoryApiViewFormat() {
  static const std::string format = [] {
    const synth::FramingLexicon* lexicon = Lexicon();
    std::string data = lexicon ? lexicon->Serialize() : std::string("no lexicon");
    return "story-api binary/" + BinaryFingerprint() + " lexicon/" + Hex(Fnv(data));
  }();
  return format;
}

}  // namespace parallax::render
