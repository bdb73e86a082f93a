#include "ingest/meta_date.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "core/months.h"

namespace parallax::ingest {

namespace {

// Scans the text into words (letters), numbers and separators; then reads
// year/month/day/time out of the sequence. A tiny purpose-built scanner is
// clearer here than a pile of regular expressions and cannot backtrack.
struct Piece {
  enum Kind { kWord, kNumber, kSep } kind;
  std::string text;
};

std::vector<Piece> Scan(std::string_view s) {
  std::vector<Piece> out;
  size_t i = 0;
  while (i < s.size() && out.size() < 32) {
    unsigned char c = s[i];
    if (std::isdigit(c)) {
      size_t j = i;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      out.push_back({Piece::kNumber, std::string(s.substr(i, j - i))});
      i = j;
    } else if (std::isalpha(c)) {
      size_t j = i;
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      std::string w(s.substr(i, j - i));
      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      out.push_back({Piece::kWord, w});
      i = j;
    } else {
      if (!std::isspace(c)) out.push_back({Piece::kSep, std::string(1, static_cast<char>(c))});
      ++i;
    }
  }
  return out;
}

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
}

struct Parsed {
  int y = 0, mo = 0, d = 0, h = -1, mi = -1, s = -1;
};

// Finds "HH:MM[:SS] [am|pm]" after position `from`.
void ReadTime(const std::vector<Piece>& p, size_t from, Parsed* out) {
  for (size_t i = from; i + 2 < p.size(); ++i) {
    if (p[i].kind == Piece::kNumber && p[i + 1].text == ":" && p[i + 2].kind == Piece::kNumber &&
        p[i].text.size() <= 2 && p[i + 2].text.size() == 2) {
      int h = std::stoi(p[i].text), mi = std::stoi(p[i + 2].text);
      size_t next = i + 3;
      int s = -1;
      if (next + 1 < p.size() && p[next].text == ":" && p[next + 1].kind == Piece::kNumber &&
          p[next + 1].text.size() == 2) {
        s = std::stoi(p[next + 1].text);
        next += 2;
      }
      if (next < p.size() && p[next].kind == Piece::kWord) {
        if (p[next].text == "pm" && h < 12) h += 12;
        if (p[next].text == "am" && h == 12) h = 0;
      }
      if (h < 24 && mi < 60 && s < 61) {
        out->h = h;
        out->mi = mi;
        out->s = s;
      }
      return;
    }
  }
}

// Tries numeric Y-M-D, then textual forms; returns the index after the date.
size_t ReadDate(const std::vector<Piece>& p, Parsed* out) {
  for (size_t i = 0; i < p.size(); ++i) {
    // YYYY-MM-DD, YYYY/MM/DD or YYYY-MM
    if (p[i].kind == Piece::kNumber && p[i].text.size() == 4 && i + 2 < p.size() &&
        p[i + 1].kind == Piece::kSep && p[i + 2].kind == Piece::kNumber && p[i + 2].text.size() <= 2) {
      int y = std::stoi(p[i].text), m = std::stoi(p[i + 2].text);
      if (i + 4 < p.size() && p[i + 3].kind == Piece::kSep && p[i + 4].kind == Piece::kNumber &&
          p[i + 4].text.size() <= 2) {
        int d = std::stoi(p[i + 4].text);
        if (ValidDate(y, m, d)) {
          *out = {y, m, d};
          return i + 5;
        }
      }
      if (m >= 1 && m <= 12 && y >= 1800 && y <= 2200) {
        *out = {y, m, 0};
        return i + 3;
      }
    }
    if (p[i].kind == Piece::kWord && core::PageMonth(p[i].text)) {
      int m = core::PageMonth(p[i].text);
      // Month D[,] YYYY
      size_t j = i + 1;
      if (j < p.size() && p[j].text == ".") ++j;
      if (j < p.size() && p[j].kind == Piece::kNumber && p[j].text.size() <= 2) {
        int d = std::stoi(p[j].text);
        size_t k = j + 1;
        if (k < p.size() && p[k].kind == Piece::kWord && (p[k].text == "st" || p[k].text == "nd" ||
                                                          p[k].text == "rd" || p[k].text == "th")) ++k;
        if (k < p.size() && p[k].text == ",") ++k;
        if (k < p.size() && p[k].kind == Piece::kNumber && p[k].text.size() == 4) {
          int y = std::stoi(p[k].text);
          if (ValidDate(y, m, d)) {
            *out = {y, m, d};
            return k + 1;
          }
        }
      }
      // D Month YYYY (the day precedes the month)
      if (i >= 1 && p[i - 1].kind == Piece::kNumber && p[i - 1].text.size() <= 2 && j < p.size() &&
          p[j].kind == Piece::kNumber && p[j].text.size() == 4) {
        int d = std::stoi(p[i - 1].text), y = std::stoi(p[j].text);
        if (ValidDate(y, m, d)) {
          *out = {y, m, d};
          return j + 1;
        }
      }
      // Month YYYY
      if (j < p.size() && p[j].kind == Piece::kNumber && p[j].text.size() == 4) {
        int y = std::stoi(p[j].text);
        if (y >= 1800 && y <= 2200) {
          *out = {y, m, 0};
          return j + 1;
        }
      }
    }
  }
  // D/M/YYYY or M/D/YYYY: only when unambiguous (one part > 12).
  for (size_t i = 0; i + 4 < p.size(); ++i) {
    if (p[i].kind == Piece::kNumber && p[i + 1].text == "/" && p[i + 2].kind == Piece::kNumber &&
        p[i + 3].text == "/" && p[i + 4].kind == Piece::kNumber && p[i + 4].text.size() == 4 &&
        p[i].text.size() <= 2 && p[i + 2].text.size() <= 2) {
      int a = std::stoi(p[i].text), b = std::stoi(p[i + 2].text), y = std::stoi(p[i + 4].text);
      int m = 0, d = 0;
      if (a > 12 && b <= 12) { d = a; m = b; }
      else if (b > 12 && a <= 12) { m = a; d = b; }
      else if (a == b) { m = a; d = b; }
      if (m && ValidDate(y, m, d)) {
        *out = {y, m, d};
        return i + 5;
      }
    }
  }
  return std::string::npos;
}

}  // namespace

PublishedTime ParseMetaDate(std::string_view text, MetaSource source) {
  PublishedTime t;
  if (text.size() > 200) text = text.substr(0, 200);
  std::vector<Piece> pieces = Scan(text);
  Parsed p;
  size_t after = ReadDate(pieces, &p);
  if (after == std::string::npos) return t;
  t.source = source;
  char buf[64];
  if (p.d == 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", p.y, p.mo);
    t.value = buf;
    t.precision = PublishedTime::Precision::kMonth;
    return t;
  }
  ReadTime(pieces, after, &p);
  if (p.h >= 0 && p.s >= 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d", p.y, p.mo, p.d, p.h, p.mi, p.s);
    t.precision = PublishedTime::Precision::kSecond;
  } else if (p.h >= 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d", p.y, p.mo, p.d, p.h, p.mi);
    t.precision = PublishedTime::Precision::kMinute;
  } else {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", p.y, p.mo, p.d);
    t.precision = PublishedTime::Precision::kDay;
  }
  t.value = buf;
  return t;
}

}  // namespace parallax::ingest
