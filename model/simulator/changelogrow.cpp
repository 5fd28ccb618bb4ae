#include "changelog.h"

#include <charconv>
#include <cstring>

#include <sqlite3.h>

// A logged row read back: the values appendValue() wrote, decoded only when asked.

namespace {

// Reads back one value appendValue() wrote and moves past it.
QVariant changeLogValue(const char **p)
{
    const int type = **p;
    ++*p;
    switch (type) {
    case SQLITE_INTEGER: {
        qint64 v;
        memcpy(&v, *p, sizeof v);
        *p += sizeof v;
        return qlonglong(v);
    }
    case SQLITE_FLOAT: {
        double v;
        memcpy(&v, *p, sizeof v);
        *p += sizeof v;
        return v;
    }
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        qint32 size;
        memcpy(&size, *p, sizeof size);
        *p += sizeof size;
        const char *bytes = *p;
        *p += size;
        if (type == SQLITE_TEXT)
            return QString::fromUtf8(bytes, size);
        return QByteArray(bytes, size);
    }
    default:
        return QVariant();
    }
}

} // namespace

bool ChangeLog::LoggedRow::sameValues(const QVector<QVariant> &before,
                                      const QVector<QVariant> &after)
{
    for (int p = 0; p < before.size(); ++p) {
        const QVariant &a = before.at(p), &b = after.at(p);
        if (a.isNull() != b.isNull() || (!a.isNull() && (a.typeId() != b.typeId() || a != b)))
            return false;
    }
    return true;
}

QVariant ChangeLog::LoggedRow::before(int column) const
{
    const char *p = m_data + m_offsets[column];
    return changeLogValue(&p);
}

QVariant ChangeLog::LoggedRow::after(int column) const
{
    const char *p = m_data + m_offsets[m_width + column];
    return changeLogValue(&p);
}

QVector<QVariant> ChangeLog::LoggedRow::beforeValues() const
{
    QVector<QVariant> values(m_width);
    for (int c = 0; c < m_width; ++c)
        values[c] = before(c);
    return values;
}

RowChange ChangeLog::LoggedRow::change() const
{
    RowChange row;
    row.before = beforeValues();
    if (m_update) {
        row.after.resize(m_width);
        for (int c = 0; c < m_width; ++c)
            row.after[c] = after(c);
    }
    return row;
}

bool ChangeLog::LoggedRow::unchanged() const
{
    // The same bytes are the same values; otherwise compared as values (0.0 and -0.0).
    if (m_size == m_afterSize
        && memcmp(m_data + m_offsets[0], m_data + m_offsets[m_width], size_t(m_size)) == 0)
        return true;
    const RowChange row = change();
    return sameValues(row.before, row.after);
}

bool ChangeLog::LoggedRow::changes(const QVector<int> &positions) const
{
    for (int p : positions) {
        const QVariant a = before(p), b = after(p);
        if (a.isNull() != b.isNull() || a != b)
            return true;
    }
    return false;
}

std::string ChangeLog::LoggedRow::key(const QVector<int> &positions) const
{
    std::string key;
    this->key(positions, &key);
    return key;
}

bool ChangeLog::LoggedRow::key(const QVector<int> &positions, std::string *out) const
{
    std::string &key = *out;
    key.clear();
    for (int position : positions) {
        const char *p = m_data + m_offsets[position];
        switch (*p) {
        case SQLITE_INTEGER: {
            qint64 v;
            memcpy(&v, p + 1, sizeof v);
            char digits[24];
            key.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
            break;
        }
        case SQLITE_TEXT:
        case SQLITE_BLOB: {
            qint32 size;
            memcpy(&size, p + 1, sizeof size);
            key.append(p + 1 + sizeof size, size_t(size));
            break;
        }
        case SQLITE_FLOAT: {
            double v;
            memcpy(&v, p + 1, sizeof v);
            if (v == double(qlonglong(v)))
                key += std::to_string(qlonglong(v));
            else
                key += QVariant(v).toString().toStdString();
            break;
        }
        default:
            key.clear();
            return false;
        }
        key += '\x1f';
    }
    return !key.empty();
}
