#include "render/story_json.h"

#include <nlohmann/json.hpp>

namespace parallax::render {

namespace {

using nlohmann::json;

json CitationJson(const synth::Citation& c) {
  return {{"article", c.article_id}, {"outlet", c.outlet}, {"sentence", c.sentence},
          {"span", json::array({c.span.begin, c.span.end})}, {"text", c.text}};
}

json CitationsJson(const std::vector<synth::Citation>& cs) {
  json out = json::array();
  for (const auto& c : cs) out.push_back(CitationJson(c));
  return out;
}

json ArticlesJson(const synth::StoryView& s) {
  json out = json::array();
  for (const auto& a : s.articles) {
    json j = {{"id", a.id}, {"outlet", a.outlet}, {"title", a.title}, {"published", a.published},
              {"published_source", a.published_source}, {"url", a.url}};
    if (!a.lead.empty()) j["lead"] = a.lead;
    if (!a.duplicate_of.empty()) j["duplicate_of"] = a.duplicate_of;
    out.push_back(std::move(j));
  }
  return out;
}

json OutletsJson(const synth::StoryView& s) {
  json out = json::array();
  for (const auto& o : s.outlets) {
    json j = {{"name", o.name}, {"articles", o.articles}, {"facts", o.facts}};
    if (!o.leaning.empty() && !o.leaning_source.empty()) {
      j["leaning"] = o.leaning;
      j["leaning_source"] = o.leaning_source;
    }
    out.push_back(std::move(j));
  }
  return out;
}

json FactsJson(const synth::StoryView& s) {
  json out = json::array();
  for (const auto& f : s.facts) {
    out.push_back({{"id", f.id}, {"text", f.representative.text},
                   {"representative", CitationJson(f.representative)},
                   {"statements", CitationsJson(f.statements)}, {"outlets", f.outlets},
                   {"entities", f.entities}, {"dates", f.dates}, {"numbers", f.numbers}});
  }
  return out;
}

json CoverageJson(const synth::Coverage& c) {
  json per = json::array();
  for (const auto& p : c.per_outlet) {
    per.push_back({{"outlet", p.outlet}, {"exclusive", p.exclusive}, {"omitted", p.omitted}});
  }
  return {{"outlets", c.outlets}, {"facts", c.facts}, {"matrix", c.matrix},
          {"widely_reported_min", c.widely_reported_min}, {"per_outlet", std::move(per)}};
}

json ConflictsJson(const synth::StoryView& s) {
  json out = json::array();
  for (const auto& c : s.conflicts) {
    json claims = json::array();
    for (const auto& cl : c.claims) {
      claims.push_back({{"value", cl.value}, {"surface", cl.surface}, {"outlets", cl.outlets},
                        {"sources", CitationsJson(cl.sources)}});
    }
    out.push_back({{"kind", c.kind}, {"subject", c.subject}, {"fact", c.fact}, {"claims", std::move(claims)}});
  }
  return out;
}

json SummaryJson(const synth::StoryView& s) {
  json out = json::array();
  for (const auto& x : s.summary) {
    json j = CitationJson(x.source);
    j["score"] = x.score;
    j["fact"] = x.fact;
    out.push_back(std::move(j));
  }
  return out;
}

json TimelineJson(const synth::StoryView& s) {
  json out = json::array();
  for (const auto& e : s.timeline) {
    out.push_back({{"date", e.date}, {"granularity", e.granularity}, {"first_day", e.first_day},
                   {"last_day", e.last_day}, {"background", e.background}, {"text", e.representative.text},
                   {"representative", CitationJson(e.representative)}, {"support", CitationsJson(e.support)},
                   {"outlets", e.outlets}, {"score", e.score}});
  }
  return out;
}

json ToneJson(const synth::Tone& t) {
  return {{"words", t.words}, {"loaded", t.loaded}, {"density", t.density}, {"polarity", t.polarity}};
}

json FramingJson(const synth::StoryView& s) {
  json out = json::array();
  for (const auto& f : s.framing) {
    json terms = json::array();
    for (const auto& t : f.framing.loaded_terms) {
      terms.push_back({{"term", t.display}, {"sentence", t.sentence}, {"span", json::array({t.span.begin, t.span.end})},
                       {"polarity", t.polarity}, {"in_title", t.in_title}, {"in_quote", t.in_quote}});
    }
    json voices = json::array();
    for (const auto& v : f.framing.sourcing.voices) {
      voices.push_back({{"name", v.name}, {"source_type", v.source_type}, {"quotes", v.quotations}, {"direct", v.direct}});
    }
    json labels = json::array();
    for (const auto& l : f.framing.labels) labels.push_back({{"subject", l.subject}, {"label", l.label}, {"count", l.count}});
    const auto& so = f.framing.sourcing;
    out.push_back({{"article", f.article_id}, {"outlet", f.outlet}, {"loaded_terms", std::move(terms)},
                   {"headline", ToneJson(f.framing.headline)}, {"body", ToneJson(f.framing.body)},
                   {"headline_more_loaded", f.framing.headline_more_loaded},
                   {"sourcing", {{"quotes", so.quotations}, {"direct", so.direct}, {"attributed", so.attributed},
                                 {"anonymous", quotes::CountOfType(so, "anonymous")}, {"outlets_cited", so.outlets_cited},
                                 {"anonymous_share", so.anonymous_share}, {"voices", std::move(voices)}}},
                   {"labels", std::move(labels)}});
  }
  return out;
}

json LabelsJson(const synth::StoryView& s) {
  json out = json::array();
  for (const auto& c : s.labels) {
    json choices = json::array();
    for (const auto& ch : c.choices) {
      std::string id = ch.article < s.framing.size() ? s.framing[ch.article].article_id : "";
      choices.push_back({{"outlet", ch.outlet}, {"article", id}, {"label", ch.label}, {"count", ch.count}});
    }
    out.push_back({{"subject", c.subject}, {"choices", std::move(choices)}});
  }
  return out;
}

}  // namespace

std::string StoryToJson(const synth::StoryView& s, int indent) {
  return StoryJsonValue(s).dump(indent, ' ', false, json::error_handler_t::replace);
}

nlohmann::json StoryJsonValue(const synth::StoryView& s) {
  json j;
  j["id"] = s.id;
  j["thread"] = s.thread_id;
  j["title"] = s.title;
  j["first_date"] = s.first_date;
  j["last_date"] = s.last_date;
  j["articles"] = ArticlesJson(s);
  j["outlets"] = OutletsJson(s);
  j["summary"] = SummaryJson(s);
  j["facts"] = FactsJson(s);
  j["coverage"] = CoverageJson(s.coverage);
  j["conflicts"] = ConflictsJson(s);
  j["timeline"] = TimelineJson(s);
  j["timeline_omitted"] = s.timeline_omitted;
  j["framing"] = FramingJson(s);
  j["labels"] = LabelsJson(s);
  return j;
}

}  // namespace parallax::render
