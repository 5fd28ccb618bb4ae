#include "tablepanel.h"

#include "commands/addcolumncommand.h"
#include "commands/editcolumncommand.h"
#include "commands/edittablecommand.h"
#include "commands/movecolumncommand.h"
#include "commands/removecolumncommand.h"
#include "constrainteditdialog.h"
#include "document.h"
#include "flowlayout.h"
#include "foreignkeyplanner.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int IsIndexRole = Qt::UserRole + 2;

QString columnNames(const Table &table, const QVector<Id> &ids)
{
    QStringList names;
    for (Id id : ids) {
        const Column *c = table.column(id);
        names << (c ? c->name : QStringLiteral("?"));
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

TablePanel::TablePanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_comment(new QLineEdit(this))
    , m_color(new QToolButton(this))
    , m_columns(new QTableWidget(0, GridColumnCount, this))
    , m_constraints(new QListWidget(this))
{
    auto layout = new QVBoxLayout(this);
    auto form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Comment:"), m_comment);
    auto colorRow = new QHBoxLayout;
    m_color->setToolTip(tr("The colour of the table's header on the canvas"));
    auto resetColor = new QToolButton(this);
    resetColor->setText(tr("Default"));
    colorRow->addWidget(m_color);
    colorRow->addWidget(resetColor);
    colorRow->addStretch();
    form->addRow(tr("Colour:"), colorRow);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Columns:"), this));
    m_columns->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Null"), tr("Default"),
                                          tr("Auto inc."), tr("PK"), tr("Unique")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setStretchLastSection(false);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_columns, 1);

    // The buttons wrap in a narrow dock instead of running off its edge.
    auto buttons = new FlowLayout;
    auto add = new QPushButton(QIcon(QStringLiteral(":/icons/column.svg")), tr("Add"), this);
    auto remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove"), this);
    auto up = new QPushButton(tr("Up"), this);
    auto down = new QPushButton(tr("Down"), this);
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    layout->addWidget(new QLabel(tr("Unique constraints and indexes:"), this));
    m_constraints->setMaximumHeight(90);
    layout->addWidget(m_constraints);
    auto constraintButtons = new FlowLayout;
    auto index = new QPushButton(QIcon(QStringLiteral(":/icons/index.svg")),
                                 tr("Index selected column"), this);
    auto addUnique = new QPushButton(QIcon(QStringLiteral(":/icons/unique.svg")), tr("Add unique…"), this);
    auto addIndex = new QPushButton(QIcon(QStringLiteral(":/icons/index.svg")), tr("Add index…"), this);
    auto editConstraint = new QPushButton(tr("Edit…"), this);
    auto removeConstraint = new QPushButton(tr("Remove"), this);
    addUnique->setObjectName(QStringLiteral("addUnique"));
    addIndex->setObjectName(QStringLiteral("addIndex"));
    editConstraint->setObjectName(QStringLiteral("editConstraint"));
    constraintButtons->addWidget(index);
    constraintButtons->addWidget(addUnique);
    constraintButtons->addWidget(addIndex);
    constraintButtons->addWidget(editConstraint);
    constraintButtons->addWidget(removeConstraint);
    layout->addLayout(constraintButtons);

    connect(m_name, &QLineEdit::editingFinished, this, &TablePanel::commitName);
    connect(m_comment, &QLineEdit::editingFinished, this, &TablePanel::commitComment);
    connect(m_color, &QToolButton::clicked, this, &TablePanel::chooseColor);
    connect(resetColor, &QToolButton::clicked, this, [this] {
        const Table *table = m_document->schema().table(m_tableId);
        if (table && table->color.isValid()) {
            Table after = *table;
            after.color = QColor();
            m_document->undoStack()->push(
                new EditTableCommand(m_document, after, EditTableCommand::Property::Color));
        }
    });
    connect(m_columns, &QTableWidget::itemChanged, this, &TablePanel::onCellChanged);
    connect(add, &QPushButton::clicked, this, &TablePanel::addColumn);
    connect(remove, &QPushButton::clicked, this, &TablePanel::removeColumn);
    connect(up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(index, &QPushButton::clicked, this, &TablePanel::indexSelectedColumn);
    connect(removeConstraint, &QPushButton::clicked, this, &TablePanel::removeConstraint);
    connect(addUnique, &QPushButton::clicked, this, [this] { openConstraintEditor(false, 0); });
    connect(addIndex, &QPushButton::clicked, this, [this] { openConstraintEditor(true, 0); });
    auto edit = [this](QListWidgetItem *item) {
        if (item)
            openConstraintEditor(item->data(IsIndexRole).toBool(), item->data(IdRole).value<Id>());
    };
    connect(editConstraint, &QPushButton::clicked, this, [this, edit] { edit(m_constraints->currentItem()); });
    connect(m_constraints, &QListWidget::itemDoubleClicked, this, edit);

    auto follow = [this](Id tableId) {
        if (tableId == m_tableId)
            refresh();
    };
    connect(document, &Document::tableChanged, this, follow);
    connect(document, &Document::columnAdded, this, follow);
    connect(document, &Document::columnRemoved, this, follow);
    connect(document, &Document::columnChanged, this, follow);
}

void TablePanel::setTable(Id tableId)
{
    m_tableId = tableId;
    refresh();
}

void TablePanel::refresh()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    const QSignalBlocker b1(m_name), b2(m_comment), b3(m_columns);
    if (m_name->text() != table->name)
        m_name->setText(table->name);
    if (m_comment->text() != table->comment)
        m_comment->setText(table->comment);
    QPixmap swatch(16, 16);
    swatch.fill(table->color.isValid() ? table->color : QColor(0x3b, 0x6e, 0xa8));
    m_color->setIcon(swatch);

    const int current = m_columns->currentRow();
    m_columns->setRowCount(int(table->columns.size()));
    for (int row = 0; row < table->columns.size(); ++row) {
        const Column &c = table->columns.at(row);
        // Items are updated in place, never replaced: this runs inside itemChanged() when an
        // edit in the grid comes back from the model, and the edited item must survive it.
        auto cell = [&](int column) {
            QTableWidgetItem *item = m_columns->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_columns->setItem(row, column, item);
            }
            item->setData(IdRole, QVariant::fromValue(c.id));
            return item;
        };
        auto text = [&](int column, const QString &value) {
            QTableWidgetItem *item = cell(column);
            if (item->text() != value)
                item->setText(value);
        };
        auto check = [&](int column, bool value) {
            QTableWidgetItem *item = cell(column);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(value ? Qt::Checked : Qt::Unchecked);
        };
        text(NameColumn, c.name);
        text(TypeColumn, c.type.toString());
        check(NullableColumn, c.nullable);
        text(DefaultColumn, c.defaultValue);
        check(AutoIncrementColumn, c.autoIncrement);
        check(PrimaryKeyColumn, table->isPrimaryKeyColumn(c.id));
        check(UniqueColumn, table->isUniqueColumn(c.id) && !table->isPrimaryKeyColumn(c.id));
    }
    if (current >= 0 && current < m_columns->rowCount())
        m_columns->selectRow(current);

    m_constraints->clear();
    for (const UniqueConstraint &u : table->uniqueConstraints) {
        auto item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/unique.svg")),
                                        tr("%1 — unique (%2)").arg(u.name, columnNames(*table, u.columns)),
                                        m_constraints);
        item->setData(IdRole, QVariant::fromValue(u.id));
    }
    for (const TableIndex &i : table->indexes) {
        auto item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/index.svg")),
                                        (i.unique ? tr("%1 — unique index (%2)") : tr("%1 — index (%2)"))
                                            .arg(i.name, columnNames(*table, i.columns)),
                                        m_constraints);
        item->setData(IdRole, QVariant::fromValue(i.id));
        item->setData(IsIndexRole, true);
    }
}

void TablePanel::commitName()
{
    const Table *table = m_document->schema().table(m_tableId);
    const QString name = m_name->text().trimmed();
    if (!table || name.isEmpty() || name == table->name) {
        refresh();
        return;
    }
    Table after = *table;
    after.name = name;
    m_document->undoStack()->push(new EditTableCommand(m_document, after, EditTableCommand::Property::Name));
}

void TablePanel::commitComment()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table || m_comment->text() == table->comment)
        return;
    Table after = *table;
    after.comment = m_comment->text();
    m_document->undoStack()->push(new EditTableCommand(m_document, after, EditTableCommand::Property::Comment));
}

void TablePanel::chooseColor()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    const QColor color = QColorDialog::getColor(table->color.isValid() ? table->color : QColor(0x3b, 0x6e, 0xa8),
                                                this, tr("Table colour"));
    table = m_document->schema().table(m_tableId); // the dialog ran an event loop
    if (!table || !color.isValid() || color == table->color)
        return;
    Table after = *table;
    after.color = color;
    m_document->undoStack()->push(new EditTableCommand(m_document, after, EditTableCommand::Property::Color));
}

void TablePanel::onCellChanged(QTableWidgetItem *item)
{
    const Table *table = m_document->schema().table(m_tableId);
    const Id columnId = item->data(IdRole).value<Id>();
    const Column *column = table ? table->column(columnId) : nullptr;
    if (!column)
        return;
    using P = EditColumnCommand::Property;
    Column after = *column;
    P property = P::Other;
    const bool checked = item->checkState() == Qt::Checked;
    switch (item->column()) {
    case NameColumn:
        after.name = item->text().trimmed();
        property = P::Name;
        if (after.name.isEmpty())
            after.name = column->name;
        break;
    case TypeColumn:
        if (!item->text().trimmed().isEmpty())
            after.type = DataType::parse(item->text().trimmed());
        property = P::Type;
        break;
    case NullableColumn:
        after.nullable = checked;
        property = P::Nullable;
        break;
    case DefaultColumn:
        after.defaultValue = item->text();
        property = P::Default;
        break;
    case AutoIncrementColumn:
        after.autoIncrement = checked;
        property = P::AutoIncrement;
        break;
    case PrimaryKeyColumn:
        if (checked != table->isPrimaryKeyColumn(columnId))
            setPrimaryKeyMember(columnId, checked);
        return;
    case UniqueColumn:
        setUnique(columnId, checked);
        return;
    }
    if (after != *column)
        m_document->undoStack()->push(new EditColumnCommand(m_document, m_tableId, after, property));
    else
        refresh(); // put back what the model holds (an emptied name, an empty type)
}

void TablePanel::setPrimaryKeyMember(Id columnId, bool member)
{
    const Table *table = m_document->schema().table(m_tableId);
    Table after = *table;
    QUndoStack *stack = m_document->undoStack();
    const Column *column = table->column(columnId);
    if (member) {
        after.primaryKey << columnId;
        // A primary-key column cannot be NULL: make it NOT NULL in the same step.
        stack->beginMacro(tr("Add %1 to the primary key").arg(column->name));
        if (column->nullable) {
            Column notNull = *column;
            notNull.nullable = false;
            stack->push(new EditColumnCommand(m_document, m_tableId, notNull,
                                              EditColumnCommand::Property::Nullable));
            after.columns[after.columnIndex(columnId)].nullable = false;
        }
        stack->push(new EditTableCommand(m_document, after, EditTableCommand::Property::PrimaryKey));
        stack->endMacro();
    } else {
        after.primaryKey.removeAll(columnId);
        stack->push(new EditTableCommand(m_document, after, EditTableCommand::Property::PrimaryKey));
    }
}

void TablePanel::setUnique(Id columnId, bool unique)
{
    const Table *table = m_document->schema().table(m_tableId);
    if (unique == table->isUniqueColumn(columnId) || table->isPrimaryKeyColumn(columnId)) {
        refresh();
        return;
    }
    Table after = *table;
    if (unique) {
        UniqueConstraint u;
        u.id = m_document->allocateId();
        u.name = ForeignKeyPlanner::uniqueConstraintName(
            m_document->schema(),
            QStringLiteral("uq_%1_%2").arg(table->name, table->column(columnId)->name));
        u.columns = {columnId};
        after.uniqueConstraints << u;
    } else {
        after.uniqueConstraints.erase(
            std::remove_if(after.uniqueConstraints.begin(), after.uniqueConstraints.end(),
                           [&](const UniqueConstraint &u) { return u.columns == QVector<Id>{columnId}; }),
            after.uniqueConstraints.end());
        for (TableIndex &i : after.indexes) {
            if (i.unique && i.columns == QVector<Id>{columnId})
                i.unique = false;
        }
    }
    m_document->undoStack()->push(
        new EditTableCommand(m_document, after, EditTableCommand::Property::UniqueConstraints));
}

Id TablePanel::selectedColumn() const
{
    const int row = m_columns->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_columns->item(row, NameColumn) : nullptr;
    return item ? item->data(IdRole).value<Id>() : 0;
}

void TablePanel::addColumn()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    Column column;
    column.id = m_document->allocateId();
    column.name = QStringLiteral("column");
    for (int n = 2; table->columnByName(column.name); ++n)
        column.name = QStringLiteral("column_%1").arg(n);
    column.type = DataType(LogicalType::Varchar, 255);
    m_document->undoStack()->push(new AddColumnCommand(m_document, m_tableId, column));
    const int row = m_columns->rowCount() - 1;
    m_columns->setCurrentCell(row, NameColumn);
    m_columns->editItem(m_columns->item(row, NameColumn));
}

void TablePanel::removeColumn()
{
    if (const Id columnId = selectedColumn())
        m_document->undoStack()->push(new RemoveColumnCommand(m_document, m_tableId, columnId));
}

void TablePanel::moveColumn(int delta)
{
    const Id columnId = selectedColumn();
    const Table *table = m_document->schema().table(m_tableId);
    if (!columnId || !table)
        return;
    const int to = table->columnIndex(columnId) + delta;
    if (to < 0 || to >= table->columns.size())
        return;
    m_document->undoStack()->push(new MoveColumnCommand(m_document, m_tableId, columnId, to));
    m_columns->selectRow(to);
}

void TablePanel::indexSelectedColumn()
{
    const Id columnId = selectedColumn();
    const Table *table = m_document->schema().table(m_tableId);
    if (!columnId || !table || table->hasIndexLeadingWith({columnId}))
        return;
    Table after = *table;
    TableIndex index;
    index.id = m_document->allocateId();
    index.name = ForeignKeyPlanner::uniqueConstraintName(
        m_document->schema(), QStringLiteral("ix_%1_%2").arg(table->name, table->column(columnId)->name));
    index.columns = {columnId};
    after.indexes << index;
    m_document->undoStack()->push(new EditTableCommand(m_document, after, EditTableCommand::Property::Indexes));
}

void TablePanel::openConstraintEditor(bool index, Id existingId)
{
    if (!m_document->schema().table(m_tableId))
        return;
    // Window-modal and non-blocking: the dialog pushes its own command when accepted.
    auto dialog = new ConstraintEditDialog(
        m_document, m_tableId,
        index ? ConstraintEditDialog::Kind::Index : ConstraintEditDialog::Kind::UniqueConstraint,
        existingId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TablePanel::removeConstraint()
{
    QListWidgetItem *item = m_constraints->currentItem();
    const Table *table = m_document->schema().table(m_tableId);
    if (!item || !table)
        return;
    const Id id = item->data(IdRole).value<Id>();
    Table after = *table;
    auto uniqueIt = std::find_if(after.uniqueConstraints.begin(), after.uniqueConstraints.end(),
                                 [id](const UniqueConstraint &u) { return u.id == id; });
    if (uniqueIt != after.uniqueConstraints.end()) {
        after.uniqueConstraints.erase(uniqueIt);
        m_document->undoStack()->push(
            new EditTableCommand(m_document, after, EditTableCommand::Property::UniqueConstraints));
        return;
    }
    auto indexIt = std::find_if(after.indexes.begin(), after.indexes.end(),
                                [id](const TableIndex &i) { return i.id == id; });
    if (indexIt != after.indexes.end()) {
        after.indexes.erase(indexIt);
        m_document->undoStack()->push(new EditTableCommand(m_document, after, EditTableCommand::Property::Indexes));
    }
}
