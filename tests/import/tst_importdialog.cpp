#include "importdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void importsAFile();
    void passwordOnlyForServers();
    void fatalKeepsOpenDisabled();
    void stopCancelsARunawayImport();

private:
    static QPushButton *button(ImportDialog *dialog, const QString &text);
};

QPushButton *TestImportDialog::button(ImportDialog *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

void TestImportDialog::importsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CREATE TABLE customer (id int PRIMARY KEY);\n"
               "CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customer);\n");
    file.close();
    ImportDialog dialog;
    QPushButton *open = button(&dialog, QStringLiteral("&Open"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled());
    dialog.setSource(path);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(button(&dialog, QStringLiteral("&Import")), Qt::LeftButton);
    QVERIFY(finished.wait());
    QVERIFY(!dialog.isImporting());
    QVERIFY(open->isEnabled());
    QCOMPARE(dialog.schema().tableCount(), 2);
    QCOMPARE(dialog.schema().foreignKeyCount(), 1);
    // Laid out: the parent left of the child.
    QVERIFY(dialog.schema().tableByName(QStringLiteral("customer"))->position.x()
            < dialog.schema().tableByName(QStringLiteral("orders"))->position.x());
    QVERIFY(
        dialog.findChild<QPlainTextEdit *>()->toPlainText().startsWith(QLatin1String("Imported ")));
    // Editing the source again invalidates the result.
    dialog.setSource(path + QStringLiteral("x"));
    QVERIFY(!open->isEnabled());
    QCOMPARE(dialog.schema().tableCount(), 0);
}

void TestImportDialog::passwordOnlyForServers()
{
    ImportDialog dialog;
    dialog.show();
    QLineEdit *password = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Password)
            password = edit;
    }
    QVERIFY(password);
    dialog.setSource(QStringLiteral("/tmp/schema.sql"));
    QVERIFY(!password->isVisible());
    dialog.setSource(QStringLiteral("mysql://joe@localhost:3306/shop"));
    QVERIFY(password->isVisible());
    QVERIFY(!dialog.findChild<QComboBox *>()->isEnabled());
}

void TestImportDialog::fatalKeepsOpenDisabled()
{
    ImportDialog dialog;
    dialog.setSource(QStringLiteral("/nonexistent/joinery/schema.sql"));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.runImport();
    QVERIFY(finished.wait());
    QVERIFY(!button(&dialog, QStringLiteral("&Open"))->isEnabled());
    QVERIFY(dialog.findChild<QPlainTextEdit *>()->toPlainText().startsWith(
        QLatin1String("Could not import")));
}

void TestImportDialog::stopCancelsARunawayImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forever.sql"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A MATERIALIZED WITH is computed before anything else: this counts an endless recursion
    // even though the importer only asks SQLite for the columns.
    file.write(
        "CREATE TABLE a (id INTEGER PRIMARY KEY);\n"
        "CREATE TABLE v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c),\n"
        "  d AS MATERIALIZED (SELECT count(*) AS n FROM c) SELECT d.n FROM d, d AS e;\n");
    file.close();
    ImportDialog dialog;
    dialog.show();
    dialog.setSource(path);
    dialog.findChild<QComboBox *>()->setCurrentIndex(
        dialog.findChild<QComboBox *>()->findData(QStringLiteral("sqlite")));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(button(&dialog, QStringLiteral("&Import")), Qt::LeftButton);
    QVERIFY(dialog.isImporting());
    QProgressBar *progress = dialog.findChild<QProgressBar *>();
    QVERIFY(progress && progress->isVisible());
    QPushButton *stop = button(&dialog, QStringLiteral("&Stop"));
    QVERIFY(stop && stop->isVisible());
    QVERIFY(!button(&dialog, QStringLiteral("&Import"))->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(finished.wait());
    QVERIFY(!progress->isVisible());
    QVERIFY(!button(&dialog, QStringLiteral("&Open"))->isEnabled());
    const QString text = dialog.findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(text.startsWith(QLatin1String("Could not import"))
                 && text.contains(QLatin1String("Cancelled")),
             qPrintable(text));
    QVERIFY(button(&dialog, QStringLiteral("&Import"))->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
