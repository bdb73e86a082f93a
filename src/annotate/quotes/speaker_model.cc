// The speaker-candidate model (see speaker_model.h for the contract).
//
// The attribution rules (attribution.cc, speakers.cc) read the words next to a
// reporting cue. They are precise where a cue names its subject, and silent
// or vague elsewhere: a quote with no cue in its sentence, a cue whose subject
// is a name the tagger missed ("FactCheck.org reported", "Advertising Age
// called it"), a document whose author was named sentences earlier ("a
// 414-page report released by the Senate Judiciary Committee" ... "the report
// notes"). Writing one more rule per such pattern fits the articles it was
// found on and not the next outlet's. Instead every mention that could be the
// speaker becomes a candidate, described by general features — its type, how
// far it is from the quote (sentences, paragraphs), which side of the quote,
// whether a cue follows it (a subject) or precedes it (an inverted
// attribution), whether it is a prepositional object or a possessive, opens
// a clause, is the last speaker, how often the article names it, and for a
// document's author whether it is the agent of an authoring verb or a "by"
// phrase next to a document noun. A linear model (averaged perceptron, fitted
// on the development splits by tools/train_quote_speakers.py) scores them,
// and an abstaining candidate ("none") keeps the rules' answer when nothing
// scores above it. Only the quotes the rules leave unnamed are touched, so
// the rules' precise cases stay as they were.
#include "annotate/quotes/speaker_model.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/names.h"
#include "core/ascii.h"

namespace parallax {
extern const char kQuoteSpeakersTsv[];  // generated from models/quote-speakers.tsv
}

namespace parallax::quotes {

namespace {

constexpr std::string_view kMagic = "# parallax quote-speaker model v1";


// "FactCheck.org", "Ricochet.com": a web site's name.
bool DomainName(std::string_view w) {
  static const std::string_view kTld[] = {".com", ".org", ".net", ".gov", ".edu", ".co.uk", ".io"};
  for (auto tld : kTld) {
    if (w.size() > tld.size() + 1 && w.ends_with(tld)) return true;
  }
  return false;
}

bool Preposition(std::string_view w) {
  static const std::string_view k[] = {"about", "against", "at", "for", "from", "in", "into", "of", "on", "over",
                                       "to", "toward", "with"};
  return InList(w, k);
}

// Words that open a capitalized run without belonging to a name.
bool RunStop(std::string_view w) {
  static const std::string_view k[] = {"a", "after", "an", "and", "as", "but", "for", "he", "her", "his", "i", "if",
                                       "in", "it", "its", "mr.", "mrs.", "ms.", "on", "our", "she", "so", "that",
                                       "the", "their", "they", "this", "we", "when", "while", "yet"};
  return InList(w, k);
}

// How far before a quotation the model looks for candidates: at most kWindowSentences
// sentences before the quotation's first sentence (within the previous and the current
// paragraph for Need::kAny, the article so far for Need::kAuthor) and at most kWindowTokens
// tokens either side of its marks. Every candidate this far away is "far" like the ones between
// it and the quote. The bound keeps the work per quotation constant: without it a paragraph of
// thousands of sentences, each with a quote the rules leave unnamed, made the candidates grow
// with the square of the paragraph (bench/long_paragraph.py, two articles of 5,000 such
// sentences: 16.6 s in the quotes stage, 0.1 s with the bound). The bounds are wide enough that
// quotes on 3,000 AllSides articles and the gold sets are unchanged.
constexpr uint32_t kWindowSentences[] = {40, 150};  // indexed by Need
constexpr uint32_t kWindowTokens = 4000;

// First token of the candidate window of the quotation whose marks open on token `open`:
// the window's first sentence, or for Need::kAny the first sentence of paragraph `p` when
// that is later (sentences come in paragraph order). For a mark outside every sentence (its
// paragraph unknown) the window is the last sentences that start before it, within the token
// bound.
uint32_t WindowStart(const Context& ctx, uint32_t open, Need need, uint32_t p) {
  const std::vector<Sentence>& sentences = ctx.article().sentences;
  const uint32_t window = kWindowSentences[static_cast<int>(need)];
  const uint32_t token_floor = open > kWindowTokens ? open - kWindowTokens : 0;
  uint32_t s = ctx.SentenceOf(open);
  if (s >= sentences.size()) {
    // The sentences that start at or before the mark; the window is the last `window` of them.
    auto after = static_cast<uint32_t>(
        std::upper_bound(sentences.begin(), sentences.end(), open,
                         [](uint32_t t, const Sentence& st) { return t < st.first_token; }) -
        sentences.begin());
    uint32_t from = after > window ? after - window : 0;
    return std::max(from < after ? sentences[from].first_token : 0, token_floor);
  }
  uint32_t limit = s > window ? s - window : 0;
  while (s > limit && (need == Need::kAuthor || sentences[s - 1].paragraph >= p)) --s;
  uint32_t first = s < sentences.size() ? sentences[s].first_token : ctx.size();
  return std::max(first, token_floor);
}

struct Mention {
  Speaker speaker;
  uint32_t first, last;  // tokens [first, last)
};

// Proper names the tagger missed: a run of capitalized words outside any entity and quote,
// kept when it is a web site's name or a reporting cue follows it.
void ProperRuns(const Context& ctx, uint32_t begin, uint32_t end, std::vector<Mention>* out) {
  for (uint32_t t = begin; t < end; ++t) {
    if (ctx.EntityOf(t) >= 0 || ctx.InQuote(t) || !Capitalized(ctx.Text(t)) || RunStop(ctx.Lower(t))) continue;
    uint32_t u = t + 1;
    while (u < end && ctx.EntityOf(u) < 0 && !ctx.InQuote(u) && ctx.SentenceOf(u) == ctx.SentenceOf(t) &&
           (Capitalized(ctx.Text(u)) || ((ctx.Lower(u) == "of" || ctx.Lower(u) == "on") && Capitalized(ctx.Text(u + 1))))) {
      ++u;
    }
    bool domain = false;
    for (uint32_t k = t; k < u; ++k) domain = domain || DomainName(ctx.Text(k));
    bool cued = CueAt(ctx, u).valid() || (ctx.Lower(u) == "also" && CueAt(ctx, u + 1).valid());
    if (domain || (cued && u > t + 1)) {
      std::string name(ctx.TextOf(t, u));
      const Outlet* o = ctx.registry().FindByName(name);
      Span span{ctx.article().tokens[t].span.begin, ctx.article().tokens[u - 1].span.end};
      Speaker s{span, o ? o->name : name, o || domain ? "outlet" : "organization", -1};
      out->push_back(Mention{s, t, u});
    }
    t = u - 1;
  }
}

std::vector<Mention> Mentions(const Context& ctx, uint32_t begin, uint32_t end) {
  std::vector<Mention> out;
  const Article& a = ctx.article();
  for (size_t e = ctx.FirstEntityFrom(begin); e < a.entities.size(); ++e) {
    const EntityMention& m = a.entities[e];
    uint32_t t = ctx.EntityStart(static_cast<int32_t>(e));
    if (t >= end && ctx.EntityStartsAscend()) break;
    if (t < begin || t >= end || ctx.InQuote(t)) continue;
    bool person = m.type == "PER" && PersonEntity(ctx, static_cast<int32_t>(e));
    bool body = m.type == "ORG" || (m.type == "LOC" && m.subtype == "GPE");
    if (!person && !body) continue;
    uint32_t u = t;
    while (u < ctx.size() && ctx.EntityOf(u) == static_cast<int32_t>(e)) ++u;
    out.push_back(Mention{SpeakerOfEntity(ctx, static_cast<int32_t>(e)), t, u});
  }
  ProperRuns(ctx, begin, end, &out);
  return out;
}

std::string SentenceDistance(uint32_t cs, uint32_t q_first, uint32_t q_last) {
  if (cs >= q_first && cs <= q_last) return "sent:same";
  if (cs > q_last) return "sent:next";
  uint32_t d = q_first - cs;
  return d == 1 ? "sent:prev1" : d == 2 ? "sent:prev2" : d <= 5 ? "sent:near" : "sent:far";
}

// Features every candidate gets, whatever it is wanted for.
void CommonFeatures(const Context& ctx, const Mention& m, std::vector<std::string>* f) {
  f->push_back("type:" + m.speaker.type);
  size_t count = ctx.NameCount(m.speaker.name);  // how often the article names the candidate
  if (count >= 2) f->push_back("mentions:2+");
  if (count >= 4) f->push_back("mentions:4+");
  if (OpensClause(ctx, m.first)) f->push_back("clause:opens");
  if (m.first == SentenceStart(ctx, m.first)) f->push_back("sentence:initial");
  std::string_view prev = ctx.Lower(m.first - 1);
  if (m.first > 0 && prev == "by") f->push_back("prep:by");
  else if (m.first > 0 && Preposition(prev) && !(prev == "to" && ctx.Lower(m.first - 2) == "according")) f->push_back("prep:object");
  if (PossessiveMark(ctx.Lower(m.last)) || ctx.Lower(m.last - 1).ends_with("'s") || ctx.Lower(m.last - 1).ends_with("\u2019s")) {
    f->push_back("possessive");
  }
}

void AnyFeatures(const Context& ctx, const Mention& m, uint32_t open, uint32_t after, const Discourse& d,
                 std::vector<std::string>* f) {
  uint32_t q_first = ctx.SentenceOf(open), q_last = ctx.SentenceOf(after > 0 ? after - 1 : 0);
  uint32_t cs = ctx.SentenceOf(m.first);
  std::string dist = SentenceDistance(cs, q_first, q_last);
  f->push_back(dist);
  f->push_back(dist + ":" + m.speaker.type);
  uint32_t qp = ctx.ParagraphOf(open), cp = ctx.ParagraphOf(m.first);
  f->push_back(cp == qp ? "para:same" : cp + 1 == qp ? "para:prev" : "para:other");
  if (dist == "sent:same") f->push_back(m.first < open ? "side:before" : "side:after");
  uint32_t u = m.last;
  if (ctx.Lower(u) == "also" || ctx.Lower(u) == "then") ++u;
  Cue cue = CueAt(ctx, u);
  if (cue.valid()) {
    f->push_back("cue:subject");
    f->push_back("cue:subject:" + m.speaker.type);
    if (cue.kind == CueKind::kSocial) f->push_back("cue:social");
  }
  if (m.first > 0 && CueAt(ctx, m.first - 1).valid()) f->push_back("cue:inverted");
  if (m.first > 1 && ctx.Lower(m.first - 1) == "to" && ctx.Lower(m.first - 2) == "according") f->push_back("cue:according");
  if (d.last_speaker.resolved() && d.last_speaker.name == m.speaker.name) f->push_back("last:speaker");
  if (d.last_person.resolved() && d.last_person.name == m.speaker.name) f->push_back("last:person");
  if (open > 0 && open == SentenceStart(ctx, open) && cp + 1 == qp) {
    uint32_t prev_end = open;
    while (prev_end > 0 && ctx.IsQuoteMark(prev_end - 1)) --prev_end;
    if (prev_end > 0 && ctx.Lower(prev_end - 1) == ":") f->push_back("colon:paragraph");
  }
  if (cs < ctx.article().sentences.size() ? ctx.SocialSentence(cs)
                                          : !ctx.InQuote(m.first) && SocialWord(ctx.Lower(m.first))) {
    f->push_back("social:sentence");
  }
}

// The document noun heading a rule's description ("the committee report" -> "report").
std::string DocumentHead(const Speaker& rule) {
  std::string lower = core::AsciiLowered(rule.name);
  size_t space = lower.rfind(' ');
  std::string head = space == std::string::npos ? lower : lower.substr(space + 1);
  if (head.size() > 3 && head.back() == 's') head.pop_back();
  return head;
}

void AuthorFeatures(const Context& ctx, const Mention& m, uint32_t open, const Speaker& rule,
                    std::vector<std::string>* f) {
  uint32_t q = ctx.SentenceOf(open), cs = ctx.SentenceOf(m.first);
  uint32_t d = q >= cs ? q - cs : 0;
  f->push_back(d == 0 ? "dist:same" : d == 1 ? "dist:prev" : d <= 5 ? "dist:near" : "dist:far");
  uint32_t end = SentenceEnd(ctx, m.first), start = SentenceStart(ctx, m.first);
  if (m.first > 0 && ctx.Lower(m.first - 1) == "by") {
    for (uint32_t t = m.first - 1; t > start && t + 6 > m.first; --t) {
      if (DocumentNoun(ctx.Lower(t - 1))) {
        f->push_back("author:by_document");
        break;
      }
    }
  }
  uint32_t u = m.last;
  if (PossessiveMark(ctx.Lower(u))) ++u;
  if (u < end && DocumentNoun(ctx.Lower(u))) f->push_back("author:modifies_document");
  for (uint32_t t = u; t < end && t < u + 3; ++t) {
    if (!AuthoringVerbWord(ctx.Lower(t))) continue;
    for (uint32_t k = t + 1; k < end && k < t + 7; ++k) {
      if (DocumentNoun(ctx.Lower(k))) {
        f->push_back("author:authoring_verb");
        break;
      }
    }
    break;
  }
  std::string head = DocumentHead(rule);
  for (uint32_t t = start; t < end; ++t) {
    if (!head.empty() && !ctx.InQuote(t) && ctx.Lower(t).starts_with(head) && ctx.Lower(t).size() <= head.size() + 1) {
      f->push_back("author:document_sentence");
      break;
    }
  }
  std::string name(1, ' ');
  name.append(core::AsciiLowered(m.speaker.name)).push_back(' ');
  std::string desc = core::AsciiLowered(rule.name);
  size_t pos = 0;
  while (pos < desc.size()) {
    size_t sp = desc.find(' ', pos);
    std::string w = desc.substr(pos, sp == std::string::npos ? std::string::npos : sp - pos);
    pos = sp == std::string::npos ? desc.size() : sp + 1;
    if (w.size() > 3 && !DocumentNoun(w) && name.find(" " + w + " ") != std::string::npos) {
      f->push_back("author:name_word");
      break;
    }
  }
}

// A document named by a description only ("the report", "a 414-page report"): no capital
// letter past its first character.
bool DescriptionOnly(const Speaker& s) {
  if (!s.resolved() || s.type != "document" || s.entity >= 0) return false;
  for (size_t i = 1; i < s.name.size(); ++i) {
    if (s.name[i] >= 'A' && s.name[i] <= 'Z') return false;
  }
  return true;
}

}  // namespace

Result<SpeakerModel> SpeakerModel::Parse(std::string_view tsv) {
  SpeakerModel m;
  if (!tsv.starts_with(kMagic)) return Status::InvalidArgument("quote-speaker model: missing header '" + std::string(kMagic) + "'");
  size_t line_no = 0;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return Status::InvalidArgument("quote-speaker model line " + std::to_string(line_no) + ": expected FEATURE<TAB>WEIGHT");
    }
    std::string weight(line.substr(tab + 1));
    char* stop = nullptr;
    double w = std::strtod(weight.c_str(), &stop);
    if (stop == weight.c_str() || *stop != '\0') {
      return Status::InvalidArgument("quote-speaker model line " + std::to_string(line_no) + ": bad weight '" + weight + "'");
    }
    m.weights_[std::string(line.substr(0, tab))] = w;
  }
  return m;
}

const SpeakerModel& SpeakerModel::Default() {
  static const SpeakerModel* model = [] {
    auto m = Parse(kQuoteSpeakersTsv);
    return new SpeakerModel(m.ok() ? std::move(*m) : SpeakerModel());  // the embedded file is tested to parse
  }();
  return *model;
}

double SpeakerModel::Score(const std::vector<std::string>& features) const {
  double s = 0;
  for (const auto& f : features) {
    auto it = weights_.find(f);
    if (it != weights_.end()) s += it->second;
  }
  return s;
}

std::vector<Candidate> SpeakerCandidates(const Context& ctx, uint32_t open, uint32_t after, Need need,
                                         const Speaker& rule, const Discourse& d) {
  const char* prefix = need == Need::kAny ? "any|" : "author|";
  std::vector<Candidate> out;
  out.push_back(Candidate{Speaker{}, {std::string(prefix) + "none"}, 0});
  uint32_t qp = ctx.ParagraphOf(open);
  uint32_t begin = WindowStart(ctx, open, need, qp > 0 ? qp - 1 : 0);
  uint32_t end = need == Need::kAny ? std::min(SentenceEnd(ctx, after > 0 ? after - 1 : 0), after + kWindowTokens) : open;
  std::vector<Mention> mentions = Mentions(ctx, begin, end);
  for (const Mention& m : mentions) {
    std::vector<std::string> f;
    CommonFeatures(ctx, m, &f);
    if (need == Need::kAny) AnyFeatures(ctx, m, open, after, d, &f);
    else AuthorFeatures(ctx, m, open, rule, &f);
    for (auto& x : f) x = prefix + x;
    out.push_back(Candidate{m.speaker, std::move(f), 0});
  }
  return out;
}

const Candidate* BestCandidate(const SpeakerModel& model, std::vector<Candidate>* candidates) {
  const Candidate* best = nullptr;
  for (Candidate& c : *candidates) {
    c.score = model.Score(c.features);
    if (best == nullptr || c.score > best->score) best = &c;
  }
  return best != nullptr && best->speaker.resolved() ? best : nullptr;
}

std::vector<SpeakerChoice> Choices(const std::vector<Candidate>& candidates) {
  std::vector<SpeakerChoice> out;
  for (const auto& c : candidates) out.push_back(SpeakerChoice{c.speaker.name, c.speaker.type, c.features, c.score});
  return out;
}

Speaker ApplySpeakerModel(const Context& ctx, const QuoteOptions& options, const Span& content, uint32_t open,
                          uint32_t after, const Speaker& rule, const Discourse& d) {
  bool unnamed = !rule.resolved(), description = DescriptionOnly(rule);
  if (!options.explain && (!options.speaker_model || (!unnamed && !description))) return rule;
  const SpeakerModel& model = options.speaker_weights != nullptr ? *options.speaker_weights : SpeakerModel::Default();
  Speaker out = rule;
  std::vector<Candidate> any = SpeakerCandidates(ctx, open, after, Need::kAny, rule, d);
  const Candidate* best = BestCandidate(model, &any);
  if (options.explain) options.explain(content, unnamed ? "any" : "any:ruled", Choices(any));
  if (unnamed && options.speaker_model && best != nullptr) out = best->speaker;
  if (description) {
    std::vector<Candidate> authors = SpeakerCandidates(ctx, open, after, Need::kAuthor, rule, d);
    const Candidate* author = BestCandidate(model, &authors);
    if (options.explain) options.explain(content, "author", Choices(authors));
    if (options.speaker_model && author != nullptr) {
      out.name = author->speaker.name;
      out.entity = author->speaker.entity;
    }
  }
  return out;
}

}  // namespace parallax::quotes
