#include "dialectadvice.h"

#include "schema.h"

QString DialectAdvice::reason(const Schema &schema, Feature feature)
{
    Dialect target;
    if (!Dialects::fromId(schema.targetDialect, &target))
        return {};
    return reason(target, feature);
}

QString DialectAdvice::reason(Dialect target, Feature feature)
{
    const QString name = Dialects::displayName(target);
    const bool mysql = Dialects::isMySqlFamily(target);
    const bool postgres = target == Dialect::PostgreSQL;
    switch (feature) {
    case Feature::Unsigned:
        if (!mysql)
            return tr("%1 has no unsigned integers: the column is written as a signed one.")
                .arg(name);
        break;
    case Feature::IdentityAlways:
        if (mysql)
            return tr("%1 has no identity columns: the column is written AUTO_INCREMENT, which "
                      "also takes explicit values (ALWAYS is not enforced).")
                .arg(name);
        if (target == Dialect::SQLite)
            return tr("SQLite has no identity columns: only an INTEGER PRIMARY KEY (the rowid) "
                      "gets its values from the engine.");
        break;
    case Feature::IdentityByDefault:
        if (target == Dialect::SQLite)
            return tr("SQLite has no identity columns: only an INTEGER PRIMARY KEY (the rowid) "
                      "gets its values from the engine.");
        if (target == Dialect::SqlServer)
            return tr("SQL Server's IDENTITY refuses explicit values unless SET IDENTITY_INSERT "
                      "is ON: BY DEFAULT behaves like ALWAYS there.");
        break;
    case Feature::GeneratedVirtual:
        if (postgres)
            return tr("PostgreSQL 15 has stored generated columns only: the column is written "
                      "STORED.");
        break;
    case Feature::OnUpdate:
        if (!mysql)
            return tr("ON UPDATE is MySQL's and MariaDB's; %1 has no such clause (a trigger "
                      "does it there), so it is not written.")
                .arg(name);
        break;
    case Feature::CheckNoInherit:
        if (!postgres)
            return tr("NO INHERIT is PostgreSQL's; %1 has no table inheritance.").arg(name);
        break;
    }
    return {};
}

QString DialectAdvice::collationReason(const Schema &schema, const QString &collation)
{
    Dialect target;
    const QString name = collation.trimmed();
    if (name.isEmpty() || !Dialects::fromId(schema.targetDialect, &target)
        || target != Dialect::SQLite)
        return {};
    static const QStringList builtIn{QStringLiteral("BINARY"), QStringLiteral("NOCASE"),
                                     QStringLiteral("RTRIM")};
    if (builtIn.contains(name, Qt::CaseInsensitive))
        return {};
    return tr("SQLite knows the collations BINARY, NOCASE and RTRIM only (unless the application "
              "registers more): CREATE TABLE fails with \"no such collation sequence: %1\".")
        .arg(name);
}

bool DialectAdvice::belongsTo(Dialect dialect, OptionFamily family)
{
    switch (family) {
    case OptionFamily::SQLite:
        return dialect == Dialect::SQLite;
    case OptionFamily::MySql:
        return Dialects::isMySqlFamily(dialect);
    case OptionFamily::PostgreSql:
        return dialect == Dialect::PostgreSQL;
    }
    return false;
}

QString DialectAdvice::optionsReason(const Schema &schema, OptionFamily family)
{
    Dialect target;
    if (!Dialects::fromId(schema.targetDialect, &target) || belongsTo(target, family))
        return {};
    return tr("Not written for %1: these options are another engine's.")
        .arg(Dialects::displayName(target));
}

QString DialectAdvice::marked(const QString &reason)
{
    return reason.isEmpty() ? QString() : QStringLiteral("⚠ ") + reason;
}
