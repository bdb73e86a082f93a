// Precision pass: line-level boilerplate removal inside the chosen container.
//
// Container selection is coarse; the article element usually also holds a
// few lines that are not article text: "Share on ...", "Advertisement",
// photo credits, tag lists, "Read more" links, the repeated headline, and
// on many sites a trailing "Related articles" or "Comments" section. This
// pass looks at each line (block) separately:
//  1. lines whose text is mostly link text (> 40%) are navigation;
//  2. an <h1> repeating the page title is dropped (the title is metadata);
//  3. short lines (<= kShortLine code points) are dropped when, case-folded,
//     they start with or equal a known boilerplate phrase. The phrase table
//     covers English, German, French, Spanish, Italian and Portuguese;
//  4. datelines: short lines (<= 45 code points, <= 6 words) that contain a
//     recognizable date;
//  5. an end marker - a heading or short line such as "Related articles",
//     "Comments", "Lesen Sie auch" - found after at least half of the text
//     ends the article: it and everything after it are dropped.
// Lines are never rewritten, only kept or dropped.
#include "ingest/html/html_filter.h"

#include <unicode/uchar.h>

#include <iterator>

#include "core/unicode.h"
#include "ingest/html/html_dom.h"
#include "ingest/html/html_metadata.h"

namespace parallax::ingest::html {

namespace {

constexpr size_t kShortLine = 60;

constexpr std::string_view kBoilerplatePrefixes[] = {
    "share", "tweet", "teilen", "partager", "compartir", "condividi", "compartilhe", "e-mail", "email",
    "print", "drucken", "imprimer", "imprimir", "stampa", "advertisement", "anzeige", "werbung",
    "publicité", "publicidad", "pubblicità", "publicidade", "sponsored", "read more", "weiterlesen",
    "mehr lesen", "lire la suite", "leer más", "continua a leggere", "leia mais", "click here",
    "hier klicken", "sign up", "subscribe", "abonnieren", "abonnez", "suscríbete", "iscriviti",
    "newsletter", "follow us", "folgen sie", "suivez-nous", "síguenos", "seguici", "all rights reserved",
    "alle rechte vorbehalten", "tous droits réservés", "todos los derechos", "tutti i diritti",
    "copyright", "©", "(c) ", "foto:", "fotos:", "bild:", "photo:", "photos:", "image:", "credit:",
    "tags:", "tags", "schlagwörter", "schlagworte", "stichwörter", "stichworte", "themen:", "topics:",
    "categories:", "kategorie", "filed under", "posted in", "min read", "minute read", "lesezeit",
    "leave a reply", "leave a comment", "kommentar verfassen", "kommentar schreiben",
    "kommentare", "comments", "reply", "antworten", "previous", "next", "zurück", "vorheriger",
    "nächster", "getty images", "kommentare geschlossen", "comments are closed", "seite teilen",
    "artikel teilen", "möchten sie den artikel", "this entry was posted", "posted by", "eingestellt von",
    "erstellt am", "aktualisiert am", "veröffentlicht am", "zuletzt aktualisiert", "release date",
    "published", "updated", "reklama", "źródło", "beitragsbild", "titelbild", "bild via", "foto via",
    "materiał chroniony", "zum vergrößern", "zur startseite", "back to top", "nach oben", "top of page",
    "download the", "follow the", "werbung", "*werbung", "mehr kolumnen", "jetzt abonnieren",
    "jetzt teilen", "pressemitteilung als pdf", "weitere informationen:", "zusatzinformationen",
    "kontakt:", "schwerpunkte", "category", "kategorien", "ähnliche beiträge", "verwandte beiträge",
    "notas relacionadas", "neueste artikel", "schon gelesen", "zum weiterlesen", "vorschau auf",
    "beliebte", "interview:", "text:", "redaktion:", "aktualisiert:", "publiziert:", "veröffentlichung:",
    "stand:", "quelle:", "quellen:", "quellenangaben", "crédits", "(credit", "vergrößern", "klicken sie",
    "externer inhalt", "- anzeige", "keine kommentare", "sie müssen sich", "bitte registrieren",
    "permalink", "permalien", "inhaltsverzeichnis", "table of contents", "news teilen", "kommentieren",
    "sign in", "log in", "anmelden", "einloggen", "mehr themen", "mehr zum thema", "lesen sie auch"};

// Short lines containing one of these anywhere are photo credits or
// agency tags.
constexpr std::string_view kCreditMarkers[] = {
    "shutterstock", "getty images", "gettyimages", "istock", "©", "(c)", "foto:", "fotos:", "photo:",
    "bild:", "imago", "picture alliance", "picture-alliance", "dpa-infocom", "keystone", "/ afp", "/afp",
    "afp/", "/ap photo", "ap photo", "/reuters", "reuters/", "/dpa", "dpa/", "unsplash", "pixabay"};

constexpr std::string_view kEndMarkers[] = {
    "related", "ähnliche beiträge", "ähnliche artikel", "verwandte artikel", "weitere artikel",
    "weitere beiträge", "mehr zum thema", "das könnte sie auch", "lesen sie auch", "auch interessant",
    "you may also like", "you might also like", "more stories", "more from", "read next", "read more",
    "recommended", "empfehlungen", "comments", "kommentare", "leave a reply", "kommentar verfassen",
    "share this", "teilen mit", "teile dies", "artículos relacionados", "noticias relacionadas",
    "articles similaires", "à lire aussi", "a lire aussi", "sur le même sujet", "leggi anche",
    "articoli correlati", "also read", "see also", "siehe auch", "über den autor", "about the author",
    "mehr aus", "more on this", "most read", "meistgelesen", "top stories", "popular", "trending",
    "newsletter", "dazu passend", "zum thema", "notas relacionadas", "neueste artikel", "schon gelesen",
    "zum weiterlesen", "vorschau auf den nächsten", "beliebte", "weitere aktuelle", "lesen sie das",
    "leia também", "veja também", "czytaj także", "czytaj też", "zobacz też", "también te puede",
    "te puede interesar", "lee también", "potrebbe interessarti", "ti potrebbe", "vous aimerez",
    "sur le même thème", "dans la même rubrique", "weitere themen", "weitere news", "weitere meldungen",
    "aktuelle artikel", "neue artikel", "latest news", "latest stories", "related posts",
    "related articles", "more news", "more articles", "further reading", "empfohlene artikel", "mehr themen",
    "weitere informationen", "weiterführende", "empfohlene", "temas relacionados", "das könnte dich",
    "das thema könnte", "heute empfehlen", "die meistgelesenen", "quellen", "teilnehmende", "keine kommentare",
    "kommentieren", "you may also", "you might also", "other stories", "more in", "in other news"};

std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = core::DecodeUtf8(s, &pos);
    core::AppendUtf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)), &out);
  }
  return out;
}

bool StartsWithAny(std::string_view s, std::string_view const* list, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (s.substr(0, list[i].size()) == list[i]) return true;
  }
  return false;
}

bool IsBoilerplateLine(const std::string& folded, size_t chars) {
  // Captions and credits carry a copyright sign; running text does not.
  if (chars <= 150 && folded.find("©") != std::string::npos) return true;
  if (chars > kShortLine) return false;
  if (chars <= 50) {
    for (std::string_view m : kCreditMarkers) {
      if (folded.find(m) != std::string::npos) return true;
    }
  }
  return StartsWithAny(folded, kBoilerplatePrefixes, std::size(kBoilerplatePrefixes));
}

bool IsEndMarker(const LineInfo& line, const std::string& folded, size_t chars) {
  if (chars > 50 || (line.heading == 0 && chars > 40)) return false;
  return StartsWithAny(folded, kEndMarkers, std::size(kEndMarkers));
}

// A short line that is mostly a date ("Stand: 05. Februar 2020",
// "12.12.2022, 08:30 Uhr | Energie") is a dateline, not text.
bool IsDateline(const std::string& text, size_t chars) {
  if (chars > 45) return false;
  size_t words = 1;
  for (char c : text) words += (c == ' ');
  return words <= 6 && !NormalizeDate(text).empty();
}

bool SameTitle(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  std::string fa = Fold(a), fb = Fold(b);
  return fa == fb || (fa.size() > 20 && fb.find(fa) != std::string::npos) ||
         (fb.size() > 20 && fa.find(fb) != std::string::npos);
}

}  // namespace

bool EndsSentence(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && (text.back() == '"' || text.back() == ')' || text.back() == '\'')) text.remove_suffix(1);
  if (text.empty()) return false;
  char c = text.back();
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  for (std::string_view end : {"。", "！", "？", "»", "”", "’", "…", "؟", "।"}) {
    if (text.size() >= end.size() && text.substr(text.size() - end.size()) == end) return true;
  }
  return false;
}

std::vector<HtmlBlock> FilterLines(std::vector<LineInfo> lines, const std::string& title,
                                   const HtmlOptions& options) {
  size_t total = 0;
  for (const LineInfo& l : lines) total += CountChars(l.text);
  std::vector<HtmlBlock> out;
  size_t seen = 0;
  bool title_dropped = false;
  for (LineInfo& l : lines) {
    size_t chars = CountChars(l.text);
    seen += chars;
    if (l.heading == 1 && !title_dropped && (title.empty() || SameTitle(l.text, title))) {
      title_dropped = true;
      continue;
    }
    if (options.precision_pass) {
      if (l.link_chars * 10 > chars * 4) continue;
      std::string folded = Fold(l.text);
      if (seen > total * 5 / 10 && IsEndMarker(l, folded, chars)) break;
      if (IsBoilerplateLine(folded, chars) || IsDateline(l.text, chars)) continue;
    }
    if (l.heading > 0 && !options.keep_headings) continue;
    out.push_back(HtmlBlock{std::move(l.text), l.heading > 0});
  }
  return out;
}

}  // namespace parallax::ingest::html
