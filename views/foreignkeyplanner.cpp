#include "foreignkeyplanner.h"

#include "commands/addcolumncommand.h"
#include "commands/addforeignkeycommand.h"
#include "document.h"

#include <QSet>

#include <functional>

namespace {
QSet<QString> constraintNames(const Schema &schema)
{
    QSet<QString> names;
    for (Id keyId : schema.foreignKeyIds())
        names.insert(schema.foreignKey(keyId)->name.toLower());
    for (Id tableId : schema.tableIds()) {
        const Table *t = schema.table(tableId);
        if (!t->primaryKeyName.isEmpty())
            names.insert(t->primaryKeyName.toLower());
        for (const UniqueConstraint &u : t->uniqueConstraints)
            names.insert(u.name.toLower());
        for (const TableIndex &i : t->indexes)
            names.insert(i.name.toLower());
    }
    return names;
}

QString numbered(const QString &base, const std::function<bool(const QString &)> &taken)
{
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('_') + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}
} // namespace

QString ForeignKeyPlanner::singular(const QString &name)
{
    if (name.endsWith(QLatin1String("ies"), Qt::CaseInsensitive) && name.size() > 3)
        return name.left(name.size() - 3) + QStringLiteral("y");
    if (name.endsWith(QLatin1String("sses"), Qt::CaseInsensitive))
        return name.left(name.size() - 2);
    if (name.endsWith(QLatin1Char('s'), Qt::CaseInsensitive)
        && !name.endsWith(QLatin1String("ss"), Qt::CaseInsensitive) && name.size() > 1)
        return name.left(name.size() - 1);
    return name;
}

QString ForeignKeyPlanner::uniqueConstraintName(const Schema &schema, const QString &base)
{
    const QSet<QString> names = constraintNames(schema);
    return numbered(base, [&](const QString &n) { return names.contains(n.toLower()); });
}

QString ForeignKeyPlanner::uniqueTableName(const Schema &schema, const QString &base)
{
    return numbered(base, [&](const QString &n) { return schema.tableByName(n) != nullptr; });
}

ForeignKeyPlan ForeignKeyPlanner::plan(const Schema &schema, Id childTable, Id childColumn,
                                       Id parentTable, Id parentColumn)
{
    ForeignKeyPlan plan;
    const Table *child = schema.table(childTable);
    const Table *parent = schema.table(parentTable);
    if (!child || !parent)
        return plan;
    const bool self = childTable == parentTable;

    QVector<Id> parentColumns;
    if (parentColumn) {
        if (!parent->isUniqueColumn(parentColumn)) {
            plan.reason = tr("%1.%2 is neither the primary key nor unique; a foreign key must "
                             "reference a unique key.")
                              .arg(parent->name, parent->column(parentColumn)->name);
            return plan;
        }
        parentColumns << parentColumn;
    } else {
        if (parent->primaryKey.isEmpty()) {
            plan.reason = tr("Table \"%1\" has no primary key to reference.").arg(parent->name);
            return plan;
        }
        parentColumns = parent->primaryKey;
    }

    QVector<Id> childColumns;
    if (childColumn) {
        if (parentColumns.size() != 1) {
            plan.reason = tr("The primary key of \"%1\" has %n columns: drag from the header of "
                             "\"%2\" to reference it.",
                             nullptr, int(parentColumns.size()))
                              .arg(parent->name, child->name);
            return plan;
        }
        const Column *c = child->column(childColumn);
        const Column *p = parent->column(parentColumns.first());
        if (self && childColumn == parentColumns.first()) {
            plan.reason = tr("A column cannot reference itself.");
            return plan;
        }
        if (c->type.family() != p->type.family()) {
            plan.reason = tr("%1.%2 (%3) cannot reference %4.%5 (%6): the types cannot be "
                             "compared.")
                              .arg(child->name, c->name, c->type.toString(), parent->name,
                                   p->name, p->type.toString());
            return plan;
        }
        childColumns << childColumn;
    } else {
        // Find or create one child column per parent column, named after the parent.
        QSet<QString> taken;
        for (const Column &c : child->columns)
            taken.insert(c.name.toLower());
        for (Id parentId : parentColumns) {
            const Column *p = parent->column(parentId);
            QString name = p->name.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0
                               ? singular(parent->name) + QStringLiteral("_id")
                               : p->name;
            if (self && name.compare(p->name, Qt::CaseInsensitive) == 0)
                name = QStringLiteral("parent_") + p->name;
            const Column *existing = child->columnByName(name);
            if (existing && existing->type.family() == p->type.family()
                && !childColumns.contains(existing->id) && !(self && existing->id == parentId)) {
                childColumns << existing->id;
                continue;
            }
            name = numbered(name, [&](const QString &n) { return taken.contains(n.toLower()); });
            taken.insert(name.toLower());
            Column c;
            c.name = name;
            c.type = p->type;
            c.isUnsigned = p->isUnsigned;
            c.collation = p->collation;
            c.nullable = true;
            plan.newColumns << c;
            childColumns << 0;
        }
    }

    plan.key.name = uniqueConstraintName(
        schema, QStringLiteral("fk_%1_%2").arg(child->name, singular(parent->name)));
    plan.key.childTable = childTable;
    plan.key.parentTable = parentTable;
    plan.key.childColumns = childColumns;
    plan.key.parentColumns = parentColumns;
    plan.valid = true;
    return plan;
}

Id ForeignKeyPlanner::apply(Document *document, const ForeignKeyPlan &plan)
{
    if (!plan.valid)
        return 0;
    QUndoStack *stack = document->undoStack();
    ForeignKey key = plan.key;
    const bool macro = !plan.newColumns.isEmpty();
    if (macro)
        stack->beginMacro(tr("Draw foreign key \"%1\"").arg(key.name));
    int next = 0;
    for (Column column : plan.newColumns) {
        column.id = document->allocateId();
        stack->push(new AddColumnCommand(document, key.childTable, column));
        while (next < key.childColumns.size() && key.childColumns.at(next) != 0)
            ++next;
        key.childColumns[next] = column.id;
    }
    key.id = document->allocateId();
    stack->push(new AddForeignKeyCommand(document, key));
    if (macro)
        stack->endMacro();
    return key.id;
}
