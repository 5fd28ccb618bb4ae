#include "import/typemapper.h"

#include <QtTest>

class TestTypeMapper : public QObject
{
    Q_OBJECT
private slots:
    void map_data();
    void map();
};

void TestTypeMapper::map_data()
{
    QTest::addColumn<QString>("engineType");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("logical"); // DataType::toString()
    QTest::addColumn<bool>("isUnsigned");
    QTest::addColumn<bool>("autoIncrement");
    auto row = [](const char *name, const char *type, const char *dialect, const char *logical,
                  bool isUnsigned = false, bool autoIncrement = false) {
        QTest::newRow(name) << QString::fromUtf8(type) << QString::fromUtf8(dialect)
                            << QString::fromUtf8(logical) << isUnsigned << autoIncrement;
    };
    row("mysql int display width", "int(11)", "mysql", "integer");
    row("mysql unsigned", "int(10) unsigned", "mysql", "integer", true);
    row("mysql bigint unsigned zerofill", "BIGINT UNSIGNED ZEROFILL", "mysql", "bigint", true);
    row("mysql tinyint(1) is boolean", "tinyint(1)", "mysql", "boolean");
    row("mysql tinyint stays", "tinyint(4)", "mysql", "tinyint(4)");
    row("mysql float is single", "float", "mysql", "real");
    row("postgres float is double", "float", "postgresql", "double");
    row("postgres int8", "int8", "postgresql", "bigint");
    row("postgres serial", "serial", "postgresql", "integer", false, true);
    row("postgres bigserial", "BIGSERIAL", "postgresql", "bigint", false, true);
    row("postgres varying", "character varying(40)", "postgresql", "varchar(40)");
    row("postgres varying unbounded", "character varying", "postgresql", "varchar");
    row("postgres bpchar", "bpchar(3)", "postgresql", "char(3)");
    row("postgres numeric", "numeric(12,2)", "postgresql", "decimal(12,2)");
    row("postgres numeric spaced", "NUMERIC ( 5 , 0 )", "postgresql", "decimal(5,0)");
    row("postgres timestamptz", "timestamp(6) with time zone", "postgresql",
        "timestamp with time zone");
    row("postgres timestamp precision", "timestamp(3) without time zone", "postgresql",
        "timestamp");
    row("postgres jsonb", "jsonb", "postgresql", "json");
    row("postgres bytea", "bytea", "postgresql", "blob");
    row("postgres array kept", "integer[]", "postgresql", "integer[]");
    row("postgres domain kept", "public.year", "postgresql", "public.year");
    row("sqlserver nvarchar", "NVARCHAR(160)", "sqlserver", "varchar(160)");
    row("sqlserver nvarchar max", "nvarchar(max)", "sqlserver", "text");
    row("sqlserver varbinary max", "varbinary(MAX)", "sqlserver", "blob");
    row("sqlserver bit", "bit", "sqlserver", "boolean");
    row("mysql bit stays", "bit(1)", "mysql", "bit(1)");
    row("sqlserver datetime2", "datetime2(7)", "sqlserver", "timestamp");
    row("sqlserver uniqueidentifier", "uniqueidentifier", "sqlserver", "uuid");
    row("sqlserver money kept", "money", "sqlserver", "money");
    row("sqlite integer", "INTEGER", "sqlite", "integer");
    row("sqlite any text kept", "STRING OF SORTS", "sqlite", "STRING OF SORTS");
    row("bad length kept", "varchar(abc)", "mysql", "varchar(abc)");
}

void TestTypeMapper::map()
{
    QFETCH(QString, engineType);
    QFETCH(QString, dialect);
    QFETCH(QString, logical);
    QFETCH(bool, isUnsigned);
    QFETCH(bool, autoIncrement);
    const TypeMapper::Mapped mapped = TypeMapper::map(engineType, dialect);
    QCOMPARE(mapped.type.toString(), logical);
    QCOMPARE(mapped.isUnsigned, isUnsigned);
    QCOMPARE(mapped.autoIncrement, autoIncrement);
}

QTEST_GUILESS_MAIN(TestTypeMapper)
#include "tst_typemapper.moc"
