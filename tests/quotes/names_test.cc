// Canonical person names (names.cc) on hand-built articles: the entity layer
// is given, so each case checks the naming rule alone, whatever the tagger does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes/context.h"
#include "annotate/quotes/names.h"

namespace parallax::quotes {
namespace {

// One paragraph holding `body`; a PER mention for every listed substring occurrence (in order).
Article WithPersons(const std::string& body, const std::vector<std::string>& names) {
  Article a;
  a.body = body;
  a.paragraphs.push_back(Paragraph{Span{0, static_cast<uint32_t>(body.size())}});
  size_t from = 0;
  for (const auto& n : names) {
    size_t at = body.find(n, from);
    EXPECT_NE(at, std::string::npos) << n;
    if (at == std::string::npos) break;
    EntityMention m;
    m.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + n.size())};
    m.type = "PER";
    a.entities.push_back(m);
    from = at + n.size();
  }
  return a;
}

// The gender HonorificGender reads for each of the article's mentions, in order.
std::vector<Gender> GendersOf(const Article& a) {
  std::vector<Gender> got;
  for (const auto& m : a.entities) got.push_back(HonorificGender(a, m));
  return got;
}

// The context's lower-cased body keeps byte offsets: only 'A'..'Z' change
// ('@', '[' and UTF-8 bytes around them stay), at every offset of a long body.
TEST(QuoteNames, ContextLowerChangesOnlyAsciiCapitals) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += "@AZ[`az{ \u00C9COLE Caf\u00E9 SAID ";
  Article a;
  a.body = body;
  a.paragraphs.push_back(Paragraph{Span{0, static_cast<uint32_t>(body.size())}});
  a.tokens.push_back(Token{Span{0, static_cast<uint32_t>(body.size())}});
  Context ctx(a, OutletRegistry::Default(), {});
  std::string want;
  for (int i = 0; i < 5; ++i) want += "@az[`az{ \u00C9cole caf\u00E9 said ";
  EXPECT_EQ(ctx.Lower(0), want);
}

// The gender a mention carries: an honorific in it or right before it (any
// case), or a kinship appositive after it; a male kinship word counts only at
// a word start, and a word too long to be gendered is no evidence.
TEST(QuoteNames, HonorificGenderReadsTheWordsAroundAMention) {
  Article a = WithPersons(
      "MRS. Ann Lee met First Lady Jill Biden. Tom Roe, her Husband, and Sam Kim, a Madisonian, came. "
      "Congresswomanlike Pat Day, his wife, spoke.",
      {"MRS. Ann Lee", "Jill Biden", "Tom Roe", "Sam Kim", "Pat Day"});
  EXPECT_EQ(GendersOf(a), (std::vector<Gender>{Gender::kFemale, Gender::kFemale, Gender::kMale, Gender::kUnknown,
                                      Gender::kFemale}));
}

// Session 7 (allsides-blind6): text that lost the space after a stop glues two sentences.
TEST(QuoteNames, GluedStopAndSentenceOpenerAreNoPartOfAName) {
  EXPECT_EQ(CleanName("conducted.But Baker", true), "Baker");
  EXPECT_EQ(CleanName("And Walter Hanley", true), "Walter Hanley");
  EXPECT_EQ(CleanName("Mr. Hanley's", true), "Hanley");
  EXPECT_EQ(CleanName("But", true), "But");  // a one-word name stays
  Article a = WithPersons("Walter Hanley spoke. The vote was conducted.But Hanley said no. Hanley left.",
                          {"Walter Hanley", "conducted.But Hanley", "Hanley"});
  auto names = CanonicalNames(a);
  EXPECT_EQ(names, (std::vector<std::string>{"Walter Hanley", "Walter Hanley", "Walter Hanley"}));
}

// Session 7 (allsides-blind6): a speaker's nickname for someone inside a quotation is not their name.
TEST(QuoteNames, NameInsideAQuotationDoesNotRenameThePerson) {
  Article a = WithPersons(
      "Mike Ross hit back. \u201CLittle Mike Ross is a loser,\u201D the mayor wrote. Ross said he would win.",
      {"Mike Ross", "Little Mike Ross", "Ross"});
  auto names = CanonicalNames(a);
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0], "Mike Ross");
  EXPECT_EQ(names[2], "Mike Ross");
  // Named only inside a quotation, the quoted name is the only one there is.
  Article b = WithPersons("\u201CLittle Mike Ross is a loser,\u201D the mayor wrote. Ross said he would win.",
                          {"Little Mike Ross", "Ross"});
  EXPECT_EQ(CanonicalNames(b)[1], "Little Mike Ross");
}

// Session 8 (allsides-blind7): the tagger cut a name short ("District Magistrate Prabhu N [Singh]");
// the bare surname must not join another person holding that word ("Brajendra Singh Chandel").
TEST(QuoteNames, GivenNameAndInitialTheTaggerCutOffBelongToTheName) {
  Article a = WithPersons("said District Magistrate Prabhu N Singh. Dr Brajendra Singh Chandel agreed. Singh left.",
                          {"Singh", "Brajendra Singh Chandel", "Singh"});
  auto names = CanonicalNames(a);
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0], "Prabhu N Singh");
  EXPECT_EQ(names[2], "Prabhu N Singh");
  // A title or a capitalized word that is no given name stays out ("Today Singh").
  Article b = WithPersons("Magistrate Singh spoke. Today Singh left.", {"Singh", "Singh"});
  EXPECT_EQ(CanonicalNames(b), (std::vector<std::string>{"Singh", "Singh"}));
}

// Session 14 (allsides-blind13): "her husband, President Bill Clinton": a kinship noun and a comma
// before a name (a capitalized title between them allowed) say its gender; without the comma the
// noun is no appositive ("a son Ray Roe").
TEST(QuoteNames, KinshipNounBeforeANameGivesItsGender) {
  Article a = WithPersons(
      "Ann Lee thanked her husband, President Tom Lee, and his son, Sam Lee. Her sister, Judge Pat Lee, "
      "came with a son Ray Roe.",
      {"Ann Lee", "Tom Lee", "Sam Lee", "Pat Lee", "Ray Roe"});
  EXPECT_EQ(GendersOf(a), (std::vector<Gender>{Gender::kUnknown, Gender::kMale, Gender::kMale, Gender::kFemale,
                                      Gender::kUnknown}));
}

// Session 14 (allsides-blind13): "Ms. Clinton said" is Hillary Clinton, named in full, not the
// nearer Bill Clinton whose given name the table lacks (unknown gender).
TEST(QuoteNames, AnHonorificSurnameJoinsTheFullNameOfItsGender) {
  Article a = WithPersons("Hillary Clinton spoke. Bill Clinton agreed. Ms. Clinton said more. Clinton left.",
                          {"Hillary Clinton", "Bill Clinton", "Clinton", "Clinton"});
  auto names = CanonicalNames(a);
  ASSERT_EQ(names.size(), 4u);
  EXPECT_EQ(names[0], "Hillary Clinton");
  EXPECT_EQ(names[1], "Bill Clinton");
  EXPECT_EQ(names[2], "Hillary Clinton");
  // With no full name of her gender, the nearest full name of unknown gender still serves.
  Article b = WithPersons("Bill Clinton agreed. Ms. Clinton said more.", {"Bill Clinton", "Clinton"});
  EXPECT_EQ(CanonicalNames(b)[1], "Bill Clinton");
}

// Session 14 (allsides-blind13): "Councilwoman Debi Rose", "Justice Roberts": titles are no part
// of a person's name.
TEST(QuoteNames, CouncilwomanAndJusticeAreTitles) {
  EXPECT_EQ(CleanName("Councilwoman Debi Rose", true), "Debi Rose");
  EXPECT_EQ(CleanName("Justice Roberts", true), "Roberts");
  EXPECT_EQ(CleanName("Justice Department", false), "Justice Department");
}

// Session 20: a body and a title the tagger joined to a person's name go; a title word inside a
// name with no known given name after it stays.
TEST(QuoteNames, ABodyAndTitleBeforeAGivenNameGo) {
  EXPECT_EQ(CleanName("Stanford University Professor Matthew Gentzkow", true), "Matthew Gentzkow");
  EXPECT_EQ(CleanName("Business Associate Professor Matt Taddy", true), "Matt Taddy");
  EXPECT_EQ(CleanName("Stanford University Professor", true), "Stanford University Professor");
  EXPECT_EQ(CleanName("Harvard Professor Gentzkow", true), "Harvard Professor Gentzkow");
}

}  // namespace
}  // namespace parallax::quotes
