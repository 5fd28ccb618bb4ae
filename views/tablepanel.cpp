#include "tablepanel.h"

#include "checklisteditor.h"
#include "columntypetext.h"
#include "commands/addcolumncommand.h"
#include "commands/editcolumncommand.h"
#include "commands/edittablecommand.h"
#include "commands/movecolumncommand.h"
#include "commands/removecolumncommand.h"
#include "constrainteditdialog.h"
#include "document.h"
#include "flowlayout.h"
#include "foreignkeyplanner.h"
#include "tableoptionseditor.h"
#include "triggerlist.h"
#include "idrole.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
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
    , m_schemaNameLabel(new QLabel(tr("Schema:"), this))
    , m_schemaName(new QLineEdit(this))
    , m_comment(new QLineEdit(this))
    , m_color(new QToolButton(this))
    , m_columns(new QTableWidget(0, GridColumnCount, this))
    , m_constraints(new QListWidget(this))
    , m_details(new QTabWidget(this))
    , m_checks(new CheckListEditor(document, this))
    , m_options(new TableOptionsEditor(document, this))
    , m_triggers(new TriggerList(document, this))
{
    auto layout = new QVBoxLayout(this);
    auto form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    m_schemaName->setPlaceholderText(tr("the default schema"));
    m_schemaName->setToolTip(tr("The namespace the table is created in (PostgreSQL, SQL Server)."));
    form->addRow(m_schemaNameLabel, m_schemaName);
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
    auto addUnique
        = new QPushButton(QIcon(QStringLiteral(":/icons/unique.svg")), tr("Add unique…"), this);
    auto addIndex
        = new QPushButton(QIcon(QStringLiteral(":/icons/index.svg")), tr("Add index…"), this);
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

    m_details->addTab(m_checks, QString());
    m_details->addTab(m_options, tr("Options"));
    m_details->addTab(m_triggers, QString());
    m_details->setMinimumHeight(230);
    layout->addWidget(m_details, 1);
    connect(m_checks, &CheckListEditor::countChanged, this, [this](int count) {
        m_details->setTabText(m_details->indexOf(m_checks), tr("CHECK (%1)").arg(count));
    });
    connect(m_triggers, &TriggerList::countChanged, this, [this](int count) {
        m_details->setTabText(m_details->indexOf(m_triggers), tr("Triggers (%1)").arg(count));
    });

    connect(m_name, &QLineEdit::editingFinished, this, &TablePanel::commitName);
    connect(m_comment, &QLineEdit::editingFinished, this, &TablePanel::commitComment);
    connect(m_schemaName, &QLineEdit::editingFinished, this, &TablePanel::commitSchemaName);
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
    connect(editConstraint, &QPushButton::clicked, this,
            [this, edit] { edit(m_constraints->currentItem()); });
    connect(m_constraints, &QListWidget::itemDoubleClicked, this, edit);

    auto follow = [this](Id tableId) {
        if (tableId == m_tableId)
            refresh();
    };
    connect(document, &Document::tableChanged, this, follow);
    connect(document, &Document::columnAdded, this, follow);
    connect(document, &Document::columnRemoved, this, follow);
    connect(document, &Document::columnChanged, this, follow);
    // The source dialect decides whether the grid shows declared types, the dialects whether
    // the schema field and the engine's names show.
    connect(document, &Document::schemaPropertiesChanged, this, &TablePanel::refresh);
}

// A field that loses focus while the panel is being destroyed would commit into a half-destroyed
// panel (and possibly a document already gone): its signals stop here.
TablePanel::~TablePanel()
{
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void TablePanel::setTable(Id tableId)
{
    m_tableId = tableId;
    m_checks->setTable(tableId);
    m_options->setTable(tableId);
    m_triggers->setTable(tableId);
    refresh();
}

void TablePanel::refresh()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    const Schema &schema = m_document->schema();
    const QSignalBlocker b1(m_name), b2(m_comment), b3(m_columns), b4(m_schemaName);
    if (m_name->text() != table->name)
        m_name->setText(table->name);
    if (m_schemaName->text() != table->schemaName)
        m_schemaName->setText(table->schemaName);
    // Schemas (namespaces) are PostgreSQL's and SQL Server's: shown where one of them is in
    // play, where no dialect is chosen, or where the table has one.
    Dialect dialect;
    const bool known = Dialects::fromId(schema.targetDialect, &dialect)
        || Dialects::fromId(schema.sourceDialect, &dialect);
    const bool namespaces
        = !known || dialect == Dialect::PostgreSQL || dialect == Dialect::SqlServer;
    m_schemaName->setVisible(namespaces || !table->schemaName.isEmpty());
    m_schemaNameLabel->setVisible(m_schemaName->isVisibleTo(this));
    m_columns->horizontalHeaderItem(TypeColumn)
        ->setText(ColumnTypeText::usesDeclaredTypes(schema) ? tr("Declared type") : tr("Type"));
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
        text(TypeColumn, ColumnTypeText::shown(schema, c));
        check(NullableColumn, c.nullable);
        text(DefaultColumn, c.defaultValue);
        check(AutoIncrementColumn, c.autoIncrement);
        check(PrimaryKeyColumn, table->isPrimaryKeyColumn(c.id));
        check(UniqueColumn, table->isUniqueColumn(c.id) && !table->isPrimaryKeyColumn(c.id));
    }
    if (current >= 0 && current < m_columns->rowCount())
        m_columns->selectRow(current);

    m_constraints->clear();
    // An unnamed constraint or index stays unnamed: the engine names it when it is created.
    auto named = [this](QListWidgetItem *item, const QString &name) {
        if (!name.isEmpty())
            return;
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setToolTip(tr("Unnamed: the engine names it when it is created."));
    };
    for (const UniqueConstraint &u : table->uniqueConstraints) {
        auto item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/unique.svg")),
            tr("%1 — unique (%2)")
                .arg(u.name.isEmpty() ? tr("unnamed") : u.name, columnNames(*table, u.columns)),
            m_constraints);
        item->setData(IdRole, QVariant::fromValue(u.id));
        named(item, u.name);
    }
    for (const TableIndex &i : table->indexes) {
        QString detail = columnNames(*table, i.columns);
        if (!i.kind.isEmpty())
            detail = i.kind + QLatin1Char(' ') + detail;
        if (!i.method.isEmpty())
            detail = QStringLiteral("USING %1: %2").arg(i.method, detail);
        if (i.isPartial())
            detail += QStringLiteral(" WHERE ") + i.predicate.simplified();
        auto item
            = new QListWidgetItem(QIcon(QStringLiteral(":/icons/index.svg")),
                                  (i.unique ? tr("%1 — unique index (%2)") : tr("%1 — index (%2)"))
                                      .arg(i.name.isEmpty() ? tr("unnamed") : i.name, detail),
                                  m_constraints);
        item->setData(IdRole, QVariant::fromValue(i.id));
        item->setData(IsIndexRole, true);
        named(item, i.name);
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
    m_document->undoStack()->push(
        new EditTableCommand(m_document, after, EditTableCommand::Property::Name));
}

void TablePanel::commitComment()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table || m_comment->text() == table->comment)
        return;
    Table after = *table;
    after.comment = m_comment->text();
    m_document->undoStack()->push(
        new EditTableCommand(m_document, after, EditTableCommand::Property::Comment));
}

void TablePanel::commitSchemaName()
{
    const Table *table = m_document->schema().table(m_tableId);
    const QString schemaName = m_schemaName->text().trimmed();
    if (!table || schemaName == table->schemaName)
        return;
    Table after = *table;
    after.schemaName = schemaName;
    m_document->undoStack()->push(
        new EditTableCommand(m_document, after, EditTableCommand::Property::Other));
}

void TablePanel::chooseColor()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    const QColor color = QColorDialog::getColor(
        table->color.isValid() ? table->color : QColor(0x3b, 0x6e, 0xa8), this, tr("Table colour"));
    table = m_document->schema().table(m_tableId); // the dialog ran an event loop
    if (!table || !color.isValid() || color == table->color)
        return;
    Table after = *table;
    after.color = color;
    m_document->undoStack()->push(
        new EditTableCommand(m_document, after, EditTableCommand::Property::Color));
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
    case TypeColumn: {
        // Unchanged text changes nothing; text that cannot be a type (empty where the dialect
        // needs one) puts the model's value back.
        QString error;
        const Schema &schema = m_document->schema();
        if (item->text().trimmed() != ColumnTypeText::shown(schema, *column).trimmed())
            ColumnTypeText::apply(schema, item->text(), &after, &error);
        property = P::Type;
        break;
    }
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
        m_document->undoStack()->push(
            new EditColumnCommand(m_document, m_tableId, after, property));
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
        stack->push(
            new EditTableCommand(m_document, after, EditTableCommand::Property::PrimaryKey));
        stack->endMacro();
    } else {
        after.primaryKey.removeAll(columnId);
        stack->push(
            new EditTableCommand(m_document, after, EditTableCommand::Property::PrimaryKey));
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
        after.uniqueConstraints.erase(std::remove_if(after.uniqueConstraints.begin(),
                                                     after.uniqueConstraints.end(),
                                                     [&](const UniqueConstraint &u) {
                                                         return u.columns == QVector<Id>{columnId};
                                                     }),
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
        m_document->schema(),
        QStringLiteral("ix_%1_%2").arg(table->name, table->column(columnId)->name));
    index.columns = {columnId};
    after.indexes << index;
    m_document->undoStack()->push(
        new EditTableCommand(m_document, after, EditTableCommand::Property::Indexes));
}

void TablePanel::openConstraintEditor(bool index, Id existingId)
{
    if (!m_document->schema().table(m_tableId))
        return;
    // Window-modal and non-blocking: the dialog pushes its own command when accepted.
    auto dialog = new ConstraintEditDialog(m_document, m_tableId,
                                           index ? ConstraintEditDialog::Kind::Index
                                                 : ConstraintEditDialog::Kind::UniqueConstraint,
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
        m_document->undoStack()->push(
            new EditTableCommand(m_document, after, EditTableCommand::Property::Indexes));
    }
}
