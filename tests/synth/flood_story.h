// The FloodStory fixture: a small fictional story (five articles on a flood in
// Linden) whose layers the tests fill in, shared by the story_test sources.
#ifndef PARALLAX_TESTS_SYNTH_FLOOD_STORY_H_
#define PARALLAX_TESTS_SYNTH_FLOOD_STORY_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "synth/synthesize.h"
#include "text/segment.h"

namespace parallax::synth {

inline bool Overlaps(const Article& a, Span s) {
  return std::any_of(a.entities.begin(), a.entities.end(),
                     [&](const EntityMention& e) { return e.span.begin < s.end && s.begin < e.span.end; });
}

inline void Mark(Article* a, const std::string& name, const std::string& type) {
  for (size_t p = a->body.find(name); p != std::string::npos; p = a->body.find(name, p + 1)) {
    Span s{static_cast<uint32_t>(p), static_cast<uint32_t>(p + name.size())};
    if (!Overlaps(*a, s)) a->entities.push_back({s, type, "", 1.0f, -1});
  }
  std::sort(a->entities.begin(), a->entities.end(),
            [](const EntityMention& x, const EntityMention& y) { return x.span.begin < y.span.begin; });
}

inline void Time(Article* a, const std::string& text, const std::string& value) {
  size_t p = a->body.find(text);
  ASSERT_NE(p, std::string::npos) << text;
  a->times.push_back({{static_cast<uint32_t>(p), static_cast<uint32_t>(p + text.size())}, "DATE", value, "", false});
}

inline Article Make(const std::string& id, const std::string& outlet, const std::string& date, const std::string& body) {
  Article a;
  a.id = id;
  a.outlet = outlet;
  a.title = "Flood in Linden";
  a.published.value = date;
  a.published.precision = PublishedTime::Precision::kDay;
  a.published.source = MetaSource::kHeader;
  a.body = body;
  a.paragraphs.push_back({{0, static_cast<uint32_t>(body.size())}, false});
  text::Segment(&a);
  Mark(&a, "Ana Torres", "PER");
  Mark(&a, "Torres", "PER");
  Mark(&a, "Linden", "LOC");
  return a;
}

class FloodStory : public ::testing::Test {
 protected:
  void SetUp() override {
    a_ = Make("a1", "CNN", "2024-03-11",
              "Mayor Ana Torres visited the flooded town of Linden on March 9. The flood damaged 40 homes "
              "in Linden and cut the main road, officials said. Torres promised new funds for the families "
              "of Linden.");
    Time(&a_, "March 9", "2024-03-09");
    b_ = Make("b2", "Reuters", "2024-03-11",
              "Mayor Ana Torres visited the flooded town of Linden on March 10. The flood damaged 45 homes "
              "in Linden and cut the main road, officials said. Governor Ana Torres promised new funds for "
              "the flooded town.");
    Time(&b_, "March 10", "2024-03-10");
    copy_ = Make("c3", "Yahoo News", "2024-03-11", a_.body);
    Time(&copy_, "March 9", "2024-03-09");
    d_ = Make("d4", "Fox News", "2024-03-12",
              "Ana Torres visited Linden in February to see the flood damage for herself. She is the third "
              "official to visit Linden this year, aides said.");
    Time(&d_, "February", "2024-02");
    e_ = Make("e5", "BBC News", "2024-03-12",
              "The flood that damaged homes in Linden drew Ana Torres to the town. Ana Torres is the first "
              "official to visit Linden since the storm, residents said.");
  }
  StoryView Build() {
    StoryInput in{"e1", "t1", {&a_, &b_, &copy_, &d_, &e_}, {"", "", "a1", "", ""}};
    auto v = BuildStoryView(in);
    EXPECT_TRUE(v.ok()) << v.status().ToString();
    return v.ok() ? *v : StoryView{};
  }
  const Conflict* Find(const StoryView& v, const std::string& kind) {
    for (const auto& c : v.conflicts) if (c.kind == kind) return &c;
    return nullptr;
  }
  // Whether CNN's and Reuters' flood reports conflict on a number when their
  // second sentences end "... cut the main road <a_tail>, officials said."
  bool NumbersConflict(const std::string& a_tail, const std::string& b_tail) {
    a_ = Make("a1", "CNN", "2024-03-11",
              "Mayor Ana Torres visited the flooded town of Linden on March 9. The flood in Linden cut the main "
              "road " + a_tail + ", officials said.");
    b_ = Make("b2", "Reuters", "2024-03-11",
              "Mayor Ana Torres visited the flooded town of Linden on March 10. The flood in Linden cut the main "
              "road " + b_tail + ", officials said.");
    return Find(Build(), "number") != nullptr;
  }
  // Whether a date conflict is found when CNN's and Reuters' reports say
  // "Mayor Ana Torres <a_event> on March 9." / "... <b_event> on March 10.",
  // Fox's says `fox` (its "February" dated 2024-02) and BBC's only that the
  // flood damaged homes; `person`, when given, is marked PER wherever CNN's,
  // Reuters' and Fox's texts name it.
  bool EventDatesConflict(const std::string& a_event, const std::string& b_event, const std::string& fox,
                          const std::string& person = "") {
    a_ = Make("a1", "CNN", "2024-03-11", "Mayor Ana Torres " + a_event + " on March 9.");
    b_ = Make("b2", "Reuters", "2024-03-11", "Mayor Ana Torres " + b_event + " on March 10.");
    d_ = Make("d4", "Fox News", "2024-03-12", fox);
    e_ = Make("e5", "BBC News", "2024-03-12", "The flood damaged homes in Linden.");
    Time(&a_, "March 9", "2024-03-09");
    Time(&b_, "March 10", "2024-03-10");
    Time(&d_, "February", "2024-02");
    if (!person.empty()) {
      for (Article* a : {&a_, &b_, &d_}) Mark(a, person, "PER");
    }
    return Find(Build(), "date") != nullptr;
  }
  Article a_, b_, copy_, d_, e_;
};

}  // namespace parallax::synth

#endif  // PARALLAX_TESTS_SYNTH_FLOOD_STORY_H_
