#include "expressiontranslator.h"

#include "../import/sqltokenizer.h"

#include <QHash>
#include <QSet>

namespace {

SqlTokenizer::Flavor flavorOf(Dialect d)
{
    switch (d) {
    case Dialect::SQLite:
        return SqlTokenizer::Flavor::SQLite;
    case Dialect::PostgreSQL:
        return SqlTokenizer::Flavor::PostgreSQL;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        return SqlTokenizer::Flavor::MySQL;
    case Dialect::SqlServer:
        return SqlTokenizer::Flavor::SqlServer;
    }
    return SqlTokenizer::Flavor::PostgreSQL;
}

enum class Clock { None, Timestamp, Date, Time };

// The current date and time, however a dialect spells it.
Clock clockOf(const QString &word)
{
    static const QHash<QString, Clock> clocks = {
        {QStringLiteral("now"), Clock::Timestamp},
        {QStringLiteral("current_timestamp"), Clock::Timestamp},
        {QStringLiteral("localtimestamp"), Clock::Timestamp},
        {QStringLiteral("transaction_timestamp"), Clock::Timestamp},
        {QStringLiteral("statement_timestamp"), Clock::Timestamp},
        {QStringLiteral("getdate"), Clock::Timestamp},
        {QStringLiteral("sysdatetime"), Clock::Timestamp},
        {QStringLiteral("current_date"), Clock::Date},
        {QStringLiteral("curdate"), Clock::Date},
        {QStringLiteral("current_time"), Clock::Time},
        {QStringLiteral("localtime"), Clock::Time},
        {QStringLiteral("curtime"), Clock::Time},
    };
    return clocks.value(word.toLower(), Clock::None);
}

bool isUuidFunction(const QString &word)
{
    static const QSet<QString> names = {
        QStringLiteral("gen_random_uuid"), QStringLiteral("uuid_generate_v4"),
        QStringLiteral("newid"),           QStringLiteral("uuid"),
        QStringLiteral("uuidv4"),
    };
    return names.contains(word.toLower());
}

// Functions with one spelling and meaning in every engine, or a known spelling in each.
QString portableFunction(const QString &word, Dialect target)
{
    const QString w = word.toLower();
    static const QSet<QString> same = {
        QStringLiteral("lower"),    QStringLiteral("upper"),  QStringLiteral("abs"),
        QStringLiteral("coalesce"), QStringLiteral("nullif"), QStringLiteral("trim"),
        QStringLiteral("ltrim"),    QStringLiteral("rtrim"),  QStringLiteral("round"),
        QStringLiteral("replace"),
    };
    if (same.contains(w))
        return w;
    if (w == QLatin1String("length") || w == QLatin1String("char_length")
        || w == QLatin1String("len")) {
        if (target == Dialect::SqlServer)
            return QStringLiteral("len");
        return target == Dialect::SQLite ? QStringLiteral("length") : QStringLiteral("char_length");
    }
    return {};
}

QString clockSql(Clock clock, Dialect target, const DataType &type, bool inDefault)
{
    switch (target) {
    case Dialect::SqlServer:
        if (clock == Clock::Date)
            return QStringLiteral("CAST(GETDATE() AS DATE)");
        if (clock == Clock::Time)
            return QStringLiteral("CAST(GETDATE() AS TIME)");
        return type.kind() == LogicalType::TimestampTz ? QStringLiteral("SYSDATETIMEOFFSET()")
                                                       : QStringLiteral("GETDATE()");
    case Dialect::MySQL:
    case Dialect::MariaDB: {
        const bool temporalColumn
            = type.kind() == LogicalType::Timestamp || type.kind() == LogicalType::TimestampTz;
        if (clock == Clock::Timestamp && (temporalColumn || !inDefault))
            // The generator writes DATETIME(6)/TIMESTAMP(6): the default's precision must match.
            return inDefault ? QStringLiteral("CURRENT_TIMESTAMP(6)")
                             : QStringLiteral("CURRENT_TIMESTAMP");
        const QString value = clock == Clock::Date ? QStringLiteral("CURRENT_DATE")
            : clock == Clock::Time                 ? QStringLiteral("CURRENT_TIME")
                                                   : QStringLiteral("CURRENT_TIMESTAMP");
        // Any other default expression needs parentheses in MySQL 8.0.13+ (MariaDB takes both).
        return inDefault ? QLatin1Char('(') + value + QLatin1Char(')') : value;
    }
    case Dialect::PostgreSQL:
        return clock == Clock::Date ? QStringLiteral("CURRENT_DATE")
            : clock == Clock::Time  ? QStringLiteral("LOCALTIME")
                                    : QStringLiteral("CURRENT_TIMESTAMP");
    case Dialect::SQLite:
        return clock == Clock::Date ? QStringLiteral("CURRENT_DATE")
            : clock == Clock::Time  ? QStringLiteral("CURRENT_TIME")
                                    : QStringLiteral("CURRENT_TIMESTAMP");
    }
    return {};
}

QString uuidSql(Dialect target)
{
    switch (target) {
    case Dialect::PostgreSQL:
        return QStringLiteral("gen_random_uuid()");
    case Dialect::SqlServer:
        return QStringLiteral("NEWID()");
    case Dialect::MySQL:
    case Dialect::MariaDB:
        return QStringLiteral("(UUID())");
    case Dialect::SQLite:
        // A version-4 UUID from SQLite's own functions (it has no uuid function).
        return QStringLiteral(
            "(lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
            "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) "
            "|| substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))))");
    }
    return {};
}

QString epochSql(Dialect target)
{
    switch (target) {
    case Dialect::SQLite:
        return QStringLiteral("(CAST(strftime('%s', 'now') AS INTEGER))");
    case Dialect::PostgreSQL:
        return QStringLiteral("(CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS BIGINT))");
    case Dialect::MySQL:
    case Dialect::MariaDB:
        return QStringLiteral("(UNIX_TIMESTAMP())");
    case Dialect::SqlServer:
        return QStringLiteral("DATEDIFF_BIG(SECOND, '1970-01-01', SYSUTCDATETIME())");
    }
    return {};
}

QString stringLiteral(const QString &value, Dialect target)
{
    QString escaped = value;
    if (Dialects::isMySqlFamily(target))
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    bool ascii = true;
    for (QChar c : value)
        ascii = ascii && c.unicode() < 128;
    const QString prefix = target == Dialect::SqlServer && !ascii ? QStringLiteral("N") : QString();
    return prefix + QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString booleanSql(bool value, Dialect target)
{
    if (target == Dialect::PostgreSQL)
        return value ? QStringLiteral("true") : QStringLiteral("false");
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

// One pass over the source tokens, writing the target's text.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionTranslator)
public:
    Writer(SqlTokens tokens, Dialect source, Dialect target, ExpressionTranslator::Use use,
           const ExpressionTranslator::Quote &quote)
        : m_tokens(std::move(tokens))
        , m_source(source)
        , m_target(target)
        , m_use(use)
        , m_quote(quote)
    {
    }

    ExpressionTranslation run();

private:
    const SqlToken &at(int i) const
    {
        static const SqlToken end;
        return i >= 0 && i < m_tokens.size() ? m_tokens.at(i) : end;
    }
    void put(const QString &text, int tokenIndex)
    {
        // Spacing as in the source, except before a comma or closing parenthesis (where a
        // removed cast leaves a gap).
        if (!m_out.isEmpty() && tokenIndex > 0 && text != QLatin1String(",")
            && text != QLatin1String(")")) {
            const SqlToken &previous = at(tokenIndex - 1);
            if (at(tokenIndex).offset > previous.offset + previous.length)
                m_out += QLatin1Char(' ');
        }
        m_out += text;
    }
    void fail(const QString &why)
    {
        if (m_failure.isEmpty())
            m_failure = why;
    }
    int closing(int open) const; // the index of the parenthesis closing `open`
    bool word(int i, const char *keyword) const { return at(i).isWord(keyword); }

    SqlTokens m_tokens;
    const Dialect m_source;
    const Dialect m_target;
    const ExpressionTranslator::Use m_use;
    const ExpressionTranslator::Quote &m_quote;
    QString m_out;
    QString m_failure;
};

int Writer::closing(int open) const
{
    int depth = 0;
    for (int i = open; i < m_tokens.size(); ++i) {
        if (at(i).isPunctuation('('))
            ++depth;
        else if (at(i).isPunctuation(')') && --depth == 0)
            return i;
    }
    return -1;
}

ExpressionTranslation Writer::run()
{
    static const QSet<QString> keywords = {
        QStringLiteral("and"),  QStringLiteral("or"),      QStringLiteral("not"),
        QStringLiteral("in"),   QStringLiteral("is"),      QStringLiteral("null"),
        QStringLiteral("like"), QStringLiteral("between"), QStringLiteral("case"),
        QStringLiteral("when"), QStringLiteral("then"),    QStringLiteral("else"),
        QStringLiteral("end"),  QStringLiteral("escape"),  QStringLiteral("distinct"),
    };
    const QString targetName = Dialects::displayName(m_target);
    for (int i = 0; i < m_tokens.size() && m_failure.isEmpty(); ++i) {
        const SqlToken &t = at(i);
        switch (t.kind) {
        case SqlToken::Kind::End:
            break;
        case SqlToken::Kind::Quoted:
            put(m_quote(t.text), i);
            break;
        case SqlToken::Kind::String:
            if (m_source == Dialect::SqlServer && word(i - 1, "like")
                && t.text.contains(QLatin1Char('[')))
                fail(tr("the LIKE pattern '%1' uses SQL Server's [ ] sets, which %2 reads as "
                        "plain characters")
                         .arg(t.text, targetName));
            put(stringLiteral(t.text, m_target), i);
            break;
        case SqlToken::Kind::Number:
            if (t.text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
                fail(tr("the hexadecimal number %1").arg(t.text));
            put(t.text, i);
            break;
        case SqlToken::Kind::Punctuation: {
            const QChar c = t.text.at(0);
            const bool pipes = c == QLatin1Char('|') && at(i + 1).isPunctuation('|');
            if (pipes && Dialects::isMySqlFamily(m_source)) {
                put(QStringLiteral("OR"), i); // MySQL's || is OR by default
                ++i;
            } else if (pipes
                       && (Dialects::isMySqlFamily(m_target) || m_target == Dialect::SqlServer)) {
                fail(tr("the concatenation operator ||, which %1 does not have").arg(targetName));
            } else if (c == QLatin1Char('&') && at(i + 1).isPunctuation('&')) {
                put(QStringLiteral("AND"), i);
                ++i;
            } else if (c == QLatin1Char('~') || c == QLatin1Char(':') || c == QLatin1Char('@')
                       || c == QLatin1Char('#') || c == QLatin1Char('$') || c == QLatin1Char('[')
                       || c == QLatin1Char(']') || c == QLatin1Char('?')) {
                fail(tr("the operator %1").arg(c));
            } else if (c == QLatin1Char('=') && word(i + 1, "any")) {
                // PostgreSQL's x = ANY (ARRAY['a', 'b']) is x IN ('a', 'b').
                int open = i + 2;
                while (at(open).isPunctuation('(') && !word(open + 1, "array")
                       && at(open + 1).isPunctuation('('))
                    ++open;
                if (!at(open).isPunctuation('(') || !word(open + 1, "array")
                    || !at(open + 2).isPunctuation('[')) {
                    fail(tr("= ANY over something other than an array literal"));
                    break;
                }
                int close = open + 3;
                while (close < m_tokens.size() && !at(close).isPunctuation(']'))
                    ++close;
                const int end = closing(i + 2);
                if (close >= m_tokens.size() || end < 0) {
                    fail(tr("an unfinished ARRAY"));
                    break;
                }
                put(QStringLiteral("IN ("), i);
                SqlTokens inner = m_tokens.mid(open + 3, close - open - 3);
                Writer list(inner, m_source, m_target, m_use, m_quote);
                const ExpressionTranslation values = list.run();
                if (!values.failure.isEmpty())
                    fail(values.failure);
                m_out += values.sql + QLatin1Char(')');
                i = end;
            } else {
                put(t.text, i);
            }
            break;
        }
        case SqlToken::Kind::Word: {
            const QString lower = t.text.toLower();
            const bool call = at(i + 1).isPunctuation('(');
            const Clock clock = clockOf(lower);
            if (clock != Clock::None) {
                if (m_use == ExpressionTranslator::Use::Generated
                    || (m_use == ExpressionTranslator::Use::Check
                        && (m_target == Dialect::SQLite || Dialects::isMySqlFamily(m_target)))) {
                    fail(tr("the current time, which %1 does not allow here").arg(targetName));
                    break;
                }
                put(clockSql(clock, m_target, DataType(LogicalType::Timestamp), false), i);
                if (call)
                    i = closing(i + 1);
                if (i < 0)
                    fail(tr("an unfinished call"));
                break;
            }
            if (lower == QLatin1String("true") || lower == QLatin1String("false")) {
                put(m_target == Dialect::SqlServer
                        ? booleanSql(lower == QLatin1String("true"), m_target)
                        : lower.toUpper(),
                    i);
                break;
            }
            if (keywords.contains(lower) || lower == QLatin1String("exists")) {
                put(t.text.toUpper(), i);
                break;
            }
            if (call) {
                const QString function = portableFunction(lower, m_target);
                if (function.isEmpty()) {
                    fail(tr("the function %1(), which Joinery cannot translate to %2")
                             .arg(t.text, targetName));
                    break;
                }
                put(function, i);
                break;
            }
            if (lower == QLatin1String("ilike") || lower == QLatin1String("similar")
                || lower == QLatin1String("glob") || lower == QLatin1String("regexp")
                || lower == QLatin1String("rlike") || lower == QLatin1String("div")
                || lower == QLatin1String("xor") || lower == QLatin1String("cast")
                || lower == QLatin1String("collate") || lower == QLatin1String("array")) {
                fail(tr("%1, which Joinery cannot translate to %2")
                         .arg(t.text.toUpper(), targetName));
                break;
            }
            put(m_quote(t.text), i); // a column
            break;
        }
        }
    }
    ExpressionTranslation result;
    result.failure = m_failure;
    if (m_failure.isEmpty())
        result.sql = m_out;
    return result;
}

struct Prepared
{
    SqlTokens tokens;
    QString castType; // the last cast's type, lower case: 'now'::date
    QString error;
};

// The tokens without the End token, the outer parentheses and PostgreSQL's ::type casts.
Prepared prepare(const QString &expression, Dialect source)
{
    Prepared p;
    SqlTokenizer tokenizer(expression, flavorOf(source));
    SqlTokens all = tokenizer.tokenize();
    if (tokenizer.hasError()) {
        p.error = tokenizer.error();
        return p;
    }
    if (!all.isEmpty() && all.last().kind == SqlToken::Kind::End)
        all.removeLast();
    static const QSet<QString> stops = {
        QStringLiteral("and"),     QStringLiteral("or"),   QStringLiteral("is"),
        QStringLiteral("not"),     QStringLiteral("in"),   QStringLiteral("like"),
        QStringLiteral("between"), QStringLiteral("then"), QStringLiteral("else"),
        QStringLiteral("end"),     QStringLiteral("when"), QStringLiteral("collate"),
    };
    for (int i = 0; i < all.size(); ++i) {
        const bool cast = all.at(i).isPunctuation(':') && i + 1 < all.size()
            && all.at(i + 1).isPunctuation(':');
        if (!cast) {
            p.tokens << all.at(i);
            continue;
        }
        int j = i + 2;
        QStringList type;
        while (j < all.size() && all.at(j).isIdentifier()
               && !stops.contains(all.at(j).text.toLower()))
            type << all.at(j++).text.toLower();
        if (j < all.size() && all.at(j).isPunctuation('(')) {
            while (j < all.size() && !all.at(j).isPunctuation(')'))
                ++j;
            ++j;
        }
        while (j + 1 < all.size() && all.at(j).isPunctuation('[')
               && all.at(j + 1).isPunctuation(']'))
            j += 2;
        p.castType = type.join(QLatin1Char(' '));
        i = j - 1;
    }
    // Outer parentheses around the whole expression: ((0)) in SQL Server's catalog.
    auto wrapped = [](const SqlTokens &tokens) {
        if (tokens.size() < 2 || !tokens.first().isPunctuation('(')
            || !tokens.last().isPunctuation(')'))
            return false;
        int depth = 0;
        for (int i = 0; i < tokens.size(); ++i) {
            if (tokens.at(i).isPunctuation('('))
                ++depth;
            else if (tokens.at(i).isPunctuation(')') && --depth == 0 && i != tokens.size() - 1)
                return false;
        }
        return true;
    };
    while (wrapped(p.tokens))
        p.tokens = p.tokens.mid(1, p.tokens.size() - 2);
    return p;
}

} // namespace

ExpressionTranslation ExpressionTranslator::translate(const QString &expression, Dialect source,
                                                      Dialect target, Use use, const Quote &quote)
{
    const Prepared p = prepare(expression, source);
    if (!p.error.isEmpty())
        return {QString(), p.error};
    return Writer(p.tokens, source, target, use, quote).run();
}

ExpressionTranslation ExpressionTranslator::translateDefault(const QString &expression,
                                                             Dialect source, Dialect target,
                                                             const DataType &type,
                                                             const Quote &quote)
{
    Prepared p = prepare(expression, source);
    if (!p.error.isEmpty())
        return {QString(), p.error};
    SqlTokens &t = p.tokens;
    // SQL Server's catalog writes CONVERT([bit],(0)) and CAST(x AS type) around literals.
    if (t.size() >= 4 && t.at(0).isWord("convert") && t.at(1).isPunctuation('(')
        && t.last().isPunctuation(')')) {
        int comma = 2;
        int depth = 0;
        for (; comma < t.size() - 1; ++comma) {
            if (t.at(comma).isPunctuation('('))
                ++depth;
            else if (t.at(comma).isPunctuation(')'))
                --depth;
            else if (depth == 0 && t.at(comma).isPunctuation(','))
                break;
        }
        if (comma < t.size() - 1)
            return translateDefault(
                expression.mid(t.at(comma + 1).offset, t.last().offset - t.at(comma + 1).offset),
                source, target, type, quote);
    }
    const bool boolean = type.kind() == LogicalType::Boolean;
    const bool bounded = !(type.kind() == LogicalType::Text || type.kind() == LogicalType::Blob
                           || type.kind() == LogicalType::Json);
    // MySQL 8 takes literals on TEXT/BLOB/JSON columns only in parentheses; MariaDB takes both.
    auto literal = [&](const QString &sql) {
        ExpressionTranslation r;
        r.sql = Dialects::isMySqlFamily(target) && !bounded
            ? QLatin1Char('(') + sql + QLatin1Char(')')
            : sql;
        return r;
    };
    auto number = [&](const QString &text) -> ExpressionTranslation {
        if (boolean && target == Dialect::PostgreSQL) {
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (ok)
                return literal(booleanSql(value != 0, target));
        }
        return literal(text);
    };

    if (t.size() == 1 && t.at(0).kind == SqlToken::Kind::String) {
        const QString value = t.at(0).text;
        const QString lower = value.trimmed().toLower();
        if (lower == QLatin1String("now") && !p.castType.isEmpty()) {
            const Clock clock = p.castType.startsWith(QLatin1String("date")) ? Clock::Date
                : p.castType.startsWith(QLatin1String("time "))
                    || p.castType == QLatin1String("time")
                ? Clock::Time
                : Clock::Timestamp;
            return {clockSql(clock, target, type, true), QString()};
        }
        if (boolean) {
            static const QSet<QString> yes
                = {QStringLiteral("t"),   QStringLiteral("true"), QStringLiteral("y"),
                   QStringLiteral("yes"), QStringLiteral("1"),    QStringLiteral("on")};
            static const QSet<QString> no
                = {QStringLiteral("f"),  QStringLiteral("false"), QStringLiteral("n"),
                   QStringLiteral("no"), QStringLiteral("0"),     QStringLiteral("off")};
            if (yes.contains(lower) || no.contains(lower))
                return literal(booleanSql(yes.contains(lower), target));
        }
        bool isNumber = false;
        value.trimmed().toDouble(&isNumber);
        if (type.isNumeric() && !isNumber && target != Dialect::SQLite)
            return {QString(),
                    tr("the text '%1' is not a number, which the %2 column needs")
                        .arg(value, DataType::keyword(type.kind()))};
        if (value.startsWith(QLatin1String("0000-00-00")) && target != Dialect::SQLite
            && !Dialects::isMySqlFamily(target))
            return {QString(),
                    tr("the zero date '%1', which %2 refuses")
                        .arg(value, Dialects::displayName(target))};
        return literal(stringLiteral(value, target));
    }
    if (t.size() == 1 && t.at(0).kind == SqlToken::Kind::Number
        && !t.at(0).text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return number(t.at(0).text);
    if (t.size() == 2 && (t.at(0).isPunctuation('-') || t.at(0).isPunctuation('+'))
        && t.at(1).kind == SqlToken::Kind::Number)
        return number(t.at(0).text + t.at(1).text);
    if (t.size() == 2 && t.at(0).isWord("b") && t.at(1).kind == SqlToken::Kind::String) {
        bool ok = false;
        const qulonglong bits = t.at(1).text.toULongLong(&ok, 2);
        if (ok)
            return number(QString::number(bits));
    }
    if (t.size() == 1 && (t.at(0).isWord("true") || t.at(0).isWord("false"))) {
        const bool value = t.at(0).isWord("true");
        if (boolean || target != Dialect::PostgreSQL)
            return literal(booleanSql(value, target));
        return literal(value ? QStringLiteral("1") : QStringLiteral("0"));
    }
    if (t.size() == 1 && t.at(0).isWord("null"))
        return {QStringLiteral("NULL"), QString()};
    // A clock, bare or called: now(), getdate(), CURRENT_TIMESTAMP(6), datetime('now').
    if (!t.isEmpty() && t.at(0).kind == SqlToken::Kind::Word) {
        const QString name = t.at(0).text.toLower();
        const bool called
            = t.size() >= 3 && t.at(1).isPunctuation('(') && t.last().isPunctuation(')');
        const Clock clock = clockOf(name);
        if (clock != Clock::None && (t.size() == 1 || called))
            return {clockSql(clock, target, type, true), QString()};
        if (called && t.size() == 4 && t.at(2).kind == SqlToken::Kind::String
            && t.at(2).text.toLower() == QLatin1String("now")
            && (name == QLatin1String("datetime") || name == QLatin1String("date")
                || name == QLatin1String("time")))
            return {clockSql(name == QLatin1String("date")       ? Clock::Date
                                 : name == QLatin1String("time") ? Clock::Time
                                                                 : Clock::Timestamp,
                             target, type, true),
                    QString()};
        // Seconds since 1970: SQLite's strftime('%s','now') and unixepoch(), MySQL's
        // UNIX_TIMESTAMP(), PostgreSQL's extract(epoch from now()).
        const bool epoch
            = (called && name == QLatin1String("strftime") && t.size() == 6
               && t.at(2).kind == SqlToken::Kind::String && t.at(2).text == QLatin1String("%s")
               && t.at(4).kind == SqlToken::Kind::String
               && t.at(4).text.toLower() == QLatin1String("now"))
            || (called && t.size() == 3
                && (name == QLatin1String("unixepoch") || name == QLatin1String("unix_timestamp")));
        if (epoch)
            return {epochSql(target), QString()};
        // CAST(x AS type) around a default: the column's type is what the target converts to.
        if (called && name == QLatin1String("cast")) {
            int depth = 0;
            for (int i = 1; i < t.size() - 1; ++i) {
                if (t.at(i).isPunctuation('('))
                    ++depth;
                else if (t.at(i).isPunctuation(')'))
                    --depth;
                else if (depth == 1 && t.at(i).isWord("as") && i > 2)
                    return translateDefault(
                        expression.mid(t.at(2).offset, t.at(i).offset - t.at(2).offset), source,
                        target, type, quote);
            }
        }
        if (called && t.size() == 3 && isUuidFunction(name))
            return {uuidSql(target), QString()};
        if (called && name == QLatin1String("nextval"))
            return {QString(),
                    tr("it calls a sequence (%1), which %2 does not have")
                        .arg(expression.simplified(), Dialects::displayName(target))};
    }
    ExpressionTranslation r = Writer(t, source, target, Use::Default, quote).run();
    if (!r.failure.isEmpty())
        return r;
    // Other expressions need parentheses in SQLite and MySQL.
    if (target == Dialect::SQLite || Dialects::isMySqlFamily(target))
        r.sql = QLatin1Char('(') + r.sql + QLatin1Char(')');
    return r;
}
