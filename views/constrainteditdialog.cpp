#include "constrainteditdialog.h"

#include "commands/edittablecommand.h"
#include "document.h"
#include "foreignkeyplanner.h"
#include "idrole.h"
#include "indexdetailseditor.h"
#include "returnkeycatcher.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

Q_DECLARE_METATYPE(IndexPart)

namespace {
constexpr int PartRole = Qt::UserRole + 2;

Id itemId(const QListWidgetItem *item)
{
    return item->data(IdRole).value<Id>();
}

IndexPart itemPart(const QListWidgetItem *item)
{
    return item->data(PartRole).value<IndexPart>();
}

QString expressionText(const QString &expression)
{
    return QLatin1Char('(') + expression.trimmed() + QLatin1Char(')');
}
} // namespace

ConstraintEditDialog::ConstraintEditDialog(Document *document, Id tableId, Kind kind, Id existingId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tableId(tableId)
    , m_kind(kind)
    , m_existingId(existingId)
    , m_name(new QLineEdit(this))
    , m_unique(new QCheckBox(tr("Unique index"), this))
    , m_available(new QListWidget(this))
    , m_chosen(new QListWidget(this))
    , m_add(new QPushButton(tr("Add →"), this))
    , m_remove(new QPushButton(tr("← Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool isNew = existingId == 0;
    if (kind == Kind::UniqueConstraint)
        setWindowTitle(isNew ? tr("New unique constraint") : tr("Edit unique constraint"));
    else
        setWindowTitle(isNew ? tr("New index") : tr("Edit index"));

    auto layout = new QVBoxLayout(this);
    auto form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    layout->addLayout(form);
    layout->addWidget(m_unique);
    m_unique->setVisible(kind == Kind::Index);

    auto grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Columns of the table:"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Chosen columns, in order:"), this), 0, 2);
    grid->addWidget(m_available, 1, 0);
    auto middle = new QVBoxLayout;
    middle->addStretch();
    middle->addWidget(m_add);
    middle->addWidget(m_remove);
    middle->addStretch();
    grid->addLayout(middle, 1, 1);
    grid->addWidget(m_chosen, 1, 2);
    auto order = new QVBoxLayout;
    order->addStretch();
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();
    grid->addLayout(order, 1, 3);
    layout->addLayout(grid);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_available->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosen->setSelectionMode(QAbstractItemView::SingleSelection);

    const Table *table = document->schema().table(tableId);
    QVector<Id> chosen;
    TableIndex existingIndex;
    if (table && !isNew) {
        for (const UniqueConstraint &u : table->uniqueConstraints) {
            if (u.id == existingId) {
                m_name->setText(u.name);
                chosen = u.columns;
            }
        }
        for (const TableIndex &i : table->indexes) {
            if (i.id == existingId) {
                m_name->setText(i.name);
                m_unique->setChecked(i.unique);
                chosen = i.columns;
                existingIndex = i;
            }
        }
        // An existing name stays as it is unless the user changes it.
        m_nameTouched = true;
    }
    if (table && kind == Kind::Index) {
        m_details = new IndexDetailsEditor(document->schema(), *table, existingIndex, this);
        m_expressionInput = new QLineEdit(this);
        m_expressionInput->setPlaceholderText(tr("an expression, e.g. lower(email)"));
        m_addExpression = new QPushButton(tr("Add Expression"), this);
        m_addExpression->setObjectName(QStringLiteral("addExpression"));
        // A row of its own, under both lists: an expression needs the width.
        auto expressionRow = new QHBoxLayout;
        auto expressionLabel = new QLabel(tr("Or index an expression:"), this);
        expressionRow->addWidget(expressionLabel);
        expressionRow->addWidget(m_expressionInput, 1);
        expressionRow->addWidget(m_addExpression);
        layout->insertLayout(layout->indexOf(m_message), expressionRow);
        expressionLabel->setVisible(m_details->offersExpressions());
        m_expressionInput->setVisible(m_details->offersExpressions());
        m_addExpression->setVisible(m_details->offersExpressions());
        // Above the message and the buttons.
        layout->insertWidget(layout->indexOf(m_message), m_details);
        connect(m_addExpression, &QPushButton::clicked, this, &ConstraintEditDialog::addExpression);
        ReturnKeyCatcher::install(m_expressionInput, [this] { addExpression(); });
        connect(m_chosen, &QListWidget::currentRowChanged, this,
                &ConstraintEditDialog::showCurrentPart);
        connect(m_details, &IndexDetailsEditor::partEdited, this,
                &ConstraintEditDialog::storeCurrentPart);
    }
    if (table)
        fillLists(*table, chosen, existingIndex.parts);
    updateDefaultName();

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_add, &QPushButton::clicked, this, &ConstraintEditDialog::addSelected);
    connect(m_remove, &QPushButton::clicked, this, &ConstraintEditDialog::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_available, &QListWidget::itemDoubleClicked, this, &ConstraintEditDialog::addSelected);
    connect(m_chosen, &QListWidget::itemDoubleClicked, this, &ConstraintEditDialog::removeSelected);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConstraintEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConstraintEditDialog::reject);
}

void ConstraintEditDialog::fillLists(const Table &table, const QVector<Id> &chosen,
                                     const QVector<IndexPart> &parts)
{
    m_available->clear();
    m_chosen->clear();
    auto item = [](const QString &text, Id id, QListWidget *list) {
        auto i = new QListWidgetItem(text, list);
        i->setData(IdRole, QVariant::fromValue(id));
        return i;
    };
    for (int n = 0; n < chosen.size(); ++n) {
        const IndexPart part = n < parts.size() ? parts.at(n) : IndexPart();
        const Column *c = table.column(chosen.at(n));
        if (!c && part.expression.isEmpty())
            continue;
        QListWidgetItem *i
            = item(c ? c->name : expressionText(part.expression), chosen.at(n), m_chosen);
        i->setData(PartRole, QVariant::fromValue(part));
    }
    for (const Column &c : table.columns) {
        if (!chosen.contains(c.id))
            item(c.name, c.id, m_available);
    }
    showCurrentPart();
}

QVector<Id> ConstraintEditDialog::chosenColumns() const
{
    QVector<Id> ids;
    for (int row = 0; row < m_chosen->count(); ++row)
        ids << itemId(m_chosen->item(row));
    return ids;
}

QVector<IndexPart> ConstraintEditDialog::chosenParts() const
{
    QVector<IndexPart> parts;
    for (int row = 0; row < m_chosen->count(); ++row)
        parts << itemPart(m_chosen->item(row));
    return parts;
}

void ConstraintEditDialog::addExpression()
{
    const Table *table = m_document->schema().table(m_tableId);
    const QString expression = m_expressionInput->text().trimmed();
    if (!table || expression.isEmpty())
        return;
    IndexPart part;
    part.expression = expression;
    fillLists(*table, chosenColumns() << Id(0), chosenParts() << part);
    m_chosen->setCurrentRow(m_chosen->count() - 1);
    m_expressionInput->clear();
    m_message->hide();
    updateDefaultName();
}

void ConstraintEditDialog::showCurrentPart()
{
    if (!m_details)
        return;
    const QListWidgetItem *current = m_chosen->currentItem();
    const IndexPart part = current ? itemPart(current) : IndexPart();
    m_details->setPart(current ? &part : nullptr, current ? current->text() : QString());
}

void ConstraintEditDialog::storeCurrentPart()
{
    QListWidgetItem *current = m_chosen->currentItem();
    if (!current)
        return;
    const IndexPart part = m_details->part();
    current->setData(PartRole, QVariant::fromValue(part));
    if (!itemId(current))
        current->setText(expressionText(part.expression));
}

void ConstraintEditDialog::addSelected()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    QVector<Id> chosen = chosenColumns();
    QVector<IndexPart> parts = chosenParts();
    // In table order, whatever order they were selected in: the user reorders afterwards.
    for (int row = 0; row < m_available->count(); ++row) {
        if (m_available->item(row)->isSelected()) {
            chosen << itemId(m_available->item(row));
            parts << IndexPart();
        }
    }
    fillLists(*table, chosen, parts);
    m_chosen->setCurrentRow(m_chosen->count() - 1);
    m_message->hide();
    updateDefaultName();
}

void ConstraintEditDialog::removeSelected()
{
    const Table *table = m_document->schema().table(m_tableId);
    QListWidgetItem *current = m_chosen->currentItem();
    if (!table || !current)
        return;
    // By position: several expression parts share the id 0.
    const int row = m_chosen->currentRow();
    QVector<Id> chosen = chosenColumns();
    QVector<IndexPart> parts = chosenParts();
    chosen.removeAt(row);
    parts.removeAt(row);
    fillLists(*table, chosen, parts);
    if (m_chosen->count() > 0)
        m_chosen->setCurrentRow(qMin(row, m_chosen->count() - 1));
    updateDefaultName();
}

void ConstraintEditDialog::moveSelected(int delta)
{
    const int row = m_chosen->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_chosen->count())
        return;
    QListWidgetItem *item = m_chosen->takeItem(row);
    m_chosen->insertItem(to, item);
    m_chosen->setCurrentRow(to);
    updateDefaultName();
}

QString ConstraintEditDialog::defaultName() const
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return QString();
    QStringList parts{m_kind == Kind::UniqueConstraint ? QStringLiteral("uq") : QStringLiteral("ix"),
                      table->name};
    for (Id id : chosenColumns()) {
        const Column *column = table->column(id);
        parts << (column ? column->name : QStringLiteral("expr"));
    }
    return ForeignKeyPlanner::uniqueConstraintName(m_document->schema(),
                                                   parts.join(QLatin1Char('_')));
}

void ConstraintEditDialog::updateDefaultName()
{
    if (!m_nameTouched)
        m_name->setText(chosenColumns().isEmpty() ? QString() : defaultName());
}

QString ConstraintEditDialog::nameConflict(const QString &name) const
{
    // The same rule as the validator's constraint-name-duplicate: one name space for every
    // constraint and index of the schema, compared without case.
    const Schema &schema = m_document->schema();
    const QString folded = name.toLower();
    for (Id keyId : schema.foreignKeyIds()) {
        if (schema.foreignKey(keyId)->name.toLower() == folded)
            return tr("the foreign key %1").arg(schema.foreignKey(keyId)->name);
    }
    for (Id tableId : schema.tableIds()) {
        const Table *t = schema.table(tableId);
        if (t->primaryKeyName.toLower() == folded)
            return tr("the primary key of %1").arg(t->name);
        for (const UniqueConstraint &u : t->uniqueConstraints) {
            if (u.id != m_existingId && u.name.toLower() == folded)
                return tr("a unique constraint of %1").arg(t->name);
        }
        for (const TableIndex &i : t->indexes) {
            if (i.id != m_existingId && i.name.toLower() == folded)
                return tr("an index of %1").arg(t->name);
        }
    }
    return QString();
}

void ConstraintEditDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void ConstraintEditDialog::accept()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table) {
        reject(); // the table went away meanwhile: nothing left to edit
        return;
    }
    const QVector<Id> columns = chosenColumns();
    const QVector<IndexPart> parts = chosenParts();
    if (columns.isEmpty()) {
        showMessage(m_kind == Kind::UniqueConstraint
                        ? tr("Choose at least one column: a unique constraint without columns "
                             "constrains nothing.")
                        : tr("Choose at least one column: an index without columns indexes nothing."));
        return;
    }
    for (int n = 0; n < columns.size(); ++n) {
        if (!columns.at(n) && parts.at(n).expression.trimmed().isEmpty()) {
            showMessage(tr("An expression part is empty: type its expression or remove it."));
            return;
        }
    }
    QString name = m_name->text().trimmed();
    if (name.isEmpty())
        name = defaultName();
    const QString conflict = nameConflict(name);
    if (!conflict.isEmpty()) {
        showMessage(tr("The name \"%1\" is already used by %2; constraint and index names must be "
                       "unique in the schema.")
                        .arg(name, conflict));
        return;
    }

    Table after = *table;
    EditTableCommand::Property property;
    if (m_kind == Kind::UniqueConstraint) {
        property = EditTableCommand::Property::UniqueConstraints;
        auto it = std::find_if(after.uniqueConstraints.begin(), after.uniqueConstraints.end(),
                               [this](const UniqueConstraint &u) { return u.id == m_existingId; });
        if (it == after.uniqueConstraints.end()) {
            after.uniqueConstraints << UniqueConstraint{m_document->allocateId(), name, columns};
        } else {
            it->name = name;
            it->columns = columns;
        }
    } else {
        property = EditTableCommand::Property::Indexes;
        auto it = std::find_if(after.indexes.begin(), after.indexes.end(),
                               [this](const TableIndex &i) { return i.id == m_existingId; });
        if (it == after.indexes.end()) {
            after.indexes << TableIndex{m_document->allocateId(), name, columns, m_unique->isChecked()};
            it = after.indexes.end() - 1;
        } else {
            it->name = name;
            it->columns = columns;
            it->unique = m_unique->isChecked();
        }
        it->parts = parts;
        it->parts = it->normalizedParts(); // no trailing defaults: most indexes have no parts
        if (m_details)
            m_details->apply(&*it);
    }
    if (after != *table)
        m_document->undoStack()->push(new EditTableCommand(m_document, after, property));
    QDialog::accept();
}
