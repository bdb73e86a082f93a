// MEANTIME (CAT XML, entity layer) and ECB+ documents for the entity scorers
// (parallax-eval-entities, parallax-eval-xdoc). Tool-only code.
//
// A document's tokens become an Article (tokens joined by spaces, sentences
// by newlines, one paragraph), ready for the "ner" and "coref" annotators.
// Gold: ENTITY_MENTION markables with syntactic_type NAM or PRE.NAM (proper
// names) in the annotated part (sentences 0-5: title, date line and the
// first four sentences; MEANTIME leaves the rest mostly unannotated), typed
// by the ENTITY their REFERS_TO relation points to; that ENTITY's
// instance_id, when it has one, is its cross-document identity within the
// topic corpus (corpus_airbus, ...).
#ifndef PARALLAX_TOOLS_MEANTIME_H_
#define PARALLAX_TOOLS_MEANTIME_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "parallax/article.h"

namespace parallax::tools::meantime {

constexpr int kLastScoredSentence = 5;

struct GoldMention {
  uint32_t first = 0, last = 0;  // article token indices
  std::string type;              // MEANTIME ent_type (PER, ORG, LOC, PRO, FIN, MIX)
  std::string entity;            // REFERS_TO target m_id, or "self:" + mention m_id
  std::string instance;          // the target's instance_id; "" when none
  std::string descriptor;        // the target's TAG_DESCRIPTOR (a name for it)
};

struct Doc {
  std::string name;    // file name
  std::string corpus;  // parent folder name
  Article article;
  std::vector<GoldMention> gold;
};

// Reads one CAT XML file; false when it cannot be read or has no tokens.
bool Load(const std::filesystem::path& path, Doc* doc);

// Reads one ECB+ document (CROMER XML, the same token layout): gold are the
// entity markables (HUMAN_PART_*, NON_HUMAN_PART*, LOC_*) of every sentence,
// nominals and pronouns included (aligning them to system names keeps the
// named ones), typed PER (HUMAN_PART_PER), ORG (HUMAN_PART_ORG), LOC (LOC_*)
// or ""; `instance` is the note of their CROSS_DOC_COREF relation, "" when
// they have none. The corpus is the topic folder.
bool LoadEcbPlus(const std::filesystem::path& path, Doc* doc);

// The .xml files under each argument (a folder, searched recursively, or a
// file), sorted.
std::vector<std::filesystem::path> XmlFiles(const std::vector<std::string>& args);

// A system mention (index into Article::entities) in sentences
// 0..last_sentence, as a token range.
struct SystemMention {
  uint32_t first = 0, last = 0;
  size_t index = 0;
};
std::vector<SystemMention> ScoredMentions(const Article& a, int last_sentence = kLastScoredSentence);

// One-to-one alignment of gold and system mentions: exact token spans
// first, then for each remaining gold mention (in order) the free system
// mention with the largest overlap. Returns for each gold mention the index
// into `sys` or -1; `*strict` (optional) gets the number of exact matches.
std::vector<int> Align(const std::vector<GoldMention>& gold, const std::vector<SystemMention>& sys, size_t* strict);

// The text of tokens first..last.
std::string TokenText(const Article& a, uint32_t first, uint32_t last);

}  // namespace parallax::tools::meantime

#endif  // PARALLAX_TOOLS_MEANTIME_H_
