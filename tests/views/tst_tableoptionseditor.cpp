#include "canvastesthelpers.h"
#include "document.h"
#include "tableoptionseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace CanvasTest;

// The table panel's dialect options: each click or typed value one undo step, the group of the
// dialect in play shown, another engine's options shown only when the table holds some, and
// marked as not written for the target.
class TestTableOptionsEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupsFollowTheDialect();
    void sqliteFlagsAreOneStepEach();
    void mysqlOptionsTypedAndChosen();
    void autoIncrementTakesDigitsOnly();
    void postgresInheritsByName();
    void otherEnginesOptionsAreMarked();

private:
    const TableOptions &model() const { return m_doc->schema().table(m_table.id)->options; }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    // A check box toggled from the keyboard (its label is short, so the middle of the stretched
    // box is not on it).
    void toggle(QCheckBox *box)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    bool shown(DialectAdvice::OptionFamily family) const
    {
        return m_editor->group(family)->isVisibleTo(m_editor);
    }

    Document *m_doc = nullptr;
    TableOptionsEditor *m_editor = nullptr;
    Table m_table;
    Table m_parent;
};

void TestTableOptionsEditor::init()
{
    m_doc = new Document;
    m_parent = table(m_doc, QStringLiteral("base"), {},
                     {column(m_doc, QStringLiteral("id"), LogicalType::Integer, false)});
    m_parent.schemaName = QStringLiteral("app");
    m_table = table(m_doc, QStringLiteral("events"), {},
                    {column(m_doc, QStringLiteral("id"), LogicalType::Integer, false)});
    add(m_doc, m_parent);
    add(m_doc, m_table);
    m_doc->undoStack()->clear();
    m_editor = new TableOptionsEditor(m_doc);
    m_editor->resize(420, 700);
    m_editor->setTable(m_table.id);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestTableOptionsEditor::cleanup()
{
    delete m_editor;
    delete m_doc;
}

void TestTableOptionsEditor::groupsFollowTheDialect()
{
    using F = DialectAdvice::OptionFamily;
    // No dialect chosen: every group.
    QVERIFY(shown(F::SQLite) && shown(F::MySql) && shown(F::PostgreSql));
    m_doc->setSourceDialect(QStringLiteral("sqlite"));
    QVERIFY(shown(F::SQLite) && !shown(F::MySql) && !shown(F::PostgreSql));
    // The target dialect decides over the source.
    m_doc->setSchemaProperties(QString(), QStringLiteral("mariadb"));
    QVERIFY(!shown(F::SQLite) && shown(F::MySql) && !shown(F::PostgreSql));
}

void TestTableOptionsEditor::sqliteFlagsAreOneStepEach()
{
    m_doc->setSourceDialect(QStringLiteral("sqlite"));
    toggle(m_editor->withoutRowidBox());
    toggle(m_editor->strictBox());
    QVERIFY(model().withoutRowid);
    QVERIFY(model().strict);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QVERIFY(model().withoutRowid);
    QVERIFY(!model().strict);
    QVERIFY(!m_editor->strictBox()->isChecked());
    QVERIFY(m_editor->withoutRowidBox()->isChecked());
}

void TestTableOptionsEditor::mysqlOptionsTypedAndChosen()
{
    m_doc->setSourceDialect(QStringLiteral("mysql"));
    QComboBox *engine = m_editor->engineChooser();
    engine->setFocus();
    QTest::keyClick(engine, Qt::Key_Down); // the first engine offered: InnoDB
    QCOMPARE(model().engine, QStringLiteral("InnoDB"));
    type(m_editor->charsetChooser()->lineEdit(), QStringLiteral("utf8mb4"));
    type(m_editor->collationEdit(), QStringLiteral("utf8mb4_unicode_ci"));
    type(m_editor->rowFormatChooser()->lineEdit(), QStringLiteral("COMPRESSED"));
    type(m_editor->otherOptionsEdit(), QStringLiteral("KEY_BLOCK_SIZE=8"));
    QCOMPARE(model().charset, QStringLiteral("utf8mb4"));
    QCOMPARE(model().collation, QStringLiteral("utf8mb4_unicode_ci"));
    QCOMPARE(model().rowFormat, QStringLiteral("COMPRESSED"));
    QCOMPARE(model().otherOptions, QStringLiteral("KEY_BLOCK_SIZE=8"));
    QCOMPARE(m_doc->undoStack()->count(), 5);
    // Every other field is left as it was.
    QVERIFY(!model().withoutRowid && !model().unlogged && model().tablespace.isEmpty());

    m_doc->undoStack()->undo();
    QCOMPARE(model().otherOptions, QString());
    QCOMPARE(model().rowFormat, QStringLiteral("COMPRESSED"));
    QCOMPARE(m_editor->otherOptionsEdit()->text(), QString());
}

void TestTableOptionsEditor::autoIncrementTakesDigitsOnly()
{
    type(m_editor->autoIncrementEdit(), QStringLiteral("10x00"));
    QCOMPARE(model().autoIncrementStart, QStringLiteral("1000"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestTableOptionsEditor::postgresInheritsByName()
{
    m_doc->setSourceDialect(QStringLiteral("postgresql"));
    type(m_editor->inheritsEdit(), QStringLiteral("nowhere"));
    QVERIFY(m_editor->messageLabel()->isVisibleTo(m_editor));
    QVERIFY(m_editor->messageLabel()->text().contains(QStringLiteral("nowhere")));
    QVERIFY(model().inherits.isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 0);

    type(m_editor->inheritsEdit(), QStringLiteral("app.base"));
    QVERIFY(!m_editor->messageLabel()->isVisibleTo(m_editor));
    QCOMPARE(model().inherits, QVector<Id>{m_parent.id});
    QCOMPARE(m_editor->inheritsEdit()->text(), QStringLiteral("app.base"));
    toggle(m_editor->unloggedBox());
    type(m_editor->tablespaceEdit(), QStringLiteral("fast"));
    QVERIFY(model().unlogged);
    QCOMPARE(model().tablespace, QStringLiteral("fast"));
    QCOMPARE(m_doc->undoStack()->count(), 3);
}

void TestTableOptionsEditor::otherEnginesOptionsAreMarked()
{
    m_doc->setSourceDialect(QStringLiteral("sqlite"));
    toggle(m_editor->withoutRowidBox());
    m_doc->setSchemaProperties(QString(), QStringLiteral("postgresql"));
    // The SQLite group holds a value: it stays in view, marked as not written for PostgreSQL.
    QVERIFY(shown(DialectAdvice::OptionFamily::SQLite));
    QVERIFY(shown(DialectAdvice::OptionFamily::PostgreSql));
    QVERIFY(!shown(DialectAdvice::OptionFamily::MySql));
    const QList<QLabel *> labels
        = m_editor->group(DialectAdvice::OptionFamily::SQLite)->findChildren<QLabel *>();
    bool marked = false;
    for (QLabel *label : labels)
        marked = marked
            || (label->isVisibleTo(m_editor)
                && label->text().contains(QStringLiteral("PostgreSQL")));
    QVERIFY(marked);
}

QTEST_MAIN(TestTableOptionsEditor)
#include "tst_tableoptionseditor.moc"
