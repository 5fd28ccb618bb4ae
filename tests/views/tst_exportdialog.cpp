#include "ddl/ddlgenerator.h"
#include "document.h"
#include "drizzle/drizzlegenerator.h"
#include "exportdialog.h"
#include "imageexportdialog.h"
#include "schemareader.h"
#include "schemascene.h"
#include "selection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// File → Export script… driven with QTest as a user would: the dialog writes exactly the chosen
// target's text to the chosen file, follows the target in the suffix, lists the errors of the
// target's dialect before writing, and stays open when the file cannot be written.
class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void defaultsToTheDocumentsDialect();
    void writesADrizzleModule();
    void writesTheOptionsOfAnSqlScript();
    void listsTheDialectsErrorsBeforeWriting();
    void staysOpenWhenItCannotWrite();
    void labelsShowNoAmpersand();

private:
    // A label with a mnemonic ("&File:") shows the "&" itself unless it has a buddy.
    static QStringList literalAmpersands(QWidget *dialog)
    {
        QStringList found;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            QString text = label->text();
            text.remove(QLatin1String("&&"));
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
            if (!rich && text.contains(QLatin1Char('&')) && !label->buddy())
                found << label->text();
        }
        return found;
    }
    static Schema sample(const QString &name)
    {
        SchemaReader reader;
        if (!reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/%1.joinery").arg(name)))
            qFatal("cannot read sample %s", qPrintable(name));
        return reader.schema();
    }
    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    template<typename T>
    static T *child(ExportDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    static void chooseTarget(ExportDialog &dialog, const QString &id)
    {
        auto *combo = child<QComboBox>(dialog, "target");
        combo->setCurrentIndex(combo->findData(id));
    }
    static void typeFileName(ExportDialog &dialog, const QString &path)
    {
        auto *edit = child<QLineEdit>(dialog, "file");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, path);
    }

    QTemporaryDir m_dir;
};

void TestExportDialog::init()
{
    QVERIFY(m_dir.isValid());
}

void TestExportDialog::defaultsToTheDocumentsDialect()
{
    Schema schema = sample(QStringLiteral("shop"));
    schema.targetDialect = QStringLiteral("mariadb");
    ExportDialog dialog(schema, m_dir.filePath(QStringLiteral("shop")));
    dialog.show();
    QCOMPARE(dialog.target().id(), QStringLiteral("mariadb"));
    QCOMPARE(child<QComboBox>(dialog, "target")->currentData().toString(),
             QStringLiteral("mariadb"));
    QCOMPARE(child<QLineEdit>(dialog, "file")->text(),
             m_dir.filePath(QStringLiteral("shop-mariadb.sql")));
    QVERIFY(!child<QListWidget>(dialog, "errors")->isVisible());

    // The suggestion follows the target; a name the user typed keeps its name, not its suffix.
    chooseTarget(dialog, QStringLiteral("drizzle-pg"));
    QCOMPARE(child<QLineEdit>(dialog, "file")->text(),
             m_dir.filePath(QStringLiteral("shop-drizzle-pg.ts")));
    typeFileName(dialog, m_dir.filePath(QStringLiteral("mine.ts")));
    chooseTarget(dialog, QStringLiteral("sqlite"));
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("mine.sql")));
}

void TestExportDialog::writesADrizzleModule()
{
    const Schema schema = sample(QStringLiteral("shop"));
    ExportDialog dialog(schema, m_dir.filePath(QStringLiteral("shop")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseTarget(dialog, QStringLiteral("drizzle-mysql"));
    // A module has neither a drop side nor a quoting choice.
    QVERIFY(!child<QCheckBox>(dialog, "dropScript")->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, "quoteAll")->isEnabled());
    typeFileName(dialog, m_dir.filePath(QStringLiteral("module"))); // no suffix: .ts is added
    QTest::mouseClick(child<QPushButton>(dialog, "export"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.filePath(), m_dir.filePath(QStringLiteral("module.ts")));
    QCOMPARE(read(m_dir.filePath(QStringLiteral("module.ts"))),
             DrizzleGenerator::create(DrizzleTarget::MySQL)->generate(schema));
}

void TestExportDialog::writesTheOptionsOfAnSqlScript()
{
    const Schema schema = sample(QStringLiteral("shop"));
    ExportDialog dialog(schema, m_dir.filePath(QStringLiteral("shop")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseTarget(dialog, QStringLiteral("sqlserver"));
    auto *quoteAll = child<QCheckBox>(dialog, "quoteAll");
    auto *drop = child<QCheckBox>(dialog, "dropScript");
    QVERIFY(quoteAll->isEnabled() && drop->isEnabled());
    QTest::mouseClick(quoteAll, Qt::LeftButton, {}, quoteAll->rect().center());
    QTest::mouseClick(drop, Qt::LeftButton, {}, drop->rect().center());
    QVERIFY(quoteAll->isChecked() && drop->isChecked());
    const QString path = m_dir.filePath(QStringLiteral("drop.sql"));
    typeFileName(dialog, path);
    QTest::mouseClick(child<QPushButton>(dialog, "export"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    DdlOptions quoted;
    quoted.quoteAllIdentifiers = true;
    QCOMPARE(read(path), DdlGenerator::create(Dialect::SqlServer)->dropScript(schema, quoted).text());
}

void TestExportDialog::listsTheDialectsErrorsBeforeWriting()
{
    const Schema schema = sample(QStringLiteral("employees"));
    ExportDialog dialog(schema, m_dir.filePath(QStringLiteral("employees")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *errors = child<QListWidget>(dialog, "errors");
    auto *summary = child<QLabel>(dialog, "errorSummary");
    QCOMPARE(dialog.target().id(), QStringLiteral("postgresql"));
    QVERIFY(!errors->isVisible());

    chooseTarget(dialog, QStringLiteral("sqlserver"));
    const QVector<Problem> expected = ExportTarget(Dialect::SqlServer).errors(schema);
    QVERIFY(!expected.isEmpty());
    QVERIFY(errors->isVisible() && summary->isVisible());
    QVERIFY2(summary->text().contains(QLatin1String("SQL Server")), qPrintable(summary->text()));
    QCOMPARE(errors->count(), expected.size());
    for (int i = 0; i < errors->count(); ++i) {
        QCOMPARE(errors->item(i)->text(),
                 QStringLiteral("%1: %2").arg(expected.at(i).object, expected.at(i).message));
        QVERIFY(errors->item(i)->text().contains(QLatin1String("1785")));
    }

    // Written anyway, with the errors as comments above their statements, as `joinery export`.
    const QString path = m_dir.filePath(QStringLiteral("employees.sql"));
    typeFileName(dialog, path);
    QTest::mouseClick(child<QPushButton>(dialog, "export"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString written = read(path);
    QCOMPARE(written, DdlGenerator::create(Dialect::SqlServer)->createScript(schema).text());
    QVERIFY(written.contains(QLatin1String("-- ERROR")));

    // The Drizzle module for SQL Server runs into the same errors.
    chooseTarget(dialog, QStringLiteral("drizzle-mssql"));
    QCOMPARE(errors->count(), expected.size());
    chooseTarget(dialog, QStringLiteral("drizzle-pg"));
    QVERIFY(!errors->isVisible());
}

void TestExportDialog::staysOpenWhenItCannotWrite()
{
    const Schema schema = sample(QStringLiteral("shop"));
    ExportDialog dialog(schema, m_dir.filePath(QStringLiteral("shop")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeFileName(dialog, m_dir.filePath(QStringLiteral("missing/folder/x.sql")));
    QString message;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        message = box->text();
        box->accept();
    });
    answer.start();
    QTest::mouseClick(child<QPushButton>(dialog, "export"), Qt::LeftButton);
    QVERIFY2(message.contains(QLatin1String("x.sql")), qPrintable(message));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);

    // An empty name cannot be exported at all.
    typeFileName(dialog, QString());
    QVERIFY(!child<QPushButton>(dialog, "export")->isEnabled());
}

void TestExportDialog::labelsShowNoAmpersand()
{
    const Schema schema = sample(QStringLiteral("shop"));
    ExportDialog dialog(schema, QStringLiteral("/tmp/shop"));
    dialog.show();
    QStringList found = literalAmpersands(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));

    Document document;
    document.resetSchema(schema);
    Selection selection;
    SchemaScene scene(&document, &selection);
    ImageExportDialog image(&scene, QStringLiteral("/tmp/shop.png"));
    image.show();
    found = literalAmpersands(&image);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
