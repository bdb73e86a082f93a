#include "tools/speaker_match.h"

#include <cctype>

#include "core/unicode.h"

namespace parallax::tools {

std::string NormSpeaker(std::string_view raw) {
  // The scorers' canonical texts keep the corpus's decomposed accents ("Ste\u0301phanie"); ingest
  // NFC-normalizes every text, and the labels are typed composed: compare names in NFC.
  std::string nfc = core::IsValidUtf8(raw) ? core::NormalizeNfc(raw) : std::string(raw);
  std::string_view s = nfc;
  std::string out;
  std::string word;
  auto flush = [&] {
    bool initial = word.size() == 2 && word[1] == '.';
    if (!word.empty() && !initial && !(out.empty() && word == "the")) out += (out.empty() ? "" : " ") + word;
    word.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {  // a curly apostrophe is the straight one: O’Reilly = O'Reilly
      word += '\'';
      i += 2;
    } else if (c == ' ') flush();
    else word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  flush();
  return out;
}

bool DescriptionSpeaker(const std::string& name) {
  std::string norm = NormSpeaker(name);
  std::string first = norm.substr(0, norm.find(' '));
  static const char* kDet[] = {"a", "an", "one", "another", "some", "two", "several", "statements", "letter",
                               "statement", "memo", "report"};
  for (const char* d : kDet) if (first == d) return true;
  return name.rfind("the ", 0) == 0 || (!name.empty() && std::islower(static_cast<unsigned char>(name[0])));
}

bool SpeakerMatches(std::string_view pred_name, std::string_view pred_type, const std::string& gold_speaker,
                    std::string_view gold_type) {
  size_t start = 0;
  while (start <= gold_speaker.size()) {
    size_t bar = gold_speaker.find('|', start);
    if (bar == std::string::npos) bar = gold_speaker.size();
    std::string alt = gold_speaker.substr(start, bar - start);
    if (NormSpeaker(pred_name) == NormSpeaker(alt)) return true;
    if (DescriptionSpeaker(alt) && pred_type == gold_type) return true;
    start = bar + 1;
  }
  return false;
}

}  // namespace parallax::tools
