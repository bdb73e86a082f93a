// The NER label inventory: BILOU encoding over the four CoNLL types.
//
// Label ids: 0 = O; then for each type t in {PER, ORG, LOC, MISC} (t = 0..3)
// the ids 1 + 4t + {0: B, 1: I, 2: L, 3: U}. BILOU (Begin, Inside, Last,
// Unit) makes the end of a mention explicit, which Ratinov & Roth (2009)
// found to beat IOB for greedy and Viterbi decoding alike.
//
// All functions are pure and thread-safe.
#ifndef PARALLAX_ANNOTATE_NER_LABELS_H_
#define PARALLAX_ANNOTATE_NER_LABELS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::ner {

inline constexpr int kNumTypes = 4;
inline constexpr int kNumLabels = 1 + 4 * kNumTypes;  // 17
inline constexpr const char* kTypeNames[kNumTypes] = {"PER", "ORG", "LOC", "MISC"};

enum class Pos : uint8_t { kB = 0, kI = 1, kL = 2, kU = 3 };

inline int LabelOf(int type, Pos pos) { return 1 + 4 * type + static_cast<int>(pos); }
inline int TypeOfLabel(int label) { return label == 0 ? -1 : (label - 1) / 4; }
inline Pos PosOfLabel(int label) { return static_cast<Pos>((label - 1) % 4); }

// Type index for "PER"/"ORG"/"LOC"/"MISC", or -1.
int TypeIndex(std::string_view name);

// True when label `next` may follow label `prev` in a BILOU sequence
// (prev = -1 means sentence start; next = -1 means sentence end). A table
// lookup: the decoders ask this for every candidate label.
constexpr bool ComputeValidTransition(int prev, int next) {
  bool prev_open = prev > 0 && ((prev - 1) % 4 == 0 || (prev - 1) % 4 == 1);  // B or I
  if (prev_open) {
    if (next <= 0) return false;
    int p = (next - 1) % 4;
    return (next - 1) / 4 == (prev - 1) / 4 && (p == 1 || p == 2);  // same type, I or L
  }
  if (next <= 0) return true;
  int p = (next - 1) % 4;
  return p == 0 || p == 3;  // B or U
}
struct TransitionTable {
  bool valid[kNumLabels + 1][kNumLabels + 1];
  constexpr TransitionTable() : valid() {
    for (int a = -1; a < kNumLabels; ++a)
      for (int b = -1; b < kNumLabels; ++b) valid[a + 1][b + 1] = ComputeValidTransition(a, b);
  }
};
inline constexpr TransitionTable kTransitions{};
inline bool ValidTransition(int prev, int next) { return kTransitions.valid[prev + 1][next + 1]; }

// A decoded span over token indices [first, last] (inclusive) of type `type`.
struct LabelSpan {
  uint32_t first = 0;
  uint32_t last = 0;
  int type = 0;
};

// Reads spans from a BILOU label sequence, repairing ill-formed runs the way
// conlleval reads IOB: any change of type or a B/U starts a new span.
std::vector<LabelSpan> SpansFromBilou(const std::vector<int>& labels);
// The same into *spans (cleared first; its capacity is kept).
void SpansFromBilou(const std::vector<int>& labels, std::vector<LabelSpan>* spans);

// Converts gold IOB1/IOB2 tags ("B-PER", "I-ORG", "O") to BILOU label ids.
// Unknown tags become O. IOB1 and IOB2 are both read with conlleval semantics.
std::vector<int> BilouFromIob(const std::vector<std::string>& tags);

// Writes spans as IOB2 tag strings ("B-PER", "I-PER", "O") for n tokens.
std::vector<std::string> IobFromSpans(const std::vector<LabelSpan>& spans, size_t n);

}  // namespace parallax::ner

#endif  // PARALLAX_ANNOTATE_NER_LABELS_H_
