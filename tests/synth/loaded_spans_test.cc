// Loaded-language token classifier: learns loaded words in narration from
// annotated examples, generalizes through word classes, leaves quoted words
// and neutral reporting alone, and is deterministic.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "synth/loaded_spans.h"
#include "text/segment.h"

namespace parallax::synth {
namespace {

Article Segmented(const std::string& body) {
  Article a;
  a.body = body;
  a.paragraphs = text::SplitParagraphs(body);
  text::Segment(&a);
  return a;
}

// Gold flags: the tokens whose text is one of `loaded`.
std::vector<bool> Flags(const Article& a, const std::vector<std::string>& loaded) {
  std::vector<bool> out(a.tokens.size(), false);
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    for (const auto& w : loaded) out[i] = out[i] || a.tokens[i].span.Of(a.body) == w;
  }
  return out;
}

LoadedSpanModel TrainToy() {
  WordClasses classes = {{"slammed", 7}, {"blasted", 7}, {"said", 9}, {"noted", 9}};
  LoadedSpanTrainer trainer(classes, {});
  const std::vector<std::string> senators = {"Smith", "Jones", "Brown", "Lee", "Clark", "Hill"};
  for (const auto& name : senators) {
    Article a = Segmented("The senator " + name + " slammed the budget plan on Monday. " + name +
                          " said the vote would come later. Aides noted the schedule.");
    trainer.AddExample(a, {}, Flags(a, {"slammed"}));
  }
  return trainer.Train();
}

std::vector<std::string> Found(const LoadedSpanModel& model, const Article& a) {
  std::vector<std::string> out;
  for (const Span& s : model.Find(a, {})) out.emplace_back(s.Of(a.body));
  return out;
}

TEST(LoadedSpansTest, LearnsLoadedWordsAndGeneralizesThroughClasses) {
  LoadedSpanModel model = TrainToy();
  ASSERT_FALSE(model.empty());
  Article seen = Segmented("The governor slammed the tax bill on Tuesday. The governor said little else.");
  EXPECT_EQ(Found(model, seen), std::vector<std::string>{"slammed"});
  // "blasted" never occurred in training; it shares the class of "slammed".
  Article unseen = Segmented("The mayor blasted the transit plan on Friday. The mayor noted the cost.");
  EXPECT_EQ(Found(model, unseen), std::vector<std::string>{"blasted"});
  Article neutral = Segmented("The mayor said the transit plan would cost more. Aides noted the schedule.");
  EXPECT_TRUE(Found(model, neutral).empty());
}

TEST(LoadedSpansTest, EmptyModelFindsNothingAndTrainingIsDeterministic) {
  Article a = Segmented("The senator slammed the plan.");
  EXPECT_TRUE(LoadedSpanModel().Find(a, {}).empty());
  EXPECT_EQ(Found(TrainToy(), a), Found(TrainToy(), a));
}

}  // namespace
}  // namespace parallax::synth
