#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A file's bytes, read whole into memory the reader owns until it is destroyed. On Linux the
// buffer is an anonymous mapping advised to use huge pages: a fresh 30 MB buffer otherwise
// costs ~7,500 page faults, which took ten times longer than reading the file itself (a
// 5,000-table document: ~150-210 ms with QFile::readAll, ~12 ms this way). The file is read,
// not mapped: a file truncated by another program while it is open must give an error, not a
// SIGBUS.
class FileBytes
{
    Q_DECLARE_TR_FUNCTIONS(FileBytes)
public:
    FileBytes() = default;
    ~FileBytes();
    FileBytes(const FileBytes &) = delete;
    FileBytes &operator=(const FileBytes &) = delete;

    // Reads the file; false with error() when it cannot be opened or read, or is larger than
    // maximumSize (nothing is read then).
    bool read(const QString &path, qint64 maximumSize);
    // The bytes, without a copy; valid while this object lives and is not read again.
    QByteArray bytes() const { return QByteArray::fromRawData(m_data, qsizetype(m_size)); }
    qint64 size() const { return m_size; }
    QString error() const { return m_error; }
    // True when read() refused the file for its size (size() then says how large it is).
    bool tooLarge() const { return m_tooLarge; }

private:
    void release();

    char *m_data = nullptr;
    qint64 m_size = 0;
    size_t m_capacity = 0; // bytes mapped (Linux) or allocated
    bool m_mapped = false;
    bool m_tooLarge = false;
    QString m_error;
};
