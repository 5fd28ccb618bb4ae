// PostgresTreeReader's slices of the statement's source text: what the parse tree normalises
// (partition bounds, CHECK expressions, type modifiers) is kept as written, so that a
// same-dialect export gives the engine back what it stored.
#include "postgrestreereader.h"
#include "sqltokenizer.h"

#include <QRegularExpression>

// The source text from byte offset `location` through `groups` parenthesised groups, with the
// words before each: "LIST (x)", "FROM (MINVALUE) TO (10)". The engine normalises what it
// stores, so the text as written is what a same-dialect export gives back to it.
QString PostgresTreeReader::groupsText(int location, int groups) const
{
    if (location < 0 || location >= m_statement.size())
        return {};
    const QString rest = QString::fromUtf8(m_statement.mid(location));
    SqlTokenizer tokenizer(rest, SqlTokenizer::Flavor::PostgreSQL);
    const SqlTokens tokens = tokenizer.tokenize();
    int depth = 0;
    int end = 0;
    for (const SqlToken &t : tokens) {
        if (t.kind == SqlToken::Kind::End || (depth == 0 && t.isPunctuation(';')))
            break;
        end = t.offset + t.length;
        if (t.isPunctuation('(')) {
            ++depth;
        } else if (t.isPunctuation(')')) {
            if (--depth < 0 || (depth == 0 && --groups == 0))
                break;
        }
    }
    return rest.left(end).trimmed();
}

// PARTITION BY's clause without those words: "LIST (is_track_artist)".
QString PostgresTreeReader::partitionSpecText(const QJsonObject &spec) const
{
    static const QRegularExpression lead(QStringLiteral("^PARTITION\\s+BY\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString text = groupsText(spec.value(QLatin1String("location")).toInt(-1), 1);
    text.remove(lead);
    return text;
}

// A partition's bound as the model keeps it: "FOR VALUES IN (false)", "FOR VALUES FROM (1) TO
// (10)", "FOR VALUES WITH (MODULUS 4, REMAINDER 1)" or "DEFAULT".
QString PostgresTreeReader::partitionBoundText(const QJsonObject &bound) const
{
    if (bound.value(QLatin1String("is_default")).toBool())
        return QStringLiteral("DEFAULT");
    const bool range = bound.value(QLatin1String("strategy")).toString() == QLatin1String("r");
    const QString text
        = groupsText(bound.value(QLatin1String("location")).toInt(-1), range ? 2 : 1);
    return text.isEmpty() ? QString() : QStringLiteral("FOR VALUES ") + text;
}

// What is between the parentheses of CHECK ( … ), as written: the constraint's location is
// that of CONSTRAINT or CHECK, and the expression runs to the matching parenthesis (the tree's
// own locations skip grouping parentheses, so expressionText() cannot tell where it ends).
QString PostgresTreeReader::checkText(const QJsonObject &constraint) const
{
    const QString text
        = groupAfterWord(constraint.value(QLatin1String("location")).toInt(-1), "CHECK");
    return text.isNull() ? expressionText(constraint.value(QLatin1String("raw_expr"))) : text;
}

// What is inside the first parenthesised group after `word`, searching from byte offset
// `location` (a constraint's start): CHECK (…), GENERATED ALWAYS AS (…), AS IDENTITY (…). A null
// string when there is no such group.
QString PostgresTreeReader::groupAfterWord(int location, const char *word) const
{
    if (location < 0 || location >= m_statement.size())
        return {};
    const QString rest = QString::fromUtf8(m_statement.mid(location));
    SqlTokenizer tokenizer(rest, SqlTokenizer::Flavor::PostgreSQL);
    const SqlTokens tokens = tokenizer.tokenize();
    int open = 0;
    while (open < tokens.size() && tokens.at(open).kind != SqlToken::Kind::End
           && !tokens.at(open).isWord(word))
        ++open;
    ++open;
    if (open >= tokens.size() || !tokens.at(open).isPunctuation('('))
        return {};
    int depth = 0;
    for (int i = open; i < tokens.size() && tokens.at(i).kind != SqlToken::Kind::End; ++i) {
        if (tokens.at(i).isPunctuation('('))
            ++depth;
        else if (tokens.at(i).isPunctuation(')') && --depth == 0) {
            const int from = tokens.at(open).offset + 1;
            return rest.mid(from, tokens.at(i).offset - from).trimmed();
        }
    }
    return {};
}

// A column's type as written: from the type's location to the first word that starts a column
// constraint (NOT NULL, DEFAULT, REFERENCES ...) or the end of the column.
QString PostgresTreeReader::typeSourceText(const QJsonObject &typeName) const
{
    const int location = typeName.value(QLatin1String("location")).toInt(-1);
    if (location < 0 || location >= m_statement.size())
        return {};
    const QString rest = QString::fromUtf8(m_statement.mid(location));
    SqlTokenizer tokenizer(rest, SqlTokenizer::Flavor::PostgreSQL);
    const SqlTokens tokens = tokenizer.tokenize();
    static const QStringList constraintWords = {
        QStringLiteral("NOT"),         QStringLiteral("NULL"),       QStringLiteral("CONSTRAINT"),
        QStringLiteral("PRIMARY"),     QStringLiteral("UNIQUE"),     QStringLiteral("REFERENCES"),
        QStringLiteral("CHECK"),       QStringLiteral("COLLATE"),    QStringLiteral("GENERATED"),
        QStringLiteral("DEFAULT"),     QStringLiteral("DEFERRABLE"), QStringLiteral("INITIALLY"),
        QStringLiteral("COMPRESSION"), QStringLiteral("STORAGE"),    QStringLiteral("USING")};
    int depth = 0;
    int end = 0;
    for (const SqlToken &t : tokens) {
        if (t.kind == SqlToken::Kind::End)
            break;
        if (t.isPunctuation('(')) {
            ++depth;
        } else if (t.isPunctuation(')') && --depth < 0) {
            break;
        } else if (depth == 0 && end > 0
                   && (t.isPunctuation(',') || t.isPunctuation(';')
                       || (t.kind == SqlToken::Kind::Word
                           && constraintWords.contains(t.text.toUpper())))) {
            break;
        }
        end = t.offset + t.length;
    }
    return rest.left(end).simplified();
}
