#include "findfield.h"

#include "document.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QKeySequence>
#include <QStringListModel>

FindField::FindField(Document *document, QWidget *parent)
    : QLineEdit(parent)
    , m_document(document)
{
    // In the main window's context, where the text lived (and was translated) first.
    setPlaceholderText(
        QCoreApplication::translate("MainWindow", "Find table or column (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    setClearButtonEnabled(true);
    setMaximumWidth(260);
    auto completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &FindField::search);
    connect(this, &QLineEdit::returnPressed, this, [this] { search(text()); });
}

void FindField::start()
{
    const Schema &schema = m_document->schema();
    QStringList names;
    for (Id tableId : schema.tableIds()) {
        const Table *t = schema.table(tableId);
        names << t->name;
        for (const Column &c : t->columns)
            names << t->name + QLatin1Char('.') + c.name;
    }
    static_cast<QStringListModel *>(completer()->model())->setStringList(names);
    setFocus();
    selectAll();
}

Id FindField::find(const QString &text) const
{
    const Schema &schema = m_document->schema();
    const QString table = text.section(QLatin1Char('.'), 0, 0).trimmed();
    const QString column = text.section(QLatin1Char('.'), 1).trimmed();
    const Table *t = schema.tableByName(table);
    Id found = t ? t->id : 0;
    if (t && !column.isEmpty()) {
        const Column *c = t->columnByName(column);
        found = c ? c->id : 0;
    }
    if (!found) {
        // A bare column name: the first table that has it.
        for (Id tableId : schema.tableIds()) {
            if (const Column *c = schema.table(tableId)->columnByName(table))
                return c->id;
        }
    }
    return found;
}

void FindField::search(const QString &text)
{
    const Id id = find(text);
    if (id)
        emit found(id);
    else
        emit notFound(text);
}
