// Session 23: speakers' names without soft hyphens. Some outlets typeset their text with U+00AD
// inside words ("Re\u00ADpub\u00ADlic\u00ADan"); the tagger reads such a name as it is written, and the
// name a reader (and every other article) gives the speaker has none.
// Session 24: the cleaner removes them from every article `parallax` builds (src/text/soft_hyphens.h),
// so a stored body has none. This stays for text that reaches the quotes stage without the cleaner:
// the evaluation tools' canonical text (tools/allsides_text.h; the quotation gold's offsets index it,
// and allsides-blind20 holds a soft-hyphenated article) and articles built by hand.
#include <string>
#include <string_view>

#include "annotate/quotes/attribution.h"
#include "text/soft_hyphens.h"

namespace parallax::quotes {

std::string WithoutSoftHyphens(std::string_view name) {
  std::string out(name);
  text::RemoveSoftHyphens(&out);  // one removal for the cleaner and this stage
  return out;
}

}  // namespace parallax::quotes
