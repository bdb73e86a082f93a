#include "render/article_view.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace parallax::render {

namespace {

using nlohmann::json;

json SpanJson(const Span& s) { return json::array({s.begin, s.end}); }

const char* PrecisionName(PublishedTime::Precision p) {
  switch (p) {
    case PublishedTime::Precision::kUnknown: return "unknown";
    case PublishedTime::Precision::kYear: return "year";
    case PublishedTime::Precision::kMonth: return "month";
    case PublishedTime::Precision::kDay: return "day";
    case PublishedTime::Precision::kMinute: return "minute";
    case PublishedTime::Precision::kSecond: return "second";
  }
  return "unknown";
}

// Time expressions over `text` (the body or the title their spans index).
json TimesJson(const std::vector<TimeExpression>& layer, std::string_view text) {
  json times = json::array();
  for (const auto& t : layer) {
    json x = {{"span", SpanJson(t.span)}, {"text", std::string(t.span.Of(text))}, {"type", t.type},
              {"value", t.value}};
    if (!t.mod.empty()) x["mod"] = t.mod;
    if (t.needs_dct) x["needs_dct"] = true;
    times.push_back(std::move(x));
  }
  return times;
}

json EntitiesJson(const std::vector<EntityMention>& layer, std::string_view text) {
  json ents = json::array();
  for (const auto& e : layer) {
    json x = {{"span", SpanJson(e.span)}, {"text", std::string(e.span.Of(text))}, {"type", e.type}};
    if (!e.subtype.empty()) x["subtype"] = e.subtype;
    x["confidence"] = std::round(e.confidence * 1000) / 1000;
    if (e.chain >= 0) x["chain"] = e.chain;
    ents.push_back(std::move(x));
  }
  return ents;
}

}  // namespace

std::string ArticleToJson(const Article& a, const ArticleJsonOptions& options, int indent) {
  json j;
  j["id"] = a.id;
  j["uri"] = a.uri;
  j["url"] = a.url;
  j["format"] = a.input_format;
  j["title"] = a.title;
  j["byline"] = a.byline;
  j["outlet"] = a.outlet;
  j["outlet_source"] = MetaSourceName(a.outlet_source);
  j["published"] = a.published.value;
  j["published_precision"] = PrecisionName(a.published.precision);
  j["published_source"] = MetaSourceName(a.published.source);
  j["language"] = a.language;
  j["dateline"] = a.dateline;
  j["cited_outlets"] = a.cited_outlets;
  j["counts"] = {{"paragraphs", a.paragraphs.size()},
                 {"sentences", a.sentences.size()},
                 {"tokens", a.tokens.size()},
                 {"bytes", a.body.size()}};
  if (options.body) {
    j["text"] = a.body;
    json paras = json::array();
    for (const auto& p : a.paragraphs) {
      paras.push_back({{"span", SpanJson(p.span)}, {"heading", p.heading}});
    }
    j["paragraphs"] = std::move(paras);
  }
  if (options.layers) {
    json sents = json::array();
    for (const auto& s : a.sentences) {
      sents.push_back({{"span", SpanJson(s.span)}, {"paragraph", s.paragraph},
                       {"tokens", json::array({s.first_token, s.first_token + s.token_count})}});
    }
    j["sentences"] = std::move(sents);
    json toks = json::array();
    for (const auto& t : a.tokens) toks.push_back(SpanJson(t.span));
    j["tokens"] = std::move(toks);
  }
  if (options.removed) j["removed"] = a.removed;
  j["times"] = TimesJson(a.times, a.body);
  j["entities"] = EntitiesJson(a.entities, a.body);
  j["title_times"] = TimesJson(a.title_times, a.title);
  j["title_entities"] = EntitiesJson(a.title_entities, a.title);
  json chains = json::array();
  for (const auto& c : a.entity_chains) {
    json x = {{"name", c.name}, {"type", c.type}, {"mentions", c.mentions}};
    if (!c.subtype.empty()) x["subtype"] = c.subtype;
    chains.push_back(std::move(x));
  }
  j["entity_chains"] = std::move(chains);
  json roles = json::array();
  for (const auto& r : a.roles) {
    json x = {{"span", SpanJson(r.span)}, {"text", std::string(r.span.Of(a.body))}, {"mention", r.mention},
              {"role", r.role}};
    if (!r.qualifier.empty()) x["qualifier"] = r.qualifier;
    if (!r.affiliation.empty()) x["affiliation"] = r.affiliation;
    roles.push_back(std::move(x));
  }
  j["roles"] = std::move(roles);
  json quotes = json::array();
  for (const auto& q : a.quotes) {
    json x = {{"span", SpanJson(q.span)}, {"text", std::string(q.span.Of(a.body))}, {"direct", q.direct},
              {"speaker", q.speaker_name}, {"source_type", q.source_type}};
    if (!q.cue.empty()) x["cue"] = {{"span", SpanJson(q.cue)}, {"text", std::string(q.cue.Of(a.body))}};
    if (!q.speaker.empty()) {
      x["speaker_mention"] = {{"span", SpanJson(q.speaker)}, {"text", std::string(q.speaker.Of(a.body))}};
    }
    if (q.speaker_chain >= 0) x["chain"] = q.speaker_chain;
    quotes.push_back(std::move(x));
  }
  j["quotes"] = std::move(quotes);
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string ArticleToText(const Article& a) {
  std::string out;
  auto line = [&](const char* label, const std::string& v) {
    if (!v.empty()) out += std::string(label) + ": " + v + "\n";
  };
  line("Title", a.title);
  line("Outlet", a.outlet.empty() ? std::string() : a.outlet + " (" + MetaSourceName(a.outlet_source) + ")");
  line("Published", a.published.value.empty() ? std::string()
                                              : a.published.value + " (" + MetaSourceName(a.published.source) + ")");
  line("Byline", a.byline);
  line("Dateline", a.dateline);
  line("Language", a.language);
  line("Source", a.uri);
  line("Id", a.id);
  if (!a.cited_outlets.empty()) {
    std::string cited;
    for (const auto& c : a.cited_outlets) cited += (cited.empty() ? "" : ", ") + c;
    line("Cites", cited);
  }
  out += "\n";
  for (const auto& p : a.paragraphs) {
    if (p.heading) out += "## ";
    out += std::string(p.span.Of(a.body)) + "\n\n";
  }
  return out;
}

}  // namespace parallax::render
