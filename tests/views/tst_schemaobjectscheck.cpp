#include "schema.h"
#include "schemaobjectscheck.h"

#include <QtTest>

// What SchemaObjectsDialog refuses, without the dialog: how a declared type or a nextval()
// default names a type or sequence, and the exact sentences for each refusal.
class TestSchemaObjectsCheck : public QObject
{
    Q_OBJECT

private slots:
    void declaresType_data();
    void declaresType();
    void problems_data();
    void problems();
};

void TestSchemaObjectsCheck::declaresType_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("names");
    QTest::newRow("plain") << "mood" << "mood" << true;
    QTest::newRow("case") << "MOOD" << "mood" << true;
    QTest::newRow("quoted") << "\"Mood\"" << "Mood" << true;
    QTest::newRow("qualified") << "public.\"Mood\"" << "mood" << true;
    QTest::newRow("array") << "mood[]" << "mood" << true;
    QTest::newRow("array of arrays") << "public.mood [] []" << "mood" << true;
    QTest::newRow("other") << "moods" << "mood" << false;
    QTest::newRow("prefix") << "mood_level" << "mood" << false;
    QTest::newRow("empty type") << "mood" << "" << false;
}

void TestSchemaObjectsCheck::declaresType()
{
    QFETCH(QString, declared);
    QFETCH(QString, type);
    QTEST(SchemaObjectsCheck::declaresType(declared, type), "names");
}

void TestSchemaObjectsCheck::problems_data()
{
    QTest::addColumn<QVector<UserType>>("types");
    QTest::addColumn<QVector<Sequence>>("sequences");
    QTest::addColumn<QStringList>("extensions");
    QTest::addColumn<QString>("problem");

    UserType status;
    status.id = 1;
    status.name = QStringLiteral("status");
    status.values = QStringList{QStringLiteral("open"), QStringLiteral(" open")};
    UserType domain;
    domain.id = 2;
    domain.kind = UserType::Kind::Domain;
    domain.name = QStringLiteral("amount");
    domain.baseType = QStringLiteral("numeric");
    Sequence sequence;
    sequence.id = 3;
    sequence.name = QStringLiteral("counter");

    QTest::newRow("fine") << QVector<UserType>{status, domain} << QVector<Sequence>{sequence}
                          << QStringList{QStringLiteral("citext")} << QString();
    UserType twice = status;
    twice.values << QStringLiteral("open");
    QTest::newRow("value twice") << QVector<UserType>{twice} << QVector<Sequence>{} << QStringList{}
                                 << "The enum type status has the value 'open' twice.";
    UserType empty = status;
    empty.values.clear();
    QTest::newRow("empty enum") << QVector<UserType>{empty} << QVector<Sequence>{} << QStringList{}
                                << "The enum type status has no values: give it at least one.";
    UserType noBase = domain;
    noBase.baseType = QStringLiteral(" ");
    QTest::newRow("domain without base") << QVector<UserType>{noBase} << QVector<Sequence>{}
                                         << QStringList{} << "The domain amount has no base type.";
    UserType emptyCheck = domain;
    emptyCheck.checks << CheckConstraint{};
    QTest::newRow("empty check") << QVector<UserType>{emptyCheck} << QVector<Sequence>{}
                                 << QStringList{}
                                 << "The domain amount has a CHECK constraint without a condition.";
    Sequence clash = sequence;
    clash.name = QStringLiteral("Status");
    QTest::newRow("sequence named like a type")
        << QVector<UserType>{status} << QVector<Sequence>{clash} << QStringList{}
        << "The name Status is already used by the type status.";
    Sequence zero = sequence;
    zero.increment = QStringLiteral("0");
    QTest::newRow("increment 0") << QVector<UserType>{} << QVector<Sequence>{zero} << QStringList{}
                                 << "The sequence counter has an increment of 0.";
    Sequence sign = sequence;
    sign.start = QStringLiteral("-");
    QTest::newRow("sign only") << QVector<UserType>{} << QVector<Sequence>{sign} << QStringList{}
                               << "The sequence counter: '-' is not a whole number.";
    QTest::newRow("extension twice")
        << QVector<UserType>{} << QVector<Sequence>{}
        << QStringList{QStringLiteral("pg_trgm"), QStringLiteral("PG_TRGM")}
        << "The extension PG_TRGM is listed twice.";
}

void TestSchemaObjectsCheck::problems()
{
    QFETCH(QVector<UserType>, types);
    QFETCH(QVector<Sequence>, sequences);
    QFETCH(QStringList, extensions);
    QTEST(SchemaObjectsCheck::problem(Schema(), extensions, types, sequences), "problem");
}

QTEST_APPLESS_MAIN(TestSchemaObjectsCheck)
#include "tst_schemaobjectscheck.moc"
