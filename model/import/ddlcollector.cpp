#include "ddlcollector.h"
#include "importreport.h"

DdlCollector::DdlCollector(ImportReport *report)
    : m_report(report)
{
}

void DdlCollector::setPosition(int line, int column)
{
    m_line = line;
    m_column = column;
}

void DdlCollector::note(ImportReport::Severity severity, const QString &message)
{
    m_report->addNote(severity, message, m_line, m_column);
}

void DdlCollector::createTable(const ImportedTable &created)
{
    ImportedTable table = created;
    if (table.line == 0) {
        table.line = m_line;
        table.column = m_column;
    }
    if (m_schema.tableIndex(table.name) >= 0
        && m_schema.findTable(table.name)->name == table.name) {
        m_report->addNote(
            ImportReport::Severity::Error,
            tr("Table \"%1\" is created twice; the second definition is ignored.").arg(table.name),
            m_line, m_column);
        return;
    }
    m_schema.tables.append(table);
}

void DdlCollector::dropTable(const QString &name)
{
    const int index = m_schema.tableIndex(name);
    if (index < 0)
        return; // DROP TABLE IF EXISTS before the CREATE: the usual preamble
    const QString dropped = m_schema.tables.at(index).name;
    m_schema.tables.removeAt(index);
    for (int k = m_schema.foreignKeys.size() - 1; k >= 0; --k) {
        const ImportedForeignKey &key = m_schema.foreignKeys.at(k);
        if (key.childTable == dropped || key.parentTable == dropped)
            m_schema.foreignKeys.removeAt(k);
    }
}

ImportedTable *DdlCollector::table(const QString &name)
{
    ImportedTable *found = m_schema.findTable(name);
    if (!found && m_views.contains(name.toLower())) {
        m_report->skipStatement(tr("statement on a view"));
        return nullptr;
    }
    if (!found)
        m_report->addNote(ImportReport::Severity::Error,
                          tr("The statement refers to table \"%1\", which the script has not "
                             "created; it is ignored.")
                              .arg(name),
                          m_line, m_column);
    return found;
}

void DdlCollector::addColumn(const QString &tableName, const ImportedColumn &column)
{
    if (ImportedTable *t = table(tableName))
        t->columns.append(column);
}

void DdlCollector::setPrimaryKey(const QString &tableName, const ImportedConstraint &key)
{
    ImportedTable *t = table(tableName);
    if (!t)
        return;
    if (!t->primaryKey.columns.isEmpty()) {
        m_report->addNote(
            ImportReport::Severity::Error,
            tr("Table \"%1\" already has a primary key; the second one is ignored.").arg(t->name),
            m_line, m_column);
        return;
    }
    t->primaryKey = key;
    if (t->primaryKey.line == 0) {
        t->primaryKey.line = m_line;
        t->primaryKey.column = m_column;
    }
    // A primary key's columns are NOT NULL, whatever the column definitions said.
    for (const QString &name : key.columns) {
        const int index = t->columnIndex(name);
        if (index >= 0)
            t->columns[index].nullable = false;
    }
}

void DdlCollector::addUnique(const QString &tableName, const ImportedConstraint &constraint)
{
    if (ImportedTable *t = table(tableName)) {
        ImportedConstraint c = constraint;
        if (c.line == 0) {
            c.line = m_line;
            c.column = m_column;
        }
        t->uniqueConstraints.append(c);
    }
}

void DdlCollector::addIndex(const QString &tableName, const ImportedConstraint &index)
{
    if (ImportedTable *t = table(tableName)) {
        ImportedConstraint c = index;
        if (c.line == 0) {
            c.line = m_line;
            c.column = m_column;
        }
        t->indexes.append(c);
    }
}

void DdlCollector::addForeignKey(const ImportedForeignKey &key)
{
    ImportedTable *child = table(key.childTable);
    if (!child)
        return;
    ImportedForeignKey k = key;
    k.childTable = child->name;
    if (k.line == 0) {
        k.line = m_line;
        k.column = m_column;
    }
    m_schema.foreignKeys.append(k);
}

void DdlCollector::dropConstraint(const QString &tableName, const QString &name)
{
    ImportedTable *t = table(tableName);
    if (!t)
        return;
    auto same = [&](const QString &other) {
        return other.compare(name, Qt::CaseInsensitive) == 0;
    };
    if (same(t->primaryKey.name)) {
        t->primaryKey = ImportedConstraint();
        return;
    }
    for (int i = 0; i < t->uniqueConstraints.size(); ++i) {
        if (same(t->uniqueConstraints.at(i).name)) {
            t->uniqueConstraints.removeAt(i);
            return;
        }
    }
    for (int i = 0; i < t->indexes.size(); ++i) {
        if (same(t->indexes.at(i).name)) {
            t->indexes.removeAt(i);
            return;
        }
    }
    for (int i = 0; i < m_schema.foreignKeys.size(); ++i) {
        const ImportedForeignKey &key = m_schema.foreignKeys.at(i);
        if (key.childTable == t->name && same(key.name)) {
            m_schema.foreignKeys.removeAt(i);
            return;
        }
    }
}
