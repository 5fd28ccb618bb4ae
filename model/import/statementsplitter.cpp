#include "statementsplitter.h"

namespace {

using Range = StatementSplitter::Range;

// The token at i, or the End token when i is past it: looking ahead from the last words of a
// script (a batch ending in "CREATE OR") must not read past the list.
const SqlToken &tokenAt(const SqlTokens &tokens, int i)
{
    return i < tokens.size() ? tokens.at(i) : tokens.last();
}

bool startsLine(const SqlTokens &tokens, int i)
{
    return i == 0 || tokens.at(i - 1).line < tokens.at(i).line;
}

bool endsLine(const SqlTokens &tokens, int i)
{
    return tokenAt(tokens, i + 1).kind == SqlToken::Kind::End
        || tokenAt(tokens, i + 1).line > tokens.at(i).line;
}

QVector<Range> splitMySql(const SqlTokens &tokens)
{
    QVector<Range> ranges;
    QStringList delimiter{QStringLiteral(";")};
    int begin = 0;
    int i = 0;
    auto matchesDelimiter = [&](int at) {
        for (int k = 0; k < delimiter.size(); ++k) {
            const SqlToken &t = tokens.at(at + k);
            if (t.kind != SqlToken::Kind::Punctuation && t.kind != SqlToken::Kind::Word)
                return false;
            if (t.text != delimiter.at(k))
                return false;
            if (k > 0 && tokens.at(at + k - 1).offset + tokens.at(at + k - 1).length != t.offset)
                return false;
            if (at + k + 1 >= tokens.size())
                return false;
        }
        return true;
    };
    while (tokens.at(i).kind != SqlToken::Kind::End) {
        // The client command `DELIMITER xx` takes the rest of its line.
        if (i == begin && tokens.at(i).isWord("DELIMITER") && startsLine(tokens, i)) {
            delimiter.clear();
            int k = i + 1;
            for (;
                 tokens.at(k).kind != SqlToken::Kind::End && tokens.at(k).line == tokens.at(i).line;
                 ++k)
                delimiter << tokens.at(k).text;
            if (delimiter.isEmpty())
                delimiter << QStringLiteral(";");
            i = begin = k;
            continue;
        }
        if (matchesDelimiter(i)) {
            if (i > begin)
                ranges.append({begin, i});
            i += delimiter.size();
            begin = i;
            continue;
        }
        ++i;
    }
    if (i > begin)
        ranges.append({begin, i});
    return ranges;
}

bool startsStatement(const SqlTokens &tokens, int i, int statementBegin)
{
    const SqlToken &t = tokens.at(i);
    if (t.kind != SqlToken::Kind::Word || i == statementBegin)
        return false;
    const SqlToken &previous = tokens.at(i - 1);
    // "IF NOT EXISTS", "NOT FOR REPLICATION", "FOR INSERT"
    if (previous.isWord("FOR") || previous.isWord("NOT"))
        return false;
    // "DROP TABLE IF EXISTS x"
    if (t.isWord("IF") && previous.kind == SqlToken::Kind::Word) {
        static const char *const objects[]
            = {"TABLE",   "VIEW",    "INDEX",    "PROCEDURE", "PROC",       "FUNCTION",
               "TRIGGER", "SCHEMA",  "DATABASE", "SEQUENCE",  "TYPE",       "USER",
               "ROLE",    "SYNONYM", "DEFAULT",  "RULE",      "CONSTRAINT", "COLUMN"};
        for (const char *object : objects) {
            if (previous.isWord(object))
                return false;
        }
    }
    // "ALTER TABLE x DROP CONSTRAINT y", "ALTER TABLE x ALTER COLUMN", "ALTER DATABASE x SET ..."
    if (tokens.at(statementBegin).isWord("ALTER")) {
        if (t.isWord("SET") && tokenAt(tokens, statementBegin + 1).isWord("DATABASE"))
            return false;
        if (t.isWord("DROP") || t.isWord("ALTER")) {
            static const char *const objects[]
                = {"TABLE",   "VIEW",   "PROCEDURE", "PROC",     "FUNCTION",
                   "TRIGGER", "SCHEMA", "DATABASE",  "SEQUENCE", "TYPE",
                   "SYNONYM", "USER",   "ROLE",      "LOGIN",    "AUTHORIZATION"};
            const SqlToken &object = tokenAt(tokens, i + 1);
            bool statement = false;
            for (const char *word : objects)
                statement = statement || object.isWord(word);
            if (!statement)
                return false;
        }
    }
    // "ON DELETE SET NULL", "ON UPDATE SET DEFAULT"
    if (t.isWord("SET") && (previous.isWord("DELETE") || previous.isWord("UPDATE")))
        return false;
    static const char *const starters[]
        = {"CREATE",  "ALTER", "DROP", "INSERT", "USE", "EXEC",  "EXECUTE", "PRINT",    "IF",
           "DECLARE", "GRANT", "DENY", "REVOKE", "SET", "BEGIN", "COMMIT",  "RAISERROR"};
    for (const char *starter : starters) {
        if (t.isWord(starter)) {
            // UPDATE ... SET is one statement.
            if (t.isWord("SET")
                && (tokens.at(statementBegin).isWord("UPDATE")
                    || tokens.at(statementBegin).isWord("MERGE")))
                return false;
            return true;
        }
    }
    return false;
}

QVector<Range> splitSqlServer(const SqlTokens &tokens)
{
    QVector<Range> ranges;
    int i = 0;
    while (tokens.at(i).kind != SqlToken::Kind::End) {
        // One batch: up to a line that holds only GO.
        int batchEnd = i;
        while (tokens.at(batchEnd).kind != SqlToken::Kind::End
               && !(tokens.at(batchEnd).isWord("GO") && startsLine(tokens, batchEnd)
                    && endsLine(tokens, batchEnd)))
            ++batchEnd;
        int k = i;
        if (tokens.at(k).isWord("CREATE") || tokens.at(k).isWord("ALTER")) {
            int kind = k + 1;
            if (tokenAt(tokens, kind).isWord("OR"))
                kind += 2; // CREATE OR ALTER
            const SqlToken &object = tokenAt(tokens, kind);
            if (object.isWord("PROCEDURE") || object.isWord("PROC") || object.isWord("FUNCTION")
                || object.isWord("TRIGGER") || object.isWord("VIEW")) {
                if (batchEnd > i)
                    ranges.append({i, batchEnd});
                k = batchEnd;
            }
        }
        int begin = k;
        for (; k < batchEnd; ++k) {
            if (tokens.at(k).isPunctuation(';')) {
                if (k > begin)
                    ranges.append({begin, k});
                begin = k + 1;
            } else if (startsStatement(tokens, k, begin)) {
                ranges.append({begin, k});
                begin = k;
            }
        }
        if (batchEnd > begin)
            ranges.append({begin, batchEnd});
        i = tokens.at(batchEnd).kind == SqlToken::Kind::End ? batchEnd : batchEnd + 1;
    }
    return ranges;
}

QVector<Range> splitAtSemicolons(const SqlTokens &tokens)
{
    QVector<Range> ranges;
    int begin = 0;
    int i = 0;
    for (; tokens.at(i).kind != SqlToken::Kind::End; ++i) {
        if (tokens.at(i).isPunctuation(';')) {
            if (i > begin)
                ranges.append({begin, i});
            begin = i + 1;
        }
    }
    if (i > begin)
        ranges.append({begin, i});
    return ranges;
}

} // namespace

QVector<Range> StatementSplitter::split(const SqlTokens &tokens, SqlTokenizer::Flavor flavor)
{
    // A token list always ends with its End token; without one there is nothing to split.
    if (tokens.isEmpty() || tokens.last().kind != SqlToken::Kind::End)
        return {};
    switch (flavor) {
    case SqlTokenizer::Flavor::MySQL:
        return splitMySql(tokens);
    case SqlTokenizer::Flavor::SqlServer:
        return splitSqlServer(tokens);
    default:
        return splitAtSemicolons(tokens);
    }
}
