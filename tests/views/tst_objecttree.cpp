#include "commands/edittablecommand.h"
#include "document.h"
#include "objecttree.h"
#include "schemabuilder.h"
#include "schemareader.h"
#include "selection.h"

#include <QLineEdit>
#include <QTreeWidget>
#include <QtTest>

// The Objects dock: follows the model, filters as one types, shares the selection.
class TestObjectTree : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTablesInOrder();
    void filterKeepsMatchesAndTheirTables();
    void selectionIsShared();
    void followsRename();
    void unnamedKeyShowsTheEnginesName();
    void largeSchemaGetsChildrenAfterItIsShown();
    void searchFindsColumnsNotMadeYet();

private:
    QTreeWidgetItem *tableItem(const QString &name) const;
    Document *m_doc = nullptr;
    Selection *m_selection = nullptr;
    ObjectTree *m_tree = nullptr;
};

void TestObjectTree::init()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery")));
    m_doc = new Document;
    m_selection = new Selection;
    m_doc->resetSchema(reader.schema());
    m_tree = new ObjectTree(m_doc, m_selection);
}

void TestObjectTree::cleanup()
{
    delete m_tree;
    delete m_selection;
    delete m_doc;
}

QTreeWidgetItem *TestObjectTree::tableItem(const QString &name) const
{
    QTreeWidget *tree = m_tree->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

void TestObjectTree::listsTablesInOrder()
{
    QTreeWidget *tree = m_tree->tree();
    const Schema &schema = m_doc->schema();
    QCOMPARE(tree->topLevelItemCount(), schema.tableCount());
    for (int i = 0; i < schema.tableCount(); ++i)
        QCOMPARE(tree->topLevelItem(i)->text(0), schema.table(schema.tableIds().at(i))->name);
    QTreeWidgetItem *orders = tableItem(QStringLiteral("orders"));
    QVERIFY(orders);
    QCOMPARE(orders->child(1)->text(0), QStringLiteral("user_id"));
}

void TestObjectTree::filterKeepsMatchesAndTheirTables()
{
    QTest::keyClicks(m_tree->filterEdit(), QStringLiteral("user_id"));
    QVERIFY(!tableItem(QStringLiteral("orders"))->isHidden()); // has a user_id column
    QVERIFY(tableItem(QStringLiteral("products"))->isHidden());
    QVERIFY(tableItem(QStringLiteral("orders"))->isExpanded());
    m_tree->filterEdit()->clear();
    QVERIFY(!tableItem(QStringLiteral("products"))->isHidden());
}

void TestObjectTree::selectionIsShared()
{
    const Table *orders = m_doc->schema().tableByName(QStringLiteral("orders"));
    m_selection->select(orders->columns.at(1).id);
    QTreeWidgetItem *item = tableItem(QStringLiteral("orders"))->child(1);
    QVERIFY(item->isSelected());
    m_tree->tree()->clearSelection();
    QVERIFY(m_selection->isEmpty());
    tableItem(QStringLiteral("users"))->setSelected(true);
    QCOMPARE(m_selection->ids(), QVector<Id>{m_doc->schema().tableByName(QStringLiteral("users"))->id});
}

void TestObjectTree::followsRename()
{
    Table after = *m_doc->schema().tableByName(QStringLiteral("orders"));
    after.name = QStringLiteral("purchases");
    m_doc->undoStack()->push(new EditTableCommand(m_doc, after, EditTableCommand::Property::Name));
    QVERIFY(tableItem(QStringLiteral("purchases")));
    QVERIFY(!tableItem(QStringLiteral("orders")));
    m_doc->undoStack()->undo();
    QVERIFY(tableItem(QStringLiteral("orders")));
}

// Past FillAtOnce tables a table's children are made only when needed: expanding it, selecting
// one of them, or a search that one of them matches.
void TestObjectTree::largeSchemaGetsChildrenAfterItIsShown()
{
    SchemaBuilder builder;
    const int count = ObjectTree::FillAtOnce + 150;
    for (int i = 0; i < count; ++i)
        builder.table(QStringLiteral("t%1").arg(i),
                      {QStringLiteral("id bigint pk"), QStringLiteral("parent_id bigint"),
                       QStringLiteral("note%1 text").arg(i)});
    builder.key(QStringLiteral("t299_parent"), QStringLiteral("t299"),
                {QStringLiteral("parent_id")}, QStringLiteral("t0"), {QStringLiteral("id")});
    Document doc;
    Selection selection;
    doc.resetSchema(builder.schema);
    ObjectTree tree(&doc, &selection);
    auto item = [&tree](int i) { return tree.tree()->topLevelItem(i); };
    QCOMPARE(tree.tree()->topLevelItemCount(), count);
    QCOMPARE(item(5)->text(0), QStringLiteral("t5"));
    QVERIFY(item(5)->text(1).startsWith(QStringLiteral("3 column")));
    QVERIFY(!tree.isFilled(builder.schema.tableIds().at(5)));
    QCOMPARE(item(5)->childCount(), 0);
    QCOMPARE(item(5)->childIndicatorPolicy(), QTreeWidgetItem::ShowIndicator);

    // Expanding a table makes its children.
    item(5)->setExpanded(true);
    QCOMPARE(item(5)->childCount(), 3);
    QCOMPARE(item(5)->child(2)->text(0), QStringLiteral("note5"));

    // Selecting a key of a table not filled yet selects its item.
    const Id keyId = builder.schema.foreignKeyIds().first();
    selection.select(keyId);
    QVERIFY(tree.isFilled(builder.schema.tableIds().at(299)));
    QCOMPARE(tree.tree()->selectedItems().size(), 1);
    QCOMPARE(tree.tree()->selectedItems().first()->text(0), QStringLiteral("t299_parent"));
    selection.clear();

    // Nothing else is made meanwhile.
    QCoreApplication::processEvents();
    QVERIFY(!tree.isFilled(builder.schema.tableIds().at(count - 1)));
    QCOMPARE(item(6)->childCount(), 0);
    QCOMPARE(item(299)->childCount(), 4);
}

// A search finds columns of tables whose children were not made yet.
void TestObjectTree::searchFindsColumnsNotMadeYet()
{
    SchemaBuilder builder;
    const int count = ObjectTree::FillAtOnce * 2;
    for (int i = 0; i < count; ++i)
        builder.table(QStringLiteral("t%1").arg(i),
                      {QStringLiteral("id bigint pk"), QStringLiteral("note%1 text").arg(i)});
    Document doc;
    Selection selection;
    doc.resetSchema(builder.schema);
    ObjectTree tree(&doc, &selection);
    QVERIFY(!tree.isFilled(builder.schema.tableIds().last()));
    // Pasted: typed letter by letter, "note" would match every table on the way.
    tree.filterEdit()->setText(QStringLiteral("note%1").arg(count - 1));
    QTreeWidgetItem *last = tree.tree()->topLevelItem(count - 1);
    QVERIFY(!last->isHidden());
    QVERIFY(last->isExpanded());
    QCOMPARE(last->childCount(), 2);
    QVERIFY(last->child(0)->isHidden()); // "id" does not match
    QVERIFY(!last->child(1)->isHidden());
    QVERIFY(tree.tree()->topLevelItem(0)->isHidden());
    // Only the table with a match had its children made.
    QVERIFY(!tree.isFilled(builder.schema.tableIds().first()));

    // A search that matches a table by name shows it closed; expanding it opens it with its
    // children.
    tree.filterEdit()->clear();
    QTest::keyClicks(tree.filterEdit(), QStringLiteral("t7"));
    QTreeWidgetItem *t7 = tree.tree()->topLevelItem(7);
    QVERIFY(!t7->isHidden());
    QVERIFY(!t7->isExpanded());
    t7->setExpanded(true);
    QVERIFY(t7->isExpanded());
    QCOMPARE(t7->childCount(), 2);
}

void TestObjectTree::unnamedKeyShowsTheEnginesName()
{
    const Schema &schema = m_doc->schema();
    QVERIFY(!schema.foreignKeyIds().isEmpty());
    ForeignKey key = *schema.foreignKey(schema.foreignKeyIds().first());
    const Table *child = schema.table(key.childTable);
    QStringList columns;
    for (Id id : key.childColumns)
        columns << child->column(id)->name;
    key.name.clear();
    m_doc->updateForeignKey(key);
    m_doc->setSchemaProperties(schema.name, QStringLiteral("postgresql"));
    auto keyItem = [&](const QString &text) -> QTreeWidgetItem * {
        QTreeWidgetItem *table = tableItem(child->name);
        for (int i = 0; table && i < table->childCount(); ++i) {
            if (table->child(i)->text(0) == text)
                return table->child(i);
        }
        return nullptr;
    };
    // PostgreSQL's own name for it, in italics: the engine's, not the model's.
    QTreeWidgetItem *item
        = keyItem(child->name + QLatin1Char('_') + columns.join(QLatin1Char('_'))
                  + QStringLiteral("_fkey"));
    QVERIFY(item);
    QVERIFY(item->font(0).italic());
    QVERIFY(!item->toolTip(0).isEmpty());
    QVERIFY(m_doc->schema().foreignKey(key.id)->name.isEmpty());
    // The target dialect changes the convention.
    m_doc->setSchemaProperties(schema.name, QStringLiteral("mysql"));
    QVERIFY(keyItem(child->name + QStringLiteral("_ibfk_1")));
}

QTEST_MAIN(TestObjectTree)
#include "tst_objecttree.moc"
