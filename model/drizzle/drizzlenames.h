#pragma once

#include <QSet>
#include <QString>

// TypeScript names for SQL names: lowerCamelCase, never a reserved word, never a name taken.
// The SQL name itself is always written too (as the table's or column's first argument), so
// these names only have to be valid, readable and unique.
class DrizzleNames
{
public:
    // "order_lines" → "orderLines", "OrderLines" → "orderLines", "ORDER_ID" → "orderId",
    // "2fa codes" → "_2faCodes"; `fallback` when nothing usable is left.
    static QString camelCase(const QString &sqlName, const QString &fallback);
    // Words that cannot be a `const` in an ES module (strict mode), plus globals best left alone.
    static bool isReservedWord(const QString &identifier);

    // `reserved` are names that must not be handed out (imports of the module, Drizzle's own
    // members); `suffix` is tried first for a reserved word ("delete" → "deleteTable"), then
    // numbers for collisions ("orderLines2").
    // Column keys are property names, where reserved words are allowed (`t.delete`): they pass
    // avoidReservedWords = false.
    DrizzleNames(const QSet<QString> &reserved, const QString &suffix,
                 bool avoidReservedWords = true);
    QString take(const QString &sqlName, const QString &fallback);

private:
    QSet<QString> m_taken;
    QString m_suffix;
    bool m_avoidReservedWords;
};
