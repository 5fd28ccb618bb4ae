#include "drizzlenames.h"

#include <QStringList>

QString DrizzleNames::camelCase(const QString &sqlName, const QString &fallback)
{
    // Words are runs of letters and digits; a lower-to-upper change also starts a word, so
    // that "OrderLines" and "order_lines" meet in "orderLines".
    QStringList words;
    QString word;
    for (int i = 0; i < sqlName.size(); ++i) {
        const QChar c = sqlName.at(i);
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue; // "user's" is one word
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty())
                words << word;
            word.clear();
            continue;
        }
        if (c.isUpper() && !word.isEmpty() && word.back().isLower()) {
            words << word;
            word.clear();
        }
        word += c;
    }
    if (!word.isEmpty())
        words << word;

    QString result;
    for (const QString &w : std::as_const(words)) {
        QString lower = w.toLower();
        if (result.isEmpty())
            result = lower;
        else
            result += lower.at(0).toUpper() + lower.mid(1);
    }
    if (result.isEmpty())
        return fallback;
    if (result.at(0).isDigit())
        result.prepend(QLatin1Char('_'));
    return result;
}

bool DrizzleNames::isReservedWord(const QString &identifier)
{
    static const QSet<QString> words = {
        // ECMAScript reserved words, strict-mode and module reserved words.
        QStringLiteral("await"),
        QStringLiteral("break"),
        QStringLiteral("case"),
        QStringLiteral("catch"),
        QStringLiteral("class"),
        QStringLiteral("const"),
        QStringLiteral("continue"),
        QStringLiteral("debugger"),
        QStringLiteral("default"),
        QStringLiteral("delete"),
        QStringLiteral("do"),
        QStringLiteral("else"),
        QStringLiteral("enum"),
        QStringLiteral("export"),
        QStringLiteral("extends"),
        QStringLiteral("false"),
        QStringLiteral("finally"),
        QStringLiteral("for"),
        QStringLiteral("function"),
        QStringLiteral("if"),
        QStringLiteral("import"),
        QStringLiteral("in"),
        QStringLiteral("instanceof"),
        QStringLiteral("new"),
        QStringLiteral("null"),
        QStringLiteral("return"),
        QStringLiteral("super"),
        QStringLiteral("switch"),
        QStringLiteral("this"),
        QStringLiteral("throw"),
        QStringLiteral("true"),
        QStringLiteral("try"),
        QStringLiteral("typeof"),
        QStringLiteral("var"),
        QStringLiteral("void"),
        QStringLiteral("while"),
        QStringLiteral("with"),
        QStringLiteral("yield"),
        QStringLiteral("let"),
        QStringLiteral("static"),
        QStringLiteral("implements"),
        QStringLiteral("interface"),
        QStringLiteral("package"),
        QStringLiteral("private"),
        QStringLiteral("protected"),
        QStringLiteral("public"),
        // Not assignable in strict mode, or TypeScript type names a `const` would confuse.
        QStringLiteral("arguments"),
        QStringLiteral("eval"),
        QStringLiteral("undefined"),
        QStringLiteral("NaN"),
        QStringLiteral("Infinity"),
        QStringLiteral("type"),
        QStringLiteral("any"),
        QStringLiteral("unknown"),
        QStringLiteral("never"),
        QStringLiteral("object"),
        QStringLiteral("string"),
        QStringLiteral("number"),
        QStringLiteral("boolean"),
        QStringLiteral("symbol"),
        QStringLiteral("bigint"),
        QStringLiteral("as"),
        QStringLiteral("of"),
        QStringLiteral("from"),
        QStringLiteral("declare"),
        QStringLiteral("namespace"),
        QStringLiteral("module"),
        QStringLiteral("require"),
        QStringLiteral("exports"),
    };
    return words.contains(identifier);
}

DrizzleNames::DrizzleNames(const QSet<QString> &reserved, const QString &suffix,
                           bool avoidReservedWords)
    : m_taken(reserved)
    , m_suffix(suffix)
    , m_avoidReservedWords(avoidReservedWords)
{
}

QString DrizzleNames::take(const QString &sqlName, const QString &fallback)
{
    QString base = camelCase(sqlName, fallback);
    const auto unusable = [this](const QString &name) {
        return (m_avoidReservedWords && isReservedWord(name)) || m_taken.contains(name);
    };
    if (unusable(base))
        base += m_suffix;
    QString name = base;
    for (int n = 2; unusable(name); ++n)
        name = base + QString::number(n);
    m_taken.insert(name);
    return name;
}
