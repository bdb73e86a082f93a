// parallax-train ner-outside: derives a model's outside words (the words the
// tagger may label O without scoring them, src/annotate/ner/outside_words.h)
// from gold CoNLL files and writes the model with them. Everything else --
// lexicon, gazetteer, weight rows, temperature, flags -- is written back bit
// for bit, so the tagger with `--no-prune` gives the same output as before.
// `parallax-train ner` derives them the same way from its training files.

#include <fmt/core.h>

#include "annotate/ner/conll.h"
#include "annotate/ner/model.h"
#include "core/file_util.h"
#include "tools/ner_tools.h"

namespace parallax::tools {

Status DeriveOutsideWords(const std::vector<std::string>& conll_paths, const ner::OutsideWords::Rule& rule,
                          ner::OutsideWords* out) {
  std::vector<std::string> texts;
  std::vector<ner::ConllFile> files;
  std::vector<std::vector<std::string_view>> sentences;
  std::vector<std::vector<int>> labels;
  texts.reserve(conll_paths.size());
  for (const std::string& path : conll_paths) {
    auto bytes = core::ReadFileToString(path);
    if (!bytes.ok()) return bytes.status().WithContext(path);
    texts.push_back(std::move(*bytes));
    auto parsed = ner::ParseConll(texts.back());
    if (!parsed.ok()) return parsed.status().WithContext(path);
    files.push_back(std::move(*parsed));
  }
  for (const ner::ConllFile& file : files) {
    for (const auto& doc : file.documents) {
      for (const auto& sent : doc.sentences) {
        std::vector<std::string_view> toks;
        std::vector<std::string> tags;
        for (size_t li : sent) {
          toks.push_back(ner::ConllColumn(file.lines[li], 0));
          tags.emplace_back(ner::ConllColumn(file.lines[li], -1));
        }
        sentences.push_back(std::move(toks));
        labels.push_back(ner::BilouFromIob(tags));
      }
    }
  }
  *out = ner::OutsideWords::Derive(sentences, labels, rule);
  fmt::print(stderr,
             "outside words: {} (seen >= {} times where a mention may start, starting one in <= {} ppm); "
             "lowercase words of caps bucket <= {} too\n",
             out->size(), rule.min_count, rule.max_starts_ppm,
             rule.max_caps_bucket == ner::OutsideWords::kNoCapsRule ? std::string("none")
                                                                     : std::to_string(rule.max_caps_bucket));
  return Status::OK();
}

Status AddOutsideWords(const NerOutsideOptions& opt) {
  auto model = ner::NerModel::Load(opt.input);
  if (!model.ok()) return model.status();
  ner::Resources res = (*model)->resources();
  PARALLAX_RETURN_IF_ERROR(DeriveOutsideWords(opt.train, opt.rule, &res.outside));
  std::vector<ner::StageWeights> stages;
  for (const ner::WeightTable& t : (*model)->stages()) {
    stages.emplace_back();
    t.Export(&stages.back().keys, &stages.back().weights);
  }
  std::string bytes = ner::NerModel::Serialize(res, stages, (*model)->temperature(), (*model)->flags());
  return WriteModelFile(opt.output, bytes);
}

}  // namespace parallax::tools
