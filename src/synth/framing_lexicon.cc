// FramingLexicon: parsing, serialization and lookup.
//
// The format is a tab-separated text file (docs/formats/framing-lexicon.md):
// a magic line "parallax-framing-lexicon<TAB>1", comment lines starting with
// '#', then one entry per line:
//   loaded <TAB> phrase <TAB> polarity(-1|0|1) <TAB> weight <TAB> curated|learned
//   label  <TAB> phrase <TAB> concept
// The phrase is written as text ("left-wing megadonor"); its lookup key is
// computed on load with FramingKey(), so the file stays readable and the
// stemmer can change without rewriting the file.
#include <charconv>
#include <cstdlib>

#include "core/ascii.h"
#include "core/file_util.h"
#include "core/model_path.h"
#include "cluster/text_features.h"
#include "synth/framing.h"

namespace parallax::synth {
namespace {

constexpr std::string_view kMagic = "parallax-framing-lexicon\t1";

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

// Splits a phrase into words at spaces (the file's phrases are plain words).
std::vector<std::string_view> PhraseWords(std::string_view phrase) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < phrase.size()) {
    size_t end = phrase.find(' ', pos);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > pos) words.push_back(phrase.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

Result<LexiconEntry> ParseLine(std::string_view line) {
  std::vector<std::string_view> f = SplitTabs(line);
  LexiconEntry e;
  if (f[0] == "loaded" && f.size() == 5) {
    e.kind = LexiconEntry::Kind::kLoaded;
    int polarity = 0;
    auto [p, ec] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), polarity);
    if (ec != std::errc() || polarity < -1 || polarity > 1) return Status::Corruption("bad polarity");
    e.polarity = static_cast<int8_t>(polarity);
    std::string weight(f[3]);
    char* end = nullptr;
    e.weight = std::strtof(weight.c_str(), &end);
    if (end == weight.c_str() || e.weight < 0 || e.weight > 1) return Status::Corruption("bad weight");
    if (f[4] != "curated" && f[4] != "learned") return Status::Corruption("origin must be curated or learned");
    e.learned = f[4] == "learned";
  } else if (f[0] == "label" && f.size() == 3 && !f[2].empty()) {
    e.kind = LexiconEntry::Kind::kLabel;
    e.subject = std::string(f[2]);
  } else {
    return Status::Corruption("expected 'loaded' with 5 fields or 'label' with 3");
  }
  e.display = std::string(core::TrimAscii(f[1]));
  std::vector<std::string_view> words = PhraseWords(e.display);
  if (words.empty()) return Status::Corruption("empty phrase");
  e.key = FramingKey(words);
  return e;
}

}  // namespace

std::string FramingWord(std::string_view word) {
  std::string lower;
  lower.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) -> '
    if (i + 2 < word.size() && word.compare(i, 3, "\xE2\x80\x99") == 0) {
      lower.push_back('\'');
      i += 2;
      continue;
    }
    lower.push_back(core::AsciiLower(word[i]));
  }
  return cluster::StemWord(lower);
}

std::string FramingKey(std::span<const std::string_view> words) {
  std::string key;
  for (std::string_view w : words) {
    if (!key.empty()) key.push_back(' ');
    key += FramingWord(w);
  }
  return key;
}

void FramingLexicon::Add(LexiconEntry entry) {
  auto& index = entry.kind == LexiconEntry::Kind::kLabel ? label_index_ : loaded_index_;
  size_t words = 1;
  for (char c : entry.key) words += c == ' ';
  max_words_ = std::max(max_words_, words);
  for (size_t i = 0; i <= entry.key.size(); ++i) {
    if (i == entry.key.size() || entry.key[i] == ' ') prefixes_.insert(entry.key.substr(0, i));
  }
  auto it = index.find(entry.key);
  if (it != index.end()) {
    entries_[it->second] = std::move(entry);
    return;
  }
  index.emplace(entry.key, static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
}

const LexiconEntry* FramingLexicon::Find(std::string_view key, LexiconEntry::Kind kind) const {
  const auto& index = kind == LexiconEntry::Kind::kLabel ? label_index_ : loaded_index_;
  auto it = index.find(key);
  return it == index.end() ? nullptr : &entries_[it->second];
}

Result<FramingLexicon> FramingLexicon::Parse(std::string_view text, std::string_view name) {
  FramingLexicon lexicon;
  size_t pos = 0, line_no = 0;
  bool magic = false;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = end + 1;
    ++line_no;
    if (!magic) {
      if (line != kMagic) return Status::Corruption(std::string(name) + ": not a framing lexicon (bad magic line)");
      magic = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    auto entry = ParseLine(line);
    if (!entry.ok()) {
      return Status::Corruption(std::string(name) + " line " + std::to_string(line_no) + ": " +
                                entry.status().message());
    }
    lexicon.Add(std::move(*entry));
  }
  if (!magic) return Status::Corruption(std::string(name) + ": empty file");
  return lexicon;
}

Result<FramingLexicon> FramingLexicon::Load(const std::string& path) {
  auto text = core::ReadFileToString(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

Result<FramingLexicon> FramingLexicon::LoadDefault() {
  auto path = core::FindModelFile("framing-lexicon-en.tsv");
  if (!path.ok()) return path.status();
  return Load(*path);
}

std::string FramingLexicon::Serialize() const {
  std::string out(kMagic);
  out += "\n";
  char weight[32];
  for (const LexiconEntry& e : entries_) {
    if (e.kind == LexiconEntry::Kind::kLabel) {
      out += "label\t" + e.display + "\t" + e.subject + "\n";
      continue;
    }
    snprintf(weight, sizeof(weight), "%.3f", e.weight);
    out += "loaded\t" + e.display + "\t" + std::to_string(e.polarity) + "\t" + weight + "\t" +
           (e.learned ? "learned" : "curated") + "\n";
  }
  return out;
}

}  // namespace parallax::synth
