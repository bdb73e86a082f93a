// Parses publication dates as metadata carries them into a PublishedTime.
//
// Accepts ISO 8601 ("2023-07-12", "2023-07-12T03:58:00Z", "2023-07-12 03:58"),
// RFC 2822/HTTP ("Wed, 12 Jul 2023 03:58:00 GMT"), WARC dates, and common
// English forms ("July 12, 2023", "12 July 2023", "Jul. 12, 2023 3:58 PM").
// Times are kept as written (no timezone conversion). Pure and thread-safe.
#ifndef PARALLAX_INGEST_META_DATE_H_
#define PARALLAX_INGEST_META_DATE_H_

#include <string_view>

#include "parallax/article.h"

namespace parallax::ingest {

// Returns a PublishedTime with precision kUnknown when nothing parses.
// `source` is recorded in the result.
PublishedTime ParseMetaDate(std::string_view text, MetaSource source);

}  // namespace parallax::ingest

#endif  // PARALLAX_INGEST_META_DATE_H_
