#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Schema;
struct Column;

// A column's type as the panels, the grid, the object tree and the card show and edit it. When
// the schema has a source dialect the type is the declared text (Column::declaredType, e.g.
// "NVARCHAR(40)", "int(11) unsigned", or nothing at all for a SQLite column without a type) and
// the logical type follows from it through TypeMapper; without one it is the logical type.
class ColumnTypeText
{
    Q_DECLARE_TR_FUNCTIONS(ColumnTypeText)
public:
    // True when the schema's columns are typed by their declared text.
    static bool usesDeclaredTypes(const Schema &schema);
    static QString shown(const Schema &schema, const Column &column);
    // Puts `text` into the column as its type. With a source dialect it becomes the declared
    // type, and the logical type, unsigned and a PostgreSQL serial's auto-increment follow from
    // it; without one it is read as a logical type. False, with *error set, when the text cannot
    // be a type there (empty where the dialect needs one); the column is then unchanged.
    static bool apply(const Schema &schema, const QString &text, Column *column, QString *error);
    // Types offered in the type chooser: the source dialect's common spellings and the schema's
    // own types, or the logical types.
    static QStringList suggestions(const Schema &schema);
};
