#include "sqlitetabletext.h"
#include "sqltokenizer.h"

namespace {

// Reads "( a, b COLLATE x DESC )" at tokens[*i] == "(" into the names; leaves *i after ")".
QStringList readColumnList(const SqlTokens &tokens, int *i)
{
    QStringList names;
    if (!tokens.at(*i).isPunctuation('('))
        return names;
    ++*i;
    int depth = 1;
    bool expectName = true;
    while (tokens.at(*i).kind != SqlToken::Kind::End && depth > 0) {
        const SqlToken &t = tokens.at(*i);
        if (t.isPunctuation('('))
            ++depth;
        else if (t.isPunctuation(')'))
            --depth;
        else if (depth == 1 && t.isPunctuation(','))
            expectName = true;
        else if (depth == 1 && expectName && t.isIdentifier()) {
            names << t.text;
            expectName = false;
        }
        ++*i;
    }
    return names;
}

Deferrability readDeferrability(const SqlTokens &item, int from)
{
    for (int i = from; i < item.size(); ++i) {
        const SqlToken &t = item.at(i);
        if (t.isWord("CONSTRAINT") || t.isWord("REFERENCES"))
            break;
        if (t.isWord("DEFERRABLE")) {
            if (i > 0 && item.at(i - 1).isWord("NOT"))
                return Deferrability::NotDeferrable;
            if (i + 2 < item.size() && item.at(i + 1).isWord("INITIALLY")
                && item.at(i + 2).isWord("DEFERRED"))
                return Deferrability::DeferrableDeferred;
            return Deferrability::DeferrableImmediate;
        }
    }
    return Deferrability::NotDeferrable;
}

// The text between the parenthesis at item[*i] and its match, as written in `sql`; leaves *i
// after the closing parenthesis.
QString readParenthesized(const QString &sql, const SqlTokens &item, int *i)
{
    if (!item.at(*i).isPunctuation('('))
        return {};
    const int start = item.at(*i).offset + item.at(*i).length;
    int depth = 0;
    for (; item.at(*i).kind != SqlToken::Kind::End; ++*i) {
        if (item.at(*i).isPunctuation('('))
            ++depth;
        else if (item.at(*i).isPunctuation(')') && --depth == 0) {
            const int end = item.at(*i).offset;
            ++*i;
            return sql.mid(start, end - start).trimmed();
        }
    }
    return {};
}

// "CONSTRAINT name" just before item[k]: the name, else empty.
QString constraintName(const SqlTokens &item, int k)
{
    return k >= 2 && item.at(k - 2).isWord("CONSTRAINT") ? item.at(k - 1).text : QString();
}

} // namespace

SqliteTableText SqliteTableText::read(const QString &sql)
{
    SqliteTableText result;
    SqlTokenizer tokenizer(sql, SqlTokenizer::Flavor::SQLite);
    const SqlTokens tokens = tokenizer.tokenize();
    int i = 0;
    while (tokens.at(i).kind != SqlToken::Kind::End && !tokens.at(i).isPunctuation('('))
        ++i;
    if (tokens.at(i).kind == SqlToken::Kind::End)
        return result;
    ++i;
    // Split the body into its comma-separated items (column definitions, table constraints).
    QVector<SqlTokens> items(1);
    int depth = 1;
    for (; tokens.at(i).kind != SqlToken::Kind::End; ++i) {
        const SqlToken &t = tokens.at(i);
        if (t.isPunctuation('('))
            ++depth;
        else if (t.isPunctuation(')') && --depth == 0)
            break;
        if (depth == 1 && t.isPunctuation(',')) {
            items.append(SqlTokens());
            continue;
        }
        items.last().append(t);
        if (t.isWord("AUTOINCREMENT"))
            result.autoIncrement = true;
    }
    for (SqlTokens item : std::as_const(items)) {
        SqlToken end;
        item.append(end);
        const bool tableConstraint = item.at(0).isWord("CONSTRAINT") || item.at(0).isWord("PRIMARY")
            || item.at(0).isWord("UNIQUE") || item.at(0).isWord("FOREIGN")
            || item.at(0).isWord("CHECK");
        if (tableConstraint) {
            int k = 0;
            QString name;
            if (item.at(0).isWord("CONSTRAINT") && item.at(1).isIdentifier()) {
                name = item.at(1).text;
                k = 2;
            }
            if (item.at(k).isWord("PRIMARY")) {
                result.primaryKeyName = name;
            } else if (item.at(k).isWord("CHECK")) {
                int at = k + 1;
                result.checks.append({name, readParenthesized(sql, item, &at), QString()});
            } else if (item.at(k).isWord("UNIQUE")) {
                int at = k + 1;
                result.uniqueConstraints.append({name, readColumnList(item, &at)});
            } else if (item.at(k).isWord("FOREIGN") && item.at(k + 1).isWord("KEY")) {
                int at = k + 2;
                Key key;
                key.name = name;
                key.childColumns = readColumnList(item, &at);
                if (item.at(at).isWord("REFERENCES") && item.at(at + 1).isIdentifier()) {
                    key.parentTable = item.at(at + 1).text;
                    key.deferrability = readDeferrability(item, at + 2);
                    result.foreignKeys.append(key);
                }
            }
            continue;
        }
        // A column definition: name, type words, then column constraints.
        if (!item.at(0).isIdentifier())
            continue;
        const QString column = item.at(0).text;
        ColumnText columnText;
        for (int k = 1; item.at(k).kind != SqlToken::Kind::End; ++k) {
            if (item.at(k).isWord("CHECK")) {
                int at = k + 1;
                result.checks.append(
                    {constraintName(item, k), readParenthesized(sql, item, &at), column});
                k = at - 1;
                continue;
            }
            if (item.at(k).isWord("COLLATE") && item.at(k + 1).isIdentifier()) {
                columnText.collation = item.at(++k).text;
                continue;
            }
            // [GENERATED ALWAYS] AS (expression) [STORED | VIRTUAL]
            if (item.at(k).isWord("AS") && item.at(k + 1).isPunctuation('(')) {
                int at = k + 1;
                columnText.generatedExpression = readParenthesized(sql, item, &at);
                columnText.generatedStored = item.at(at).isWord("STORED");
                k = at - 1;
                continue;
            }
            // A DEFAULT (expression) or a key's column list may hold any word.
            if (item.at(k).isPunctuation('(')) {
                int at = k;
                readParenthesized(sql, item, &at);
                k = at - 1;
                continue;
            }
            if (item.at(k).isWord("REFERENCES") && item.at(k + 1).isIdentifier()) {
                Key key;
                if (k >= 2 && item.at(k - 2).isWord("CONSTRAINT"))
                    key.name = item.at(k - 1).text;
                key.childColumns = QStringList{column};
                key.parentTable = item.at(k + 1).text;
                key.deferrability = readDeferrability(item, k + 2);
                result.foreignKeys.append(key);
            } else if (item.at(k).isWord("UNIQUE")) {
                QString name;
                if (k >= 2 && item.at(k - 2).isWord("CONSTRAINT"))
                    name = item.at(k - 1).text;
                result.uniqueConstraints.append({name, QStringList{column}});
            } else if (item.at(k).isWord("PRIMARY") && k >= 2
                       && item.at(k - 2).isWord("CONSTRAINT")) {
                result.primaryKeyName = item.at(k - 1).text;
            }
        }
        if (!columnText.collation.isEmpty() || !columnText.generatedExpression.isEmpty())
            result.columns.append({column, columnText});
    }
    return result;
}
