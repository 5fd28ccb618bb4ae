#include "commands/addcolumncommand.h"
#include "commands/editcolumncommand.h"
#include "commands/edittablecommand.h"
#include "commands/movetablescommand.h"
#include "commands/removecolumncommand.h"
#include "document.h"
#include "schemabuilder.h"

#include <QSignalSpy>
#include <QTest>

// The signals views rely on: each edit emits exactly the fine-grained signals for what changed.
class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void columnEditEmitsColumnChangedOnly();
    void moveEmitsTableMovedOnly();
    void addAndRemoveColumn();
    void renameEmitsTableChanged();
    void resetEmitsSchemaReset();

private:
    QStringList record(const std::function<void()> &action);
    std::unique_ptr<Document> m_document;
    Id m_users = 0;
};

void TestDocument::init()
{
    m_document = std::make_unique<Document>();
    m_document->resetSchema(loadSample(QStringLiteral("shop.joinery")));
    m_users = m_document->schema().tableByName(QStringLiteral("users"))->id;
}

QStringList TestDocument::record(const std::function<void()> &action)
{
    QStringList events;
    Document *d = m_document.get();
    QMetaObject::Connection c[] = {
        connect(d, &Document::tableChanged, this, [&](Id) { events << QStringLiteral("tableChanged"); }),
        connect(d, &Document::tableMoved, this, [&](Id) { events << QStringLiteral("tableMoved"); }),
        connect(d, &Document::columnAdded, this, [&](Id, Id) { events << QStringLiteral("columnAdded"); }),
        connect(d, &Document::columnAboutToBeRemoved, this, [&](Id, Id) { events << QStringLiteral("columnAboutToBeRemoved"); }),
        connect(d, &Document::columnRemoved, this, [&](Id, Id) { events << QStringLiteral("columnRemoved"); }),
        connect(d, &Document::columnChanged, this, [&](Id, Id) { events << QStringLiteral("columnChanged"); }),
        connect(d, &Document::foreignKeyAboutToBeRemoved, this, [&](Id) { events << QStringLiteral("foreignKeyAboutToBeRemoved"); }),
        connect(d, &Document::foreignKeyRemoved, this, [&](Id) { events << QStringLiteral("foreignKeyRemoved"); }),
        connect(d, &Document::changed, this, [&] { events << QStringLiteral("changed"); }),
        connect(d, &Document::schemaReset, this, [&] { events << QStringLiteral("schemaReset"); }),
    };
    action();
    for (const auto &connection : c)
        disconnect(connection);
    return events;
}

void TestDocument::columnEditEmitsColumnChangedOnly()
{
    Column email = *m_document->schema().table(m_users)->columnByName(QStringLiteral("email"));
    email.type = DataType(LogicalType::Varchar, 320);
    const QStringList events = record([&] {
        m_document->undoStack()->push(new EditColumnCommand(m_document.get(), m_users, email,
                                                            EditColumnCommand::Property::Type));
    });
    QCOMPARE(events, QStringList({QStringLiteral("columnChanged"), QStringLiteral("changed")}));
}

void TestDocument::moveEmitsTableMovedOnly()
{
    const QStringList events = record([&] {
        m_document->undoStack()->push(new MoveTablesCommand(m_document.get(), {{m_users, QPointF(1, 2)}}));
    });
    QCOMPARE(events, QStringList({QStringLiteral("tableMoved"), QStringLiteral("changed")}));
}

void TestDocument::addAndRemoveColumn()
{
    Column c;
    c.id = m_document->allocateId();
    c.name = QStringLiteral("nickname");
    c.type = DataType(LogicalType::Text);
    QCOMPARE(record([&] {
                 m_document->undoStack()->push(new AddColumnCommand(m_document.get(), m_users, c));
             }),
             QStringList({QStringLiteral("columnAdded"), QStringLiteral("changed")}));

    // Removing users.id takes its three keys first, then adjusts the primary key (a table
    // change) and removes the column.
    const Id id = m_document->schema().table(m_users)->columnByName(QStringLiteral("id"))->id;
    const QStringList events = record([&] {
        m_document->undoStack()->push(new RemoveColumnCommand(m_document.get(), m_users, id));
    });
    QCOMPARE(events.count(QStringLiteral("foreignKeyRemoved")), 3);
    QCOMPARE(events.indexOf(QStringLiteral("columnAboutToBeRemoved")),
             events.lastIndexOf(QStringLiteral("changed")) - 3);
    QCOMPARE(events.mid(events.size() - 4),
             QStringList({QStringLiteral("columnAboutToBeRemoved"), QStringLiteral("columnRemoved"),
                          QStringLiteral("tableChanged"), QStringLiteral("changed")}));
}

void TestDocument::renameEmitsTableChanged()
{
    Table t = *m_document->schema().table(m_users);
    t.name = QStringLiteral("people");
    QCOMPARE(record([&] {
                 m_document->undoStack()->push(new EditTableCommand(m_document.get(), t, EditTableCommand::Property::Name));
             }),
             QStringList({QStringLiteral("tableChanged"), QStringLiteral("changed")}));
}

void TestDocument::resetEmitsSchemaReset()
{
    m_document->undoStack()->push(new MoveTablesCommand(m_document.get(), {{m_users, QPointF(1, 2)}}));
    QCOMPARE(record([&] { m_document->resetSchema(Schema()); }),
             QStringList({QStringLiteral("schemaReset"), QStringLiteral("changed")}));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
