// Page furniture that survives cleaning inside body text: photo captions,
// promotions, "no comment" notes, credits (internal to parallax_synth).
//
// Thread safety: pure function.
#ifndef PARALLAX_SYNTH_BOILERPLATE_H_
#define PARALLAX_SYNTH_BOILERPLATE_H_

#include <string_view>

namespace parallax::synth {

// True when `sentence` (one sentence's text) is not a statement about the
// story but page furniture: a photo caption ("FILE - In this Jan. 4, 2020,
// file photo ...", "... speaks to reporters, Wednesday, Aug. 7, 2019, in El
// Paso", "... in Washington, D.C., July 15, 2019."), a promotion ("Sign up
// for ... in your inbox", "Read more", "Click here"), a request-for-comment
// note ("did not respond to a request for comment"), a credit ("Reporting by
// ...", "contributed to this report") or a counter ("1,234 views").
bool IsBoilerplateSentence(std::string_view sentence);

}  // namespace parallax::synth

#endif  // PARALLAX_SYNTH_BOILERPLATE_H_
