#include "commands/addcolumncommand.h"
#include "compareactions.h"
#include "document.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "migration/migrationsource.h"
#include "migrationcomparison.h"
#include "migrationdock.h"
#include "migrationrehearsalview.h"
#include "renamesuggestionlist.h"
#include "simulator/sampledatastore.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

// File › Compare with… and the Migration dock, driven as a user drives them: the document (the
// new side) against an older SQL script matched by name, where a column was renamed, one added.
class TestCompareMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changesAreListedByTable();
    void dialectSwitchRewritesTheScript();
    void confirmedRenameIsARename();
    void rehearsalOnSampleDataPasses();
    void rehearsalOnAFileNamesTheFailure();
    void dataLossNeedsConfirmation();
    void d1FolderGetsTheNextFile();
    void swapExchangesTheSides();
    void documentEditRefreshesTheDiff();
    void closedDockCatchesUpWhenShown();

private:
    QString write(const QString &name, const QByteArray &text);
    // Answers the next modal dialog (a file dialog with `path`, a message box with the button
    // whose text is `path`), polled from the event loop while a modal exec() runs.
    void answerNextDialog(const QString &path);
    QStringList kinds(const QString &table) const;
    void chooseTarget(int index);
    // Waits for the comparison's worker to deliver what was asked.
    void settle();
    void confirmRename(const QString &text);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    MigrationDock *m_dock = nullptr;
    QString m_old;
};

namespace {

const char *oldScript = "CREATE TABLE customer (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) "
                        "NOT NULL, email VARCHAR(80));\n"
                        "CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, customer_id "
                        "INTEGER REFERENCES customer (id) ON DELETE CASCADE, total INTEGER);\n";
// The document: customer.name is now full_name, and customer has a phone.
const char *newScript = "CREATE TABLE customer (id INTEGER NOT NULL PRIMARY KEY, full_name "
                        "VARCHAR(40) NOT NULL, email VARCHAR(80), phone VARCHAR(20));\n"
                        "CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, customer_id "
                        "INTEGER REFERENCES customer (id) ON DELETE CASCADE, total INTEGER);\n";

template<typename T>
T *child(QObject *parent, const char *name = nullptr)
{
    T *found = name ? parent->findChild<T *>(QLatin1String(name)) : parent->findChild<T *>();
    if (!found)
        qFatal("no such child widget");
    return found;
}

} // namespace

void TestCompareMigration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JoineryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparemigration"));
    QVERIFY(m_dir.isValid());
    m_old = write(QStringLiteral("old.sql"), oldScript);
}

QString TestCompareMigration::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the test file");
    file.write(text);
    return path;
}

void TestCompareMigration::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    Schema document;
    QString error;
    QVERIFY2(MigrationSource::read(write(QStringLiteral("new.sql"), newScript), &document, &error),
             qPrintable(error));
    m_window->controller()->adoptImported(document, QStringLiteral("shop"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    CompareActions *compare = m_window->compareActions();
    QVERIFY(compare->dock()->isHidden());
    // File › Compare with…, answered with the old script.
    answerNextDialog(m_old);
    compare->compareWithFile()->trigger();
    QVERIFY(compare->dock()->isVisible());
    m_dock = compare->migrationDock();
    // Computed on a worker thread.
    QTRY_VERIFY(m_dock->comparison()->diff());
    QVERIFY(!m_dock->comparison()->isRefreshPending());
}

void TestCompareMigration::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestCompareMigration::answerNextDialog(const QString &answer)
{
    auto timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto dialog = qobject_cast<QFileDialog *>(modal)) {
            // The name typed into the file name field, as a user does (selectFile() leaves
            // the field alone once it has the focus).
            dialog->setDirectory(QFileInfo(answer).absolutePath());
            auto name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            name->setText(QFileInfo(answer).fileName());
            QMetaObject::invokeMethod(dialog, "accept");
        } else if (auto box = qobject_cast<QMessageBox *>(modal)) {
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == answer)
                    QTest::mouseClick(button, Qt::LeftButton);
            }
        } else {
            return;
        }
        timer->deleteLater();
    });
    timer->start();
}

QStringList TestCompareMigration::kinds(const QString &table) const
{
    auto tree = child<QTreeWidget>(m_dock, "migrationChanges");
    QStringList result;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->text(0) != table)
            continue;
        for (int c = 0; c < top->childCount(); ++c)
            result << top->child(c)->text(0);
    }
    return result;
}

void TestCompareMigration::settle()
{
    QTRY_VERIFY(!m_dock->comparison()->isRefreshPending());
}

void TestCompareMigration::chooseTarget(int index)
{
    auto combo = child<QComboBox>(m_dock, "migrationTarget");
    combo->setFocus();
    while (combo->currentIndex() != index) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, index > before ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(combo->currentIndex() != before);
    }
    settle();
}

void TestCompareMigration::confirmRename(const QString &text)
{
    auto list = child<RenameSuggestionList>(m_dock);
    QVERIFY(list->isVisible());
    const QList<QListWidgetItem *> items = list->findItems(text, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->checkState(), Qt::Unchecked);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(items.first()).center());
    QTest::keyClick(list->viewport(), Qt::Key_Space);
    // The match runs again once the click is handled: the rename is now confirmed.
    QTRY_COMPARE(m_dock->comparison()->confirmedRenames(),
                 QStringList{QStringLiteral("customer.name=full_name")});
    settle();
}

void TestCompareMigration::changesAreListedByTable()
{
    auto tree = child<QTreeWidget>(m_dock, "migrationChanges");
    QCOMPARE(tree->topLevelItemCount(), 1); // orders did not change
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("customer"));
    QCOMPARE(kinds(QStringLiteral("customer")),
             (QStringList{QStringLiteral("drop column"), QStringLiteral("add column"),
                          QStringLiteral("add column")}));
    QCOMPARE(child<QLabel>(m_dock, "migrationSides")->text(),
             QStringLiteral("Old: old.sql → New: this document (matched by name)"));
}

void TestCompareMigration::dialectSwitchRewritesTheScript()
{
    QVERIFY(m_dock->scriptText().contains(QStringLiteral("-- ")));
    chooseTarget(2); // PostgreSQL
    QCOMPARE(m_dock->comparison()->dialect(), Dialect::PostgreSQL);
    QVERIFY2(m_dock->scriptText().contains(
                 QStringLiteral("ALTER TABLE customer ADD COLUMN phone VARCHAR(20);")),
             qPrintable(m_dock->scriptText()));
    QVERIFY(m_dock->scriptText().contains(QStringLiteral("ALTER TABLE customer DROP COLUMN name;")));
}

void TestCompareMigration::confirmedRenameIsARename()
{
    chooseTarget(2); // PostgreSQL
    confirmRename(QStringLiteral("column customer.name → full_name"));
    const QString script = m_dock->scriptText();
    QVERIFY2(script.contains(
                 QStringLiteral("ALTER TABLE customer RENAME COLUMN name TO full_name;")),
             qPrintable(script));
    QVERIFY(!script.contains(QStringLiteral("DROP COLUMN")));
    QCOMPARE(kinds(QStringLiteral("customer")),
             (QStringList{QStringLiteral("rename column"), QStringLiteral("add column")}));
    // The confirmed rename stays listed, checked: unchecking it takes it back.
    auto list = child<RenameSuggestionList>(m_dock);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
}

void TestCompareMigration::rehearsalOnSampleDataPasses()
{
    confirmRename(QStringLiteral("column customer.name → full_name"));
    // Rows in the document's (new) shape: the rehearsal loads them into the old one.
    const Schema &schema = m_window->controller()->document()->schema();
    const Table *customer = schema.tableByName(QStringLiteral("customer"));
    const Table *orders = schema.tableByName(QStringLiteral("orders"));
    SampleData data;
    SampleTable &c = data.tables[customer->id];
    for (const Column &column : customer->columns)
        c.columns << column.id;
    c.rows = {{1, QStringLiteral("Ada"), QStringLiteral("ada@example.org"), QVariant()},
              {2, QStringLiteral("Bo"), QVariant(), QStringLiteral("555")}};
    SampleTable &o = data.tables[orders->id];
    for (const Column &column : orders->columns)
        o.columns << column.id;
    o.rows = {{10, 1, 100}, {11, 2, 50}, {12, 2, 70}};
    m_window->controller()->sampleData()->setData(data);

    auto button = child<QToolButton>(m_dock, "migrationRehearse");
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    auto view = child<MigrationRehearsalView>(m_dock);
    QTRY_VERIFY(!view->isRunning());
    QCOMPARE(view->verdict(),
             QStringLiteral("Plain SQLite: passed, no row lost, no key violated.\n"
                            "D1 shape: passed, no row lost, no key violated."));
    auto tables = view->findChild<QTreeWidget *>();
    QTreeWidgetItem *plain = tables->topLevelItem(0);
    QCOMPARE(plain->childCount(), 2);
    QCOMPARE(plain->child(0)->text(0), QStringLiteral("customer"));
    QCOMPARE(plain->child(0)->text(1), QStringLiteral("2"));
    QCOMPARE(plain->child(0)->text(2), QStringLiteral("2"));
    QCOMPARE(plain->child(1)->text(2), QStringLiteral("3"));
    QVERIFY(button->isEnabled());
}

void TestCompareMigration::rehearsalOnAFileNamesTheFailure()
{
    // Old-shape rows with an order whose customer does not exist.
    const QString data = write(QStringLiteral("data.sql"),
                               "INSERT INTO customer (id, name, email) VALUES (1, 'Ada', NULL);\n"
                               "INSERT INTO orders (id, customer_id, total) VALUES (10, 99, 5);\n");
    m_dock->rehearseOnFile(data);
    auto view = child<MigrationRehearsalView>(m_dock);
    QTRY_VERIFY(!view->isRunning());
    const QString reason = QStringLiteral("data.sql: 1 row(s) reference missing parent rows; the "
                                          "first: row 10 of \"orders\" has no parent in "
                                          "\"customer\".");
    QCOMPARE(view->verdict(), QStringLiteral("Plain SQLite: FAILED, %1\nD1 shape: FAILED, %1")
                                  .arg(reason));
}

void TestCompareMigration::dataLossNeedsConfirmation()
{
    // Without the rename, customer.name is dropped: the script destroys data.
    QVERIFY(m_dock->comparison()->script().losesData());
    const QString path = m_dir.filePath(QStringLiteral("migration.sql"));
    QFile::remove(path);
    answerNextDialog(QStringLiteral("Cancel"));
    QVERIFY(!m_dock->saveTo(path));
    QVERIFY(!QFile::exists(path));
    answerNextDialog(QStringLiteral("Write, Destroying Data"));
    QVERIFY(m_dock->saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), m_dock->comparison()->script().text());
}

void TestCompareMigration::d1FolderGetsTheNextFile()
{
    confirmRename(QStringLiteral("column customer.name → full_name"));
    chooseTarget(1); // SQLite (D1)
    QVERIFY(m_dock->comparison()->isD1());
    const QString folder = m_dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(folder));
    write(QStringLiteral("migrations/0001_init.sql"), "CREATE TABLE x (a);\n");
    auto message = child<QLineEdit>(m_dock, "migrationMessage");
    QVERIFY(message->isVisible());
    QTest::keyClicks(message, QStringLiteral("rename full name"));
    QSignalSpy saved(m_dock, &MigrationDock::saved);
    answerNextDialog(folder);
    QTest::mouseClick(child<QPushButton>(m_dock, "migrationSave"), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const QString written = saved.first().first().toString();
    QCOMPARE(QFileInfo(written).fileName(), QStringLiteral("0002_rename_full_name.sql"));
    QCOMPARE(QFileInfo(written).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QFile file(written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("-- Migration number: 0002 ")));
    QVERIFY(text.contains(QStringLiteral("RENAME COLUMN")));
}

void TestCompareMigration::swapExchangesTheSides()
{
    QTest::mouseClick(child<QPushButton>(m_dock, "migrationSwap"), Qt::LeftButton);
    settle();
    QVERIFY(!m_dock->comparison()->documentIsNew());
    QCOMPARE(child<QLabel>(m_dock, "migrationSides")->text(),
             QStringLiteral("Old: this document → New: old.sql (matched by name)"));
    QCOMPARE(kinds(QStringLiteral("customer")),
             (QStringList{QStringLiteral("drop column"), QStringLiteral("drop column"),
                          QStringLiteral("add column")}));
}

void TestCompareMigration::documentEditRefreshesTheDiff()
{
    Document *document = m_window->controller()->document();
    const Table *orders = document->schema().tableByName(QStringLiteral("orders"));
    Column note;
    note.id = document->allocateId();
    note.name = QStringLiteral("note");
    note.type = DataType::parse(QStringLiteral("TEXT"));
    document->undoStack()->push(new AddColumnCommand(document, orders->id, note));
    QVERIFY(m_dock->comparison()->isRefreshPending()); // debounced, not at once
    QVERIFY(kinds(QStringLiteral("orders")).isEmpty());
    QTRY_COMPARE(kinds(QStringLiteral("orders")), QStringList{QStringLiteral("add column")});
    document->undoStack()->undo();
    QTRY_VERIFY(kinds(QStringLiteral("orders")).isEmpty());
}

void TestCompareMigration::closedDockCatchesUpWhenShown()
{
    QDockWidget *dock = m_window->compareActions()->dock();
    dock->close();
    Document *document = m_window->controller()->document();
    const Table *orders = document->schema().tableByName(QStringLiteral("orders"));
    Column note;
    note.id = document->allocateId();
    note.name = QStringLiteral("note");
    note.type = DataType::parse(QStringLiteral("TEXT"));
    document->undoStack()->push(new AddColumnCommand(document, orders->id, note));
    QVERIFY(!m_dock->comparison()->isRefreshPending()); // nobody looks: nothing computed
    QTest::qWait(MigrationComparison::debounceMilliseconds + 100);
    QVERIFY(kinds(QStringLiteral("orders")).isEmpty());
    dock->toggleViewAction()->trigger(); // View › Migration
    dock->raise(); // its tab, if it shares the bottom with others
    QTRY_COMPARE(kinds(QStringLiteral("orders")), QStringList{QStringLiteral("add column")});
}

QTEST_MAIN(TestCompareMigration)
#include "tst_comparemigration.moc"
