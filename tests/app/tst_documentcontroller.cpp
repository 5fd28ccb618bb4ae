#include "document.h"
#include "documentcontroller.h"
#include "notationcommand.h"
#include "schemascene.h"
#include "simulator/sampledatastore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// What the controller keeps with the document besides the schema: the key notation (one
// optional member; files without it open with the default) and, for a bundled sample, rows to
// simulate with.
class TestDocumentController : public QObject
{
    Q_OBJECT

private slots:
    void notationSavedAndReloaded();
    void fileWithoutNotationOpensWithDefault();
    void unknownNotationIsKept();
    void bundledSampleOpensWithRows();

private:
    static QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    QTemporaryDir m_dir;
};

void TestDocumentController::notationSavedAndReloaded()
{
    DocumentController controller;
    QString error;
    QVERIFY2(controller.open(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery"), &error),
             qPrintable(error));
    QCOMPARE(controller.scene()->notation(), Notation::Badges);
    controller.document()->undoStack()->push(
        new NotationCommand(controller.scene(), Notation::CrowsFoot));
    QVERIFY(controller.isModified());
    const QString path = m_dir.filePath(QStringLiteral("crows.joinery"));
    QVERIFY2(controller.save(path, &error), qPrintable(error));
    QCOMPARE(readJson(path).value(QStringLiteral("notation")).toString(),
             QStringLiteral("crows-foot"));

    DocumentController other;
    QVERIFY(other.open(path, &error));
    QCOMPARE(other.scene()->notation(), Notation::CrowsFoot);
    QVERIFY(!other.isModified());

    // Back to the default: the member is left out again.
    controller.document()->undoStack()->undo();
    QCOMPARE(controller.scene()->notation(), Notation::Badges);
    QVERIFY(controller.save(path, &error));
    QVERIFY(!readJson(path).contains(QStringLiteral("notation")));
}

void TestDocumentController::fileWithoutNotationOpensWithDefault()
{
    DocumentController controller;
    controller.scene()->setNotation(Notation::Idef1x);
    QString error;
    QVERIFY(controller.open(QStringLiteral(JOINERY_SAMPLES_DIR "/employees.joinery"), &error));
    QVERIFY(!readJson(QStringLiteral(JOINERY_SAMPLES_DIR "/employees.joinery"))
                 .contains(QStringLiteral("notation")));
    QCOMPARE(controller.scene()->notation(), Notation::Badges);
    controller.scene()->setNotation(Notation::Idef1x);
    controller.newDocument();
    QCOMPARE(controller.scene()->notation(), Notation::Badges);
}

void TestDocumentController::unknownNotationIsKept()
{
    QJsonObject json = readJson(QStringLiteral(JOINERY_SAMPLES_DIR "/employees.joinery"));
    json.insert(QStringLiteral("notation"), QStringLiteral("uml-from-the-future"));
    const QString path = m_dir.filePath(QStringLiteral("future.joinery"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
    }
    DocumentController controller;
    QString error;
    QVERIFY2(controller.open(path, &error), qPrintable(error));
    QCOMPARE(controller.scene()->notation(), Notation::Badges);
    const QString saved = m_dir.filePath(QStringLiteral("future-saved.joinery"));
    QVERIFY(controller.save(saved, &error));
    QCOMPARE(readJson(saved).value(QStringLiteral("notation")).toString(),
             QStringLiteral("uml-from-the-future"));
}

void TestDocumentController::bundledSampleOpensWithRows()
{
    DocumentController controller;
    QString error;
    QVERIFY(controller.open(QStringLiteral(":/samples/shop.joinery"), &error));
    QVERIFY(controller.path().isEmpty()); // an untitled copy
    QVERIFY(!controller.isModified());
    const SampleData &data = controller.sampleData()->data();
    const Table *users = controller.document()->schema().tableByName(QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(data.tables.value(users->id).rows.size(), 20);
    // A file of the user's own opens as it is, without invented rows.
    QVERIFY(controller.open(QStringLiteral(JOINERY_SAMPLES_DIR "/shop.joinery"), &error));
    QVERIFY(controller.sampleData()->data().isEmpty());
}

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
