// `parallax quotes`: who said what in stored articles or in files.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

#include "annotate/annotator.h"
#include "annotate/quotes/sourcing.h"
#include "cli/commands.h"
#include "core/unicode.h"
#include "ingest/reader.h"
#include "parallax/store.h"
#include "text/article_builder.h"

namespace parallax::cli {

namespace {

using nlohmann::json;

struct QuotesArgs {
  std::vector<std::string> files;
  std::string article;
  std::string story;
  std::string db = "parallax.db";
  std::string format = "text";
};

std::string Clip(std::string_view s, size_t max) {
  std::string out;
  for (char c : s) out += c == '\n' ? ' ' : c;
  return core::ShortenUtf8(out, max);
}

json SourcingJson(const quotes::SourcingProfile& p) {
  json voices = json::array();
  for (const auto& v : p.voices) {
    voices.push_back({{"name", v.name}, {"source_type", v.source_type}, {"quotations", v.quotations},
                      {"direct", v.direct}, {"words", v.words}});
  }
  json types = json::object();
  for (const auto& [t, n] : p.by_type) types[t] = n;
  return {{"quotations", p.quotations}, {"direct", p.direct}, {"indirect", p.indirect}, {"attributed", p.attributed},
          {"by_type", types}, {"anonymous_share", p.anonymous_share}, {"outlets_cited", p.outlets_cited},
          {"voices", voices}, {"anonymous_descriptions", p.anonymous_descriptions}};
}

json ArticleJson(const Article& a) {
  json qs = json::array();
  for (const auto& q : a.quotes) {
    qs.push_back({{"begin", q.span.begin}, {"end", q.span.end}, {"text", std::string(q.span.Of(a.body))},
                  {"direct", q.direct}, {"cue", std::string(q.cue.Of(a.body))},
                  {"speaker_text", std::string(q.speaker.Of(a.body))}, {"speaker", q.speaker_name},
                  {"source_type", q.source_type}, {"speaker_chain", q.speaker_chain}});
  }
  return {{"id", a.id}, {"uri", a.uri}, {"outlet", a.outlet}, {"title", a.title}, {"quotes", qs},
          {"sourcing", SourcingJson(quotes::ProfileSourcing(a))}};
}

void PrintText(const Article& a) {
  std::printf("== %s  %s  %s\n", a.id.c_str(), a.outlet.empty() ? "-" : a.outlet.c_str(), a.uri.c_str());
  for (const auto& q : a.quotes) {
    std::string speaker = q.speaker_name.empty() ? "?" : q.speaker_name;
    std::printf("  %s %-40s <- %s (%s)%s\n", q.direct ? "\"\"" : "~~", Clip(q.span.Of(a.body), 70).c_str(),
                speaker.c_str(), q.source_type.c_str(),
                q.cue.empty() ? "" : fmt::format(" [{}]", std::string(q.cue.Of(a.body))).c_str());
  }
  auto p = quotes::ProfileSourcing(a);
  std::string voices;
  for (const auto& v : p.voices) voices += fmt::format("{}{} {}", voices.empty() ? "" : ", ", v.name, v.quotations);
  std::string outlets;
  for (const auto& o : p.outlets_cited) {
    if (!outlets.empty()) outlets += ", ";
    outlets += o;
  }
  std::printf("  sourcing: %u quotations (%u direct, %u indirect), %u attributed, anonymous %.0f%%\n", p.quotations,
              p.direct, p.indirect, p.attributed, 100 * p.anonymous_share);
  std::printf("  voices: %s\n  outlets cited: %s\n", voices.empty() ? "-" : voices.c_str(),
              outlets.empty() ? "-" : outlets.c_str());
}

// Articles from files, annotated with ner + quotes. Reports rejects.
std::vector<Article> FromFiles(const std::vector<std::string>& files) {
  std::vector<Article> out;
  auto annotators = annotate::MakeAnnotators({"ner", "coref", "quotes"});
  if (!annotators.ok()) {
    std::fprintf(stderr, "parallax: %s\n", annotators.status().ToString().c_str());
    SetExitCode(1);
    return out;
  }
  for (const auto& f : files) {
    ingest::ReadFile(f, ingest::ReadOptions{}, [&](Result<ingest::RawDocument> doc) {
      Result<Article> a = doc.ok() ? text::BuildArticle(std::move(*doc)) : Result<Article>(doc.status());
      if (!a.ok()) {
        std::fprintf(stderr, "rejected %s\n", a.status().message().c_str());
        SetExitCode(1);
        return true;
      }
      for (const auto& an : *annotators) {
        Status st = an->Annotate(&*a);
        if (!st.ok()) std::fprintf(stderr, "parallax: %s: %s: %s\n", f.c_str(), an->name(), st.ToString().c_str());
      }
      out.push_back(std::move(*a));
      return true;
    });
  }
  return out;
}

// Stored articles: one (--article) or a story's (--story), in ingest order.
// An article stored without a quotes layer gets one computed here.
std::vector<Article> FromStore(const std::string& db, const std::string& article_id, const std::string& story) {
  auto store = OpenStoreForReading(db);
  if (!store) return {};
  std::vector<std::string> ids{article_id};
  if (!story.empty()) {
    auto r = store->StoryArticleIds(story);
    if (!r.ok() || r->empty()) {
      std::fprintf(stderr, "parallax: %s: story %s: %s\n", db.c_str(), story.c_str(),
                   r.ok() ? "no such story" : r.status().ToString().c_str());
      SetExitCode(1);
      return {};
    }
    ids = std::move(*r);
  }
  auto quotes = annotate::MakeQuoteAnnotator();
  std::vector<Article> out;
  for (const auto& id : ids) {
    Result<Article> a = store->Get(id);
    if (!a.ok()) {
      std::fprintf(stderr, "parallax: %s: article %s: %s\n", db.c_str(), id.c_str(), a.status().ToString().c_str());
      SetExitCode(1);
      continue;
    }
    if (a->quotes.empty() && quotes.ok()) (void)(*quotes)->Annotate(&*a);
    out.push_back(std::move(*a));
  }
  return out;
}

void RunQuotes(const QuotesArgs& args) {
  int sources = !args.files.empty() + !args.article.empty() + !args.story.empty();
  if (sources != 1) {
    std::fprintf(stderr, "parallax quotes: give one of FILE..., --article ID, --story ID\n");
    SetExitCode(2);
    return;
  }
  std::vector<Article> articles = args.files.empty() ? FromStore(args.db, args.article, args.story) : FromFiles(args.files);
  if (args.format == "json") {
    json all = json::array();
    for (const auto& a : articles) all.push_back(ArticleJson(a));
    std::printf("%s\n", all.dump(2).c_str());
    return;
  }
  for (const auto& a : articles) PrintText(a);
}

}  // namespace

void RegisterQuotesCommand(CLI::App& app) {
  auto args = std::make_shared<QuotesArgs>();
  CLI::App* cmd = app.add_subcommand("quotes", "Quotations, speakers and the sourcing profile of articles");
  cmd->add_option("files", args->files, "Article files to read (no database)");
  cmd->add_option("--article", args->article, "Stored article id");
  cmd->add_option("--story", args->story, "Story id: every article of the story, in ingest order");
  cmd->add_option("--db", args->db, "Database file (default parallax.db)");
  cmd->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([args] { RunQuotes(*args); });
}

}  // namespace parallax::cli
