// The known-body list. Provenance: written by hand for session 18 from
// general knowledge of the bodies' official names (no copied list), leaving
// out acronyms with several common meanings in news; every link it made on
// the first 1,500 AllSides articles was read (docs/ner.md, "Session 18:
// cross-document entities").
#include "store/known_bodies.h"

#include <algorithm>
#include <iterator>

namespace parallax::store {

namespace {

struct KnownBody {
  std::string_view letters;
  std::string_view name;
};

// Sorted by letters; one row per spelling of the long name.
constexpr KnownBody kBodies[] = {
    {"ACA", "Affordable Care Act"},
    {"ACLU", "American Civil Liberties Union"},
    {"AFP", "Agence France-Presse"},
    {"ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives"},
    {"CBO", "Congressional Budget Office"},
    {"CBP", "Customs and Border Protection"},
    {"CDC", "Centers for Disease Control and Prevention"},
    {"CDC", "Centers for Disease Control"},
    {"CIA", "Central Intelligence Agency"},
    {"DACA", "Deferred Action for Childhood Arrivals"},
    {"DEA", "Drug Enforcement Administration"},
    {"DHS", "Department of Homeland Security"},
    {"DJIA", "Dow Jones Industrial Average"},
    {"DOD", "Department of Defense"},
    {"DOJ", "Department of Justice"},
    {"EPA", "Environmental Protection Agency"},
    {"EU", "European Union"},
    {"FAA", "Federal Aviation Administration"},
    {"FBI", "Federal Bureau of Investigation"},
    {"FCC", "Federal Communications Commission"},
    {"FDA", "Food and Drug Administration"},
    {"FEC", "Federal Election Commission"},
    {"FEMA", "Federal Emergency Management Agency"},
    {"FTC", "Federal Trade Commission"},
    {"GAO", "Government Accountability Office"},
    {"HHS", "Department of Health and Human Services"},
    {"HHS", "Health and Human Services"},
    {"HUD", "Department of Housing and Urban Development"},
    {"ICE", "Immigration and Customs Enforcement"},
    {"IMF", "International Monetary Fund"},
    {"IRS", "Internal Revenue Service"},
    {"LAPD", "Los Angeles Police Department"},
    {"MIT", "Massachusetts Institute of Technology"},
    {"NAACP", "National Association for the Advancement of Colored People"},
    {"NAFTA", "North American Free Trade Agreement"},
    {"NASA", "National Aeronautics and Space Administration"},
    {"NATO", "North Atlantic Treaty Organization"},
    {"NIH", "National Institutes of Health"},
    {"NOAA", "National Oceanic and Atmospheric Administration"},
    {"NPR", "National Public Radio"},
    {"NRA", "National Rifle Association"},
    {"NSA", "National Security Agency"},
    {"NSC", "National Security Council"},
    {"NYPD", "New York City Police Department"},
    {"NYPD", "New York Police Department"},
    {"NYSE", "New York Stock Exchange"},
    {"ODNI", "Office of the Director of National Intelligence"},
    {"OMB", "Office of Management and Budget"},
    {"OPEC", "Organization of the Petroleum Exporting Countries"},
    {"OPM", "Office of Personnel Management"},
    {"TSA", "Transportation Security Administration"},
    {"UAW", "United Auto Workers"},
    {"USAF", "United States Air Force"},
    {"USDA", "Department of Agriculture"},
    {"USDA", "United States Department of Agriculture"},
    {"USPS", "United States Postal Service"},
    {"WHO", "World Health Organization"},
    {"WTO", "World Trade Organization"},
};

}  // namespace

std::vector<std::pair<std::string_view, std::string_view>> KnownBodies() {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  for (const KnownBody& b : kBodies) out.emplace_back(b.letters, b.name);
  return out;
}

std::vector<std::string_view> KnownBodyNames(std::string_view letters) {
  std::vector<std::string_view> out;
  auto it = std::lower_bound(std::begin(kBodies), std::end(kBodies), letters,
                             [](const KnownBody& b, std::string_view l) { return b.letters < l; });
  for (; it != std::end(kBodies) && it->letters == letters; ++it) out.push_back(it->name);
  return out;
}

}  // namespace parallax::store
