#include "columntypetext.h"

#include "import/typemapper.h"
#include "schema.h"

#include <QRegularExpression>

namespace {
// TypeMapper knows MySQL's spellings under "mysql"; MariaDB writes the same.
QString mapperDialect(const QString &sourceDialect)
{
    return sourceDialect == QLatin1String("mariadb") ? QStringLiteral("mysql") : sourceDialect;
}

bool isSerial(const QString &declaredType)
{
    static const QRegularExpression serial(QStringLiteral("^\\s*(big|small)?serial[248]?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return serial.match(declaredType).hasMatch();
}
} // namespace

bool ColumnTypeText::usesDeclaredTypes(const Schema &schema)
{
    return !schema.sourceDialect.isEmpty();
}

QString ColumnTypeText::shown(const Schema &schema, const Column &column)
{
    if (column.typeDeclared && usesDeclaredTypes(schema))
        return column.declaredType;
    return column.type.toString();
}

bool ColumnTypeText::apply(const Schema &schema, const QString &text, Column *column,
                           QString *error)
{
    const QString typed = text.trimmed();
    if (!usesDeclaredTypes(schema)) {
        if (typed.isEmpty()) {
            *error = tr("A column needs a type.");
            return false;
        }
        column->type = DataType::parse(typed);
        return true;
    }
    // SQLite alone takes a column without a type (it then has BLOB affinity).
    if (typed.isEmpty() && schema.sourceDialect != QLatin1String("sqlite")) {
        *error = tr("A column needs a type.");
        return false;
    }
    const bool wasSerial = column->typeDeclared && isSerial(column->declaredType);
    const TypeMapper::Mapped mapped = TypeMapper::map(typed, mapperDialect(schema.sourceDialect));
    column->declaredType = typed;
    column->typeDeclared = true;
    column->type = mapped.type;
    column->isUnsigned = mapped.isUnsigned;
    // A serial is its own auto-increment: typing one makes the column so, typing it away undoes
    // that (otherwise the PostgreSQL export would turn it into an identity column).
    if (mapped.autoIncrement)
        column->autoIncrement = true;
    else if (wasSerial)
        column->autoIncrement = false;
    return true;
}

QStringList ColumnTypeText::suggestions(const Schema &schema)
{
    const QString dialect = schema.sourceDialect;
    QStringList types;
    if (dialect == QLatin1String("sqlite")) {
        types = QStringList{QStringLiteral("INTEGER"),  QStringLiteral("TEXT"),
                            QStringLiteral("REAL"),     QStringLiteral("BLOB"),
                            QStringLiteral("NUMERIC"),  QStringLiteral("BOOLEAN"),
                            QStringLiteral("DATETIME"), QStringLiteral("VARCHAR(255)")};
    } else if (dialect == QLatin1String("postgresql")) {
        types = QStringList{QStringLiteral("integer"),
                            QStringLiteral("bigint"),
                            QStringLiteral("smallint"),
                            QStringLiteral("serial"),
                            QStringLiteral("bigserial"),
                            QStringLiteral("text"),
                            QStringLiteral("character varying(255)"),
                            QStringLiteral("numeric(12,2)"),
                            QStringLiteral("boolean"),
                            QStringLiteral("date"),
                            QStringLiteral("timestamp without time zone"),
                            QStringLiteral("timestamp with time zone"),
                            QStringLiteral("uuid"),
                            QStringLiteral("jsonb"),
                            QStringLiteral("bytea")};
        for (const UserType &type : schema.userTypes)
            types << (type.schemaName.isEmpty() ? type.name
                                                : type.schemaName + QLatin1Char('.') + type.name);
    } else if (dialect == QLatin1String("mysql") || dialect == QLatin1String("mariadb")) {
        types = QStringList{QStringLiteral("int"),           QStringLiteral("int unsigned"),
                            QStringLiteral("bigint"),        QStringLiteral("bigint unsigned"),
                            QStringLiteral("tinyint(1)"),    QStringLiteral("varchar(255)"),
                            QStringLiteral("text"),          QStringLiteral("longtext"),
                            QStringLiteral("decimal(12,2)"), QStringLiteral("double"),
                            QStringLiteral("date"),          QStringLiteral("datetime"),
                            QStringLiteral("timestamp"),     QStringLiteral("json"),
                            QStringLiteral("blob")};
    } else if (dialect == QLatin1String("sqlserver")) {
        types = QStringList{QStringLiteral("INT"),
                            QStringLiteral("BIGINT"),
                            QStringLiteral("SMALLINT"),
                            QStringLiteral("NVARCHAR(255)"),
                            QStringLiteral("VARCHAR(255)"),
                            QStringLiteral("NVARCHAR(MAX)"),
                            QStringLiteral("DECIMAL(12,2)"),
                            QStringLiteral("BIT"),
                            QStringLiteral("DATE"),
                            QStringLiteral("DATETIME2"),
                            QStringLiteral("UNIQUEIDENTIFIER"),
                            QStringLiteral("VARBINARY(MAX)")};
    } else {
        types = QStringList{
            QStringLiteral("integer"),       QStringLiteral("bigint"),
            QStringLiteral("smallint"),      QStringLiteral("varchar(255)"),
            QStringLiteral("char(1)"),       QStringLiteral("text"),
            QStringLiteral("decimal(12,2)"), QStringLiteral("real"),
            QStringLiteral("double"),        QStringLiteral("boolean"),
            QStringLiteral("date"),          QStringLiteral("time"),
            QStringLiteral("timestamp"),     QStringLiteral("timestamp with time zone"),
            QStringLiteral("uuid"),          QStringLiteral("json"),
            QStringLiteral("blob")};
    }
    return types;
}
