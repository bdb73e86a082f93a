// Definite titles resolved in session 25 (docs/ner.md "Session 25"): the subject after an opening
// phrase's comma, the article's salient person for an office title no other rule resolves, and
// "presumptive" as a title word; and the cases that must stay unresolved.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/entity/roles.h"
#include "roles_util.h"

namespace parallax {
namespace {

using V = std::vector<std::string>;

TEST(NominalSalienceTest, ATitleAfterAnOpeningPhraseIsTheClauseSubject) {
  // Rule 1 after "In tweets on Monday,": the president named with the title before.
  EXPECT_EQ(Roles("President Donald Trump spoke on Monday. In tweets on Monday, the president said no.",
                  {{"Donald Trump", "PER"}}),
            (V{"Donald Trump:president", "Donald Trump:president"}));
  // An apposition to a name that opens the sentence stays an apposition, and no verb after the
  // title means no subject.
  EXPECT_EQ(Roles("President Donald Trump spoke on Monday. Smith, the president of Acme, said no.",
                  {{"Donald Trump", "PER"}, {"Smith", "PER"}, {"Acme", "ORG"}}),
            (V{"Donald Trump:president", "Smith:president@Acme"}));
  EXPECT_EQ(Roles("President Donald Trump spoke on Monday. On Monday, the president of the club.",
                  {{"Donald Trump", "PER"}}),
            V{"Donald Trump:president"});
}

TEST(NominalSalienceTest, AnOfficeTitleGoesToTheSalientPersonNamedLast) {
  const std::string body =
      "Donald Trump won in Nevada. Trump spoke to Ted Cruz. Trump leads the race. Trump remains the favorite "
      "to win. Given that reality, the GOP front-runner recently retooled his campaign.";
  const std::vector<std::pair<std::string, std::string>> m = {
      {"Donald Trump", "PER"}, {"Trump", "PER"}, {"Ted Cruz", "PER"}, {"Trump", "PER"}, {"Trump", "PER"},
      {"GOP", "ORG"}};
  EXPECT_EQ(Roles(body, m), V{"Donald Trump:front-runner@Republican"});
  // Not in an object either when the last person named is not the salient one, nor for a function
  // a story brings in unnamed ("the judge"), nor with a possessive inside the title.
  EXPECT_EQ(Roles("Donald Trump won in Nevada. Trump spoke. Trump leads the race. Ted Cruz spoke to voters "
                  "who support the GOP front-runner.",
                  {{"Donald Trump", "PER"}, {"Trump", "PER"}, {"Trump", "PER"}, {"Ted Cruz", "PER"}, {"GOP", "ORG"}}),
            V{});
  EXPECT_EQ(Roles("Donald Trump won in Nevada. Trump spoke. Trump leads the race. Trump attacked the court "
                  "after the judge ruled.",
                  {{"Donald Trump", "PER"}, {"Trump", "PER"}, {"Trump", "PER"}, {"Trump", "PER"}}),
            V{});
  EXPECT_EQ(Roles("Hillary Clinton won. Clinton spoke. Clinton leads. Clinton wrote to the State Department's "
                  "inspector general on Monday.",
                  {{"Hillary Clinton", "PER"}, {"Clinton", "PER"}, {"Clinton", "PER"}, {"Clinton", "PER"},
                   {"State Department", "ORG"}}),
            V{});
  // Outcomes of a race are no one in particular: "the losing candidate".
  EXPECT_EQ(Roles("Donald Trump won in Nevada. Trump spoke. Trump leads the race. Trump said supporters of the "
                  "losing candidate will be angry.",
                  {{"Donald Trump", "PER"}, {"Trump", "PER"}, {"Trump", "PER"}, {"Trump", "PER"}}),
            V{});
}

TEST(NominalSalienceTest, PresumptiveIsATitleWord) {
  EXPECT_EQ(Roles("Presumptive Republican nominee Donald Trump spoke on Monday.", {{"Donald Trump", "PER"}}),
            V{"Donald Trump:presumptive nominee@Republican"});
}

}  // namespace
}  // namespace parallax
