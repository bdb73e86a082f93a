// Model (de)serialisation. The parser trusts nothing: every count is checked
// against the bytes that remain, the checksum is verified before any section
// is parsed, and trailing bytes are an error, so a damaged file yields a
// Status and never an out-of-bounds read.
#include "annotate/ner/model.h"

#include "core/file_util.h"

#include <xxhash.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "annotate/ner/serial.h"

namespace parallax::ner {

uint64_t HashBytes(const void* data, size_t n) { return XXH3_64bits(data, n); }

std::string NerModel::Serialize(const Resources& res, const std::vector<StageWeights>& stages,
                                float temperature, uint32_t flags) {
  std::string out(kModelMagic, sizeof(kModelMagic));
  PutU32(&out, kModelVersion);
  PutU32(&out, kNumLabels);
  PutU32(&out, flags);
  res.lexicon.AppendTo(&out);
  res.gazetteer.AppendTo(&out);
  PutU32(&out, static_cast<uint32_t>(stages.size()));
  for (const StageWeights& s : stages) WeightTable::Append(s.keys, s.weights, &out);
  uint32_t t_bits;
  std::memcpy(&t_bits, &temperature, 4);
  PutU32(&out, t_bits);
  res.outside.AppendTo(&out);
  PutU64(&out, XXH64(out.data(), out.size(), 0));
  return out;
}

Result<std::unique_ptr<NerModel>> NerModel::Parse(std::string_view data) {
  if (data.size() < sizeof(kModelMagic) + 16 || std::memcmp(data.data(), kModelMagic, sizeof(kModelMagic)) != 0)
    return Status::Corruption("not a parallax NER model (bad magic)");
  size_t pos = sizeof(kModelMagic);
  uint32_t version = 0, labels = 0, stages = 0;
  GetU32(data, &pos, &version);
  if (version < 1 || version > kModelVersion)
    return Status::Unsupported("NER model version " + std::to_string(version) + ", expected " +
                               std::to_string(kModelVersion));
  size_t body = data.size() - 8;
  size_t cpos = body;
  uint64_t checksum = 0;
  GetU64(data, &cpos, &checksum);
  if (XXH64(data.data(), body, 0) != checksum) return Status::Corruption("NER model checksum mismatch");
  data = data.substr(0, body);
  GetU32(data, &pos, &labels);
  if (labels != kNumLabels) return Status::Corruption("NER model: unexpected label count");
  auto model = std::make_unique<NerModel>();
  if (!GetU32(data, &pos, &model->flags_) || model->flags_ > (kModelFlagRepair | kModelFlagStructured))
    return Status::Corruption("NER model: unknown flags");
  PARALLAX_RETURN_IF_ERROR(model->res_.lexicon.ParseFrom(data, &pos));
  PARALLAX_RETURN_IF_ERROR(model->res_.gazetteer.ParseFrom(data, &pos, version == 1 ? 1 : 2));
  if (!GetU32(data, &pos, &stages) || stages < 1 || stages > 2)
    return Status::Corruption("NER model: stage count must be 1 or 2");
  model->stages_.resize(stages);
  for (WeightTable& t : model->stages_) PARALLAX_RETURN_IF_ERROR(t.ParseFrom(data, &pos));
  uint32_t t_bits = 0;
  if (!GetU32(data, &pos, &t_bits)) return Status::Corruption("NER model: missing temperature");
  std::memcpy(&model->temperature_, &t_bits, 4);
  if (!std::isfinite(model->temperature_) || model->temperature_ <= 0)
    return Status::Corruption("NER model: bad temperature");
  if (version >= 3) PARALLAX_RETURN_IF_ERROR(model->res_.outside.ParseFrom(data, &pos));
  if (pos != data.size()) return Status::Corruption("NER model: trailing bytes");
  return model;
}

Result<std::unique_ptr<NerModel>> NerModel::Load(const std::string& path) {
  auto bytes = core::ReadFileToString(path);
  if (!bytes.ok()) return bytes.status().WithContext("NER model");
  auto r = Parse(*bytes);
  if (!r.ok()) return r.status().WithContext(path);
  return r;
}

}  // namespace parallax::ner
