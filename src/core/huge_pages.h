// HugePageAllocator: a std::allocator for large, randomly read tables
// (model weights, per-thread score caches).
//
// A lookup in a table of several MB touches a random 4 KB page each time,
// and the CPU's TLB holds only a few MB worth of 4 KB page translations, so
// such lookups pay a page walk on top of the cache miss. Allocations of at
// least kHugePageMinBytes are placed on 2 MB boundaries and marked
// MADV_HUGEPAGE (Linux transparent huge pages; on systems in "madvise" mode
// only marked regions get them), so one TLB entry covers 2 MB. Smaller
// allocations go to the ordinary operator new. Where huge pages are not
// available the marking is a no-op and the memory is ordinary.
//
// Thread safety: stateless; any instance frees what any other allocated.
// Errors: throws std::bad_alloc like std::allocator (out of memory).
#ifndef PARALLAX_CORE_HUGE_PAGES_H_
#define PARALLAX_CORE_HUGE_PAGES_H_

#include <cstddef>
#include <vector>

namespace parallax::core {

inline constexpr size_t kHugePageMinBytes = size_t{1} << 20;

// Raw interface: FreeLarge takes the `bytes` and `align` given to AllocateLarge.
void* AllocateLarge(size_t bytes, size_t align);
void FreeLarge(void* p, size_t bytes, size_t align) noexcept;

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}
  T* allocate(size_t n) { return static_cast<T*>(AllocateLarge(n * sizeof(T), alignof(T))); }
  void deallocate(T* p, size_t n) noexcept { FreeLarge(p, n * sizeof(T), alignof(T)); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }
};

// A vector whose buffer, when large, sits on huge pages.
template <typename T>
using LargeVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace parallax::core

#endif  // PARALLAX_CORE_HUGE_PAGES_H_
