#include "triggerlist.h"

#include "ddl/dialect.h"
#include "ddlhighlighter.h"
#include "document.h"
#include "idrole.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

QString family(const QString &dialect)
{
    return dialect == QLatin1String("mariadb") ? QStringLiteral("mysql") : dialect;
}
} // namespace

TriggerList::TriggerList(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_note(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_sql(new QPlainTextEdit(this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_list->setMaximumHeight(80);
    layout->addWidget(m_list);
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    new DdlHighlighter(m_sql->document());
    layout->addWidget(m_sql, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &TriggerList::showCurrent);
    connect(document, &Document::tableChanged, this, [this](Id tableId) {
        if (tableId == m_tableId)
            refresh();
    });
    connect(document, &Document::schemaPropertiesChanged, this, &TriggerList::refresh);
}

void TriggerList::setTable(Id tableId)
{
    m_tableId = tableId;
    refresh();
}

void TriggerList::refresh()
{
    const Schema &schema = m_document->schema();
    const Table *table = schema.table(m_tableId);
    if (!table)
        return;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Trigger &trigger : table->triggers) {
        auto item = new QListWidgetItem(trigger.name, m_list);
        item->setData(IdRole, QVariant::fromValue(trigger.id));
    }
    Dialect source;
    const QString sourceName = Dialects::fromId(schema.sourceDialect, &source)
        ? Dialects::displayName(source)
        : schema.sourceDialect;
    QString note;
    if (table->triggers.isEmpty()) {
        note = tr("No triggers.");
    } else {
        note = tr("Kept as written in %1 and written back only to it; shown read-only.")
                   .arg(sourceName.isEmpty() ? tr("the schema's dialect") : sourceName);
        Dialect target;
        if (Dialects::fromId(schema.targetDialect, &target) && !sourceName.isEmpty()
            && family(schema.targetDialect) != family(schema.sourceDialect))
            note += QLatin1Char(' ')
                + tr("⚠ Not written for %1: the triggers are %2 code.")
                      .arg(Dialects::displayName(target), sourceName);
    }
    m_note->setText(note);
    m_list->setVisible(!table->triggers.isEmpty());
    m_sql->setVisible(!table->triggers.isEmpty());
    if (!table->triggers.isEmpty())
        m_list->setCurrentRow(qBound(0, row, m_list->count() - 1));
    showCurrent();
    emit countChanged(int(table->triggers.size()));
}

void TriggerList::showCurrent()
{
    const Table *table = m_document->schema().table(m_tableId);
    const int row = m_list->currentRow();
    if (!table || row < 0 || row >= table->triggers.size()) {
        m_sql->clear();
        return;
    }
    m_sql->setPlainText(table->triggers.at(row).sql);
}
