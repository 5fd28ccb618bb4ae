#include "importedschema.h"

int ImportedTable::columnIndex(const QString &wanted) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == wanted)
            return i;
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int ImportedSchema::tableIndex(const QString &wanted) const
{
    // Exact match first: PostgreSQL allows "Order" and "order" side by side.
    for (int i = 0; i < tables.size(); ++i) {
        if (tables.at(i).name == wanted)
            return i;
    }
    for (int i = 0; i < tables.size(); ++i) {
        if (tables.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

ImportedTable *ImportedSchema::findTable(const QString &wanted)
{
    const int index = tableIndex(wanted);
    return index < 0 ? nullptr : &tables[index];
}
