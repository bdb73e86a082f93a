// The list of short forms of English given names (given_names.h).
// Provenance: written by hand for session 20 from general knowledge of
// English hypocorisms, prompted by the persons the first 1,500 AllSides
// articles split in two ("Chuck Schumer" x47 / "Charles E. Schumer" x18,
// "Bernie Sanders" / "Bernard Sanders", "Bill Barr" / "William Barr", "Joe
// Biden" / "Joseph R. Biden"). A short form that stands for two common
// names of the same sex is listed with both ("jerry": gerald, jerome); one
// that is as often a woman's as a man's name ("pat", "sam", "alex",
// "chris", "jamie") or often a name of its own ("drew", "frank", "gene") is
// left out, so "Pat Smith" is not "Patricia Smith".
#include "store/given_names.h"

#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "core/word_list.h"

namespace parallax::store {

namespace {

struct ShortForm {
  std::string_view short_form;
  std::string_view name;
};

constexpr ShortForm kForms[] = {
    {"andy", "andrew"}, {"ben", "benjamin"}, {"bernie", "bernard"}, {"bill", "william"},
    {"billy", "william"}, {"will", "william"}, {"willie", "william"}, {"bob", "robert"},
    {"bobby", "robert"}, {"rob", "robert"}, {"robbie", "robert"}, {"chuck", "charles"},
    {"charlie", "charles"}, {"dan", "daniel"}, {"danny", "daniel"}, {"dave", "david"},
    {"dick", "richard"}, {"rick", "richard"}, {"rich", "richard"}, {"ricky", "richard"},
    {"don", "donald"}, {"donny", "donald"}, {"ed", "edward"}, {"eddie", "edward"},
    {"ted", "edward"}, {"ted", "theodore"}, {"teddy", "theodore"}, {"fred", "frederick"},
    {"greg", "gregory"}, {"hank", "henry"}, {"jack", "john"}, {"johnny", "john"}, {"jim", "james"},
    {"jimmy", "james"}, {"jeff", "jeffrey"}, {"jerry", "gerald"}, {"jerry", "jerome"},
    {"joe", "joseph"}, {"joey", "joseph"}, {"jon", "jonathan"}, {"ken", "kenneth"},
    {"kenny", "kenneth"}, {"larry", "lawrence"}, {"len", "leonard"}, {"lenny", "leonard"},
    {"matt", "matthew"}, {"mike", "michael"}, {"mitch", "mitchell"}, {"nate", "nathan"},
    {"nate", "nathaniel"}, {"nick", "nicholas"}, {"phil", "philip"}, {"ray", "raymond"},
    {"ron", "ronald"}, {"ronnie", "ronald"}, {"rudy", "rudolph"}, {"stan", "stanley"},
    {"steve", "steven"}, {"steve", "stephen"}, {"stevie", "steven"}, {"tim", "timothy"},
    {"timmy", "timothy"}, {"tom", "thomas"}, {"tommy", "thomas"}, {"tony", "anthony"},
    {"vince", "vincent"}, {"walt", "walter"}, {"wally", "walter"}, {"newt", "newton"},
    {"zach", "zachary"}, {"abe", "abraham"}, {"gabe", "gabriel"}, {"liz", "elizabeth"},
    {"beth", "elizabeth"}, {"betsy", "elizabeth"}, {"betty", "elizabeth"}, {"kate", "katherine"},
    {"kathy", "katherine"}, {"katie", "katherine"}, {"kate", "catherine"}, {"cathy", "catherine"},
    {"peggy", "margaret"}, {"maggie", "margaret"}, {"meg", "margaret"}, {"sue", "susan"},
    {"susie", "susan"}, {"jenny", "jennifer"}, {"jen", "jennifer"}, {"becky", "rebecca"},
    {"debbie", "deborah"}, {"deb", "deborah"}, {"patty", "patricia"}, {"trish", "patricia"},
    {"vicky", "victoria"}, {"mandy", "amanda"},
};

// short form -> the names it stands for; name -> itself.
const std::map<std::string, std::set<std::string>>& Names() {
  static const auto* const names = [] {
    auto* m = new std::map<std::string, std::set<std::string>>;
    for (const ShortForm& f : kForms) {
      (*m)[std::string(f.short_form)].insert(std::string(f.name));
      (*m)[std::string(f.name)].insert(std::string(f.name));
    }
    return m;
  }();
  return *names;
}

}  // namespace

bool OtherFormOfGivenName(const std::string& a, const std::string& b) {
  if (a == b) return false;
  const auto& names = Names();
  auto x = names.find(a), y = names.find(b);
  if (x == names.end() || y == names.end()) return false;
  for (const std::string& n : x->second)
    if (y->second.count(n) != 0) return true;
  return false;
}

bool IsDistinctPersonName(const std::string& key) {
  // Each beside the person it would be taken for: John Adams; Rep. Steve
  // King; Gen. James Jones; John Jones; Henry Lodge; Mary Moore; Tommy Jones;
  // Sarah Parker.
  static const char* const kNames[] = {"john quincy adams", "stephen king",     "james earl jones",
                                       "john paul jones",   "henry cabot lodge", "mary tyler moore",
                                       "tommy lee jones",   "sarah jessica parker"};
  return core::InList(key, kNames);
}

}  // namespace parallax::store
