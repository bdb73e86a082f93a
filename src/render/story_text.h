// Text, Markdown and HTML views of a synth::StoryView (the CLI's `parallax
// story --format text|md|html` and `parallax report`). Pure functions;
// thread-safe. The HTML is self-contained: inline CSS and SVG, no scripts,
// no external assets; every text from an article is escaped.
#ifndef PARALLAX_RENDER_STORY_TEXT_H_
#define PARALLAX_RENDER_STORY_TEXT_H_

#include <string>
#include <vector>

#include "synth/story_view.h"

namespace parallax::render {

std::string StoryToText(const synth::StoryView& story);
std::string StoryToMarkdown(const synth::StoryView& story);

// One complete HTML page for one story.
std::string StoryToHtml(const synth::StoryView& story);

// One complete HTML page for many stories: an index, then one section per
// story (timeline chart, summary, coverage matrix, conflicts, articles).
std::string ReportToHtml(const std::vector<synth::StoryView>& stories, const std::string& title);

// "<svg>...</svg>": the story's dates on a time axis (articles' publication
// dates as dots, dates its facts mention as bars); "" when nothing is dated.
std::string TimelineSvg(const synth::StoryView& story);

// "; 12 less salient left out (--timeline all lists them)" when the view's
// timeline was limited (StoryView::timeline_omitted), else "".
std::string OmittedNote(const synth::StoryView& story);

// "1 article", "3 articles", "0 entries": `n` and the noun, plural unless n
// is 1 ("y" after a consonant becomes "ies"). English only.
std::string Counted(size_t n, std::string_view noun);

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string HtmlEscape(std::string_view s);
// Appends `c` to *out, escaped as HtmlEscape does.
void AppendHtmlEscaped(char c, std::string* out);

}  // namespace parallax::render

#endif  // PARALLAX_RENDER_STORY_TEXT_H_
