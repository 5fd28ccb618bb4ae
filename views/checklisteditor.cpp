#include "checklisteditor.h"

#include "checkconstraintdialog.h"
#include "commands/edittablecommand.h"
#include "document.h"
#include "idrole.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

CheckListEditor::CheckListEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setWordWrap(true);
    layout->addWidget(m_list);
    auto buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addCheck"));
    m_edit->setObjectName(QStringLiteral("editCheck"));
    m_remove->setObjectName(QStringLiteral("removeCheck"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(0); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            openEditor(item->data(IdRole).value<Id>());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { openEditor(item->data(IdRole).value<Id>()); });
    connect(m_remove, &QPushButton::clicked, this, &CheckListEditor::removeCurrent);
    connect(document, &Document::tableChanged, this, [this](Id tableId) {
        if (tableId == m_tableId)
            refresh();
    });
    // A column-level CHECK names its column.
    connect(document, &Document::columnChanged, this, [this](Id tableId, Id) {
        if (tableId == m_tableId)
            refresh();
    });
}

void CheckListEditor::setTable(Id tableId)
{
    m_tableId = tableId;
    refresh();
}

void CheckListEditor::refresh()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    const Id current = m_list->currentItem() ? m_list->currentItem()->data(IdRole).value<Id>() : 0;
    m_list->clear();
    for (const CheckConstraint &check : table->checks) {
        const Column *column = table->column(check.column);
        QString text = QStringLiteral("CHECK (%1)").arg(check.expression.simplified());
        if (column)
            text = tr("%1 — on %2").arg(text, column->name);
        if (check.noInherit)
            text += QStringLiteral(" NO INHERIT");
        auto item = new QListWidgetItem(
            check.name.isEmpty() ? text : tr("%1: %2").arg(check.name, text), m_list);
        item->setData(IdRole, QVariant::fromValue(check.id));
        // Unnamed: in italics, as the table panel shows unnamed constraints; the engine names it.
        if (check.name.isEmpty()) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setToolTip(tr("Unnamed: the engine names it when the table is created."));
        }
        if (check.id == current)
            m_list->setCurrentItem(item);
    }
    emit countChanged(int(table->checks.size()));
}

void CheckListEditor::openEditor(Id checkId)
{
    if (!m_document->schema().table(m_tableId))
        return;
    // Window-modal and non-blocking: the dialog pushes its own command when accepted.
    auto dialog = new CheckConstraintDialog(m_document, m_tableId, checkId, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CheckListEditor::removeCurrent()
{
    const Table *table = m_document->schema().table(m_tableId);
    QListWidgetItem *item = m_list->currentItem();
    if (!table || !item)
        return;
    const Id id = item->data(IdRole).value<Id>();
    Table after = *table;
    after.checks.erase(std::remove_if(after.checks.begin(), after.checks.end(),
                                      [id](const CheckConstraint &c) { return c.id == id; }),
                       after.checks.end());
    if (after != *table)
        m_document->undoStack()->push(
            new EditTableCommand(m_document, after, EditTableCommand::Property::Checks));
}
