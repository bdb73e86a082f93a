// OutletRegistry: the user-editable list of news outlets (models/outlets.tsv)
// used to name publishers, to recognise outlets cited in text, and later for
// coverage balance. The default registry is compiled into the binary from
// models/outlets.tsv; a user file replaces it (see docs/outlets.md).
//
// Thread safety: immutable after construction; const methods are thread-safe.
#ifndef PARALLAX_OUTLETS_H_
#define PARALLAX_OUTLETS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parallax/status.h"

namespace parallax {

struct Outlet {
  std::string name;
  std::vector<std::string> domains;
  std::vector<std::string> aliases;  // includes nothing of `name` unless listed
  std::string leaning;               // "" unless backed by leaning_source
  std::string leaning_source;
  std::string notes;
};

// Length of the leading word of `s`: ASCII letters/digits and any non-ASCII
// bytes (at least one byte for a non-empty s). Shared by the registry index
// and the scanners that use it.
size_t FirstWordLength(std::string_view s);

class OutletRegistry {
 public:
  // Parses the TSV format documented at the top of models/outlets.tsv.
  // Errors name the line: kInvalidArgument.
  static Result<std::unique_ptr<OutletRegistry>> Parse(std::string_view tsv);
  static Result<std::unique_ptr<OutletRegistry>> Load(const std::string& path);

  // The registry compiled in from models/outlets.tsv.
  static const OutletRegistry& Default();

  // Not copyable: the name index holds views into the registry's own strings.
  OutletRegistry(const OutletRegistry&) = delete;
  OutletRegistry& operator=(const OutletRegistry&) = delete;

  const std::vector<Outlet>& outlets() const { return outlets_; }

  // The outlet whose name or alias equals `name` (case-insensitive, after
  // trimming a leading "The "), or nullptr.
  const Outlet* FindByName(std::string_view name) const;

  // The outlet owning `host` or a parent domain of it ("edition.cnn.com" ->
  // CNN); accepts a full URL too. nullptr when unknown.
  const Outlet* FindByDomain(std::string_view host_or_url) const;

  // Every (alias or name, outlet) pair, longest first, for scanning text.
  const std::vector<std::pair<std::string, const Outlet*>>& Names() const { return names_; }

  // Indices into Names() of the names whose first word is `word` (longest
  // first), or nullptr. Lets a scanner find names in one pass over a text.
  const std::vector<size_t>* NamesStartingWith(std::string_view word) const;

 private:
  OutletRegistry() = default;
  void Index();

  std::vector<Outlet> outlets_;
  std::unordered_map<std::string, size_t> by_name_;    // normalized name -> index
  std::unordered_map<std::string, size_t> by_domain_;  // domain -> index
  std::vector<std::pair<std::string, const Outlet*>> names_;
  // Keys view into names_ (stable once Index has run): lookups allocate nothing.
  std::unordered_map<std::string_view, std::vector<size_t>> by_first_word_;
  // Bit min(length, 63) of entry b: some first word opens with byte b and
  // has that length; most words of a text fail this test and skip the hash.
  uint64_t first_word_shapes_[256] = {};
};

}  // namespace parallax

#endif  // PARALLAX_OUTLETS_H_
