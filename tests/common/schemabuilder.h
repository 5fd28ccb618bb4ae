#pragma once

#include "document.h"
#include "schema.h"

#include <QString>
#include <QStringList>

// Builds test schemas in a few lines: columns as "name type [notnull] [pk] [auto] [default=X]".
// Ids come from the schema's counter, as they do in the application.
class SchemaBuilder
{
public:
    Id table(const QString &name, const QStringList &columns, QPointF position = {});
    Id key(const QString &name, const QString &child, const QStringList &childColumns,
           const QString &parent, const QStringList &parentColumns,
           ReferentialAction onDelete = ReferentialAction::NoAction,
           ReferentialAction onUpdate = ReferentialAction::NoAction);
    void index(const QString &table, const QString &name, const QStringList &columns,
               bool unique = false);
    void unique(const QString &table, const QString &name, const QStringList &columns);
    Id column(const QString &table, const QString &column) const;

    Schema schema;
};

// Loads a bundled sample from resources/samples.
Schema loadSample(const QString &fileName);

// Compares two serialised schemas; on a difference, the message names the first differing
// line with a little context, which QCOMPARE's truncated dump does not.
bool sameSnapshot(const QByteArray &actual, const QByteArray &expected, QString *difference);

#define JOINERY_COMPARE_SNAPSHOT(actual, expected)                                                  \
    do {                                                                                            \
        QString difference_;                                                                        \
        QVERIFY2(sameSnapshot((actual), (expected), &difference_), qPrintable(difference_));        \
    } while (false)
