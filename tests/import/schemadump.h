#pragma once

#include "import/importreport.h"
#include "referentialaction.h"
#include "schema.h"

#include <QStringList>

// A schema as text, one line per table, column, constraint and key, for exact comparisons in
// the import tests: a difference shows as a readable diff instead of a failed boolean.
inline QString dumpSchema(const Schema &schema)
{
    QStringList lines;
    auto names = [&](const QVector<Id> &ids) {
        QStringList list;
        for (Id id : ids)
            list << schema.column(id)->name;
        return list.join(QLatin1Char(','));
    };
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        lines << QStringLiteral("table %1%2")
                     .arg(table.name,
                          table.comment.isEmpty() ? QString()
                                                  : QStringLiteral(" -- ") + table.comment);
        for (const Column &column : table.columns) {
            QString line = QStringLiteral("  %1 %2").arg(column.name, column.type.toString());
            if (column.isUnsigned)
                line += QStringLiteral(" unsigned");
            if (!column.nullable)
                line += QStringLiteral(" not null");
            if (column.hasDefault())
                line += QStringLiteral(" default ") + column.defaultValue;
            if (column.autoIncrement)
                line += QStringLiteral(" auto");
            if (!column.comment.isEmpty())
                line += QStringLiteral(" -- ") + column.comment;
            lines << line;
        }
        if (!table.primaryKey.isEmpty())
            lines << QStringLiteral("  primary key %1(%2)")
                         .arg(table.primaryKeyName, names(table.primaryKey));
        for (const UniqueConstraint &unique : table.uniqueConstraints)
            lines << QStringLiteral("  unique %1(%2)").arg(unique.name, names(unique.columns));
        for (const TableIndex &index : table.indexes)
            lines << QStringLiteral("  %1index %2(%3)")
                         .arg(index.unique ? QStringLiteral("unique ") : QString(), index.name,
                              names(index.columns));
    }
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(keyId);
        QString line
            = QStringLiteral("key %1: %2(%3) -> %4(%5)")
                  .arg(key.name, schema.table(key.childTable)->name, names(key.childColumns),
                       schema.table(key.parentTable)->name, names(key.parentColumns));
        if (key.onDelete != ReferentialAction::NoAction)
            line += QStringLiteral(" on delete ") + ActionNames::fileName(key.onDelete);
        if (key.onUpdate != ReferentialAction::NoAction)
            line += QStringLiteral(" on update ") + ActionNames::fileName(key.onUpdate);
        if (key.deferrability != Deferrability::NotDeferrable)
            line += QLatin1Char(' ') + ActionNames::fileName(key.deferrability);
        if (key.match == MatchType::Full)
            line += QStringLiteral(" match full");
        lines << line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// QCOMPARE of two multi-line texts line by line, so that a failure names the first differing
// line instead of two truncated blobs.
// The whole actual text is printed on a mismatch, for reviewing a changed expectation.
#define JOINERY_COMPARE_LINES(actual, expected)                                                    \
    do {                                                                                           \
        const QString actualText = (actual);                                                       \
        const QString expectedText = (expected);                                                   \
        if (actualText != expectedText)                                                            \
            qInfo().noquote() << "Actual text:\n" + actualText;                                    \
        QCOMPARE(actualText.split(QLatin1Char('\n')), expectedText.split(QLatin1Char('\n')));      \
    } while (false)

// The report's notes, one per line as toText() prints them, without the summary lines.
inline QString dumpNotes(const ImportReport &report)
{
    QStringList lines;
    for (const ImportReport::Note &note : report.notes)
        lines << QStringLiteral("%1:%2: %3: %4")
                     .arg(note.line)
                     .arg(note.column)
                     .arg(ImportReport::severityName(note.severity), note.message);
    return lines.join(QLatin1Char('\n'));
}
