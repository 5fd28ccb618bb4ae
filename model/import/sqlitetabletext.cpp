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
        int nesting = 0; // inside a CHECK or DEFAULT expression
        for (int k = 1; item.at(k).kind != SqlToken::Kind::End; ++k) {
            if (item.at(k).isPunctuation('('))
                ++nesting;
            else if (item.at(k).isPunctuation(')'))
                --nesting;
            if (nesting == 0 && item.at(k).isWord("COLLATE") && item.at(k + 1).isIdentifier())
                result.collations.insert(column.toLower(), item.at(k + 1).text);
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
    }
    return result;
}
