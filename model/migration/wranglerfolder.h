#pragma once

#include <QCoreApplication>
#include <QString>

// A wrangler D1 migrations folder: files NNNN_message.sql, numbered after the ones already
// there (wrangler sorts by parseInt(name.split("_")[0]) and pads to 4 digits), each starting
// with "-- Migration number: NNNN <ISO date>" as `wrangler d1 migrations create` writes it.
class WranglerFolder
{
    Q_DECLARE_TR_FUNCTIONS(WranglerFolder)
public:
    // The next file name in `directory`: "0003_add_orders.sql" after 0001 and 0002.
    static QString nextFile(const QString &directory, const QString &message);
    // Creates the folder if needed and writes `script` as its next file; *path is the file.
    static bool write(const QString &directory, const QString &message, const QString &script,
                      QString *path, QString *error);
};
