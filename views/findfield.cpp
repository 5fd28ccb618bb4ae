#include "findfield.h"

#include "document.h"

#include <QCompleter>
#include <QKeySequence>
#include <QStringListModel>

FindField::FindField(Document *document, QWidget *parent)
    : QLineEdit(parent)
    , m_document(document)
{
    setPlaceholderText(
        tr("Find table or column (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    setClearButtonEnabled(true);
    setMaximumWidth(260);
    auto completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &FindField::find);
    connect(this, &QLineEdit::returnPressed, this, [this] { find(text()); });
}

void FindField::start()
{
    const Schema &schema = m_document->schema();
    QStringList names;
    names.reserve(schema.tableCount() * 8);
    for (Id tableId : schema.tableIds()) {
        const Table *t = schema.table(tableId);
        names << t->name;
        for (const Column &c : t->columns)
            names << t->name + QLatin1Char('.') + c.name;
    }
    static_cast<QStringListModel *>(completer()->model())->setStringList(names);
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

Id FindField::resolve(const Schema &schema, const QString &text)
{
    const QString table = text.section(QLatin1Char('.'), 0, 0).trimmed();
    const QString column = text.section(QLatin1Char('.'), 1).trimmed();
    const Table *t = schema.tableByName(table);
    if (t && column.isEmpty())
        return t->id;
    if (t) {
        const Column *c = t->columnByName(column);
        return c ? c->id : 0;
    }
    // A bare column name: the first table that has it.
    for (Id tableId : schema.tableIds()) {
        if (const Column *c = schema.table(tableId)->columnByName(table))
            return c->id;
    }
    return 0;
}

void FindField::find(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const Id id = resolve(m_document->schema(), text);
    if (id)
        emit found(id);
    else
        emit notFound(text);
}
