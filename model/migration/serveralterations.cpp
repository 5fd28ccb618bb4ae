// ServerMigrationWriter's second half: renames, column work, new constraints, tables and keys.
#include "servermigrationwriter.h"

#include <QRegularExpression>

using Kind = SchemaChange::Kind;

void ServerMigrationWriter::writeRenames(MigrationScript *script)
{
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind != Kind::RenameTable)
            continue;
        const Table &oldTable = *m_old.table(c.oldTable);
        const Table &newTable = *m_new.table(c.newTable);
        if (m_dialect == Dialect::SqlServer)
            script->add(QStringLiteral("EXEC sp_rename '%1', '%2'")
                            .arg(oldTableName(c.oldTable), newTable.name),
                        {i});
        else if (isMySql())
            script->add(QStringLiteral("RENAME TABLE %1 TO %2")
                            .arg(oldTableName(c.oldTable), newTableName(c.newTable)),
                        {i});
        else if (oldTable.schemaName != newTable.schemaName)
            script->addProblem(
                MigrationProblem::Kind::Refused, -1,
                tr("%1: moving a table to another schema is not migrated.").arg(c.description));
        else
            script->add(QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                            .arg(oldTableName(c.oldTable), name(newTable.name)),
                        {i});
    }
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind != Kind::RenameColumn)
            continue;
        const QString oldName = m_old.column(c.oldId)->name;
        const QString newName = m_new.column(c.newId)->name;
        if (m_dialect == Dialect::SqlServer)
            script->add(QStringLiteral("EXEC sp_rename '%1.%2', '%3', 'COLUMN'")
                            .arg(newTableName(c.newTable), oldName, newName),
                        {i});
        else
            script->add(QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                            .arg(newTableName(c.newTable), name(oldName), name(newName)),
                        {i});
    }
}

void ServerMigrationWriter::writeColumns(MigrationScript *script)
{
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind == Kind::DropColumn && m_new.table(c.newTable))
            script->add(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                            .arg(newTableName(c.newTable), name(m_old.column(c.oldId)->name)),
                        {i});
    }
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind != Kind::AddColumn)
            continue;
        const Table &table = *m_new.table(c.newTable);
        const Column &column = *table.column(c.newId);
        QString sql
            = QStringLiteral("ALTER TABLE %1 ADD %2%3")
                  .arg(newTableName(c.newTable),
                       m_dialect == Dialect::SqlServer ? QString() : QStringLiteral("COLUMN "),
                       m_generator->columnSql(m_new, table, column));
        // MySQL and MariaDB can put it where the new schema has it; the others append.
        if (isMySql()) {
            const int at = table.columnIndex(column.id);
            sql += at == 0 ? QStringLiteral(" FIRST")
                           : QStringLiteral(" AFTER ") + name(table.columns.at(at - 1).name);
        }
        script->add(sql, {i});
    }
    // One column at a time, in the new schema's order, all of its changes together.
    QVector<Id> done;
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        const bool columnChange = c.kind == Kind::AlterColumnType
            || c.kind == Kind::AlterColumnNullability || c.kind == Kind::AlterColumnDefault
            || (c.kind == Kind::AlterColumnOther && m_dialect != Dialect::SqlServer);
        if (columnChange && !done.contains(c.newId)) {
            done << c.newId;
            writeColumnChange(script, i);
        }
    }
}

void ServerMigrationWriter::writeColumnChange(MigrationScript *script, int first)
{
    const Id columnId = m_diff.changes().at(first).newId;
    const Table &table = *m_new.table(m_diff.changes().at(first).newTable);
    const Column &column = *table.column(columnId);
    const QString tableName = newTableName(table.id);
    const QString columnName = name(column.name);
    const QVector<int> all = m_columnAlterations.value(columnId);
    QSet<Kind> kinds;
    for (int i : all)
        kinds.insert(m_diff.changes().at(i).kind);
    if (isMySql()) {
        // MODIFY restates the whole column: type, nullability, default, ON UPDATE, comment.
        script->add(QStringLiteral("ALTER TABLE %1 MODIFY COLUMN %2")
                        .arg(tableName, m_generator->columnSql(m_new, table, column)),
                    all);
        return;
    }
    const QString type = m_generator->columnType(m_new, column);
    if (m_dialect == Dialect::SqlServer) {
        // SQL Server alters no column of a primary key: the key goes and comes back around it
        // (the foreign keys over it are already dropped, as for any type change of theirs).
        const Table &oldTable = *m_old.table(m_diff.match().toOld(table.id));
        const bool inKey = table.isPrimaryKeyColumn(column.id)
            && !m_diff.has(Kind::ChangePrimaryKey, table.id)
            && (kinds.contains(Kind::AlterColumnType)
                || kinds.contains(Kind::AlterColumnNullability));
        if (inKey && oldTable.primaryKeyName.isEmpty())
            script->addProblem(MigrationProblem::Kind::Refused, -1,
                               tr("%1.%2 is in a primary key without a name: SQL Server cannot "
                                  "alter it, and the key cannot be dropped by name.")
                                   .arg(table.name, column.name));
        else if (inKey)
            script->add(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                            .arg(tableName, name(oldTable.primaryKeyName)),
                        all);
        if (kinds.contains(Kind::AlterColumnType) || kinds.contains(Kind::AlterColumnNullability))
            script->add(
                QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 %3 %4")
                    .arg(tableName, columnName, type,
                         column.nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL")),
                all);
        if (inKey && !oldTable.primaryKeyName.isEmpty()) {
            QStringList columns;
            for (Id id : table.primaryKey)
                columns << name(table.column(id)->name);
            script->add(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 PRIMARY KEY (%3)")
                            .arg(tableName,
                                 name(table.primaryKeyName.isEmpty() ? oldTable.primaryKeyName
                                                                     : table.primaryKeyName),
                                 columns.join(QStringLiteral(", "))),
                        all);
        }
        if (kinds.contains(Kind::AlterColumnDefault)) {
            if (column.hasDefault())
                script->add(QStringLiteral("ALTER TABLE %1 ADD DEFAULT %2 FOR %3")
                                .arg(tableName, column.defaultValue.trimmed(), columnName),
                            all);
            const Column *old = m_old.column(m_diff.match().toOld(columnId));
            if (old && old->hasDefault())
                script->addProblem(MigrationProblem::Kind::Refused, -1,
                                   tr("%1.%2: SQL Server keeps the old default as a constraint "
                                      "named by the engine; drop it by that name first.")
                                       .arg(table.name, column.name));
        }
        return;
    }
    const Column *old = m_old.column(m_diff.match().toOld(columnId));
    const bool other = kinds.contains(Kind::AlterColumnOther) && old;
    if (other && old->isGenerated() != column.isGenerated() && !old->isGenerated()) {
        script->addProblem(MigrationProblem::Kind::Note, -1,
                           tr("%1.%2: a column cannot become generated in PostgreSQL 15 "
                              "without being dropped and added again, which would lose its "
                              "values; not migrated.")
                               .arg(table.name, column.name));
    } else if (other && old->isGenerated() && !column.isGenerated()) {
        script->add(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP EXPRESSION")
                        .arg(tableName, columnName),
                    all);
    } else if (other && old->isGenerated()
               && old->generatedExpression.simplified()
                   != column.generatedExpression.simplified()) {
        writeGeneratedColumnRedo(script, table, column, all);
        return;
    }
    const QString oldIdentity = other ? identityClause(m_old, *old) : QString();
    const QString newIdentity = other ? identityClause(m_new, column) : oldIdentity;
    if (!oldIdentity.isEmpty() && newIdentity.isEmpty())
        script->add(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP IDENTITY")
                        .arg(tableName, columnName),
                    all);
    const bool collationChanged = other && old->collation != column.collation;
    if (kinds.contains(Kind::AlterColumnType) || collationChanged) {
        // Without COLLATE, a TYPE resets the column to its type's default collation.
        QString sql = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3")
                          .arg(tableName, columnName, type);
        if (!column.collation.isEmpty())
            sql += QStringLiteral(" COLLATE ")
                + m_generator->quoteIdentifier(column.collation, true);
        if (kinds.contains(Kind::AlterColumnType))
            sql += QStringLiteral(" USING %1::%2").arg(columnName, type);
        script->add(sql, all);
    }
    if (kinds.contains(Kind::AlterColumnDefault))
        script->add(column.hasDefault()
                        ? QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3")
                              .arg(tableName, columnName, column.defaultValue.trimmed())
                        : QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT")
                              .arg(tableName, columnName),
                    all);
    if (kinds.contains(Kind::AlterColumnNullability))
        script->add(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 %3 NOT NULL")
                        .arg(tableName, columnName,
                             column.nullable ? QStringLiteral("DROP") : QStringLiteral("SET")),
                    all);
    if (!other)
        return;
    if (oldIdentity.isEmpty() && !newIdentity.isEmpty()) {
        script->add(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ADD %3")
                        .arg(tableName, columnName, newIdentity),
                    all);
        // The new identity starts at its START value: moved past the ids the rows already have.
        script->add(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                   "coalesce(max(%3), 0) + 1, false) FROM %1")
                        .arg(tableName, column.name, columnName),
                    all);
    } else if (!oldIdentity.isEmpty() && !newIdentity.isEmpty() && oldIdentity != newIdentity) {
        const bool always = newIdentity.startsWith(QLatin1String("GENERATED ALWAYS"));
        if (always != oldIdentity.startsWith(QLatin1String("GENERATED ALWAYS")))
            script->add(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET GENERATED %3")
                            .arg(tableName, columnName,
                                 always ? QStringLiteral("ALWAYS") : QStringLiteral("BY DEFAULT")),
                        all);
        if (old->identityOptions.simplified() != column.identityOptions.simplified())
            script->addProblem(MigrationProblem::Kind::Note, -1,
                               tr("%1.%2: the identity's sequence options are not migrated (they "
                                  "are free text); set them with ALTER COLUMN … SET.")
                                   .arg(table.name, column.name));
    }
    if (old->comment != column.comment) {
        QString text = column.comment;
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        script->add(QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                        .arg(tableName, columnName,
                             column.comment.isEmpty()
                                 ? QStringLiteral("NULL")
                                 : QLatin1Char('\'') + text + QLatin1Char('\'')),
                    all);
    }
}

QString ServerMigrationWriter::identityClause(const Schema &schema, const Column &column) const
{
    // The generator decides what is an identity (an auto-increment integer is one too): its
    // column definition is read back rather than the rule written twice.
    static const QRegularExpression identity(
        QStringLiteral("GENERATED (ALWAYS|BY DEFAULT) AS IDENTITY( \\([^)]*\\))?"));
    const Table *table = schema.table(schema.tableOfColumn(column.id));
    if (!table)
        return {};
    return identity.match(m_generator->columnSql(schema, *table, column)).captured(0);
}

void ServerMigrationWriter::writeGeneratedColumnRedo(MigrationScript *script, const Table &table,
                                                     const Column &column,
                                                     const QVector<int> &changes)
{
    // PostgreSQL 15 cannot change a generation expression: the column is dropped and added
    // again, which loses nothing (its values are computed), unless something is built on it.
    bool used
        = table.isPrimaryKeyColumn(column.id) || !m_new.foreignKeysUsingColumn(column.id).isEmpty();
    for (const UniqueConstraint &unique : table.uniqueConstraints)
        used = used || unique.columns.contains(column.id);
    for (const TableIndex &index : table.indexes)
        used = used || index.columns.contains(column.id);
    for (const CheckConstraint &check : table.checks)
        used = used || check.column == column.id;
    if (used) {
        script->addProblem(MigrationProblem::Kind::Note, -1,
                           tr("%1.%2: the generation expression is not migrated: PostgreSQL 15 "
                              "can only drop and add the column again, and keys, indexes or "
                              "constraints are built on it.")
                               .arg(table.name, column.name));
        return;
    }
    script->add(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2, ADD COLUMN %3")
                    .arg(newTableName(table.id), name(column.name),
                         m_generator->columnSql(m_new, table, column)),
                changes);
    if (table.columns.last().id != column.id)
        script->addProblem(MigrationProblem::Kind::Note, -1,
                           tr("%1.%2: the generated column is added again and goes last.")
                               .arg(table.name, column.name));
}

void ServerMigrationWriter::writeConstraintAdds(MigrationScript *script)
{
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        const Table *table = m_new.table(c.newTable);
        if (!table || !m_diff.match().toOld(c.newTable))
            continue;
        const QString tableName = newTableName(c.newTable);
        if (c.kind == Kind::ChangePrimaryKey && !table->primaryKey.isEmpty()) {
            QStringList columns;
            for (Id id : table->primaryKey)
                columns << name(table->column(id)->name);
            script->add(
                QStringLiteral("ALTER TABLE %1 ADD %2PRIMARY KEY (%3)")
                    .arg(tableName,
                         table->primaryKeyName.isEmpty() || isMySql()
                             ? QString()
                             : QStringLiteral("CONSTRAINT %1 ").arg(name(table->primaryKeyName)),
                         columns.join(QStringLiteral(", "))),
                {i});
        }
        for (const UniqueConstraint &u : table->uniqueConstraints) {
            if (c.kind == Kind::AddUnique && u.id == c.newId)
                script->add(QStringLiteral("ALTER TABLE %1 ADD %2")
                                .arg(tableName, m_generator->uniqueSql(m_new, *table, u)),
                            {i});
        }
        for (const CheckConstraint &k : table->checks) {
            if (c.kind == Kind::AddCheck && k.id == c.newId)
                script->add(QStringLiteral("ALTER TABLE %1 ADD %2")
                                .arg(tableName, m_generator->checkSql(m_new, k)),
                            {i});
        }
    }
}

void ServerMigrationWriter::writeNewTables(MigrationScript *script)
{
    // The create script's own statements for the new tables, in its order: tables, their
    // indexes, the keys it adds late, triggers.
    QHash<Id, Id> tableOf; // object of a new table (itself, index, trigger) → the table
    QHash<Id, int> changeOf; // new table → its AddTable change
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        if (m_diff.changes().at(i).kind == Kind::AddTable)
            changeOf.insert(m_diff.changes().at(i).newTable, i);
    }
    for (Id tableId : m_new.tableIds()) {
        if (m_diff.match().toOld(tableId))
            continue;
        const Table &table = *m_new.table(tableId);
        tableOf.insert(tableId, tableId);
        for (const TableIndex &index : table.indexes)
            tableOf.insert(index.id, tableId);
        for (const Trigger &trigger : table.triggers)
            tableOf.insert(trigger.id, tableId);
    }
    for (const DdlStatement &statement : m_created.statements) {
        const Id object = statement.objects.value(0);
        const ForeignKey *lateKey = m_new.foreignKey(object);
        const Id table = lateKey ? tableOf.value(lateKey->childTable) : tableOf.value(object);
        if (table)
            script->add(statement.sql, {changeOf.value(table, -1)});
    }
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind != Kind::AddIndex || !m_diff.match().toOld(c.newTable))
            continue;
        const Table &table = *m_new.table(c.newTable);
        for (const TableIndex &index : table.indexes) {
            if (index.id != c.newId)
                continue;
            const QString sql = m_generator->indexSql(m_new, table, index);
            script->add(
                isMySql() ? QStringLiteral("ALTER TABLE %1 ADD %2").arg(newTableName(table.id), sql)
                          : sql,
                {i});
        }
    }
}

void ServerMigrationWriter::writeKeyAdds(MigrationScript *script)
{
    // NOT VALID only where there can be rows: a table created by this migration has none.
    QVector<QPair<QString, int>> validations; // (statement, change)
    auto notValid = [&](const ForeignKey &key, int change) {
        if (!m_validateLater || !m_diff.match().toOld(key.childTable))
            return QString();
        validations.append({QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                                .arg(newTableName(key.childTable), name(keyName(m_new, key))),
                            change});
        return QStringLiteral(" NOT VALID");
    };
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind != Kind::AddForeignKey && c.kind != Kind::AlterForeignKey)
            continue;
        if (c.kind == Kind::AlterForeignKey && m_dialect != Dialect::PostgreSQL
            && onlyDeferrability(c))
            continue;
        const ForeignKey &key = *m_new.foreignKey(c.newId);
        const QString table = newTableName(key.childTable);
        const QString clause = m_generator->foreignKeySql(m_new, key);
        if (c.kind == Kind::AlterForeignKey && m_dialect == Dialect::PostgreSQL) {
            const ForeignKey &old
                = *m_old.foreignKey(c.oldId ? c.oldId : m_diff.match().toOld(c.newId));
            const QString constraint = name(keyName(m_new, key));
            if (old.onDelete == key.onDelete && old.onUpdate == key.onUpdate
                && old.match == key.match
                && old.deleteSetColumns.size() == key.deleteSetColumns.size()) {
                // Deferrability alone: the one thing ALTER CONSTRAINT can change.
                const QString deferrable = key.deferrability == Deferrability::NotDeferrable
                    ? QStringLiteral("NOT DEFERRABLE")
                    : key.deferrability == Deferrability::DeferrableDeferred
                    ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED")
                    : QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE");
                script->add(QStringLiteral("ALTER TABLE %1 ALTER CONSTRAINT %2 %3")
                                .arg(table, constraint, deferrable),
                            {i});
            } else {
                script->add(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2, ADD %3%4")
                                .arg(table, name(keyName(m_old, old)), clause, notValid(key, i)),
                            {i});
            }
            continue;
        }
        script->add(QStringLiteral("ALTER TABLE %1 ADD %2%3").arg(table, clause, notValid(key, i)),
                    {i});
    }
    for (auto it = m_reAdded.cbegin(); it != m_reAdded.cend(); ++it) {
        const ForeignKey &key = *m_new.foreignKey(it.key());
        script->add(QStringLiteral("ALTER TABLE %1 ADD %2%3")
                        .arg(newTableName(key.childTable), m_generator->foreignKeySql(m_new, key),
                             notValid(key, it.value())),
                    {it.value()});
    }
    for (const auto &[statement, change] : std::as_const(validations))
        script->add(statement, {change});
}
