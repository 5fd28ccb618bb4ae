#include "commands/addcolumncommand.h"
#include "commands/addforeignkeycommand.h"
#include "commands/addtablecommand.h"
#include "commands/editcolumncommand.h"
#include "commands/editforeignkeycommand.h"
#include "commands/editschemacommand.h"
#include "commands/edittablecommand.h"
#include "commands/movecolumncommand.h"
#include "commands/movetablescommand.h"
#include "commands/removecolumncommand.h"
#include "commands/removeforeignkeycommand.h"
#include "commands/removetablecommand.h"
#include "document.h"
#include "integritycheck.h"
#include "schemabuilder.h"
#include "schemawriter.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <functional>

// Every command type: redo gives the expected state, undo gives back the exact serialised state
// before, redo again the exact state after; the integrity check holds at each step.
class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void removeColumnRemovesItsKeysAndConstraintEntries();
    void removeTablesSharingAKeyRemovesItOnce();
    void renamesMergeIntoOneStep();
    void nudgesMergeButDragsDoNot();
    void constraintEditsStaySeparateSteps();
    void removalSignalsComeBeforeTheChange();
    void randomEditsUndoAndRedoExactly();

private:
    QByteArray snapshot() const { return SchemaWriter::toJson(m_document->schema()); }
    void verifyIntegrity() const;

    std::unique_ptr<Document> m_document;
};

void TestCommands::init()
{
    m_document = std::make_unique<Document>();
    m_document->resetSchema(loadSample(QStringLiteral("shop.joinery")));
}

void TestCommands::verifyIntegrity() const
{
    const QStringList broken = IntegrityCheck::check(m_document->schema());
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

using CommandFactory = std::function<QUndoCommand *(Document *)>;
using StateCheck = std::function<bool(const Schema &)>;
Q_DECLARE_METATYPE(CommandFactory)
Q_DECLARE_METATYPE(StateCheck)

static const Table &tableNamed(const Schema &s, const char *name)
{
    return *s.tableByName(QLatin1String(name));
}

static const ForeignKey *keyNamed(const Schema &s, const char *name)
{
    for (Id id : s.foreignKeyIds()) {
        if (s.foreignKey(id)->name == QLatin1String(name))
            return s.foreignKey(id);
    }
    return nullptr;
}

void TestCommands::roundTrip_data()
{
    QTest::addColumn<CommandFactory>("make");
    QTest::addColumn<StateCheck>("expected");

    QTest::newRow("add table") << CommandFactory([](Document *d) {
        return new AddTableCommand(d, AddTableCommand::newTable(d, QStringLiteral("invoices"), {10, 20}));
    }) << StateCheck([](const Schema &s) {
        const Table *t = s.tableByName(QStringLiteral("invoices"));
        return t && t->columns.size() == 1 && t->primaryKey.size() == 1
               && t->position == QPointF(10, 20) && s.tableIds().last() == t->id;
    });
    QTest::newRow("remove table with keys") << CommandFactory([](Document *d) {
        return new RemoveTableCommand(d, {tableNamed(d->schema(), "users").id});
    }) << StateCheck([](const Schema &s) {
        return !s.tableByName(QStringLiteral("users")) && !keyNamed(s, "fk_orders_user")
               && !keyNamed(s, "fk_reviews_author") && !keyNamed(s, "fk_profiles_user")
               && keyNamed(s, "fk_order_items_order");
    });
    QTest::newRow("rename table") << CommandFactory([](Document *d) {
        Table t = tableNamed(d->schema(), "users");
        t.name = QStringLiteral("accounts");
        return new EditTableCommand(d, t, EditTableCommand::Property::Name);
    }) << StateCheck([](const Schema &s) {
        // The keys still point at the renamed table: they hold its id.
        return s.tableByName(QStringLiteral("accounts"))
               && s.foreignKey(keyNamed(s, "fk_orders_user")->id)->parentTable
                      == s.tableByName(QStringLiteral("accounts"))->id;
    });
    QTest::newRow("change indexes") << CommandFactory([](Document *d) {
        Table t = tableNamed(d->schema(), "orders");
        t.indexes.clear();
        return new EditTableCommand(d, t, EditTableCommand::Property::Indexes);
    }) << StateCheck([](const Schema &s) { return tableNamed(s, "orders").indexes.isEmpty(); });
    QTest::newRow("move tables") << CommandFactory([](Document *d) {
        QHash<Id, QPointF> to;
        to.insert(tableNamed(d->schema(), "users").id, {500, 600});
        to.insert(tableNamed(d->schema(), "orders").id, {-40, 7.5});
        return new MoveTablesCommand(d, to);
    }) << StateCheck([](const Schema &s) {
        return tableNamed(s, "users").position == QPointF(500, 600)
               && tableNamed(s, "orders").position == QPointF(-40, 7.5);
    });
    QTest::newRow("add column") << CommandFactory([](Document *d) {
        Column c;
        c.id = d->allocateId();
        c.name = QStringLiteral("phone");
        c.type = DataType(LogicalType::Varchar, 32);
        return new AddColumnCommand(d, tableNamed(d->schema(), "users").id, c, 1);
    }) << StateCheck([](const Schema &s) {
        return tableNamed(s, "users").columns.at(1).name == QLatin1String("phone");
    });
    QTest::newRow("remove referenced column") << CommandFactory([](Document *d) {
        const Table &users = tableNamed(d->schema(), "users");
        return new RemoveColumnCommand(d, users.id, users.columnByName(QStringLiteral("id"))->id);
    }) << StateCheck([](const Schema &s) {
        const Table &users = tableNamed(s, "users");
        return !users.columnByName(QStringLiteral("id")) && users.primaryKey.isEmpty()
               && !keyNamed(s, "fk_orders_user") && s.foreignKeyCount() == 3;
    });
    QTest::newRow("edit column") << CommandFactory([](Document *d) {
        const Table &reviews = tableNamed(d->schema(), "reviews");
        Column c = *reviews.columnByName(QStringLiteral("author_id"));
        c.nullable = false;
        return new EditColumnCommand(d, reviews.id, c, EditColumnCommand::Property::Nullable);
    }) << StateCheck([](const Schema &s) {
        return !tableNamed(s, "reviews").columnByName(QStringLiteral("author_id"))->nullable;
    });
    QTest::newRow("move column") << CommandFactory([](Document *d) {
        const Table &users = tableNamed(d->schema(), "users");
        return new MoveColumnCommand(d, users.id, users.columns.last().id, 0);
    }) << StateCheck([](const Schema &s) {
        return tableNamed(s, "users").columns.first().name == QLatin1String("created_at");
    });
    QTest::newRow("add composite self-reference") << CommandFactory([](Document *d) {
        const Table &users = tableNamed(d->schema(), "users");
        ForeignKey k;
        k.id = d->allocateId();
        k.name = QStringLiteral("fk_users_self");
        k.childTable = k.parentTable = users.id;
        k.childColumns = {users.columnByName(QStringLiteral("id"))->id};
        k.parentColumns = k.childColumns;
        return new AddForeignKeyCommand(d, k);
    }) << StateCheck([](const Schema &s) {
        const ForeignKey *k = keyNamed(s, "fk_users_self");
        return k && k->isSelfReference()
               && s.foreignKeysOfTable(k->childTable).count(k->id) == 1;
    });
    QTest::newRow("remove key") << CommandFactory([](Document *d) {
        return new RemoveForeignKeyCommand(d, keyNamed(d->schema(), "fk_reviews_author")->id);
    }) << StateCheck([](const Schema &s) { return !keyNamed(s, "fk_reviews_author"); });
    QTest::newRow("edit key action") << CommandFactory([](Document *d) {
        ForeignKey k = *keyNamed(d->schema(), "fk_orders_user");
        k.onDelete = ReferentialAction::Cascade;
        k.onUpdate = ReferentialAction::SetDefault;
        return new EditForeignKeyCommand(d, k, EditForeignKeyCommand::Property::OnDelete);
    }) << StateCheck([](const Schema &s) {
        return keyNamed(s, "fk_orders_user")->onDelete == ReferentialAction::Cascade
               && keyNamed(s, "fk_orders_user")->onUpdate == ReferentialAction::SetDefault;
    });
    QTest::newRow("edit schema") << CommandFactory([](Document *d) {
        return new EditSchemaCommand(d, QStringLiteral("store"), QStringLiteral("mariadb"));
    }) << StateCheck([](const Schema &s) {
        return s.name == QLatin1String("store") && s.targetDialect == QLatin1String("mariadb");
    });
}

void TestCommands::roundTrip()
{
    QFETCH(CommandFactory, make);
    QFETCH(StateCheck, expected);

    const QByteArray before = snapshot();
    QVERIFY(!expected(m_document->schema()));
    m_document->undoStack()->push(make(m_document.get()));
    QVERIFY(expected(m_document->schema()));
    verifyIntegrity();
    const QByteArray after = snapshot();
    QVERIFY(after != before);

    m_document->undoStack()->undo();
    JOINERY_COMPARE_SNAPSHOT(snapshot(), before);
    verifyIntegrity();
    m_document->undoStack()->redo();
    JOINERY_COMPARE_SNAPSHOT(snapshot(), after);
    verifyIntegrity();
    m_document->undoStack()->undo();
    JOINERY_COMPARE_SNAPSHOT(snapshot(), before);
}

void TestCommands::removeColumnRemovesItsKeysAndConstraintEntries()
{
    const Schema &s = m_document->schema();
    const Table &items = tableNamed(s, "order_items");
    const Id productId = items.columnByName(QStringLiteral("product_id"))->id;
    m_document->undoStack()->push(new RemoveColumnCommand(m_document.get(), items.id, productId));

    const Table &after = tableNamed(s, "order_items");
    QCOMPARE(after.primaryKey.size(), 1); // (order_id, product_id) keeps order_id
    QVERIFY(after.indexes.isEmpty());     // ix_order_items_product_id had only that column
    QVERIFY(!keyNamed(s, "fk_order_items_product"));
    QVERIFY(keyNamed(s, "fk_order_items_order"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Delete column \"order_items.product_id\""));
}

void TestCommands::removeTablesSharingAKeyRemovesItOnce()
{
    const Schema &s = m_document->schema();
    const QByteArray before = snapshot();
    m_document->undoStack()->push(new RemoveTableCommand(
        m_document.get(), {tableNamed(s, "orders").id, tableNamed(s, "order_items").id}));
    QVERIFY(!s.tableByName(QStringLiteral("orders")));
    QVERIFY(!keyNamed(s, "fk_order_items_order"));
    QCOMPARE(s.foreignKeyCount(), 3);
    verifyIntegrity();
    m_document->undoStack()->undo();
    JOINERY_COMPARE_SNAPSHOT(snapshot(), before);
}

void TestCommands::renamesMergeIntoOneStep()
{
    const Schema &s = m_document->schema();
    for (const char *name : {"u", "us", "use", "user", "users2"}) {
        Table edited = *s.table(s.tableIds().first());
        edited.name = QLatin1String(name);
        m_document->undoStack()->push(
            new EditTableCommand(m_document.get(), edited, EditTableCommand::Property::Name));
    }
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Rename table \"users\" to \"users2\""));
    m_document->undoStack()->undo();
    QCOMPARE(s.table(s.tableIds().first())->name, QStringLiteral("users"));

    // Typing the old name back leaves nothing to undo.
    for (const char *name : {"x", "users"}) {
        Table edited = *s.table(s.tableIds().first());
        edited.name = QLatin1String(name);
        m_document->undoStack()->push(
            new EditTableCommand(m_document.get(), edited, EditTableCommand::Property::Name));
    }
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestCommands::nudgesMergeButDragsDoNot()
{
    const Id users = tableNamed(m_document->schema(), "users").id;
    QUndoStack *stack = m_document->undoStack();
    stack->push(new MoveTablesCommand(m_document.get(), {{users, QPointF(100, 100)}}));
    stack->push(new MoveTablesCommand(m_document.get(), {{users, QPointF(200, 100)}}));
    QCOMPARE(stack->count(), 2); // two drags, two steps
    stack->push(new MoveTablesCommand(m_document.get(), {{users, QPointF(210, 100)}}, true));
    stack->push(new MoveTablesCommand(m_document.get(), {{users, QPointF(220, 100)}}, true));
    QCOMPARE(stack->count(), 2); // the nudges merged into the second drag
    stack->undo();
    QCOMPARE(m_document->schema().table(users)->position, QPointF(100, 100));
}

void TestCommands::constraintEditsStaySeparateSteps()
{
    // Typing merges; adding one index and then another is two things to undo.
    const Schema &s = m_document->schema();
    const Id orders = tableNamed(s, "orders").id;
    for (const char *name : {"ix_a", "ix_b"}) {
        Table t = *s.table(orders);
        t.indexes << TableIndex{m_document->allocateId(), QLatin1String(name), {t.columns.at(2).id}, false};
        m_document->undoStack()->push(
            new EditTableCommand(m_document.get(), t, EditTableCommand::Property::Indexes));
    }
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    QCOMPARE(s.table(orders)->indexes.size(), 2); // ix_orders_user_id and ix_a
}

void TestCommands::removalSignalsComeBeforeTheChange()
{
    const Schema &s = m_document->schema();
    QStringList events;
    connect(m_document.get(), &Document::foreignKeyAboutToBeRemoved, this, [&](Id id) {
        QVERIFY(s.foreignKey(id)); // still there for the views to read
        events << QStringLiteral("key:") + s.foreignKey(id)->name;
    });
    connect(m_document.get(), &Document::tableAboutToBeRemoved, this, [&](Id id) {
        QVERIFY(s.foreignKeysOfTable(id).isEmpty()); // keys went first
        events << QStringLiteral("table:") + s.table(id)->name;
    });
    m_document->undoStack()->push(
        new RemoveTableCommand(m_document.get(), {tableNamed(s, "products").id}));
    QCOMPARE(events, QStringList({QStringLiteral("key:fk_order_items_product"),
                                  QStringLiteral("key:fk_reviews_product"),
                                  QStringLiteral("table:products")}));
}

void TestCommands::randomEditsUndoAndRedoExactly()
{
    QRandomGenerator random(20261122);
    Document *d = m_document.get();
    const Schema &s = d->schema();
    QUndoStack *stack = d->undoStack();
    const QByteArray start = snapshot();

    auto pickTable = [&]() -> const Table * {
        if (s.tableCount() == 0)
            return nullptr;
        return s.table(s.tableIds().at(random.bounded(s.tableCount())));
    };
    int pushed = 0;
    for (int step = 0; step < 400; ++step) {
        const Table *t = pickTable();
        switch (t ? random.bounded(9) : 0) {
        case 0:
            stack->push(new AddTableCommand(
                d, AddTableCommand::newTable(d, QStringLiteral("t%1").arg(step),
                                             {double(random.bounded(800)), double(random.bounded(800))})));
            break;
        case 1:
            if (s.tableCount() > 3)
                stack->push(new RemoveTableCommand(d, {t->id}));
            break;
        case 2: {
            Column c;
            c.id = d->allocateId();
            c.name = QStringLiteral("c%1").arg(step);
            c.type = DataType::parse(DataType::logicalNames().at(random.bounded(int(DataType::logicalNames().size()))));
            c.nullable = random.bounded(2);
            stack->push(new AddColumnCommand(d, t->id, c, random.bounded(int(t->columns.size()) + 1)));
            break;
        }
        case 3:
            if (t->columns.size() > 1)
                stack->push(new RemoveColumnCommand(
                    d, t->id, t->columns.at(random.bounded(int(t->columns.size()))).id));
            break;
        case 4: {
            if (t->columns.isEmpty())
                break;
            Column c = t->columns.at(random.bounded(int(t->columns.size())));
            c.name += QLatin1Char('x');
            stack->push(new EditColumnCommand(d, t->id, c, EditColumnCommand::Property::Name));
            break;
        }
        case 5: {
            const Table *parent = pickTable();
            if (t->columns.isEmpty() || parent->columns.isEmpty())
                break;
            ForeignKey k;
            k.id = d->allocateId();
            k.name = QStringLiteral("fk%1").arg(step);
            k.childTable = t->id;
            k.parentTable = parent->id;
            k.childColumns = {t->columns.at(random.bounded(int(t->columns.size()))).id};
            k.parentColumns = {parent->columns.at(random.bounded(int(parent->columns.size()))).id};
            k.onDelete = ReferentialAction(random.bounded(5));
            stack->push(new AddForeignKeyCommand(d, k));
            break;
        }
        case 6: {
            if (s.foreignKeyCount() == 0)
                break;
            ForeignKey k = *s.foreignKey(s.foreignKeyIds().at(random.bounded(s.foreignKeyCount())));
            k.onUpdate = ReferentialAction(random.bounded(5));
            stack->push(new EditForeignKeyCommand(d, k, EditForeignKeyCommand::Property::OnUpdate));
            break;
        }
        case 7:
            stack->push(new MoveTablesCommand(
                d, {{t->id, QPointF(random.bounded(1000), random.bounded(1000))}},
                random.bounded(2)));
            break;
        case 8:
            if (t->columns.size() > 1)
                stack->push(new MoveColumnCommand(d, t->id, t->columns.first().id,
                                                  random.bounded(int(t->columns.size()))));
            break;
        }
        ++pushed;
        const QStringList broken = IntegrityCheck::check(s);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }
    QVERIFY(stack->count() > 200);
    const QByteArray end = snapshot();
    while (stack->canUndo()) {
        stack->undo();
        const QStringList broken = IntegrityCheck::check(s);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }
    JOINERY_COMPARE_SNAPSHOT(snapshot(), start);
    while (stack->canRedo())
        stack->redo();
    JOINERY_COMPARE_SNAPSHOT(snapshot(), end);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
