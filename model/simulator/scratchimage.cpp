#include "scratchimage.h"

#include "../schema.h"

#include <sqlite3.h>

namespace {
int cancelImageBuild(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}
} // namespace

ScratchImage::~ScratchImage()
{
    sqlite3_free(m_bytes);
}

std::unique_ptr<ScratchImage> ScratchImage::build(const Schema &schema, const SampleData &data,
                                                  const std::atomic_bool *cancel)
{
    auto image = std::make_unique<ScratchImage>();
    {
        ScratchDatabase db; // this thread's connection, removed when the block ends
        sqlite3 *handle = db.isOpen() ? db.handle() : nullptr;
        if (handle && cancel)
            sqlite3_progress_handler(handle, 1000, cancelImageBuild,
                                     const_cast<std::atomic_bool *>(cancel));
        const bool ok = handle && db.createFromSchema(schema)
            && db.load(schema, data, ScratchDatabase::LoadMode::Lenient, &image->m_rejected);
        if (cancel && cancel->load()) {
            image->m_cancelled = true;
            return image;
        }
        image->m_notSimulated = db.notSimulated();
        if (!ok)
            image->m_error = db.error();
        if (handle) {
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
            sqlite3_int64 size = 0;
            image->m_bytes = sqlite3_serialize(handle, "main", &size, 0);
            image->m_size = size;
            if (!image->m_bytes && size > 0 && image->m_error.isEmpty())
                image->m_error = tr("Cannot copy the scratch database: out of memory.");
        }
    }
    // Rows of tables that no longer exist do not fit either.
    for (auto it = data.tables.cbegin(); it != data.tables.cend(); ++it) {
        if (schema.table(it.key()))
            continue;
        for (const QVector<QVariant> &row : it->rows)
            image->m_rejected.append({it.key(), QString(), row, tr("its table no longer exists")});
    }
    return image;
}

std::unique_ptr<ScratchDatabase> ScratchImage::install(QString *error)
{
    auto db = std::make_unique<ScratchDatabase>();
    *error = m_error;
    if (!db->isOpen()) {
        *error = db->error();
        return db;
    }
    if (!m_bytes) // an empty database serializes to nothing
        return db;
    unsigned char *bytes = m_bytes;
    m_bytes = nullptr; // SQLite owns them now, even if this fails
    const int rc
        = sqlite3_deserialize(db->handle(), "main", bytes, m_size, m_size,
                              SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK && error->isEmpty())
        *error = tr("Cannot open the rebuilt scratch database: %1")
                     .arg(QString::fromUtf8(sqlite3_errstr(rc)));
    return db;
}
