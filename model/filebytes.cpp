#include "filebytes.h"

#include <QFile>

#include <cstdlib>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace {
constexpr size_t FileBytesHugePage = 2 * 1024 * 1024;
}

FileBytes::~FileBytes()
{
    release();
}

void FileBytes::release()
{
#ifdef Q_OS_LINUX
    if (m_mapped && m_data)
        munmap(m_data, m_capacity);
#endif
    if (!m_mapped)
        std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_mapped = false;
}

bool FileBytes::read(const QString &path, qint64 maximumSize)
{
    release();
    m_error.clear();
    m_tooLarge = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    const qint64 size = file.size();
    if (size > maximumSize) {
        m_tooLarge = true;
        m_size = size;
        return false;
    }
    // One byte more than the size: a file that grew since size() is read to its end below.
    const size_t capacity = size_t(size) + 1;
#ifdef Q_OS_LINUX
    if (capacity >= FileBytesHugePage) {
        m_capacity = (capacity + FileBytesHugePage - 1) & ~(FileBytesHugePage - 1);
        void *memory = mmap(nullptr, m_capacity, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory != MAP_FAILED) {
            madvise(memory, m_capacity, MADV_HUGEPAGE); // advice: harmless when refused
            m_data = static_cast<char *>(memory);
            m_mapped = true;
        }
    }
#endif
    if (!m_data) {
        m_capacity = capacity;
        m_data = static_cast<char *>(std::malloc(m_capacity));
        if (!m_data) {
            m_error = tr("not enough memory to read %1 bytes").arg(size);
            return false;
        }
    }
    qint64 got = 0;
    while (got < qint64(m_capacity)) {
        const qint64 n = file.read(m_data + got, qint64(m_capacity) - got);
        if (n < 0) {
            m_error = file.errorString();
            release();
            return false;
        }
        if (n == 0)
            break;
        got += n;
    }
    if (got > size) {
        // It grew since size(), or it is a device or a pipe whose size is not known: read the
        // rest, but never more than the limit (a /dev/zero must not hang or fill memory).
        const QByteArray rest = file.read(maximumSize + 1 - got);
        if (got + rest.size() > maximumSize) {
            release();
            m_tooLarge = true;
            m_size = got + rest.size();
            return false;
        }
        if (!rest.isEmpty()) {
            char *all = static_cast<char *>(std::malloc(size_t(got + rest.size())));
            if (!all) {
                release();
                m_error = tr("not enough memory to read %1 bytes").arg(got + rest.size());
                return false;
            }
            memcpy(all, m_data, size_t(got));
            memcpy(all + got, rest.constData(), size_t(rest.size()));
            release();
            m_data = all;
            m_capacity = size_t(got + rest.size());
            got = qint64(m_capacity);
        }
    }
    m_size = got;
    return true;
}
