// Repair of mojibake: UTF-8 text that was decoded as windows-1252 (or
// Latin-1) somewhere upstream and re-encoded as UTF-8, once or several times.
// "Don’t" becomes "DonÃ¢â‚¬â„¢t" after two such round trips; news feeds and
// scraped archives carry it in headlines and bodies.
//
// Pure and thread-safe.
#ifndef PARALLAX_CORE_MOJIBAKE_H_
#define PARALLAX_CORE_MOJIBAKE_H_

#include <string>

namespace parallax::core {

// Undoes mojibake in valid UTF-8 `text` in place and returns how many
// characters were restored (0 leaves `text` untouched). Only a run of
// characters that windows-1252 maps to bytes and whose bytes form a
// well-formed multi-byte UTF-8 sequence is replaced, so legitimate accented
// text ("café", "¿Qué?", "Æsir") and lone curly quotes are kept; runs are
// repaired up to three times for text that went through several round trips.
// Never introduces C1 control characters. The result is valid UTF-8 but may
// need NFC normalization.
int RepairMojibake(std::string* text);

}  // namespace parallax::core

#endif  // PARALLAX_CORE_MOJIBAKE_H_
