#include "text/article_builder.h"

#include <cctype>
#include <string>
#include <vector>

#include "core/mojibake.h"
#include "core/unicode.h"
#include "ingest/meta_date.h"
#include "text/language.h"
#include "text/outlet_cues.h"
#include "text/segment.h"
#include "text/soft_hyphens.h"

namespace parallax::text {

namespace {

// "https://www.example.org/a/b" -> "example.org"; "" when there is no host.
std::string HostName(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  std::string host;
  for (char c : url) host.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return host;
}

// Whether `a` and `b` share a word of three or more letters, in any case.
bool ShareAWord(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : std::string(s) + " ") {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      } else {
        if (cur.size() >= 3 && cur != "the") out.push_back(cur);
        cur.clear();
      }
    }
    return out;
  };
  const std::vector<std::string> wa = words(a), wb = words(b);
  for (const auto& x : wa) {
    for (const auto& y : wb) if (x == y) return true;
  }
  return false;
}

// Publisher from metadata: a registered name or domain gets its canonical
// name; an unregistered metadata name is kept as written, unless the page's
// domain belongs to a registered outlet whose name shares no word with it:
// then the field named someone else, mostly the columnist ("Rich Lowry" on
// nationalreview.com), while "New York Times - Opinion" on nytimes.com stays
// a section of its own.
void OutletFromMetadata(const ingest::RawDocument& doc, const OutletRegistry& reg, Article* a) {
  if (!doc.outlet.empty()) {
    const Outlet* o = reg.FindByName(doc.outlet);
    if (o == nullptr && !doc.url.empty()) {
      const Outlet* site = reg.FindByDomain(doc.url);
      if (site != nullptr && !ShareAWord(site->name, doc.outlet)) o = site;
    }
    a->outlet = o ? o->name : doc.outlet;
    a->outlet_source = doc.outlet_source == MetaSource::kNone ? MetaSource::kMetadata : doc.outlet_source;
    return;
  }
  if (!doc.url.empty()) {
    const Outlet* o = reg.FindByDomain(doc.url);
    // An unregistered site is still named, by its host without "www.".
    std::string host = o ? o->name : HostName(doc.url);
    if (!host.empty()) {
      a->outlet = host;
      a->outlet_source = MetaSource::kMetadata;
    }
  }
}

void AssembleBody(const std::vector<ingest::Block>& blocks, Article* a) {
  for (const auto& b : blocks) {
    if (!a->body.empty()) a->body += "\n\n";
    Paragraph p;
    p.span.begin = static_cast<uint32_t>(a->body.size());
    a->body += b.text;
    p.span.end = static_cast<uint32_t>(a->body.size());
    p.heading = b.heading;
    a->paragraphs.push_back(p);
  }
}

// Text damaged upstream by a windows-1252 round trip ("Donâ€™t") is restored
// before anything reads it.
void RepairEncoding(ingest::RawDocument* doc) {
  auto repair = [](std::string* s) {
    if (core::RepairMojibake(s) > 0) core::NormalizeNfcInPlace(s);
  };
  repair(&doc->title);
  repair(&doc->byline);
  repair(&doc->outlet);
  for (auto& b : doc->blocks) repair(&b.text);
}

}  // namespace

Result<Article> BuildArticle(ingest::RawDocument doc, const BuildOptions& options) {
  const OutletRegistry& reg = options.registry ? *options.registry : OutletRegistry::Default();
  RepairEncoding(&doc);
  Article a;
  a.uri = doc.uri;
  a.input_format = doc.format;
  a.title = CleanTitle(doc.title);
  a.byline = doc.byline;
  RemoveSoftHyphens(&a.title);  // the body's are removed by CleanBlocks (soft_hyphens.h)
  RemoveSoftHyphens(&a.byline);
  a.url = doc.url;
  OutletFromMetadata(doc, reg, &a);

  std::vector<Removal> removed;
  for (const auto& h : doc.header_lines) removed.push_back({"header line", h});
  CleanBlocks(&doc.blocks, options.clean, &removed);

  // A wire dateline opens the first body paragraph.
  for (auto& b : doc.blocks) {
    if (b.heading) continue;
    Dateline d;
    if (FindDateline(b.text, reg, &d)) {
      a.dateline = d.text;
      b.text.erase(0, d.length);
      if (a.outlet.empty()) {
        a.outlet = d.outlet;
        a.outlet_source = MetaSource::kText;
      }
    }
    break;
  }
  for (const auto& r : removed) {
    if (a.outlet.empty() && r.kind == "licensing footer") {
      std::string o = FooterOutlet(r.text, reg);
      if (!o.empty()) {
        a.outlet = o;
        a.outlet_source = MetaSource::kText;
      }
    }
    a.removed.push_back(r.kind + ": " + core::ShortenUtf8(r.text, 160));
  }

  AssembleBody(doc.blocks, &a);
  if (a.body.empty()) return Status::InvalidArgument(doc.uri + ": no article text found");
  if (a.body.size() > options.max_body_bytes) {
    return Status::ResourceExhausted(doc.uri + ": article text larger than the limit");
  }
  Segment(&a);
  a.language = DetectLanguage(a.body);
  a.published = ingest::ParseMetaDate(doc.published, doc.published_source);
  a.cited_outlets = CitedOutlets(a.body, reg, a.outlet);
  a.id = ComputeArticleId(a.body, a.outlet);
  a.raw = std::move(doc.raw);
  return a;
}

}  // namespace parallax::text
