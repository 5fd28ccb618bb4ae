#include "actionsupport.h"

#include "schema.h"

std::optional<QString> ActionSupport::unsupportedReason(const Schema &schema,
                                                        const ForeignKey &key,
                                                        ReferentialAction action, KeyEvent event)
{
    Q_UNUSED(event) // the model-level rules are the same for both events; dialects differ
    const Table *child = schema.table(key.childTable);
    if (!child)
        return std::nullopt;
    QStringList columns;
    for (Id id : key.childColumns) {
        const Column *c = child->column(id);
        if (!c)
            continue;
        if (action == ReferentialAction::SetNull && !c->nullable)
            columns << c->name;
        else if (action == ReferentialAction::SetDefault && !c->hasDefault())
            columns << c->name;
    }
    if (columns.isEmpty())
        return std::nullopt;
    if (action == ReferentialAction::SetNull)
        return tr("%1 is NOT NULL.", nullptr, int(columns.size()))
            .arg(columns.join(QStringLiteral(", ")));
    return tr("%1 has no default.", nullptr, int(columns.size()))
        .arg(columns.join(QStringLiteral(", ")));
}
