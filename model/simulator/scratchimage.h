#pragma once

#include "scratchdatabase.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

// A scratch database built somewhere (a worker thread) as the bytes of an SQLite database
// (sqlite3_serialize), with the rows that did not fit. The bytes cross threads; a Qt Sql
// connection may not, so install() puts them into a connection of the calling thread
// (sqlite3_deserialize: no copy, no statement runs — cheap enough for the GUI thread).
class ScratchImage
{
    Q_DECLARE_TR_FUNCTIONS(ScratchImage)
public:
    ScratchImage() = default;
    ~ScratchImage();
    ScratchImage(const ScratchImage &) = delete;
    ScratchImage &operator=(const ScratchImage &) = delete;

    // Builds from the schema's scratch DDL (ScratchSchema) and loads the rows of `data` that fit,
    // leniently; rows of tables `schema` no longer has are rejected too. Runs in any thread,
    // on its own connection made and removed there. `cancel` stops it between statements and
    // inside one (SQLite's progress handler); a cancelled image is incomplete.
    static std::unique_ptr<ScratchImage> build(const Schema &schema, const SampleData &data,
                                               const std::atomic_bool *cancel = nullptr);

    const QVector<RejectedRow> &rejected() const { return m_rejected; }
    QString error() const { return m_error; } // why the build failed, if it did
    // What of the schema the scratch database leaves out (ScratchDatabase::notSimulated()).
    const QStringList &notSimulated() const { return m_notSimulated; }
    bool cancelled() const { return m_cancelled; }

    // A new database of the calling thread holding the built tables and rows; the bytes are
    // handed over (install once). On failure the database is still usable, and *error says why.
    std::unique_ptr<ScratchDatabase> install(QString *error);

private:
    unsigned char *m_bytes = nullptr; // from sqlite3_serialize, freed with sqlite3_free
    qint64 m_size = 0;
    QVector<RejectedRow> m_rejected;
    QString m_error;
    QStringList m_notSimulated;
    bool m_cancelled = false;
};
