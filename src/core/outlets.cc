#include "parallax/outlets.h"

#include "core/ascii.h"
#include "core/file_util.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace parallax {

extern const char kDefaultOutletsTsv[];  // generated from models/outlets.tsv

namespace {

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t c = s.find(',', pos);
    if (c == std::string_view::npos) c = s.size();
    std::string item = Trim(s.substr(pos, c - pos));
    if (!item.empty()) out.push_back(item);
    pos = c + 1;
  }
  return out;
}

std::string NormName(std::string_view s) {
  std::string n;
  for (char c : Trim(s)) n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (n.rfind("the ", 0) == 0) n.erase(0, 4);
  return n;
}

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  size_t end = url.find_first_of("/?#:");
  if (end != std::string_view::npos) url = url.substr(0, end);
  std::string host;
  for (char c : url) host.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return host;
}

}  // namespace

namespace {
uint64_t ShapeBit(size_t length) { return uint64_t{1} << std::min<size_t>(length, 63); }
}  // namespace

size_t FirstWordLength(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && (core::IsAsciiAlnum(s[n]) || static_cast<unsigned char>(s[n]) >= 0x80)) ++n;
  return n == 0 ? std::min<size_t>(1, s.size()) : n;
}

Result<std::unique_ptr<OutletRegistry>> OutletRegistry::Parse(std::string_view tsv) {
  std::unique_ptr<OutletRegistry> reg(new OutletRegistry());
  std::istringstream in{std::string(tsv)};
  std::string line;
  for (int lineno = 1; std::getline(in, line); ++lineno) {
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    std::vector<std::string> cols;
    size_t pos = 0;
    while (pos <= line.size()) {
      size_t t = line.find('\t', pos);
      if (t == std::string::npos) t = line.size();
      cols.push_back(Trim(std::string_view(line).substr(pos, t - pos)));
      pos = t + 1;
    }
    if (cols.empty() || cols[0].empty()) {
      return Status::InvalidArgument("outlet registry line " + std::to_string(lineno) + ": missing name");
    }
    cols.resize(6);
    if (!cols[3].empty() && cols[4].empty()) {
      return Status::InvalidArgument("outlet registry line " + std::to_string(lineno) +
                                     ": a leaning needs its source (column 5)");
    }
    reg->outlets_.push_back(Outlet{cols[0], SplitList(cols[1]), SplitList(cols[2]), cols[3], cols[4], cols[5]});
  }
  reg->Index();
  return reg;
}

Result<std::unique_ptr<OutletRegistry>> OutletRegistry::Load(const std::string& path) {
  auto bytes = core::ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  auto r = Parse(*bytes);
  if (!r.ok()) return r.status().WithContext(path);
  return r;
}

const OutletRegistry& OutletRegistry::Default() {
  static const OutletRegistry* reg = [] {
    auto r = Parse(kDefaultOutletsTsv);
    return r.ok() ? r->release() : new OutletRegistry();
  }();
  return *reg;
}

void OutletRegistry::Index() {
  for (size_t i = 0; i < outlets_.size(); ++i) {
    const Outlet& o = outlets_[i];
    by_name_.emplace(NormName(o.name), i);
    names_.emplace_back(o.name, &o);
    for (const auto& a : o.aliases) {
      by_name_.emplace(NormName(a), i);
      if (a != o.name) names_.emplace_back(a, &o);
    }
    for (const auto& d : o.domains) by_domain_.emplace(HostOf(d), i);
  }
  std::stable_sort(names_.begin(), names_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (size_t i = 0; i < names_.size(); ++i) {
    const std::string& n = names_[i].first;
    std::string_view first = std::string_view(n).substr(0, FirstWordLength(n));
    by_first_word_[first].push_back(i);
    if (!first.empty()) first_word_shapes_[static_cast<unsigned char>(first[0])] |= ShapeBit(first.size());
  }
}

const std::vector<size_t>* OutletRegistry::NamesStartingWith(std::string_view word) const {
  if (word.empty() || !(first_word_shapes_[static_cast<unsigned char>(word[0])] & ShapeBit(word.size()))) {
    return nullptr;
  }
  auto it = by_first_word_.find(word);
  return it == by_first_word_.end() ? nullptr : &it->second;
}

const Outlet* OutletRegistry::FindByName(std::string_view name) const {
  auto it = by_name_.find(NormName(name));
  return it == by_name_.end() ? nullptr : &outlets_[it->second];
}

const Outlet* OutletRegistry::FindByDomain(std::string_view host_or_url) const {
  std::string host = HostOf(host_or_url);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  // Try the host, then each parent domain.
  for (size_t pos = 0; pos != std::string::npos;) {
    auto it = by_domain_.find(host.substr(pos));
    if (it != by_domain_.end()) return &outlets_[it->second];
    size_t dot = host.find('.', pos);
    pos = dot == std::string::npos ? std::string::npos : dot + 1;
  }
  return nullptr;
}

}  // namespace parallax
