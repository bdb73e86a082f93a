// HTML views: one self-contained page (inline CSS and SVG, no scripts, no
// external assets). Every string that comes from an article is escaped.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/civil_days.h"
#include "render/story_text.h"
#include "synth/conflicts.h"

namespace parallax::render {

namespace {

constexpr const char* kStyle = R"css(
body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2.5em}h3{margin-top:1.6em}
.meta{color:#666}.cite{color:#666;font-size:.85em}.kind{font-weight:bold;text-transform:uppercase;font-size:.8em;
background:#f3e0c0;padding:.1em .4em;border-radius:3px}table{border-collapse:collapse;font-size:.9em}
td,th{border:1px solid #ddd;padding:.25em .5em;vertical-align:top}th{background:#f6f6f6}td.y{background:#cfe8cf;text-align:center}
td.n{background:#fafafa}.claim{margin:.2em 0 .2em 1.5em}.side{font-weight:bold}svg text{font:11px sans-serif}
nav li{margin:.2em 0}.copy{color:#999}
)css";

std::string Cite(const synth::Citation& c) {
  return fmt::format("<span class=cite>[{} · {}#{}]</span>", HtmlEscape(c.outlet), HtmlEscape(c.article_id.substr(0, 8)),
                     c.sentence);
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
  return out;
}

std::string Header(const synth::StoryView& v) {
  std::string out = fmt::format("<p class=meta>Story {}{} · {} – {} · {} · {}</p>\n", HtmlEscape(v.id),
                                v.thread_id.empty() ? "" : " (thread " + HtmlEscape(v.thread_id) + ")",
                                HtmlEscape(v.first_date), HtmlEscape(v.last_date), Counted(v.articles.size(), "article"),
                                Counted(v.outlets.size(), "outlet"));
  std::string svg = TimelineSvg(v);
  if (!svg.empty()) out += "<h3>Timeline</h3>\n" + svg + "\n";
  return out;
}

std::string SummaryHtml(const synth::StoryView& v) {
  std::string out = "<h3>Summary</h3>\n<ol>\n";
  for (const auto& s : v.summary) out += "<li>" + HtmlEscape(s.source.text) + " " + Cite(s.source) + "</li>\n";
  return out + "</ol>\n";
}

std::string ConflictsHtml(const synth::StoryView& v) {
  std::string out = fmt::format("<h3>Conflicts ({})</h3>\n", v.conflicts.size());
  if (v.conflicts.empty()) return out + "<p>None found.</p>\n";
  for (const auto& c : v.conflicts) {
    out += fmt::format("<div><span class=kind>{}</span> {}\n", HtmlEscape(c.kind), HtmlEscape(c.subject));
    for (const auto& cl : c.claims) {
      out += fmt::format("<div class=claim><span class=side>“{}”</span> ({}) — {}<br>", HtmlEscape(cl.surface),
                         HtmlEscape(cl.value), HtmlEscape(Join(cl.outlets)));
      for (const auto& s : cl.sources) out += HtmlEscape(s.text) + " " + Cite(s) + "<br>";
      out += "</div>\n";
    }
    out += "</div>\n";
  }
  return out;
}

std::string CoverageHtml(const synth::StoryView& v) {
  std::string out = fmt::format("<h3>Coverage</h3>\n<p class=meta>Widely reported: stated by {}+ outlets.</p>\n<table><tr><th>fact</th>",
                                v.coverage.widely_reported_min);
  for (const auto& o : v.coverage.outlets) out += "<th>" + HtmlEscape(o) + "</th>";
  out += "<th>statement</th></tr>\n";
  for (size_t f = 0; f < v.facts.size(); ++f) {
    out += "<tr><td>" + v.facts[f].id + "</td>";
    for (uint32_t n : v.coverage.matrix[f]) out += n ? "<td class=y>●</td>" : "<td class=n></td>";
    out += "<td>" + HtmlEscape(v.facts[f].representative.text) + "</td></tr>\n";
  }
  out += "</table>\n<ul>\n";
  for (size_t i = 0; i < v.outlets.size() && i < v.coverage.per_outlet.size(); ++i) {
    const auto& o = v.outlets[i];
    const auto& p = v.coverage.per_outlet[i];
    out += fmt::format("<li><b>{}</b>{}: reports {}; only it: {}; omits widely reported: {}</li>\n", HtmlEscape(o.name),
                       o.leaning.empty() ? "" : " (leaning " + HtmlEscape(o.leaning) + ", per " + HtmlEscape(o.leaning_source) + ")",
                       Counted(o.facts, "fact"), p.exclusive.empty() ? "-" : Join(p.exclusive), p.omitted.empty() ? "-" : Join(p.omitted));
  }
  return out + "</ul>\n";
}

std::string ArticlesHtml(const synth::StoryView& v) {
  std::string out = "<h3>Articles</h3>\n<ul>\n";
  for (const auto& a : v.articles) {
    std::string title = a.url.empty() ? HtmlEscape(a.title)
                                      : "<a href=\"" + HtmlEscape(a.url) + "\">" + HtmlEscape(a.title) + "</a>";
    out += fmt::format("<li{}><code>{}</code> {} <b>{}</b> {}{}{}</li>\n", a.duplicate_of.empty() ? "" : " class=copy",
                       HtmlEscape(a.id), HtmlEscape(a.published.substr(0, 10)), HtmlEscape(a.outlet), title,
                       a.published_source == "inferred" ? " <i>(date inferred)</i>" : "",
                       a.duplicate_of.empty() ? "" : " (copy of " + HtmlEscape(a.duplicate_of) + ")");
  }
  return out + "</ul>\n";
}

std::string TimelineHtml(const synth::StoryView& v) {
  if (v.timeline.empty()) return "";
  std::string out = "<details><summary>Timeline entries (" + std::to_string(v.timeline.size()) +
                    HtmlEscape(OmittedNote(v)) + ")</summary><ul>\n";
  for (const auto& e : v.timeline) {
    out += fmt::format("<li{}><b>{}</b> {} {} <span class=meta>{}</span></li>\n", e.background ? " class=copy" : "",
                       HtmlEscape(e.date), HtmlEscape(e.representative.text), Cite(e.representative),
                       e.background ? "(background)" : "");
  }
  return out + "</ul></details>\n";
}

std::string FramingHtml(const synth::StoryView& v) {
  if (v.framing.empty()) return "";
  std::string out = "<h3>Framing</h3>\n<table><tr><th>outlet</th><th>loaded terms (outlet's own words)</th>"
                    "<th>headline / body density</th><th>quotes (anonymous)</th></tr>\n";
  for (const auto& f : v.framing) {
    std::vector<std::string> terms;
    for (const auto& t : f.framing.loaded_terms) {
      if (t.in_quote || std::find(terms.begin(), terms.end(), t.display) != terms.end()) continue;
      if (terms.size() < 8) terms.push_back(t.display);
    }
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{:.1f} / {:.1f}{}</td><td>{} ({:.0f}%)</td></tr>\n", HtmlEscape(f.outlet),
                       HtmlEscape(Join(terms)), f.framing.headline.density, f.framing.body.density,
                       f.framing.headline_more_loaded ? " <b>headline more loaded</b>" : "", f.framing.sourcing.quotations,
                       100.0 * f.framing.sourcing.anonymous_share);
  }
  out += "</table>\n";
  for (const auto& c : v.labels) {
    std::vector<std::string> choices;
    for (const auto& ch : c.choices) choices.push_back(ch.outlet + ": “" + ch.label + "”");
    out += "<p>Labels for <b>" + HtmlEscape(c.subject) + "</b>: " + HtmlEscape(Join(choices)) + "</p>\n";
  }
  return out;
}

std::string Section(const synth::StoryView& v) {
  return Header(v) + TimelineHtml(v) + SummaryHtml(v) + ConflictsHtml(v) + CoverageHtml(v) + FramingHtml(v) +
         ArticlesHtml(v);
}

std::string Page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>" + HtmlEscape(title) +
         "</title>\n<style>" + kStyle + "</style></head><body>\n" + body + "</body></html>\n";
}

// "2018-10" or, with `with_day`, "2018-10-12" for days since 1970-01-01.
std::string DayLabel(long day, bool with_day = false) {
  const core::CivilDay d = core::CivilFromDays(day);
  if (with_day) return fmt::format("{}-{:02}-{:02}", d.year, d.month, d.day);
  return fmt::format("{}-{:02}", d.year, d.month);
}

}  // namespace

void AppendHtmlEscaped(char c, std::string* out) {
  switch (c) {
    case '&': *out += "&amp;"; break;
    case '<': *out += "&lt;"; break;
    case '>': *out += "&gt;"; break;
    case '"': *out += "&quot;"; break;
    case '\'': *out += "&#39;"; break;
    default: out->push_back(c);
  }
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) AppendHtmlEscaped(c, &out);
  return out;
}

namespace {

// The chart's horizontal scale. The story's own period (its publication
// dates, widened by a month each side and by the day- and week-dated entries
// within 45 days of that) takes the middle of the width on a linear day scale; entries dated
// before it (background: a 2021 statement, a 1998 impeachment) are drawn in a
// narrow band on the left, entries after it (goals "by 2030") on the right,
// each band linear over its own range. One distant date no longer squeezes
// the weeks the story happened in into a few pixels.
class TimeScale {
 public:
  TimeScale(long core_lo, long core_hi, long lo, long hi, double left, double right)
      : core_lo_(core_lo), core_hi_(core_hi), lo_(lo), hi_(hi) {
    const double width = right - left;
    const double band = 0.14 * width;
    left_ = left;
    core_left_ = lo < core_lo ? left + band : left;
    core_right_ = hi > core_hi ? right - band : right;
    right_ = right;
  }
  double X(long d) const {
    if (d < core_lo_) return Lerp(d, lo_, core_lo_, left_, core_left_ - 6);
    if (d > core_hi_) return Lerp(d, core_hi_, hi_, core_right_ + 6, right_);
    return Lerp(d, core_lo_, core_hi_, core_left_, core_right_);
  }
  bool has_earlier() const { return lo_ < core_lo_; }
  bool has_later() const { return hi_ > core_hi_; }
  double core_left() const { return core_left_; }
  double core_right() const { return core_right_; }

 private:
  static double Lerp(long d, long a, long b, double xa, double xb) {
    return b <= a ? (xa + xb) / 2 : xa + static_cast<double>(d - a) * (xb - xa) / static_cast<double>(b - a);
  }
  long core_lo_, core_hi_, lo_, hi_;
  double left_ = 0, core_left_ = 0, core_right_ = 0, right_ = 0;
};

std::string YearLabel(long day) { return DayLabel(day).substr(0, 4); }

}  // namespace

std::string TimelineSvg(const synth::StoryView& v) {
  struct Mark { long first, last; bool article; std::string label; };  // days since 1970-01-01
  std::vector<Mark> marks;
  long pub_lo = 0, pub_hi = 0;
  bool any_pub = false;
  for (const auto& a : v.articles) {
    synth::DateInterval r;
    if (!synth::ParseTimexDate(a.published.substr(0, 10), &r)) continue;
    marks.push_back({r.first_day, r.last_day, true, a.outlet + ": " + a.title});
    pub_lo = any_pub ? std::min<long>(pub_lo, r.first_day) : r.first_day;
    pub_hi = any_pub ? std::max<long>(pub_hi, r.last_day) : r.last_day;
    any_pub = true;
  }
  for (const auto& e : v.timeline) {
    synth::DateInterval r;
    if (synth::ParseTimexDate(e.date, &r)) marks.push_back({r.first_day, r.last_day, false, e.date + ": " + e.representative.text});
  }
  if (marks.empty()) return "";
  long lo = marks[0].first, hi = marks[0].last;
  for (const auto& m : marks) { lo = std::min(lo, m.first); hi = std::max(hi, m.last); }
  long core_lo = any_pub ? pub_lo - 30 : lo, core_hi = any_pub ? pub_hi + 30 : hi;
  for (const auto& m : marks) {
    if (m.first >= core_lo - 45 && m.last <= core_hi + 45 && m.last - m.first < 7) {
      core_lo = std::min(core_lo, m.first);
      core_hi = std::max(core_hi, m.last);
    }
  }
  if (core_hi - core_lo < 10) { core_lo -= 5; core_hi += 5; }
  lo = std::min(lo, core_lo);
  hi = std::max(hi, core_hi);
  const int width = 1000, left = 20, right = 20, axis = 70;
  const TimeScale scale(core_lo, core_hi, lo, hi, left, width - right);
  auto x = [&](long d) { return scale.X(d); };
  std::string out = fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"112\" role=img>"
                                "<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#888\"/>",
                                width, scale.core_left(), axis, scale.core_right(), axis);
  const int ticks = 6;
  for (int i = 0; i <= ticks; ++i) {
    long d = core_lo + (core_hi - core_lo) * i / ticks;
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#888\"/><text x=\"{0:.1f}\" y=\"{3}\" "
                       "text-anchor=\"middle\">{4}</text>", x(d), axis, axis + 5, axis + 18,
                       DayLabel(d, core_hi - core_lo < 200));
  }
  // The side bands: a dashed axis and the years they span ("earlier 1998-2017").
  auto band = [&](double x0, double x1, long d0, long d1, const char* what) {
    std::string years = YearLabel(d0) == YearLabel(d1) ? YearLabel(d0) : YearLabel(d0) + "\u2013" + YearLabel(d1);
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>"
                       "<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{} {}</text>",
                       x0, axis, x1, axis, (x0 + x1) / 2, axis + 34, what, years);
  };
  if (scale.has_earlier()) band(left, scale.core_left() - 6, lo, core_lo - 1, "earlier");
  if (scale.has_later()) band(scale.core_right() + 6, width - right, core_hi + 1, hi, "later");
  for (const auto& m : marks) {
    if (m.article) {
      out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{}\" r=\"5\" fill=\"#3a6ea5\"><title>{}</title></circle>",
                         (x(m.first) + x(m.last)) / 2, axis - 12, HtmlEscape(m.label));
    } else {
      // Entries dated to a day or a week on the main row; months, seasons and
      // years on a fainter row above, so they do not cover the days.
      const bool coarse = m.last - m.first >= 7;
      double w = std::max(3.0, x(m.last) - x(m.first));
      out += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"#e08a2c\" opacity=\"{}\">"
                         "<title>{}</title></rect>", x(m.first), coarse ? axis - 50 : axis - 38, w, coarse ? 6 : 10,
                         coarse ? "0.3" : "0.6", HtmlEscape(m.label));
    }
  }
  out += fmt::format("<text x=\"{}\" y=\"12\">● publication dates   ▬ timeline entries (dates the articles mention; "
                     "months and years fainter, above)</text></svg>", left);
  return out;
}

std::string StoryToHtml(const synth::StoryView& v) {
  return Page(v.title, "<h1>" + HtmlEscape(v.title) + "</h1>\n" + Section(v));
}

std::string ReportToHtml(const std::vector<synth::StoryView>& stories, const std::string& title) {
  std::string body = "<h1>" + HtmlEscape(title) + "</h1>\n<nav><ol>\n";
  for (const auto& v : stories) {
    body += fmt::format("<li><a href=\"#{0}\">{1}</a> <span class=meta>{2}, {3}, {4}</span></li>\n",
                        HtmlEscape(v.id), HtmlEscape(v.title.empty() ? v.id : v.title), Counted(v.outlets.size(), "outlet"),
                        Counted(v.articles.size(), "article"), Counted(v.conflicts.size(), "conflict"));
  }
  body += "</ol></nav>\n";
  for (const auto& v : stories) {
    body += fmt::format("<h2 id=\"{}\">{}</h2>\n", HtmlEscape(v.id), HtmlEscape(v.title.empty() ? v.id : v.title)) + Section(v);
  }
  return Page(title, body);
}

}  // namespace parallax::render
