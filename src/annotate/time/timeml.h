// TimeML (TempEval-3) document I/O for the time tagger: reads a .tml file's
// <TEXT> (tags stripped, XML entities decoded) with its gold TIMEX3s and
// DCT, and writes the file back with TIMEX3 tags for given timexes, leaving
// everything outside <TEXT> byte-identical so the official scorer can run.
//
// Thread safety: plain functions over values.
// Errors: InvalidArgument when the file has no <TEXT> element or a tag is
// unterminated.
#ifndef PARALLAX_ANNOTATE_TIME_TIMEML_H_
#define PARALLAX_ANNOTATE_TIME_TIMEML_H_

#include <string>
#include <string_view>
#include <vector>

#include "annotate/time/time_tagger.h"
#include "parallax/status.h"

namespace parallax::time {

struct TimemlDoc {
  std::string raw;             // the whole file
  size_t text_begin = 0;       // raw byte range of the <TEXT> content
  size_t text_end = 0;
  std::string plain;           // TEXT content, tags removed, entities decoded
  std::vector<uint32_t> src_begin;  // per plain byte: raw offset where its source starts
  std::vector<uint32_t> src_end;    // per plain byte: raw offset just after its source
  std::string dct;             // "YYYY-MM-DD" from <DCT>, or ""
  std::vector<Timex> gold;     // TIMEX3 elements inside TEXT (spans into plain)
};

Result<TimemlDoc> ParseTimeml(std::string raw);

// The document with all TIMEX3 tags inside TEXT replaced by `timexes`
// (spans into doc.plain). A timex whose extent would cross another element
// (an EVENT tag) is left out.
std::string WriteTimeml(const TimemlDoc& doc, const std::vector<Timex>& timexes);

// Value of attribute `name` in a start tag ("<TIMEX3 type=\"DATE\" ...>"), or "".
std::string XmlAttribute(std::string_view tag, std::string_view name);
// Decodes &amp; &lt; &gt; &quot; &apos; and numeric character references.
std::string XmlUnescape(std::string_view s);
std::string XmlEscape(std::string_view s);

}  // namespace parallax::time

#endif  // PARALLAX_ANNOTATE_TIME_TIMEML_H_
