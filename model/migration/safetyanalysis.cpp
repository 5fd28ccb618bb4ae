#include "safetyanalysis.h"

#include <QHash>

namespace {

// Integer sizes, narrowest first; -1 for a type that is not an integer.
int integerRank(LogicalType kind)
{
    switch (kind) {
    case LogicalType::Boolean:
        return 0;
    case LogicalType::SmallInt:
        return 1;
    case LogicalType::Integer:
        return 2;
    case LogicalType::BigInt:
        return 3;
    default:
        return -1;
    }
}

bool isText(LogicalType kind)
{
    return kind == LogicalType::Char || kind == LogicalType::Varchar || kind == LogicalType::Text;
}

} // namespace

bool SafetyAnalysis::isWidening(const Column &from, const Column &to)
{
    const DataType &a = from.type;
    const DataType &b = to.type;
    if (a == b)
        return from.isUnsigned == to.isUnsigned || !to.isUnsigned;
    if (b.kind() == LogicalType::Text)
        return true; // every value has a text form
    if (isText(a.kind()) && isText(b.kind()))
        return b.length() < 0 || (a.length() >= 0 && b.length() >= a.length());
    const int ra = integerRank(a.kind());
    const int rb = integerRank(b.kind());
    if (ra >= 0 && rb >= 0)
        return rb >= ra && (!to.isUnsigned || from.isUnsigned);
    if (ra >= 0 && (b.kind() == LogicalType::Decimal && b.length() < 0))
        return true;
    if (ra >= 0 && b.kind() == LogicalType::Double)
        return ra <= 2; // a double holds every 32-bit integer exactly
    if (a.kind() == LogicalType::Real && b.kind() == LogicalType::Double)
        return true;
    if (a.kind() == LogicalType::Decimal && b.kind() == LogicalType::Decimal)
        return b.length() < 0
            || (a.length() >= 0
                && b.length() - qMax(b.scale(), 0) >= a.length() - qMax(a.scale(), 0)
                && qMax(b.scale(), 0) >= qMax(a.scale(), 0));
    if (a.kind() == LogicalType::Timestamp && b.kind() == LogicalType::TimestampTz)
        return true;
    return false;
}

void SafetyAnalysis::analyse(const SchemaDiff &diff, MigrationScript *script)
{
    using Kind = SchemaChange::Kind;
    const Schema &oldSchema = diff.oldSchema();
    const Schema &newSchema = diff.newSchema();
    // statementOf() for every change at once: asking it per change is quadratic, and a diff
    // of a script from another dialect has a change for nearly every column.
    QHash<int, int> firstStatement;
    for (int s = script->changes.size() - 1; s >= 0; --s) {
        for (int change : script->changes.at(s))
            firstStatement.insert(change, s);
    }
    for (int i = 0; i < diff.changes().size(); ++i) {
        const SchemaChange &c = diff.changes().at(i);
        const int statement = firstStatement.value(i, -1);
        auto report = [&](MigrationProblem::Kind kind, const QString &message) {
            script->addProblem(kind, statement, message);
        };
        const Table *newTable = newSchema.table(c.newTable);
        switch (c.kind) {
        case Kind::DropTable:
            report(MigrationProblem::Kind::DataLoss,
                   tr("drops the table %1 and every row in it.")
                       .arg(oldSchema.table(c.oldTable)->name));
            break;
        case Kind::DropColumn:
            report(MigrationProblem::Kind::DataLoss,
                   tr("drops the column %1 and its values.").arg(oldSchema.describe(c.oldId)));
            break;
        case Kind::AlterColumnType: {
            const Column &from = *oldSchema.column(c.oldId);
            const Column &to = *newSchema.column(c.newId);
            if (!isWidening(from, to))
                report(MigrationProblem::Kind::DataLoss,
                       tr("%1: values that do not fit the new type are cut, rounded or "
                          "refused.")
                           .arg(c.description));
            break;
        }
        case Kind::AlterColumnNullability:
            if (!newSchema.column(c.newId)->nullable)
                report(MigrationProblem::Kind::MayFail,
                       tr("%1: fails if a row holds NULL there.").arg(c.description));
            break;
        case Kind::AddColumn: {
            const Column &column = *newSchema.column(c.newId);
            if (!column.nullable && !column.hasDefault() && !column.isGenerated()
                && !column.autoIncrement && column.identity == IdentityGeneration::None)
                report(MigrationProblem::Kind::MayFail,
                       tr("%1 is NOT NULL without a default: fails on a table with rows "
                          "(MySQL and MariaDB fill it with '' or 0 instead).")
                           .arg(newSchema.describe(c.newId)));
            break;
        }
        case Kind::AddUnique:
            report(MigrationProblem::Kind::MayFail,
                   tr("%1: fails over duplicate values.").arg(c.description));
            break;
        case Kind::AddIndex:
            for (const TableIndex &index : newTable->indexes) {
                if (index.id == c.newId && index.unique)
                    report(
                        MigrationProblem::Kind::MayFail,
                        tr("%1: a unique index fails over duplicate values.").arg(c.description));
            }
            break;
        case Kind::AddCheck:
            report(MigrationProblem::Kind::MayFail,
                   tr("%1: fails if a row breaks the condition.").arg(c.description));
            break;
        case Kind::AddForeignKey:
            report(MigrationProblem::Kind::MayFail,
                   tr("%1: fails over child rows without a parent (orphans).").arg(c.description));
            break;
        case Kind::ChangePrimaryKey:
            if (!newTable->primaryKey.isEmpty())
                report(MigrationProblem::Kind::MayFail,
                       tr("%1: fails over duplicate or NULL values.").arg(c.description));
            break;
        default:
            break;
        }
    }
}
