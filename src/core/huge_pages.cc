// Large allocations on 2 MB boundaries, marked for transparent huge pages
// (see huge_pages.h).
#include "core/huge_pages.h"

#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace parallax::core {

namespace {
constexpr size_t kHugePage = size_t{2} << 20;
}

void* AllocateLarge(size_t bytes, size_t align) {
  if (bytes < kHugePageMinBytes) return ::operator new(bytes, std::align_val_t{align});
  const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = nullptr;
  if (posix_memalign(&p, kHugePage, rounded) != 0) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  (void)madvise(p, rounded, MADV_HUGEPAGE);  // advice only: failure leaves ordinary pages
#endif
  return p;
}

void FreeLarge(void* p, size_t bytes, size_t align) noexcept {
  if (p == nullptr) return;
  if (bytes < kHugePageMinBytes) {
    ::operator delete(p, std::align_val_t{align});
    return;
  }
  std::free(p);
}

}  // namespace parallax::core
