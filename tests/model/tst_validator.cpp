#include "schemabuilder.h"
#include "validator.h"

#include <QTest>

#include <functional>

using Mutation = std::function<void(SchemaBuilder &)>;
Q_DECLARE_METATYPE(Mutation)

// Each row starts from a clean two-table schema (no problems), applies one mistake, and expects
// exactly that mistake to be reported: its code, severity, object and the whole message.
class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void cleanSchemaHasNoProblems();
    void oneMistake_data();
    void oneMistake();
    void problemsAreSortedErrorsFirst();

private:
    static SchemaBuilder clean();
};

SchemaBuilder TestValidator::clean()
{
    SchemaBuilder b;
    b.table(QStringLiteral("users"), {QStringLiteral("id bigint pk auto"),
                                       QStringLiteral("email varchar(255) notnull"),
                                       QStringLiteral("team_id integer")});
    b.unique(QStringLiteral("users"), QStringLiteral("uq_users_email"), {QStringLiteral("email")});
    b.table(QStringLiteral("orders"), {QStringLiteral("id bigint pk auto"),
                                        QStringLiteral("user_id bigint notnull"),
                                        QStringLiteral("note text default='x'")});
    b.index(QStringLiteral("orders"), QStringLiteral("ix_orders_user_id"), {QStringLiteral("user_id")});
    b.key(QStringLiteral("fk_orders_user"), QStringLiteral("orders"), {QStringLiteral("user_id")},
          QStringLiteral("users"), {QStringLiteral("id")}, ReferentialAction::Cascade);
    return b;
}

void TestValidator::cleanSchemaHasNoProblems()
{
    const QVector<Problem> problems = Validator::validate(clean().schema);
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toLine();
    QVERIFY2(problems.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
}

static void editKey(SchemaBuilder &b, const std::function<void(ForeignKey &)> &edit)
{
    ForeignKey k = *b.schema.foreignKey(b.schema.foreignKeyIds().first());
    edit(k);
    b.schema.replaceForeignKey(k);
}

static void editTable(SchemaBuilder &b, const char *name, const std::function<void(Table &)> &edit)
{
    Table t = *b.schema.tableByName(QLatin1String(name));
    edit(t);
    b.schema.replaceTable(t);
}

void TestValidator::oneMistake_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("line");

    QTest::newRow("duplicate table") << Mutation([](SchemaBuilder &b) {
        b.table(QStringLiteral("Users"), {QStringLiteral("id integer pk")});
    }) << QStringLiteral("error table-name-duplicate Users: There is more than one table named \"Users\" (names are compared without case).");
    QTest::newRow("empty table name") << Mutation([](SchemaBuilder &b) {
        editTable(b, "orders", [](Table &t) { t.name.clear(); });
    }) << QStringLiteral("error table-name-empty (unnamed table): The table has no name.");
    QTest::newRow("duplicate column") << Mutation([](SchemaBuilder &b) {
        editTable(b, "orders", [](Table &t) { t.columns[2].name = QStringLiteral("USER_ID"); });
    }) << QStringLiteral("error column-name-duplicate orders.USER_ID: Table \"orders\" has more than one column named \"USER_ID\" (names are compared without case).");
    QTest::newRow("nullable primary key") << Mutation([](SchemaBuilder &b) {
        editTable(b, "users", [](Table &t) { t.columns[0].nullable = true; });
    }) << QStringLiteral("warning primary-key-nullable users.id: Column \"users.id\" is part of the primary key but allows NULL: SQLite then stores NULL in the key; the other engines make the column NOT NULL.");
    QTest::newRow("nullable INTEGER PRIMARY KEY: the rowid") << Mutation([](SchemaBuilder &b) {
        editTable(b, "users", [](Table &t) {
            t.columns[0].nullable = true;
            t.columns[0].autoIncrement = false;
            t.columns[0].type = DataType(LogicalType::Integer);
            t.columns[0].declaredType = QStringLiteral("INTEGER");
            t.columns[0].typeDeclared = true;
        });
        editTable(b, "orders", [](Table &t) { t.columns[1].type = DataType(LogicalType::Integer); });
    }) << QString();
    // Legal everywhere: the engine names the key (the seeds' own examples have such keys).
    QTest::newRow("unnamed key") << Mutation([](SchemaBuilder &b) {
        editKey(b, [](ForeignKey &k) { k.name.clear(); });
    }) << QString();
    QTest::newRow("auto increment tinyint") << Mutation([](SchemaBuilder &b) {
        editTable(b, "orders", [](Table &t) {
            t.columns[0].autoIncrement = false;
            t.columns[2].type = DataType::custom(QStringLiteral("TINYINT UNSIGNED"));
            t.columns[2].defaultValue.clear();
            t.columns[2].autoIncrement = true;
        });
    }) << QString();
    QTest::newRow("parent not unique") << Mutation([](SchemaBuilder &b) {
        editKey(b, [&](ForeignKey &k) {
            k.parentColumns = {b.column(QStringLiteral("users"), QStringLiteral("team_id"))};
            k.childColumns = {b.column(QStringLiteral("orders"), QStringLiteral("user_id"))};
        });
        editTable(b, "users", [](Table &t) { t.columns[2].type = DataType(LogicalType::BigInt); });
    }) << QStringLiteral("error fk-parent-not-unique orders.fk_orders_user: Foreign key \"fk_orders_user\" references users(team_id), which is not the primary key or a unique constraint of \"users\" (in that column order).");
    QTest::newRow("type families differ") << Mutation([](SchemaBuilder &b) {
        editTable(b, "orders", [](Table &t) { t.columns[1].type = DataType(LogicalType::Varchar, 20); });
    }) << QStringLiteral("error fk-type-mismatch orders.fk_orders_user: Foreign key \"fk_orders_user\": orders.user_id → users.id pairs varchar(20) with bigint; the engines cannot compare them.");
    QTest::newRow("type sizes differ") << Mutation([](SchemaBuilder &b) {
        editTable(b, "orders", [](Table &t) { t.columns[1].type = DataType(LogicalType::Integer); });
    }) << QStringLiteral("warning fk-type-differs orders.fk_orders_user: Foreign key \"fk_orders_user\": orders.user_id → users.id pairs integer with bigint; MySQL, MariaDB and SQL Server need the exact same type.");
    QTest::newRow("set null on not null") << Mutation([](SchemaBuilder &b) {
        editKey(b, [](ForeignKey &k) { k.onUpdate = ReferentialAction::SetNull; });
    }) << QStringLiteral("error fk-set-null-not-nullable orders.fk_orders_user: Foreign key \"fk_orders_user\" is ON UPDATE SET NULL but orders.user_id is NOT NULL: every such change of a referenced parent row will fail.");
    QTest::newRow("set default without default") << Mutation([](SchemaBuilder &b) {
        editKey(b, [](ForeignKey &k) { k.onDelete = ReferentialAction::SetDefault; });
    }) << QStringLiteral("error fk-set-default-no-default orders.fk_orders_user: Foreign key \"fk_orders_user\" is ON DELETE SET DEFAULT but orders.user_id has no default and is NOT NULL: every such change will fail.");
    QTest::newRow("child not indexed") << Mutation([](SchemaBuilder &b) {
        editTable(b, "orders", [](Table &t) { t.indexes.clear(); });
    }) << QStringLiteral("warning fk-child-not-indexed orders.fk_orders_user: No index on orders(user_id): every delete or key update in \"users\" scans \"orders\".");
    QTest::newRow("duplicate index name") << Mutation([](SchemaBuilder &b) {
        b.index(QStringLiteral("orders"), QStringLiteral("IX_orders_user_id"), {QStringLiteral("note")});
    }) << QStringLiteral("error index-name-duplicate orders.IX_orders_user_id: Table \"orders\" has more than one index named \"IX_orders_user_id\".");
    // Other name clashes depend on the dialect (tst_dialectchecker): not an error here.
    QTest::newRow("key named like an index") << Mutation([](SchemaBuilder &b) {
        editKey(b, [](ForeignKey &k) { k.name = QStringLiteral("ix_orders_user_id"); });
    }) << QString();
    QTest::newRow("auto increment text") << Mutation([](SchemaBuilder &b) {
        editTable(b, "orders", [](Table &t) {
            t.columns[0].autoIncrement = false;
            t.columns[2].autoIncrement = true;
        });
    }) << QStringLiteral("error column-auto-increment-not-integer orders.note: Column \"orders.note\" is auto-increment but of type text; only integer columns can be.");
    QTest::newRow("scale above precision") << Mutation([](SchemaBuilder &b) {
        editTable(b, "orders", [](Table &t) { t.columns[2].type = DataType(LogicalType::Decimal, 4, 6); });
    }) << QStringLiteral("error column-scale-exceeds-precision orders.note: Column \"orders.note\": the scale 6 is larger than the precision 4.");
}

void TestValidator::oneMistake()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, line);
    SchemaBuilder b = clean();
    mutation(b);
    QStringList lines;
    for (const Problem &p : Validator::validate(b.schema))
        lines << p.toLine();
    QCOMPARE(lines, line.isEmpty() ? QStringList() : QStringList{line});
}

void TestValidator::problemsAreSortedErrorsFirst()
{
    SchemaBuilder b = clean();
    editTable(b, "orders", [](Table &t) { t.indexes.clear(); });        // a warning on orders
    editTable(b, "users", [](Table &t) { t.columns[1].type = DataType(LogicalType::Decimal, 4, 6); }); // an error on users
    b.table(QStringLiteral("log"), {QStringLiteral("line text")});        // info on log
    const QVector<Problem> problems = Validator::validate(b.schema);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).code, QStringLiteral("column-scale-exceeds-precision"));
    QCOMPARE(problems.at(1).code, QStringLiteral("fk-child-not-indexed"));
    QCOMPARE(problems.at(2).code, QStringLiteral("table-without-primary-key"));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
