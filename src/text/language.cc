#include "text/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>

namespace CLD2 {
const char* LanguageCode(Language lang);  // declared in cld2/internal/lang_script.h
}

namespace parallax::text {

// A few kilobytes identify the language as reliably as the whole text and
// bound the cost per article.
constexpr size_t kWindow = 1 << 10;

std::string DetectLanguage(std::string_view text) {
  int len = static_cast<int>(std::min<size_t>(text.size(), kWindow));
  bool reliable = false;
  int valid_prefix = 0;
  // The checked variant tolerates a UTF-8 sequence cut by the 64 KiB window.
  CLD2::Language lang = CLD2::DetectLanguageCheckUTF8(text.data(), len, /*is_plain_text=*/true, &reliable,
                                                      &valid_prefix);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return "un";
  std::string code = CLD2::LanguageCode(lang);
  return code.empty() ? "un" : code;
}

}  // namespace parallax::text
