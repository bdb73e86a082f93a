// fuzz_ner: two targets in one binary, chosen by the first input byte.
//  - byte 0 even: the rest is a model file; NerModel::Parse must return a
//    Status (never crash or read out of bounds). The checksum would reject
//    almost every mutation, so half of these inputs get a valid checksum
//    recomputed first, which lets the fuzzer reach the section parsers.
//  - byte 0 odd: the rest is text split into tokens (spaces) and sentences
//    (newlines) and tagged with the committed model; any bytes must work.
#include <xxhash.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/ner/model.h"
#include "annotate/ner/serial.h"
#include "annotate/ner/tagger.h"

namespace {

const parallax::ner::Tagger* SharedTagger() {
  static std::unique_ptr<parallax::ner::Tagger> tagger = [] {
    auto t = parallax::ner::Tagger::Load(std::string(PARALLAX_SOURCE_DIR) + "/models/ner-en.bin");
    return t.ok() ? std::move(t).value() : nullptr;
  }();
  return tagger.get();
}

void FuzzModel(std::string_view data, bool fix_checksum) {
  std::string bytes(data);
  if (fix_checksum && bytes.size() >= 8) {
    bytes.resize(bytes.size() - 8);
    parallax::ner::PutU64(&bytes, XXH64(bytes.data(), bytes.size(), 0));
  }
  auto m = parallax::ner::NerModel::Parse(bytes);
  if (m.ok()) {
    float scores[parallax::ner::kNumLabels] = {};
    uint64_t keys[] = {1, 2, 3};
    for (const auto& s : (*m)->stages()) s.Score(keys, 3, scores);
  }
}

void FuzzTag(std::string_view data) {
  const auto* tagger = SharedTagger();
  if (!tagger) return;
  std::vector<std::vector<std::string_view>> sentences(1);
  size_t start = 0;
  for (size_t i = 0; i <= data.size(); ++i) {
    if (i == data.size() || data[i] == ' ' || data[i] == '\n') {
      if (i > start) sentences.back().push_back(data.substr(start, i - start));
      if (i < data.size() && data[i] == '\n') sentences.emplace_back();
      start = i + 1;
    }
  }
  auto out = tagger->TagDocument(sentences);
  for (size_t s = 0; s < out.size(); ++s)
    for (const auto& m : out[s])
      if (m.last_token >= sentences[s].size() || m.first_token > m.last_token) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) FuzzModel(rest, data[0] % 4 == 0);
  else FuzzTag(rest);
  return 0;
}
