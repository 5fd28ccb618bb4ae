#include "foreignkeypanel.h"

#include "canvasstyle.h"
#include "commands/editcolumncommand.h"
#include "commands/editforeignkeycommand.h"
#include "commands/edittablecommand.h"
#include "document.h"
#include "enginenames.h"
#include "foreignkeyplanner.h"
#include "validator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const char *const ProblemStyle = "color: #c62828";
} // namespace

ForeignKeyPanel::ForeignKeyPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_child(new QLabel(this))
    , m_parent(new QComboBox(this))
    , m_pairs(new QTableWidget(0, 2, this))
    , m_columnProblems(new QLabel(this))
    , m_indexFix(new QPushButton(tr("Add index"), this))
    , m_deferrability(new QComboBox(this))
    , m_match(new QComboBox(this))
{
    auto form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Child table:"), m_child);
    form->addRow(tr("Parent table:"), m_parent);

    m_pairs->setHorizontalHeaderLabels({tr("Child column"), tr("Parent column")});
    m_pairs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pairs->verticalHeader()->hide();
    m_pairs->setMaximumHeight(100);
    m_pairs->setMinimumWidth(0);
    form->addRow(tr("Columns:"), m_pairs);
    auto pairButtons = new QHBoxLayout;
    auto addPair = new QPushButton(tr("Add pair"), this);
    auto removePair = new QPushButton(tr("Remove pair"), this);
    pairButtons->addWidget(addPair);
    pairButtons->addWidget(removePair);
    pairButtons->addStretch();
    form->addRow(QString(), pairButtons);
    m_columnProblems->setWordWrap(true);
    m_columnProblems->setStyleSheet(QLatin1String(ProblemStyle));
    // The message above its fix, not beside it: a wrapped label beside a button loses lines.
    auto columnProblemBox = new QWidget(this);
    auto columnProblemRow = new QVBoxLayout(columnProblemBox);
    columnProblemRow->setContentsMargins(0, 0, 0, 0);
    columnProblemRow->addWidget(m_columnProblems);
    columnProblemRow->addWidget(m_indexFix, 0, Qt::AlignLeft);
    m_indexFix->setToolTip(tr("Adds an index on the child columns, so that deletes and key "
                              "updates in the parent do not scan the child table."));
    form->addRow(QString(), columnProblemBox);
    m_columnProblemBox = columnProblemBox;

    form->addRow(tr("ON DELETE:"), buildActionRow(&m_onDelete));
    form->addRow(tr("ON UPDATE:"), buildActionRow(&m_onUpdate));

    m_deferrability->addItem(tr("Not deferrable"), int(Deferrability::NotDeferrable));
    m_deferrability->addItem(tr("Deferrable, initially immediate"),
                             int(Deferrability::DeferrableImmediate));
    m_deferrability->addItem(tr("Deferrable, initially deferred"),
                             int(Deferrability::DeferrableDeferred));
    m_deferrability->setToolTip(tr("Whether the check may wait until commit (PostgreSQL and "
                                   "SQLite honour this)."));
    form->addRow(tr("Deferrable:"), m_deferrability);
    m_match->addItem(tr("Simple (a NULL in any column exempts the row)"), int(MatchType::Simple));
    m_match->addItem(tr("Full (all columns NULL or none)"), int(MatchType::Full));
    form->addRow(tr("Match:"), m_match);

    connect(m_name, &QLineEdit::editingFinished, this, &ForeignKeyPanel::commitName);
    connect(m_parent, &QComboBox::activated, this, &ForeignKeyPanel::commitParent);
    connect(addPair, &QPushButton::clicked, this, &ForeignKeyPanel::addPair);
    connect(removePair, &QPushButton::clicked, this, &ForeignKeyPanel::removePair);
    connect(m_onDelete.chooser, &QComboBox::currentIndexChanged, this,
            [this] { commitAction(KeyEvent::Delete); });
    connect(m_onUpdate.chooser, &QComboBox::currentIndexChanged, this,
            [this] { commitAction(KeyEvent::Update); });
    connect(m_onDelete.fix, &QPushButton::clicked, this, [this] { fixAction(KeyEvent::Delete); });
    connect(m_onUpdate.fix, &QPushButton::clicked, this, [this] { fixAction(KeyEvent::Update); });
    connect(m_indexFix, &QPushButton::clicked, this, &ForeignKeyPanel::fixIndex);
    auto commitOther = [this] {
        const ForeignKey *key = m_document->schema().foreignKey(m_keyId);
        if (!key)
            return;
        ForeignKey after = *key;
        after.deferrability = Deferrability(m_deferrability->currentData().toInt());
        after.match = MatchType(m_match->currentData().toInt());
        if (after.deferrability != key->deferrability)
            m_document->undoStack()->push(new EditForeignKeyCommand(
                m_document, after, EditForeignKeyCommand::Property::Deferrability));
        else if (after.match != key->match)
            m_document->undoStack()->push(new EditForeignKeyCommand(
                m_document, after, EditForeignKeyCommand::Property::Match));
    };
    connect(m_deferrability, &QComboBox::currentIndexChanged, this, commitOther);
    connect(m_match, &QComboBox::currentIndexChanged, this, commitOther);
    // Anything may change what this key shows (its columns' nullability, a table's name), and
    // one key is cheap to refresh.
    for (auto signal : {&Document::tableAdded, &Document::tableRemoved, &Document::tableChanged})
        connect(document, signal, this, [this](Id) { m_parentListStale = true; });
    connect(document, &Document::schemaReset, this, [this] { m_parentListStale = true; });
    connect(document, &Document::changed, this, [this] {
        if (m_document->schema().foreignKey(m_keyId))
            refresh();
    });
}

// A field that loses focus while the panel is being destroyed would commit into a half-destroyed
// panel (and possibly a document already gone): its signals stop here.
ForeignKeyPanel::~ForeignKeyPanel()
{
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

QWidget *ForeignKeyPanel::buildActionRow(ActionRow *row)
{
    auto box = new QWidget(this);
    auto layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    row->chooser = new QComboBox(box);
    for (ReferentialAction action : CanvasStyle::allActions()) {
        row->chooser->addItem(CanvasStyle::actionIcon(action), CanvasStyle::actionName(action),
                              int(action));
        row->chooser->setItemData(row->chooser->count() - 1, CanvasStyle::actionExplanation(action),
                                  Qt::ToolTipRole);
    }
    row->explanation = new QLabel(box);
    row->explanation->setWordWrap(true);
    row->explanation->setStyleSheet(QStringLiteral("color: palette(mid)"));
    row->problem = new QLabel(box);
    row->problem->setWordWrap(true);
    row->problem->setStyleSheet(QLatin1String(ProblemStyle));
    row->fix = new QPushButton(box);
    row->problemBox = new QWidget(box);
    auto problemRow = new QVBoxLayout(row->problemBox);
    problemRow->setContentsMargins(0, 0, 0, 0);
    problemRow->addWidget(row->problem);
    problemRow->addWidget(row->fix, 0, Qt::AlignLeft);
    layout->addWidget(row->chooser);
    layout->addWidget(row->explanation);
    layout->addWidget(row->problemBox);
    return box;
}

QComboBox *ForeignKeyPanel::actionChooser(KeyEvent event) const
{
    return event == KeyEvent::Delete ? m_onDelete.chooser : m_onUpdate.chooser;
}

QPushButton *ForeignKeyPanel::fixButton(KeyEvent event) const
{
    return event == KeyEvent::Delete ? m_onDelete.fix : m_onUpdate.fix;
}

QLabel *ForeignKeyPanel::problemLabel(KeyEvent event) const
{
    return event == KeyEvent::Delete ? m_onDelete.problem : m_onUpdate.problem;
}

void ForeignKeyPanel::setForeignKey(Id keyId)
{
    m_keyId = keyId;
    refresh();
}

void ForeignKeyPanel::refresh()
{
    const Schema &schema = m_document->schema();
    const ForeignKey *key = schema.foreignKey(m_keyId);
    if (!key)
        return;
    const Table *child = schema.table(key->childTable);
    const Table *parent = schema.table(key->parentTable);
    const QSignalBlocker b1(m_name), b2(m_parent), b3(m_deferrability), b4(m_match),
        b5(m_onDelete.chooser), b6(m_onUpdate.chooser);
    if (m_name->text() != key->name)
        m_name->setText(key->name);
    // An unnamed key shows the engine's name for it greyed (a placeholder): the engine's, not
    // the model's, and gone as soon as the user types one of their own.
    const EngineNames::Shown shown = EngineNames::foreignKey(schema, *key);
    m_name->setPlaceholderText(key->name.isEmpty() ? shown.text : QString());
    m_name->setToolTip(shown.toolTip);
    m_child->setText(child->name);
    if (m_parentListStale) {
        m_parent->clear();
        for (Id tableId : schema.tableIds())
            m_parent->addItem(schema.table(tableId)->name, QVariant::fromValue(tableId));
        m_parentListStale = false;
    }
    m_parent->setCurrentIndex(m_parent->findData(QVariant::fromValue(key->parentTable)));
    m_deferrability->setCurrentIndex(m_deferrability->findData(int(key->deferrability)));
    m_match->setCurrentIndex(m_match->findData(int(key->match)));

    m_pairs->setRowCount(int(key->childColumns.size()));
    for (int row = 0; row < key->childColumns.size(); ++row) {
        for (int side = 0; side < 2; ++side) {
            const Table *table = side == 0 ? child : parent;
            const Id selected
                = side == 0 ? key->childColumns.at(row) : key->parentColumns.value(row);
            auto combo = qobject_cast<QComboBox *>(m_pairs->cellWidget(row, side));
            if (!combo) {
                combo = new QComboBox(m_pairs);
                combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
                combo->setMinimumContentsLength(6);
                combo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
                m_pairs->setCellWidget(row, side, combo);
                connect(combo, &QComboBox::activated, this, &ForeignKeyPanel::commitPairs);
            }
            const QSignalBlocker blocker(combo);
            combo->clear();
            for (const Column &c : table->columns)
                combo->addItem(QStringLiteral("%1  (%2)").arg(c.name, c.type.toString()),
                               QVariant::fromValue(c.id));
            combo->setCurrentIndex(combo->findData(QVariant::fromValue(selected)));
        }
    }

    QStringList columnProblems;
    bool missingIndex = false;
    for (const Problem &p : Validator::checkForeignKey(schema, *key)) {
        if (p.code.startsWith(QLatin1String("fk-set-")))
            continue; // shown beside the action at fault
        columnProblems << p.message;
        missingIndex |= p.code == QLatin1String("fk-child-not-indexed");
    }
    m_columnProblems->setText(columnProblems.join(QLatin1Char('\n')));
    m_columnProblems->setVisible(!columnProblems.isEmpty());
    m_columnProblemBox->setVisible(!columnProblems.isEmpty());
    m_indexFix->setVisible(missingIndex);
    refreshActionRow(&m_onDelete, KeyEvent::Delete);
    refreshActionRow(&m_onUpdate, KeyEvent::Update);
}

void ForeignKeyPanel::refreshActionRow(ActionRow *row, KeyEvent event)
{
    const Schema &schema = m_document->schema();
    const ForeignKey *key = schema.foreignKey(m_keyId);
    const ReferentialAction current = event == KeyEvent::Delete ? key->onDelete : key->onUpdate;
    for (int i = 0; i < row->chooser->count(); ++i) {
        const auto action = ReferentialAction(row->chooser->itemData(i).toInt());
        const std::optional<QString> reason
            = KeyActionAdvice::unsupportedReason(schema, *key, action, event);
        QString tip = CanvasStyle::actionExplanation(action);
        QString text = CanvasStyle::actionName(action);
        if (reason) {
            text += QStringLiteral(" ⚠");
            tip += QLatin1Char('\n') + *reason;
        }
        row->chooser->setItemText(i, text);
        row->chooser->setItemData(i, tip, Qt::ToolTipRole);
    }
    row->chooser->setCurrentIndex(row->chooser->findData(int(current)));
    row->explanation->setText(CanvasStyle::actionExplanation(current));

    const std::optional<QString> reason
        = KeyActionAdvice::unsupportedReason(schema, *key, current, event);
    row->problemBox->setVisible(reason.has_value());
    row->problem->setVisible(reason.has_value());
    row->fix->setVisible(reason.has_value());
    if (reason) {
        row->problem->setText(*reason);
        row->fix->setText(current == ReferentialAction::SetNull ? tr("Make nullable")
                                                                : tr("Give a default…"));
    }
}

void ForeignKeyPanel::commitName()
{
    const ForeignKey *key = m_document->schema().foreignKey(m_keyId);
    const QString name = m_name->text().trimmed();
    if (!key || name.isEmpty() || name == key->name) {
        refresh();
        return;
    }
    ForeignKey after = *key;
    after.name = name;
    m_document->undoStack()->push(
        new EditForeignKeyCommand(m_document, after, EditForeignKeyCommand::Property::Name));
}

void ForeignKeyPanel::commitAction(KeyEvent event)
{
    const ForeignKey *key = m_document->schema().foreignKey(m_keyId);
    if (!key)
        return;
    ForeignKey after = *key;
    const auto action = ReferentialAction(actionChooser(event)->currentData().toInt());
    if (event == KeyEvent::Delete)
        after.onDelete = action;
    else
        after.onUpdate = action;
    if (after == *key)
        return;
    m_document->undoStack()->push(new EditForeignKeyCommand(
        m_document, after,
        event == KeyEvent::Delete ? EditForeignKeyCommand::Property::OnDelete
                                  : EditForeignKeyCommand::Property::OnUpdate));
}

void ForeignKeyPanel::commitParent()
{
    const Schema &schema = m_document->schema();
    const ForeignKey *key = schema.foreignKey(m_keyId);
    const Table *parent = schema.table(m_parent->currentData().value<Id>());
    if (!key || !parent || parent->id == key->parentTable)
        return;
    if (parent->primaryKey.size() != key->childColumns.size()) {
        m_columnProblems->setText(tr("\"%1\" has a primary key of %n column(s); this key has %2. "
                                     "Adjust the column pairs first.",
                                     nullptr, int(parent->primaryKey.size()))
                                      .arg(parent->name)
                                      .arg(key->childColumns.size()));
        m_columnProblems->show();
        m_columnProblemBox->show();
        const QSignalBlocker blocker(m_parent);
        m_parent->setCurrentIndex(m_parent->findData(QVariant::fromValue(key->parentTable)));
        return;
    }
    ForeignKey after = *key;
    after.parentTable = parent->id;
    after.parentColumns = parent->primaryKey;
    m_document->undoStack()->push(
        new EditForeignKeyCommand(m_document, after, EditForeignKeyCommand::Property::Other));
}

void ForeignKeyPanel::commitPairs()
{
    const ForeignKey *key = m_document->schema().foreignKey(m_keyId);
    if (!key)
        return;
    ForeignKey after = *key;
    for (int row = 0; row < m_pairs->rowCount() && row < after.childColumns.size(); ++row) {
        auto child = qobject_cast<QComboBox *>(m_pairs->cellWidget(row, 0));
        auto parent = qobject_cast<QComboBox *>(m_pairs->cellWidget(row, 1));
        after.childColumns[row] = child->currentData().value<Id>();
        if (row < after.parentColumns.size())
            after.parentColumns[row] = parent->currentData().value<Id>();
    }
    if (after != *key)
        m_document->undoStack()->push(
            new EditForeignKeyCommand(m_document, after, EditForeignKeyCommand::Property::Columns));
}

void ForeignKeyPanel::addPair()
{
    const Schema &schema = m_document->schema();
    const ForeignKey *key = schema.foreignKey(m_keyId);
    if (!key)
        return;
    const Table *child = schema.table(key->childTable);
    const Table *parent = schema.table(key->parentTable);
    ForeignKey after = *key;
    Id childColumn = 0, parentColumn = 0;
    for (const Column &c : child->columns) {
        if (!after.childColumns.contains(c.id)) {
            childColumn = c.id;
            break;
        }
    }
    // Prefer the next primary-key column of the parent, so that the pairs grow into the key.
    for (Id id : parent->primaryKey) {
        if (!after.parentColumns.contains(id)) {
            parentColumn = id;
            break;
        }
    }
    for (int i = 0; !parentColumn && i < parent->columns.size(); ++i) {
        if (!after.parentColumns.contains(parent->columns.at(i).id))
            parentColumn = parent->columns.at(i).id;
    }
    if (!childColumn || !parentColumn)
        return;
    after.childColumns << childColumn;
    after.parentColumns << parentColumn;
    m_document->undoStack()->push(
        new EditForeignKeyCommand(m_document, after, EditForeignKeyCommand::Property::Columns));
}

void ForeignKeyPanel::removePair()
{
    const ForeignKey *key = m_document->schema().foreignKey(m_keyId);
    const int row = m_pairs->currentRow() >= 0 ? m_pairs->currentRow() : m_pairs->rowCount() - 1;
    if (!key || key->childColumns.size() <= 1 || row < 0 || row >= key->childColumns.size())
        return;
    ForeignKey after = *key;
    after.childColumns.remove(row);
    after.parentColumns.remove(row);
    m_document->undoStack()->push(
        new EditForeignKeyCommand(m_document, after, EditForeignKeyCommand::Property::Columns));
}

void ForeignKeyPanel::fixAction(KeyEvent event)
{
    const Schema &schema = m_document->schema();
    const ForeignKey *key = schema.foreignKey(m_keyId);
    if (!key)
        return;
    const ReferentialAction action = event == KeyEvent::Delete ? key->onDelete : key->onUpdate;
    const Table *child = schema.table(key->childTable);
    QVector<Column> changed;
    QString value;
    if (action == ReferentialAction::SetDefault) {
        bool ok = false;
        const Column *first = child->column(key->childColumns.first());
        value = QInputDialog::getText(
            this, tr("Give a default"),
            tr("Default value (an SQL expression) for %1:").arg(first ? first->name : QString()),
            QLineEdit::Normal, first && first->type.isNumeric() ? QStringLiteral("0") : QString(),
            &ok);
        if (!ok || value.trimmed().isEmpty())
            return;
        key = m_document->schema().foreignKey(m_keyId); // the dialog ran an event loop
        if (!key)
            return;
    }
    for (Id id : key->childColumns) {
        const Column *c = child->column(id);
        if (!c)
            continue;
        Column after = *c;
        if (action == ReferentialAction::SetNull && !c->nullable)
            after.nullable = true;
        else if (action == ReferentialAction::SetDefault && !c->hasDefault())
            after.defaultValue = value;
        if (after != *c)
            changed << after;
    }
    if (changed.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    const auto property = action == ReferentialAction::SetNull
        ? EditColumnCommand::Property::Nullable
        : EditColumnCommand::Property::Default;
    if (changed.size() > 1)
        stack->beginMacro(action == ReferentialAction::SetNull
                              ? tr("Make the key's columns nullable")
                              : tr("Give the key's columns a default"));
    for (const Column &c : changed)
        stack->push(new EditColumnCommand(m_document, key->childTable, c, property));
    if (changed.size() > 1)
        stack->endMacro();
}

void ForeignKeyPanel::fixIndex()
{
    const Schema &schema = m_document->schema();
    const ForeignKey *key = schema.foreignKey(m_keyId);
    if (!key)
        return;
    const Table *child = schema.table(key->childTable);
    Table after = *child;
    TableIndex index;
    index.id = m_document->allocateId();
    index.name = ForeignKeyPlanner::uniqueConstraintName(schema, QStringLiteral("ix_") + key->name);
    index.columns = key->childColumns;
    after.indexes << index;
    m_document->undoStack()->push(
        new EditTableCommand(m_document, after, EditTableCommand::Property::Indexes));
}
