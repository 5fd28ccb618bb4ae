#include "dialectrules.h"

ActionSupport DialectRules::action(Dialect dialect, KeyEvent event, ReferentialAction action)
{
    ActionSupport support;
    support.writtenAs = action;
    const QString keyword
        = eventKeyword(event) + QLatin1Char(' ') + ActionNames::sqlKeyword(action);
    if (dialect == Dialect::SqlServer && action == ReferentialAction::Restrict) {
        support.kind = ActionSupport::Changed;
        support.writtenAs = ReferentialAction::NoAction;
        support.reason = tr("SQL Server has no RESTRICT; the key is created with NO ACTION, "
                            "which is checked at the end of the statement instead of at once.");
    } else if ((dialect == Dialect::MySQL || dialect == Dialect::MariaDB)
               && action == ReferentialAction::SetDefault) {
        support.kind = ActionSupport::Rejected;
        support.writtenAs = ReferentialAction::Restrict;
        support.reason = dialect == Dialect::MySQL
            ? tr("%1 is rejected by MySQL's InnoDB engine.").arg(keyword)
            : tr("MariaDB accepts %1 without a word but stores RESTRICT: every "
                 "change of a referenced parent row fails.")
                  .arg(keyword);
    }
    return support;
}

bool DialectRules::supportsDeferrable(Dialect dialect)
{
    return dialect == Dialect::SQLite || dialect == Dialect::PostgreSQL;
}

bool DialectRules::supportsMatchFull(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL;
}

int DialectRules::maxIdentifierLength(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return 0;
    case Dialect::PostgreSQL:
        return 63;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        return 64;
    case Dialect::SqlServer:
        return 128;
    }
    return 0;
}

QString DialectRules::eventKeyword(KeyEvent event)
{
    return event == KeyEvent::Delete ? QStringLiteral("ON DELETE") : QStringLiteral("ON UPDATE");
}
