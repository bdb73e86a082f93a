// Fuzzes IdfPrior::Parse (the IDF prior model reader). A prior that parses
// must answer lookups, and re-encoding its counts must parse again.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cluster/idf_prior.h"
#include "cluster/text_features.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using parallax::cluster::IdfPrior;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto prior = IdfPrior::Parse(bytes);
  if (!prior.ok()) return 0;
  double f = (*prior)->Fraction(parallax::cluster::HashTerm("kerry"));
  if (f < 0 || f > 1) __builtin_trap();
  if (!IdfPrior::Parse(IdfPrior::Encode((*prior)->documents(), {})).ok()) __builtin_trap();
  return 0;
}
