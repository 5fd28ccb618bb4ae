#include "keyactionadvice.h"

#include "schema.h"

std::optional<QString> KeyActionAdvice::unsupportedReason(const Schema &schema,
                                                          const ForeignKey &key,
                                                          ReferentialAction action, KeyEvent event)
{
    QStringList reasons;
    Dialect dialect;
    if (Dialects::fromId(schema.targetDialect, &dialect)) {
        const ActionSupport support = DialectRules::action(dialect, event, action);
        if (!support.isSupported())
            reasons << support.reason;
    }

    const Table *child = schema.table(key.childTable);
    QStringList columns;
    for (Id id : child ? key.childColumns : QVector<Id>()) {
        const Column *c = child->column(id);
        if (!c)
            continue;
        if (action == ReferentialAction::SetNull && !c->nullable)
            columns << c->name;
        else if (action == ReferentialAction::SetDefault && !c->hasDefault())
            columns << c->name;
    }
    if (!columns.isEmpty()) {
        reasons << (action == ReferentialAction::SetNull
                        ? tr("%1 is NOT NULL.", nullptr, int(columns.size()))
                        : tr("%1 has no default.", nullptr, int(columns.size())))
                       .arg(columns.join(QStringLiteral(", ")));
    }
    if (reasons.isEmpty())
        return std::nullopt;
    return reasons.join(QLatin1Char(' '));
}
