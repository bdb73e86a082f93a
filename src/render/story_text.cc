#include "render/story_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/unicode.h"

namespace parallax::render {

namespace {

std::string Cite(const synth::Citation& c) {
  return fmt::format("{} {}#{}", c.outlet, c.article_id.substr(0, 8), c.sentence);
}

std::string Join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : sep) + x;
  return out;
}

std::string OutletLine(const synth::StoryOutlet& o) {
  std::string s = fmt::format("{} ({}, {}", o.name, Counted(o.articles.size(), "article"), Counted(o.facts, "fact"));
  if (!o.leaning.empty()) s += fmt::format("; leaning {} per {}", o.leaning, o.leaning_source);
  return s + ")";
}

}  // namespace

std::string StoryToText(const synth::StoryView& v) {
  std::string out = fmt::format("Story {}{}: {}\n{} .. {} | {} | {}\n", v.id,
                                v.thread_id.empty() ? "" : " (thread " + v.thread_id + ")", v.title,
                                v.first_date.empty() ? "?" : v.first_date, v.last_date.empty() ? "?" : v.last_date,
                                Counted(v.articles.size(), "article"), Counted(v.outlets.size(), "outlet"));
  out += "\nOutlets\n";
  for (const auto& o : v.outlets) out += "  " + OutletLine(o) + "\n";
  out += "\nSummary\n";
  for (size_t i = 0; i < v.summary.size(); ++i) {
    out += fmt::format("  {}. {} [{}]\n", i + 1, v.summary[i].source.text, Cite(v.summary[i].source));
  }
  out += fmt::format("\nTimeline ({}{})\n", Counted(v.timeline.size(), "entry"), OmittedNote(v));
  for (const auto& e : v.timeline) {
    out += fmt::format("  {:<12} {}{} [{}]\n", e.date, e.background ? "(background) " : "", core::ShortenUtf8(e.representative.text, 140),
                       Cite(e.representative));
  }
  out += fmt::format("\nConflicts ({})\n", v.conflicts.size());
  for (const auto& c : v.conflicts) {
    out += fmt::format("  {}: {}{}\n", c.kind, c.subject, c.fact.empty() ? "" : " (" + c.fact + ")");
    for (const auto& cl : c.claims) {
      std::vector<std::string> cites;
      for (const auto& s : cl.sources) cites.push_back(Cite(s));
      out += fmt::format("    \"{}\" = {}  <- {}\n", cl.surface, cl.value, Join(cites, "; "));
    }
  }
  out += fmt::format("\nFacts ({}; widely reported = {}+ outlets)\n", v.facts.size(), v.coverage.widely_reported_min);
  for (const auto& f : v.facts) {
    out += fmt::format("  {:<4} [{}] {}\n", f.id, Join(f.outlets), core::ShortenUtf8(f.representative.text, 160));
  }
  out += "\nCoverage by outlet\n";
  for (const auto& p : v.coverage.per_outlet) {
    out += fmt::format("  {}: only it: {}; omits: {}\n", p.outlet, p.exclusive.empty() ? "-" : Join(p.exclusive, " "),
                       p.omitted.empty() ? "-" : Join(p.omitted, " "));
  }
  if (!v.framing.empty()) out += "\nFraming (loaded terms outside quotes; headline/body density per 100 words)\n";
  for (const auto& f : v.framing) {
    std::vector<std::string> terms;
    for (const auto& t : f.framing.loaded_terms) {
      if (!t.in_quote && terms.size() < 6 && std::find(terms.begin(), terms.end(), t.display) == terms.end()) terms.push_back(t.display);
    }
    out += fmt::format("  {}: {} | {:.1f}/{:.1f}{} | {} quotes, {:.0f}% anonymous\n", f.outlet, terms.empty() ? "-" : Join(terms),
                       f.framing.headline.density, f.framing.body.density, f.framing.headline_more_loaded ? " (headline more loaded)" : "",
                       f.framing.sourcing.quotations, 100.0 * f.framing.sourcing.anonymous_share);
  }
  out += "\nArticles\n";
  for (const auto& a : v.articles) {
    out += fmt::format("  {} {:<10} {:<20} {}{}{}\n", a.id, a.published.substr(0, 10), core::ShortenUtf8(a.outlet, 20),
                       a.title.empty() ? "(no headline) " + a.lead : a.title,
                       a.published_source == "inferred" ? "  [date inferred]" : "",
                       a.duplicate_of.empty() ? "" : "  [copy of " + a.duplicate_of + "]");
  }
  return out;
}

std::string StoryToMarkdown(const synth::StoryView& v) {
  auto md = [](std::string_view s) {
    std::string o;
    for (char c : s) { if (c == '|' || c == '*' || c == '_' || c == '[' || c == ']' || c == '`') o.push_back('\\'); o.push_back(c == '\n' ? ' ' : c); }
    return o;
  };
  std::string out = fmt::format("# {}\n\nStory `{}`{} · {} – {} · {} · {}\n\n", md(v.title), v.id,
                                v.thread_id.empty() ? "" : " (thread `" + v.thread_id + "`)", v.first_date, v.last_date,
                                Counted(v.articles.size(), "article"), Counted(v.outlets.size(), "outlet"));
  out += "## Summary\n\n";
  for (const auto& s : v.summary) out += fmt::format("- {} *({})*\n", md(s.source.text), md(Cite(s.source)));
  out += fmt::format("\n## Timeline\n\n{}", v.timeline_omitted ? "The most salient entries" + OmittedNote(v) + ".\n\n" : "");
  for (const auto& e : v.timeline) {
    out += fmt::format("- **{}**{} {} *({})*\n", e.date, e.background ? " (background)" : "",
                       md(core::ShortenUtf8(e.representative.text, 200)), md(Cite(e.representative)));
  }
  out += "\n## Conflicts\n\n";
  if (v.conflicts.empty()) out += "None found.\n";
  for (const auto& c : v.conflicts) {
    out += fmt::format("- **{}** — {}\n", c.kind, md(c.subject));
    for (const auto& cl : c.claims) {
      out += fmt::format("  - \"{}\" (`{}`): {} — {}\n", md(cl.surface), cl.value, md(Join(cl.outlets)),
                         md(core::ShortenUtf8(cl.sources.empty() ? "" : cl.sources[0].text, 200)));
    }
  }
  out += "\n## Coverage\n\n| fact | " ;
  for (const auto& o : v.coverage.outlets) out += md(o) + " | ";
  out += "statement |\n|---|";
  for (size_t i = 0; i < v.coverage.outlets.size(); ++i) out += ":-:|";
  out += "---|\n";
  for (size_t f = 0; f < v.facts.size(); ++f) {
    out += "| " + v.facts[f].id + " | ";
    for (uint32_t n : v.coverage.matrix[f]) out += (n ? "●" : " ") + std::string(" | ");
    out += md(core::ShortenUtf8(v.facts[f].representative.text, 140)) + " |\n";
  }
  out += "\n## Outlets\n\n";
  for (size_t i = 0; i < v.outlets.size(); ++i) {
    const auto& p = v.coverage.per_outlet[i];
    out += fmt::format("- {}: only it reports {}; omits {}\n", md(OutletLine(v.outlets[i])),
                       p.exclusive.empty() ? "-" : Join(p.exclusive, " "), p.omitted.empty() ? "-" : Join(p.omitted, " "));
  }
  out += "\n## Articles\n\n";
  for (const auto& a : v.articles) {
    out += fmt::format("- `{}` {} {} — {}{}{}\n", a.id, a.published.substr(0, 10), md(a.outlet),
                       a.title.empty() ? "*" + md(a.lead) + "*" : md(a.title),
                       a.published_source == "inferred" ? " (date inferred)" : "",
                       a.duplicate_of.empty() ? "" : " (copy of `" + a.duplicate_of + "`)");
  }
  return out;
}

std::string OmittedNote(const synth::StoryView& v) {
  if (v.timeline_omitted == 0) return "";
  return fmt::format("; {} less salient left out (--timeline all lists them)", v.timeline_omitted);
}

std::string Counted(size_t n, std::string_view noun) {
  std::string out = fmt::format("{} {}", n, noun);
  if (n == 1) return out;
  bool consonant_y = noun.size() >= 2 && noun.back() == 'y' &&
                     std::string_view("aeiou").find(noun[noun.size() - 2]) == std::string_view::npos;
  if (!consonant_y) return out + "s";
  out.back() = 'i';
  return out + "es";
}

}  // namespace parallax::render
