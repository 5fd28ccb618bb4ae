#include "sqlitemigrationwriter.h"

using Kind = SchemaChange::Kind;

SqliteMigrationWriter::SqliteMigrationWriter(const SchemaDiff &diff, bool d1)
    : m_diff(diff)
    , m_old(diff.oldSchema())
    , m_new(diff.newSchema())
    , m_d1(d1)
{
    DdlOptions options;
    options.includeHeader = false;
    m_created = m_generator.createScript(m_new, options);
}

QVector<int> SqliteMigrationWriter::changesOf(Id newTable) const
{
    QVector<int> result;
    for (int i = 0; i < m_diff.changes().size(); ++i) {
        if (m_diff.changes().at(i).newTable == newTable)
            result << i;
    }
    return result;
}

bool SqliteMigrationWriter::canAddNatively(const Table &newTable, const Column &column) const
{
    // ALTER TABLE ADD COLUMN appends, takes no PRIMARY KEY or UNIQUE, needs a constant default
    // and a default for NOT NULL ("Cannot add a NOT NULL column with default value NULL").
    const int position = newTable.columnIndex(column.id);
    for (int i = position + 1; i < newTable.columns.size(); ++i) {
        if (m_diff.match().toOld(newTable.columns.at(i).id))
            return false; // a kept column follows it: appending would change the order
    }
    const QString value = column.defaultValue.trimmed();
    if (newTable.isPrimaryKeyColumn(column.id) || newTable.isUniqueColumn(column.id)
        || column.isGenerated() || (!column.nullable && value.isEmpty())
        || value.contains(QLatin1Char('('))
        || value.startsWith(QLatin1String("CURRENT_"), Qt::CaseInsensitive))
        return false;
    for (const UniqueConstraint &u : newTable.uniqueConstraints) {
        if (u.columns.contains(column.id))
            return false;
    }
    return m_new.foreignKeysUsingColumn(column.id).isEmpty();
}

bool SqliteMigrationWriter::canDropNatively(const Table &oldTable, const Column &column) const
{
    // SQLite refuses DROP COLUMN for key, unique and indexed columns and for columns that
    // constraints, triggers or keys name; a rebuild handles them all.
    if (oldTable.isPrimaryKeyColumn(column.id) || column.isGenerated()
        || !m_old.foreignKeysUsingColumn(column.id).isEmpty())
        return false;
    for (const UniqueConstraint &u : oldTable.uniqueConstraints) {
        if (u.columns.contains(column.id))
            return false;
    }
    for (const CheckConstraint &c : oldTable.checks) {
        if (c.column == column.id || c.expression.contains(column.name, Qt::CaseInsensitive))
            return false;
    }
    for (const Trigger &t : oldTable.triggers) {
        if (t.sql.contains(column.name, Qt::CaseInsensitive))
            return false;
    }
    for (const Column &other : oldTable.columns) {
        if (other.isGenerated()
            && other.generatedExpression.contains(column.name, Qt::CaseInsensitive))
            return false;
    }
    return true; // indexes on it are dropped first (they are changed indexes)
}

bool SqliteMigrationWriter::needsRebuild(const Table &oldTable, const Table &newTable) const
{
    for (int i : changesOf(newTable.id)) {
        const SchemaChange &change = m_diff.changes().at(i);
        switch (change.kind) {
        case Kind::RenameTable:
        case Kind::RenameColumn:
        case Kind::AddIndex:
        case Kind::DropIndex:
        case Kind::ChangeTriggers:
            break;
        case Kind::AddColumn:
            if (!canAddNatively(newTable, *newTable.column(change.newId)))
                return true;
            break;
        case Kind::DropColumn:
            if (!canDropNatively(oldTable, *oldTable.column(change.oldId)))
                return true;
            break;
        default:
            return true;
        }
    }
    return false;
}

QString SqliteMigrationWriter::createTableSql(Id newTable) const
{
    for (const DdlStatement &statement : m_created.statements) {
        if (statement.objects.value(0) == newTable
            && statement.sql.startsWith(QLatin1String("CREATE TABLE")))
            return statement.sql;
    }
    return {};
}

QString SqliteMigrationWriter::currentColumns(Id newTable) const
{
    QStringList names;
    if (m_newShape.contains(newTable) || !m_diff.match().toOld(newTable)) {
        for (const Column &c : m_new.table(newTable)->columns) {
            if (!c.isGenerated())
                names << name(c.name);
        }
        return names.join(QStringLiteral(", "));
    }
    // Not rebuilt yet: the old shape, under the names the native renames already gave it.
    for (const Column &c : m_old.table(m_diff.match().toOld(newTable))->columns) {
        if (c.isGenerated())
            continue;
        const Column *renamed = m_new.column(m_diff.match().toNew(c.id));
        names << name(renamed ? renamed->name : c.name);
    }
    return names.join(QStringLiteral(", "));
}

QString SqliteMigrationWriter::copyColumns(const Table &oldTable, const Table &newTable,
                                           QString *from) const
{
    // Columns copied by name: every new column that has an old counterpart and is not
    // generated. The native renames ran first, so the old table already uses the new names.
    QStringList names;
    for (const Column &column : newTable.columns) {
        const Column *old = oldTable.column(m_diff.match().toOld(column.id));
        if (old && !column.isGenerated())
            names << name(column.name);
    }
    *from = names.join(QStringLiteral(", "));
    return *from;
}

void SqliteMigrationWriter::write(MigrationScript *script)
{
    const QVector<SchemaChange> &changes = m_diff.changes();
    if (m_d1) {
        script->add(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    } else {
        script->add(QStringLiteral("PRAGMA foreign_keys = OFF")); // outside the transaction
        script->add(QStringLiteral("BEGIN"));
    }
    for (int i = 0; i < changes.size(); ++i) {
        if (changes.at(i).kind == Kind::ChangeSchemaObjects)
            script->addProblem(MigrationProblem::Kind::Note, -1,
                               tr("SQLite has no user types, sequences or extensions; their "
                                  "changes are not part of this migration."));
    }
    // Dropped tables go first, so that a table renamed to a dropped one's name finds it free.
    // With keys off a DROP touches no child; in D1 shape the tables that kept children still
    // reference wait until the rebuilds have taken those keys away.
    writeTableDrops(script, true);
    // Renames next: SQLite rewrites the keys and triggers that name the table or column, and
    // everything after uses the new names.
    for (int i = 0; i < changes.size(); ++i) {
        const SchemaChange &c = changes.at(i);
        if (c.kind == Kind::RenameTable)
            script->add(
                QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                    .arg(name(m_old.table(c.oldTable)->name), name(m_new.table(c.newTable)->name)),
                {i});
    }
    for (int i = 0; i < changes.size(); ++i) {
        const SchemaChange &c = changes.at(i);
        if (c.kind == Kind::RenameColumn)
            script->add(QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                            .arg(name(m_new.table(c.newTable)->name),
                                 name(m_old.column(c.oldId)->name),
                                 name(m_new.column(c.newId)->name)),
                        {i});
    }
    // New tables, in the create script's order (their keys are inline: SQLite accepts keys to
    // tables created later).
    for (Id tableId : m_new.tableIds()) {
        if (m_diff.match().toOld(tableId))
            continue;
        QVector<int> own;
        for (int i : changesOf(tableId))
            own << i;
        script->add(createTableSql(tableId), own);
        writeIndexesAndTriggers(script, *m_new.table(tableId), own);
        m_newShape.insert(tableId);
    }
    QVector<Id> rebuilds;
    for (Id tableId : m_new.tableIds()) {
        const Table *oldTable = m_old.table(m_diff.match().toOld(tableId));
        if (!oldTable)
            continue;
        if (needsRebuild(*oldTable, *m_new.table(tableId)))
            rebuilds << tableId;
        else {
            writeNative(script, *oldTable, *m_new.table(tableId));
            m_newShape.insert(tableId);
        }
    }
    for (Id tableId : rebuildOrder(rebuilds)) {
        const Table &oldTable = *m_old.table(m_diff.match().toOld(tableId));
        if (m_d1)
            writeD1Rebuild(script, oldTable, *m_new.table(tableId));
        else
            writePlainRebuild(script, oldTable, *m_new.table(tableId));
        m_newShape.insert(tableId);
    }
    writeTableDrops(script, false);
    if (m_d1) {
        // No closing pragma: COMMIT checks the deferred keys. foreign_key_check is left to the
        // rehearsal: whether remote D1 authorises it is unverified.
        for (int i = 0; i < script->statements.size(); ++i) {
            if (script->statements.at(i).sql.toUtf8().size() > 100 * 1024)
                script->addProblem(MigrationProblem::Kind::Refused, i,
                                   tr("D1 refuses statements over 100 KB."));
        }
        return;
    }
    script->add(QStringLiteral("PRAGMA foreign_key_check"));
    // foreign_key_check only reports; this guard turns a reported row into an error, so that a
    // runner that stops on errors never reaches COMMIT.
    script->add(QStringLiteral("CREATE TEMP TABLE __joinery_fk_check (violations INTEGER "
                               "CHECK (violations = 0))"));
    script->add(QStringLiteral("INSERT INTO __joinery_fk_check SELECT count(*) FROM "
                               "pragma_foreign_key_check"));
    script->add(QStringLiteral("DROP TABLE __joinery_fk_check"));
    script->add(QStringLiteral("COMMIT"));
    script->add(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void SqliteMigrationWriter::writeTableDrops(MigrationScript *script, bool early)
{
    // Children first, so that in D1 shape no surviving key sees its parent go (the keys of
    // kept children to a dropped table went with their rebuild).
    QVector<Id> pending;
    for (Id tableId : m_old.tableIds()) {
        if (m_diff.match().toNew(tableId) || m_dropped.contains(tableId))
            continue;
        bool keptChild = false;
        for (Id keyId : m_old.foreignKeysOfTable(tableId)) {
            const ForeignKey &k = *m_old.foreignKey(keyId);
            keptChild
                = keptChild || (k.parentTable == tableId && m_diff.match().toNew(k.childTable));
        }
        if (!early || !m_d1 || !keptChild)
            pending << tableId;
    }
    for (Id tableId : pending)
        m_dropped.insert(tableId);
    while (!pending.isEmpty()) {
        int pick = 0;
        for (int i = 0; i < pending.size(); ++i) {
            bool parentOfPending = false;
            for (Id keyId : m_old.foreignKeysOfTable(pending.at(i))) {
                const ForeignKey &k = *m_old.foreignKey(keyId);
                parentOfPending = parentOfPending
                    || (k.parentTable == pending.at(i) && k.childTable != k.parentTable
                        && pending.contains(k.childTable));
            }
            if (!parentOfPending) {
                pick = i;
                break;
            }
        }
        const Id tableId = pending.takeAt(pick);
        QVector<int> own;
        for (int i = 0; i < m_diff.changes().size(); ++i) {
            if (m_diff.changes().at(i).kind == Kind::DropTable
                && m_diff.changes().at(i).oldTable == tableId)
                own << i;
        }
        script->add(QStringLiteral("DROP TABLE %1").arg(name(m_old.table(tableId)->name)), own);
    }
}

void SqliteMigrationWriter::writeNative(MigrationScript *script, const Table &oldTable,
                                        const Table &newTable)
{
    const QVector<int> own = changesOf(newTable.id);
    for (int i : own) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind == Kind::DropIndex) {
            for (const TableIndex &index : oldTable.indexes) {
                if (index.id == c.oldId)
                    script->add(QStringLiteral("DROP INDEX %1").arg(name(index.name)), {i});
            }
        }
        if (c.kind == Kind::ChangeTriggers) {
            for (const Trigger &t : oldTable.triggers)
                script->add(QStringLiteral("DROP TRIGGER %1").arg(name(t.name)), {i});
        }
    }
    for (int i : own) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind == Kind::DropColumn)
            script->add(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                            .arg(name(newTable.name), name(oldTable.column(c.oldId)->name)),
                        {i});
    }
    for (int i : own) {
        const SchemaChange &c = m_diff.changes().at(i);
        if (c.kind == Kind::AddColumn)
            script->add(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                            .arg(name(newTable.name),
                                 m_generator.columnSql(m_new, newTable, *newTable.column(c.newId))),
                        {i});
    }
    for (const DdlStatement &statement : m_created.statements) {
        const Id object = statement.objects.value(0);
        for (int i : own) {
            const SchemaChange &c = m_diff.changes().at(i);
            if ((c.kind == Kind::AddIndex && c.newId == object)
                || (c.kind == Kind::ChangeTriggers
                    && std::any_of(newTable.triggers.cbegin(), newTable.triggers.cend(),
                                   [&](const Trigger &t) { return t.id == object; })))
                script->add(statement.sql, {i});
        }
    }
}

void SqliteMigrationWriter::writeIndexesAndTriggers(MigrationScript *script, const Table &newTable,
                                                    const QVector<int> &changes)
{
    QSet<Id> objects;
    for (const TableIndex &index : newTable.indexes)
        objects.insert(index.id);
    for (const Trigger &trigger : newTable.triggers)
        objects.insert(trigger.id);
    for (const DdlStatement &statement : m_created.statements) {
        if (objects.contains(statement.objects.value(0)))
            script->add(statement.sql, changes);
    }
}
