#include "store/layer_json.h"

#include <nlohmann/json.hpp>

namespace parallax::store {

namespace {

using nlohmann::json;

json SpanPair(const Span& s) { return json::array({s.begin, s.end}); }

bool SpanFrom(const json& b, const json& e, size_t text_size, Span* span) {
  if (!b.is_number_unsigned() || !e.is_number_unsigned()) return false;
  uint64_t x = b.get<uint64_t>(), y = e.get<uint64_t>();
  if (x > y || y > text_size) return false;
  *span = Span{static_cast<uint32_t>(x), static_cast<uint32_t>(y)};
  return true;
}

bool SpanFromPair(const json& pair, size_t text_size, Span* span) {
  return pair.is_array() && pair.size() == 2 && SpanFrom(pair[0], pair[1], text_size, span);
}

json Parse(std::string_view s) { return json::parse(s.begin(), s.end(), nullptr, false); }

// Reads an optional string member; false when present with another type.
bool OptString(const json& o, const char* key, std::string* out) {
  auto it = o.find(key);
  if (it == o.end()) return true;
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

// Reads an optional index member in [-1, limit); false otherwise.
bool OptIndex(const json& o, const char* key, size_t limit, int32_t* out) {
  auto it = o.find(key);
  if (it == o.end()) return true;
  if (!it->is_number_integer()) return false;
  int64_t v = it->get<int64_t>();
  if (v < -1 || v >= static_cast<int64_t>(limit)) return false;
  *out = static_cast<int32_t>(v);
  return true;
}

}  // namespace

std::string TimesToJson(const std::vector<TimeExpression>& times) {
  json j = json::array();
  for (const auto& t : times) j.push_back({t.span.begin, t.span.end, t.type, t.value, t.mod, t.needs_dct});
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status TimesFromJson(std::string_view s, size_t text_size, std::vector<TimeExpression>* out) {
  json j = Parse(s);
  if (!j.is_array()) return Status::Corruption("time layer is not a JSON array");
  for (const auto& row : j) {
    TimeExpression t;
    if (!row.is_array() || row.size() != 6 || !SpanFrom(row[0], row[1], text_size, &t.span) || !row[2].is_string() ||
        !row[3].is_string() || !row[4].is_string() || !row[5].is_boolean()) {
      return Status::Corruption("time layer has a bad entry");
    }
    t.type = row[2].get<std::string>();
    t.value = row[3].get<std::string>();
    t.mod = row[4].get<std::string>();
    t.needs_dct = row[5].get<bool>();
    out->push_back(std::move(t));
  }
  return Status::OK();
}

std::string EntitiesToJson(const std::vector<EntityMention>& entities) {
  json j = json::array();
  for (const auto& e : entities) j.push_back({e.span.begin, e.span.end, e.type, e.subtype, e.confidence, e.chain});
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status EntitiesFromJson(std::string_view s, size_t text_size, std::vector<EntityMention>* out) {
  json j = Parse(s);
  if (!j.is_array()) return Status::Corruption("entity layer is not a JSON array");
  for (const auto& row : j) {
    EntityMention e;
    if (!row.is_array() || (row.size() != 5 && row.size() != 6) || !SpanFrom(row[0], row[1], text_size, &e.span) ||
        !row[2].is_string() || !row[3].is_string() || !row[4].is_number()) {
      return Status::Corruption("entity layer has a bad entry");
    }
    e.type = row[2].get<std::string>();
    e.subtype = row[3].get<std::string>();
    e.confidence = row[4].get<float>();
    if (row.size() == 6) {
      if (!row[5].is_number_integer() || row[5].get<int64_t>() < -1 || row[5].get<int64_t>() > INT32_MAX) {
        return Status::Corruption("entity layer has a bad chain index");
      }
      e.chain = static_cast<int32_t>(row[5].get<int64_t>());
    }
    out->push_back(std::move(e));
  }
  return Status::OK();
}

std::string ChainsToJson(const std::vector<EntityChain>& chains) {
  json j = json::array();
  for (const auto& c : chains) {
    j.push_back({{"name", c.name}, {"type", c.type}, {"subtype", c.subtype}, {"mentions", c.mentions}});
  }
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status ChainsFromJson(std::string_view s, size_t num_mentions, std::vector<EntityChain>* out) {
  json j = Parse(s);
  if (!j.is_array()) return Status::Corruption("entity chain layer is not a JSON array");
  for (const auto& o : j) {
    EntityChain c;
    if (!o.is_object() || !OptString(o, "name", &c.name) || !OptString(o, "type", &c.type) ||
        !OptString(o, "subtype", &c.subtype)) {
      return Status::Corruption("entity chain layer has a bad entry");
    }
    auto m = o.find("mentions");
    if (m != o.end()) {
      if (!m->is_array()) return Status::Corruption("entity chain layer has bad mentions");
      for (const auto& i : *m) {
        if (!i.is_number_unsigned() || i.get<uint64_t>() >= num_mentions) {
          return Status::Corruption("entity chain layer has a bad mention index");
        }
        c.mentions.push_back(static_cast<uint32_t>(i.get<uint64_t>()));
      }
    }
    out->push_back(std::move(c));
  }
  return Status::OK();
}

std::string RolesToJson(const std::vector<RoleMention>& roles) {
  json j = json::array();
  for (const auto& r : roles) {
    json o = {{"b", r.span.begin}, {"e", r.span.end}, {"m", r.mention}, {"role", r.role}};
    if (!r.qualifier.empty()) o["q"] = r.qualifier;
    if (!r.affiliation.empty()) o["aff"] = r.affiliation;
    j.push_back(std::move(o));
  }
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status RolesFromJson(std::string_view s, size_t text_size, size_t num_mentions, std::vector<RoleMention>* out) {
  json j = Parse(s);
  if (!j.is_array()) return Status::Corruption("role layer is not a JSON array");
  for (const auto& o : j) {
    RoleMention r;
    if (!o.is_object() || !o.contains("b") || !o.contains("e") || !SpanFrom(o["b"], o["e"], text_size, &r.span) ||
        !o.contains("m") || !o["m"].is_number_unsigned() || o["m"].get<uint64_t>() >= num_mentions ||
        !OptString(o, "role", &r.role) || !OptString(o, "q", &r.qualifier) || !OptString(o, "aff", &r.affiliation)) {
      return Status::Corruption("role layer has a bad entry");
    }
    r.mention = static_cast<uint32_t>(o["m"].get<uint64_t>());
    out->push_back(std::move(r));
  }
  return Status::OK();
}

std::string QuotesToJson(const std::vector<Quotation>& quotes) {
  json j = json::array();
  for (const auto& q : quotes) {
    json o = {{"b", q.span.begin}, {"e", q.span.end}, {"direct", q.direct}, {"src", q.source_type}};
    if (!q.cue.empty()) o["cue"] = SpanPair(q.cue);
    if (!q.speaker.empty()) o["spk"] = SpanPair(q.speaker);
    if (!q.speaker_name.empty()) o["name"] = q.speaker_name;
    if (q.speaker_chain >= 0) o["chain"] = q.speaker_chain;
    j.push_back(std::move(o));
  }
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status QuotesFromJson(std::string_view s, size_t text_size, size_t num_chains, std::vector<Quotation>* out) {
  json j = Parse(s);
  if (!j.is_array()) return Status::Corruption("quote layer is not a JSON array");
  for (const auto& o : j) {
    Quotation q;
    bool ok = o.is_object() && o.contains("b") && o.contains("e") && SpanFrom(o["b"], o["e"], text_size, &q.span) &&
              OptString(o, "src", &q.source_type) && OptString(o, "name", &q.speaker_name) &&
              OptIndex(o, "chain", num_chains, &q.speaker_chain);
    if (ok && o.contains("direct")) {
      ok = o["direct"].is_boolean();
      if (ok) q.direct = o["direct"].get<bool>();
    }
    if (ok && o.contains("cue")) ok = SpanFromPair(o["cue"], text_size, &q.cue);
    if (ok && o.contains("spk")) ok = SpanFromPair(o["spk"], text_size, &q.speaker);
    if (!ok) return Status::Corruption("quote layer has a bad entry");
    out->push_back(std::move(q));
  }
  return Status::OK();
}

std::string TitleLayersToJson(const Article& a) {
  if (a.title_times.empty() && a.title_entities.empty()) return "{}";
  return "{\"times\":" + TimesToJson(a.title_times) + ",\"entities\":" + EntitiesToJson(a.title_entities) + "}";
}

Status TitleLayersFromJson(std::string_view s, Article* a) {
  a->title_times.clear();
  a->title_entities.clear();
  json j = Parse(s);
  if (!j.is_object()) return Status::Corruption("headline layers are not a JSON object");
  auto times = j.find("times");
  if (times != j.end()) PARALLAX_RETURN_IF_ERROR(TimesFromJson(times->dump(), a->title.size(), &a->title_times));
  auto entities = j.find("entities");
  if (entities != j.end()) {
    PARALLAX_RETURN_IF_ERROR(EntitiesFromJson(entities->dump(), a->title.size(), &a->title_entities));
  }
  for (const auto& e : a->title_entities) {
    if (e.chain >= static_cast<int32_t>(a->entity_chains.size())) {
      return Status::Corruption("headline entity chain index out of range");
    }
  }
  return Status::OK();
}

}  // namespace parallax::store
