#pragma once

#include <QtGlobal>

#include <cstddef>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

// For the few very large, short-lived arrays of reading a big file (the JSON tree of a
// 5,000-table document holds ~100 MB): on Linux, an allocation of several megabytes is its own
// anonymous mapping advised to use huge pages. Fresh memory costs a page fault per 4 KiB page
// touched, which on a virtual machine cost more than filling it; with 2 MiB pages it is 512
// times fewer. Smaller allocations, and other systems, use the ordinary heap.
template<typename T>
class HugePageAllocator
{
public:
    using value_type = T;

    HugePageAllocator() = default;
    template<typename U>
    HugePageAllocator(const HugePageAllocator<U> &) noexcept
    {
    }

    T *allocate(std::size_t n)
    {
#ifdef Q_OS_LINUX
        const std::size_t bytes = n * sizeof(T);
        if (bytes >= Threshold) {
            void *memory = mmap(nullptr, rounded(bytes), PROT_READ | PROT_WRITE,
                                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (memory == MAP_FAILED)
                throw std::bad_alloc();
            madvise(memory, rounded(bytes), MADV_HUGEPAGE); // advice: harmless when refused
            return static_cast<T *>(memory);
        }
#endif
        return static_cast<T *>(::operator new(n * sizeof(T)));
    }

    void deallocate(T *p, std::size_t n) noexcept
    {
#ifdef Q_OS_LINUX
        if (n * sizeof(T) >= Threshold) {
            munmap(p, rounded(n * sizeof(T)));
            return;
        }
#endif
        ::operator delete(p);
    }

    template<typename U>
    bool operator==(const HugePageAllocator<U> &) const noexcept
    {
        return true;
    }
    template<typename U>
    bool operator!=(const HugePageAllocator<U> &) const noexcept
    {
        return false;
    }

private:
    static constexpr std::size_t Threshold = 4 * 1024 * 1024;
    static constexpr std::size_t HugePage = 2 * 1024 * 1024;
    static std::size_t rounded(std::size_t bytes) { return (bytes + HugePage - 1) & ~(HugePage - 1); }
};
