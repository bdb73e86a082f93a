#include "tools/meantime.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>
#include <system_error>
#include <tuple>

#include "annotate/time/timeml.h"

namespace fs = std::filesystem;

namespace parallax::tools::meantime {

namespace {

using time::XmlAttribute;
using time::XmlUnescape;

std::vector<std::string_view> Tags(const std::string& raw, const std::string& open) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while ((pos = raw.find(open, pos)) != std::string::npos) {
    size_t gt = raw.find('>', pos);
    if (gt == std::string::npos) break;
    out.emplace_back(raw.data() + pos, gt - pos + 1);
    pos = gt;
  }
  return out;
}

// Body of each `<name ...>...</name>` element with its opening tag.
std::vector<std::pair<std::string_view, std::string_view>> Elements(const std::string& raw, const std::string& name) {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  size_t pos = 0;
  const std::string open = "<" + name + " ", close = "</" + name + ">";
  while ((pos = raw.find(open, pos)) != std::string::npos) {
    size_t gt = raw.find('>', pos);
    if (gt == std::string::npos) break;
    std::string_view tag(raw.data() + pos, gt - pos + 1);
    if (tag.size() >= 2 && tag[tag.size() - 2] == '/') {
      pos = gt;
      continue;
    }
    size_t end = raw.find(close, gt);
    if (end == std::string::npos) break;
    out.emplace_back(tag, std::string_view(raw.data() + gt + 1, end - gt - 1));
    pos = end;
  }
  return out;
}

std::vector<std::string> AttributeAll(std::string_view body, const std::string& tag, const char* attr) {
  std::vector<std::string> out;
  std::string b(body);
  for (std::string_view t : Tags(b, "<" + tag + " ")) out.push_back(XmlAttribute(t, attr));
  return out;
}

// Builds doc->article from the <token> elements of `raw`; `token_of` maps
// t_id to the token index, `sentence_of` gives each token's sentence.
void ReadTokens(const std::string& raw, Doc* doc, std::map<std::string, uint32_t>* token_of,
                std::vector<int>* sentence_of) {
  Article& a = doc->article;
  std::string last_sentence;
  for (std::string_view tag : Tags(raw, "<token ")) {
    size_t gt = static_cast<size_t>(tag.data() - raw.data()) + tag.size() - 1;
    size_t close = raw.find("</token>", gt);
    if (close == std::string::npos) break;
    std::string sentence = XmlAttribute(tag, "sentence");
    if (sentence != last_sentence) {
      if (!a.body.empty()) a.body += "\n";
      a.sentences.push_back(Sentence{{}, 0, static_cast<uint32_t>(a.tokens.size()), 0});
    } else {
      a.body += " ";
    }
    last_sentence = sentence;
    std::string word = XmlUnescape(std::string_view(raw).substr(gt + 1, close - gt - 1));
    uint32_t b = static_cast<uint32_t>(a.body.size());
    a.body += word;
    (*token_of)[XmlAttribute(tag, "t_id")] = static_cast<uint32_t>(a.tokens.size());
    a.tokens.push_back(Token{{b, static_cast<uint32_t>(a.body.size())}});
    sentence_of->push_back(std::atoi(sentence.c_str()));
    ++a.sentences.back().token_count;
  }
  for (auto& s : a.sentences)
    s.span = {a.tokens[s.first_token].span.begin, a.tokens[s.first_token + s.token_count - 1].span.end};
  a.paragraphs.push_back(Paragraph{{0, static_cast<uint32_t>(a.body.size())}, false});
}

bool ReadFile(const fs::path& p, std::string* raw) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *raw = ss.str();
  return true;
}

}  // namespace

bool Load(const fs::path& p, Doc* doc) {
  std::string raw;
  if (!ReadFile(p, &raw)) return false;
  doc->name = p.filename().string();
  doc->corpus = p.parent_path().filename().string();
  const Article& a = doc->article;
  std::map<std::string, uint32_t> token_of;
  std::vector<int> sentence_of;
  ReadTokens(raw, doc, &token_of, &sentence_of);
  std::map<std::string, std::string> type_of_entity, instance_of_entity, descriptor_of_entity, entity_of_mention;
  for (std::string_view t : Tags(raw, "<ENTITY ")) {
    const std::string id = XmlAttribute(t, "m_id");
    type_of_entity[id] = XmlAttribute(t, "ent_type");
    instance_of_entity[id] = XmlAttribute(t, "instance_id");
    descriptor_of_entity[id] = XmlAttribute(t, "TAG_DESCRIPTOR");
  }
  for (const auto& [tag, body] : Elements(raw, "REFERS_TO")) {
    auto targets = AttributeAll(body, "target", "m_id");
    if (targets.empty()) continue;
    for (const auto& s : AttributeAll(body, "source", "m_id")) entity_of_mention[s] = targets[0];
  }
  for (const auto& [tag, body] : Elements(raw, "ENTITY_MENTION")) {
    std::string syn = XmlAttribute(tag, "syntactic_type");
    if (syn != "NAM" && syn != "PRE.NAM") continue;
    std::vector<uint32_t> toks;
    for (const auto& t : AttributeAll(body, "token_anchor", "t_id"))
      if (token_of.count(t)) toks.push_back(token_of[t]);
    if (toks.empty() || sentence_of[toks.front()] > kLastScoredSentence) continue;
    std::string id = XmlAttribute(tag, "m_id");
    std::string entity = entity_of_mention.count(id) ? entity_of_mention[id] : "self:" + id;
    doc->gold.push_back(GoldMention{*std::min_element(toks.begin(), toks.end()),
                                    *std::max_element(toks.begin(), toks.end()), type_of_entity[entity], entity,
                                    instance_of_entity[entity], descriptor_of_entity[entity]});
  }
  return !a.tokens.empty();
}

bool LoadEcbPlus(const fs::path& p, Doc* doc) {
  std::string raw;
  if (!ReadFile(p, &raw)) return false;
  doc->name = p.filename().string();
  doc->corpus = p.parent_path().filename().string();
  std::map<std::string, uint32_t> token_of;
  std::vector<int> sentence_of;
  ReadTokens(raw, doc, &token_of, &sentence_of);
  std::map<std::string, std::string> instance_of_mention, descriptor_of_instance;
  for (const auto& [tag, body] : Elements(raw, "CROSS_DOC_COREF")) {
    const std::string note = XmlAttribute(tag, "note");
    for (const auto& s : AttributeAll(body, "source", "m_id")) instance_of_mention[s] = note;
  }
  static const char* const kEntityTags[] = {
      "HUMAN_PART_PER",  "HUMAN_PART_ORG", "HUMAN_PART_GPE", "HUMAN_PART_FAC",         "HUMAN_PART_VEH",
      "HUMAN_PART_MET",  "HUMAN_PART",     "LOC_GEO",        "LOC_FAC",                "LOC_OTHER",
      "NON_HUMAN_PART",  "HUMAN_PART_GENERIC", "NON_HUMAN_PART_GENERIC"};
  for (const char* name : kEntityTags)
    for (std::string_view t : Tags(raw, std::string("<") + name + " "))
      if (t.size() >= 2 && t[t.size() - 2] == '/')
        descriptor_of_instance[XmlAttribute(t, "instance_id")] = XmlAttribute(t, "TAG_DESCRIPTOR");
  for (const char* name : kEntityTags) {
    const std::string tag_name = name;
    const std::string type = tag_name == "HUMAN_PART_PER"   ? "PER"
                             : tag_name == "HUMAN_PART_ORG" ? "ORG"
                             : tag_name.rfind("LOC_", 0) == 0 ? "LOC"
                                                              : "";
    for (const auto& [tag, body] : Elements(raw, tag_name)) {
      std::vector<uint32_t> toks;
      for (const auto& t : AttributeAll(body, "token_anchor", "t_id"))
        if (token_of.count(t)) toks.push_back(token_of[t]);
      if (toks.empty()) continue;
      const std::string id = XmlAttribute(tag, "m_id");
      auto it = instance_of_mention.find(id);
      const std::string instance = it == instance_of_mention.end() ? "" : it->second;
      doc->gold.push_back(GoldMention{*std::min_element(toks.begin(), toks.end()),
                                      *std::max_element(toks.begin(), toks.end()), type,
                                      instance.empty() ? "self:" + id : instance, instance,
                                      descriptor_of_instance[instance]});
    }
  }
  std::sort(doc->gold.begin(), doc->gold.end(),
            [](const GoldMention& x, const GoldMention& y) { return std::tie(x.first, x.last) < std::tie(y.first, y.last); });
  return !doc->article.tokens.empty();
}

std::vector<fs::path> XmlFiles(const std::vector<std::string>& args) {
  std::vector<fs::path> files;
  for (const auto& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      for (const auto& e : fs::recursive_directory_iterator(arg, ec))
        if (e.path().extension() == ".xml") files.push_back(e.path());
    } else {
      files.push_back(arg);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<SystemMention> ScoredMentions(const Article& a, int last_sentence) {
  std::vector<SystemMention> sys;
  for (size_t m = 0; m < a.entities.size(); ++m) {
    auto sp = a.entities[m].span;
    uint32_t first = 0;
    while (first < a.tokens.size() && a.tokens[first].span.begin < sp.begin) ++first;
    uint32_t last = first;
    while (last + 1 < a.tokens.size() && a.tokens[last + 1].span.end <= sp.end) ++last;
    size_t sentence = 0;
    while (sentence + 1 < a.sentences.size() && a.sentences[sentence + 1].first_token <= first) ++sentence;
    if (static_cast<int>(sentence) > last_sentence) continue;
    sys.push_back(SystemMention{first, last, m});
  }
  return sys;
}

std::vector<int> Align(const std::vector<GoldMention>& gold, const std::vector<SystemMention>& sys, size_t* strict) {
  std::vector<int> gold_to(gold.size(), -1), sys_to(sys.size(), -1);
  size_t exact = 0;
  for (size_t g = 0; g < gold.size(); ++g)  // strict first
    for (size_t s = 0; s < sys.size(); ++s)
      if (sys_to[s] < 0 && sys[s].first == gold[g].first && sys[s].last == gold[g].last) {
        gold_to[g] = static_cast<int>(s), sys_to[s] = static_cast<int>(g);
        ++exact;
        break;
      }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (gold_to[g] >= 0) continue;
    int best = -1;
    uint32_t best_overlap = 0;
    for (size_t s = 0; s < sys.size(); ++s) {
      if (sys_to[s] >= 0) continue;
      uint32_t lo = std::max(sys[s].first, gold[g].first), hi = std::min(sys[s].last, gold[g].last);
      if (lo <= hi && hi - lo + 1 > best_overlap) best = static_cast<int>(s), best_overlap = hi - lo + 1;
    }
    if (best >= 0) gold_to[g] = best, sys_to[best] = static_cast<int>(g);
  }
  if (strict) *strict = exact;
  return gold_to;
}

std::string TokenText(const Article& a, uint32_t first, uint32_t last) {
  return a.body.substr(a.tokens[first].span.begin, a.tokens[last].span.end - a.tokens[first].span.begin);
}

}  // namespace parallax::tools::meantime
