#include "typetranslator.h"

#include "../import/typemapper.h"
#include "../schema.h"
#include "../table.h"

#include <QRegularExpression>

namespace {

QString sourceId(Dialect source)
{
    return Dialects::isMySqlFamily(source) ? QStringLiteral("mysql") : Dialects::id(source);
}

// MySQL writes character set, collation and BINARY into the type; they are not part of it.
QString withoutMySqlAttributes(const QString &text)
{
    static const QRegularExpression attributes(
        QStringLiteral("\\s+(character\\s+set|charset|collate)\\s+\\S+|\\s+binary\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.remove(attributes);
    return result.trimmed();
}

// The base word and the parenthesised arguments of "enum('a','b')", "binary(16)", "bit(1)".
struct Spelling
{
    QString base;
    QString arguments; // inside the parentheses, as written
    bool hasArguments = false;
    QString rest; // after the parentheses, lower case
};

Spelling spell(const QString &text)
{
    Spelling s;
    const int open = text.indexOf(QLatin1Char('('));
    const int close = text.lastIndexOf(QLatin1Char(')'));
    if (open > 0 && close > open) {
        s.base = text.left(open).simplified().toLower();
        s.arguments = text.mid(open + 1, close - open - 1);
        s.hasArguments = true;
        s.rest = text.mid(close + 1).simplified().toLower();
    } else {
        s.base = text.simplified().toLower();
    }
    // "tinyint unsigned zerofill": the sign words are not part of the name.
    static const QRegularExpression signWords(QStringLiteral("\\s+(unsigned|signed|zerofill)\\b"));
    if (s.base.contains(signWords)) {
        if (s.base.contains(QLatin1String("unsigned")))
            s.rest += QStringLiteral(" unsigned");
        s.base.remove(signWords);
    }
    return s;
}

// The quoted values of ENUM('a','b') exactly, '' and \' unescaped.
QStringList quotedValues(const QString &arguments)
{
    QStringList values;
    int i = 0;
    while (i < arguments.size()) {
        if (arguments.at(i) != QLatin1Char('\'')) {
            ++i;
            continue;
        }
        QString value;
        ++i;
        while (i < arguments.size()) {
            const QChar c = arguments.at(i);
            if (c == QLatin1Char('\\') && i + 1 < arguments.size()) {
                value += arguments.at(i + 1);
                i += 2;
            } else if (c == QLatin1Char('\'')) {
                if (i + 1 < arguments.size() && arguments.at(i + 1) == QLatin1Char('\'')) {
                    value += c;
                    i += 2;
                } else {
                    ++i;
                    break;
                }
            } else {
                value += c;
                ++i;
            }
        }
        values << value;
    }
    return values;
}

int longest(const QStringList &values)
{
    int length = 1;
    for (const QString &v : values)
        length = qMax(length, int(v.size()));
    return length;
}

QString enumSpelling(const QStringList &values)
{
    QStringList quoted;
    for (QString v : values)
        quoted << QLatin1Char('\'') + v.replace(QLatin1Char('\''), QStringLiteral("''"))
                + QLatin1Char('\'');
    return QStringLiteral("ENUM(%1)").arg(quoted.join(QLatin1Char(',')));
}

int argumentNumber(const Spelling &s, bool *ok)
{
    return s.arguments.trimmed().toInt(ok);
}

const UserType *userType(const Schema &schema, const QString &text)
{
    QString name = text.trimmed();
    name.remove(QLatin1Char('"'));
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString bare = dot >= 0 ? name.mid(dot + 1) : name;
    for (const UserType &type : schema.userTypes) {
        if (type.name.compare(bare, Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

} // namespace

QSet<Id> TypeTranslator::keyColumns(const Schema &schema)
{
    QSet<Id> ids;
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        for (Id id : table.primaryKey)
            ids.insert(id);
        for (const UniqueConstraint &u : table.uniqueConstraints) {
            for (Id id : u.columns)
                ids.insert(id);
        }
        for (const TableIndex &index : table.indexes) {
            for (Id id : index.columns)
                ids.insert(id);
        }
    }
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(keyId);
        for (Id id : key.childColumns + key.parentColumns)
            ids.insert(id);
    }
    return ids;
}

namespace {

class Resolver
{
    Q_DECLARE_TR_FUNCTIONS(TypeTranslator)
public:
    Resolver(const Schema &schema, Dialect source, Dialect target, TypeTranslation *t)
        : m_schema(schema)
        , m_source(source)
        , m_target(target)
        , m_t(t)
    {
    }

    void resolve(const QString &declared, int depth = 0);

private:
    void set(LogicalType kind, int length = -1, int scale = -1)
    {
        m_t->column.type = DataType(kind, length, scale);
    }
    void setNative(const QString &spelling) { m_t->column.type = DataType::custom(spelling); }
    void lose(const QString &what)
    {
        if (!m_t->loss.isEmpty())
            m_t->loss += QStringLiteral("; ");
        m_t->loss += what;
    }
    bool resolveUserType(const QString &text, int depth);
    bool resolveNamed(const QString &text);
    void resolveSqliteAffinity(const QString &text);

    const Schema &m_schema;
    const Dialect m_source;
    const Dialect m_target;
    TypeTranslation *m_t;
};

void Resolver::resolve(const QString &declared, int depth)
{
    QString text = Dialects::isMySqlFamily(m_source) ? withoutMySqlAttributes(declared)
                                                     : declared.simplified();
    // Quoted type names: SQL Server's [tinyint], PostgreSQL's "char".
    if (m_source != Dialect::PostgreSQL || text.startsWith(QLatin1Char('"'))) {
        text.remove(QLatin1Char('['));
        text.remove(QLatin1Char(']'));
        text.remove(QLatin1Char('"'));
        text.remove(QLatin1Char('`'));
    }
    // What the importers' mapping knows after the attributes are gone.
    const TypeMapper::Mapped mapped = TypeMapper::map(text, sourceId(m_source));
    if (mapped.type.kind() != LogicalType::Custom) {
        m_t->column.type = mapped.type;
        m_t->column.isUnsigned = m_t->column.isUnsigned || mapped.isUnsigned;
        return;
    }
    if (depth < 4 && resolveUserType(text, depth))
        return;
    if (resolveNamed(text))
        return;
    if (m_source == Dialect::SQLite) {
        resolveSqliteAffinity(text);
        return;
    }
    if (m_target == Dialect::SQLite) {
        // SQLite takes any type name, but not every spelling (public.vector(3)): text keeps
        // every value.
        set(LogicalType::Text);
        lose(tr("the type %1 has no counterpart; its values are stored as text").arg(text));
        return;
    }
    m_t->failure
        = tr("its type %1 has no counterpart in %2").arg(text, Dialects::displayName(m_target));
}

bool Resolver::resolveUserType(const QString &text, int depth)
{
    const UserType *type = userType(m_schema, text);
    if (!type)
        return false;
    switch (type->kind) {
    case UserType::Kind::Enum:
        if (Dialects::isMySqlFamily(m_target)) {
            setNative(enumSpelling(type->values));
        } else {
            set(m_target == Dialect::SQLite ? LogicalType::Text : LogicalType::Varchar,
                m_target == Dialect::SQLite ? -1 : longest(type->values));
            m_t->allowedValues = type->values;
        }
        return true;
    case UserType::Kind::Domain:
        resolve(type->baseType, depth + 1);
        if ((type->notNull && m_t->column.nullable) || !type->checks.isEmpty())
            lose(tr("the NOT NULL and CHECK of the type %1 are not carried").arg(type->name));
        return true;
    case UserType::Kind::Other:
        m_t->failure = tr("its type %1 (%2) has no counterpart in %3")
                           .arg(type->name, type->definition.simplified().left(60),
                                Dialects::displayName(m_target));
        return true;
    }
    return false;
}

bool Resolver::resolveNamed(const QString &text)
{
    const Spelling s = spell(text);
    const QString &b = s.base;
    const bool mysqlTarget = Dialects::isMySqlFamily(m_target);
    bool ok = false;

    if (b.endsWith(QLatin1String("[]")) || s.rest.endsWith(QLatin1String("[]"))
        || b.startsWith(QLatin1String("_"))) {
        set(mysqlTarget ? LogicalType::Json : LogicalType::Text);
        lose(tr("the array is stored as text, its elements are not typed"));
        return true;
    }
    if (b == QLatin1String("tinyint")) {
        // MySQL's TINYINT is signed unless UNSIGNED; SQL Server's is 0..255.
        const bool unsignedByte = m_source == Dialect::SqlServer
            || s.rest.contains(QLatin1String("unsigned"))
            || text.contains(QLatin1String("unsigned"), Qt::CaseInsensitive);
        if (m_target == Dialect::SqlServer && unsignedByte)
            setNative(QStringLiteral("TINYINT"));
        else if (mysqlTarget)
            setNative(unsignedByte ? QStringLiteral("TINYINT UNSIGNED")
                                   : QStringLiteral("TINYINT"));
        else {
            set(LogicalType::SmallInt);
            m_t->column.isUnsigned = false;
            m_t->nonNegative = unsignedByte;
        }
        return true;
    }
    if (b == QLatin1String("year")) {
        set(LogicalType::SmallInt);
        return true;
    }
    if (b == QLatin1String("bit") && Dialects::isMySqlFamily(m_source)) {
        const int bits = s.hasArguments ? argumentNumber(s, &ok) : 1;
        if (bits <= 1) {
            set(LogicalType::Boolean);
        } else {
            set(LogicalType::BigInt);
            lose(tr("the BIT(%1) field is stored as an integer").arg(bits));
        }
        return true;
    }
    if (b == QLatin1String("tinytext") || b == QLatin1String("mediumtext")
        || b == QLatin1String("longtext") || (b == QLatin1String("text") && s.hasArguments)
        || b == QLatin1String("ntext")
        || (b == QLatin1String("varchar")
            && s.arguments.trimmed().compare(QLatin1String("max"), Qt::CaseInsensitive) == 0)) {
        set(LogicalType::Text);
        return true;
    }
    if (b == QLatin1String("tinyblob") || b == QLatin1String("blob")
        || b == QLatin1String("mediumblob") || b == QLatin1String("longblob")
        || b == QLatin1String("image") || b == QLatin1String("bytea")) {
        set(LogicalType::Blob);
        return true;
    }
    if (b == QLatin1String("binary") || b == QLatin1String("varbinary")) {
        const int length = argumentNumber(s, &ok);
        if (ok && length > 0 && (mysqlTarget || (m_target == Dialect::SqlServer && length <= 8000)))
            setNative(QStringLiteral("%1(%2)").arg(b.toUpper()).arg(length));
        else
            set(LogicalType::Blob);
        return true;
    }
    if ((b == QLatin1String("enum") || b == QLatin1String("set")) && s.hasArguments) {
        const QStringList values = quotedValues(s.arguments);
        if (mysqlTarget) {
            setNative(text);
        } else if (b == QLatin1String("enum")) {
            set(m_target == Dialect::SQLite ? LogicalType::Text : LogicalType::Varchar,
                m_target == Dialect::SQLite ? -1 : longest(values));
            m_t->allowedValues = values;
        } else {
            set(m_target == Dialect::SQLite ? LogicalType::Text : LogicalType::Varchar,
                m_target == Dialect::SQLite ? -1 : int(values.join(QLatin1Char(',')).size()));
            lose(tr("SET membership is not checked"));
        }
        return true;
    }
    if (b == QLatin1String("double") || b == QLatin1String("float8")) {
        set(LogicalType::Double);
        return true;
    }
    if (b == QLatin1String("float") || b == QLatin1String("real")) {
        set(Dialects::isMySqlFamily(m_source) ? LogicalType::Real : LogicalType::Double);
        return true;
    }
    if (b == QLatin1String("sysname")) {
        set(LogicalType::Varchar, 128);
        return true;
    }
    if (b == QLatin1String("money") || b == QLatin1String("smallmoney")) {
        set(LogicalType::Decimal, b == QLatin1String("money") ? 19 : 10,
            m_source == Dialect::PostgreSQL ? 2 : 4);
        return true;
    }
    if (b == QLatin1String("smalldatetime")) {
        set(LogicalType::Timestamp);
        return true;
    }
    if (b == QLatin1String("datetimeoffset")) {
        set(LogicalType::TimestampTz);
        return true;
    }
    if (b == QLatin1String("xml")) {
        set(LogicalType::Text);
        lose(tr("XML is stored as text and not validated"));
        return true;
    }
    if (b == QLatin1String("inet") || b == QLatin1String("cidr") || b == QLatin1String("macaddr")
        || b == QLatin1String("macaddr8")) {
        set(LogicalType::Varchar, b.startsWith(QLatin1String("mac")) ? 23 : 43);
        lose(tr("%1 values are stored as text and not validated").arg(b));
        return true;
    }
    if (b == QLatin1String("citext")) {
        set(LogicalType::Text);
        lose(tr("comparisons are no longer case-insensitive"));
        return true;
    }
    if (b == QLatin1String("interval") || b == QLatin1String("tsvector")
        || b == QLatin1String("bit varying") || b == QLatin1String("varbit")
        || (b == QLatin1String("bit") && m_source == Dialect::PostgreSQL)) {
        set(LogicalType::Text);
        lose(tr("%1 values are stored as text").arg(b));
        return true;
    }
    if (b == QLatin1String("oid")) {
        set(LogicalType::BigInt);
        return true;
    }
    if (b == QLatin1String("name")) {
        set(LogicalType::Varchar, 63);
        return true;
    }
    if (b == QLatin1String("time with time zone") || b == QLatin1String("timetz")) {
        set(LogicalType::Time);
        lose(tr("the time zone is not kept"));
        return true;
    }
    return false;
}

void Resolver::resolveSqliteAffinity(const QString &text)
{
    // https://www.sqlite.org/datatype3.html §3.1, in its order.
    const QString upper = text.toUpper();
    if (upper.isEmpty()) {
        set(LogicalType::Text);
        lose(tr("a column without a type holds values of any type; it is written as text"));
    } else if (upper.contains(QLatin1String("INT"))) {
        set(LogicalType::BigInt);
    } else if (upper.contains(QLatin1String("CHAR")) || upper.contains(QLatin1String("CLOB"))
               || upper.contains(QLatin1String("TEXT"))) {
        set(LogicalType::Text);
    } else if (upper.contains(QLatin1String("BLOB"))) {
        set(LogicalType::Blob);
    } else if (upper.contains(QLatin1String("REAL")) || upper.contains(QLatin1String("FLOA"))
               || upper.contains(QLatin1String("DOUB"))) {
        set(LogicalType::Double);
    } else {
        // NUMERIC affinity keeps any text that is not a number as text: only a text type keeps
        // every value.
        set(LogicalType::Text);
        lose(tr("SQLite reads the type %1 with NUMERIC affinity and keeps any value; it is "
                "written as text")
                 .arg(text));
    }
}

// What the target itself requires of the type, whatever the source.
void applyTargetLimits(const QSet<Id> &keyColumns, Dialect target, TypeTranslation *t)
{
    Column &c = t->column;
    const bool mysqlTarget = Dialects::isMySqlFamily(target);
    if (c.isUnsigned && !mysqlTarget) {
        // A wider signed type keeps every value; a CHECK keeps the sign.
        switch (c.type.kind()) {
        case LogicalType::SmallInt:
            c.type = DataType(LogicalType::Integer);
            break;
        case LogicalType::Integer:
            c.type = DataType(LogicalType::BigInt);
            break;
        case LogicalType::BigInt:
            c.type = DataType(LogicalType::Decimal, 20, 0);
            break;
        default:
            break;
        }
        c.isUnsigned = false;
        t->nonNegative = true;
    }
    if (!mysqlTarget && target != Dialect::SqlServer)
        return;
    const bool key = keyColumns.contains(c.id);
    const LogicalType kind = c.type.kind();
    // Beyond these, MySQL's VARCHAR (utf8mb4, 65,535-byte rows) and SQL Server's NVARCHAR
    // (4,000 characters) are their unbounded text types.
    const int longestVarchar = mysqlTarget ? 16383 : 4000;
    // Index keys: 3,072 bytes in InnoDB (768 utf8mb4 characters), 1,700 bytes in SQL Server.
    const int longestKey = mysqlTarget ? 768 : 850;
    if (kind == LogicalType::Varchar || kind == LogicalType::Char) {
        const int length = c.type.length();
        if (length < 0 && !key) {
            c.type = DataType(LogicalType::Text);
        } else if (length < 0) {
            c.type = DataType(kind, 255);
            t->loss = TypeTranslator::tr("a key column needs a length: written with 255, longer "
                                         "values are refused");
        } else if (key && length > longestKey) {
            t->failure = TypeTranslator::tr("its %1 characters are over the index key limit of "
                                            "%2 (%3 characters)")
                             .arg(length)
                             .arg(Dialects::displayName(target))
                             .arg(longestKey);
        } else if (length > longestVarchar
                   || (kind == LogicalType::Char && length > 255 && mysqlTarget)) {
            c.type = DataType(LogicalType::Text);
        }
    } else if (key && (kind == LogicalType::Text || kind == LogicalType::Json)) {
        c.type = DataType(LogicalType::Varchar, 255);
        t->loss = TypeTranslator::tr("a key column cannot be unbounded text in %1: written with "
                                     "a length of 255, longer values are refused")
                      .arg(Dialects::displayName(target));
    } else if (key && kind == LogicalType::Blob) {
        c.type = DataType::custom(QStringLiteral("VARBINARY(255)"));
        t->loss = TypeTranslator::tr("a key column cannot be an unbounded binary in %1: written "
                                     "as VARBINARY(255), longer values are refused")
                      .arg(Dialects::displayName(target));
    }
}

} // namespace

TypeTranslation TypeTranslator::translate(const Schema &schema, const QSet<Id> &keyColumns,
                                          const Column &column, Dialect source, Dialect target)
{
    TypeTranslation t;
    t.column = column;
    t.column.typeDeclared = false;
    const bool typeless = source == Dialect::SQLite && column.typeDeclared
        && column.declaredType.trimmed().isEmpty();
    if (column.typeDeclared && column.declaredType.trimmed().isEmpty() && !typeless) {
        // A SQL Server computed column: the engine infers its type; SQLite needs none either.
        if (target == Dialect::SQLite)
            return t;
        t.failure = tr("it is a computed column whose type %1 infers; declare its type")
                        .arg(Dialects::displayName(source));
        return t;
    }
    if (column.type.kind() == LogicalType::Custom || typeless) {
        const QString declared
            = column.typeDeclared ? column.declaredType : column.type.customText();
        Resolver(schema, source, target, &t).resolve(declared);
    }
    if (t.failure.isEmpty())
        applyTargetLimits(keyColumns, target, &t);
    return t;
}
