#include "objecttree.h"

#include "columntypetext.h"
#include "document.h"
#include "enginenames.h"
#include "idrole.h"
#include "selection.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPixmap>
#include <QSet>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int AreaRole = Qt::UserRole + 2; // true on a subject area's item

// One QIcon per file, shared by every item: a 5,000-table schema has 50,000 items.
QIcon sharedIcon(const char *resource)
{
    static QHash<QByteArray, QIcon> icons;
    auto it = icons.find(resource);
    if (it == icons.end())
        it = icons.insert(resource, QIcon(QLatin1String(resource)));
    return *it;
}

QTreeWidgetItem *makeItem(QTreeWidgetItem *parent, Id id, const QString &text,
                          const QString &detail, const char *icon)
{
    auto item = new QTreeWidgetItem(parent, {text, detail});
    item->setData(0, IdRole, QVariant::fromValue(id));
    item->setIcon(0, sharedIcon(icon));
    return item;
}

// A name the model does not hold (the engine's, or none): italics and the reason in a tooltip.
void markUnnamed(QTreeWidgetItem *item, const QString &toolTip)
{
    QFont font = item->font(0);
    font.setItalic(true);
    item->setFont(0, font);
    item->setToolTip(0, toolTip);
}
} // namespace

ObjectTree::ObjectTree(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_filter->setPlaceholderText(tr("Search tables and columns"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree->setHeaderLabels({tr("Name"), tr("Type")});
    // Names first: the Name column takes NameShare of the width (resizeEvent), the type gets
    // the rest and elides; the user may still drag the divider.
    m_tree->header()->setMinimumSectionSize(24);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true); // keeps 5,000 tables cheap to lay out
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &ObjectTree::setFilter);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ObjectTree::onTreeSelectionChanged);
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        const Id id = item->data(0, IdRole).value<Id>();
        if (m_unfilled.contains(id) && m_tables.value(id) == item) {
            fillTable(id);
            item->setExpanded(true); // a search that matched only the table closed it
        }
    });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit activated(item->data(0, IdRole).value<Id>()); });
    connect(selection, &Selection::changed, this, &ObjectTree::onSelectionChanged);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        if (item && item->data(0, AreaRole).toBool())
            emit subjectAreaMenuRequested(item->data(0, IdRole).value<Id>(),
                                          m_tree->viewport()->mapToGlobal(pos));
    });
    connect(document, &Document::subjectAreasChanged, this, &ObjectTree::rebuildAreas);
    connect(document, &Document::tableRemoved, this, &ObjectTree::rebuildAreas);
    connect(document, &Document::tableChanged, this, [this](Id tableId) {
        for (const SubjectArea &area : m_document->schema().subjectAreas) {
            if (area.tables.contains(tableId)) {
                rebuildAreas(); // a member's name
                return;
            }
        }
    });
    connect(document, &Document::schemaReset, this, &ObjectTree::rebuild);
    // The dialects decide how types are shown and which names the engine gives unnamed keys.
    // Each table's items are refilled in place, so that what is expanded stays expanded.
    connect(document, &Document::schemaPropertiesChanged, this, [this] {
        for (Id tableId : m_document->schema().tableIds()) {
            if (!m_unfilled.contains(tableId))
                fillTable(tableId);
        }
    });
    connect(document, &Document::tableAdded, this, &ObjectTree::addTable);
    connect(document, &Document::tableAboutToBeRemoved, this, &ObjectTree::removeTable);
    connect(document, &Document::tableChanged, this, &ObjectTree::fillTable);
    connect(document, &Document::columnAdded, this, &ObjectTree::fillTable);
    connect(document, &Document::columnRemoved, this, &ObjectTree::fillTable);
    connect(document, &Document::columnChanged, this, &ObjectTree::fillTable);
    connect(document, &Document::foreignKeyAdded, this,
            [this](Id keyId) { fillTable(m_document->schema().foreignKey(keyId)->childTable); });
    connect(document, &Document::foreignKeyChanged, this,
            [this](Id keyId) { fillTable(m_document->schema().foreignKey(keyId)->childTable); });
    connect(document, &Document::foreignKeyAboutToBeRemoved, this, [this](Id keyId) {
        const QSignalBlocker blocker(m_tree);
        delete m_objects.take(keyId);
    });
    rebuild();
}

void ObjectTree::rebuild()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_tables.clear();
    m_objects.clear();
    m_areasRoot = nullptr;
    // Filled before they join the tree, and then all in one insertion: added one by one, every
    // table and every child is a model insertion and a view update (5,000 tables with 70,000
    // children on a large schema).
    const Schema &schema = m_document->schema();
    QList<QTreeWidgetItem *> items;
    items.reserve(schema.tableCount());
    m_unfilled.clear();
    m_fillQueue = schema.tableIds();
    m_fillNext = 0;
    for (Id tableId : schema.tableIds()) {
        items << newTableItem(tableId);
        m_unfilled.insert(tableId);
    }
    m_tree->addTopLevelItems(items);
    if (schema.tableCount() <= FillAtOnce)
        fillPending(-1);
    rebuildAreas();
    onSelectionChanged();
}

void ObjectTree::rebuildAreas()
{
    const QSignalBlocker blocker(m_tree);
    const Schema &schema = m_document->schema();
    // The "Subject Areas" item exists while there are areas, first in the list.
    if (schema.subjectAreas.isEmpty()) {
        delete m_areasRoot;
        m_areasRoot = nullptr;
        return;
    }
    QSet<Id> expanded; // keep which areas were open
    if (!m_areasRoot) {
        m_areasRoot = new QTreeWidgetItem({tr("Subject Areas")});
        m_tree->insertTopLevelItem(0, m_areasRoot);
        m_areasRoot->setExpanded(true);
    } else {
        for (int i = 0; i < m_areasRoot->childCount(); ++i) {
            if (m_areasRoot->child(i)->isExpanded())
                expanded.insert(m_areasRoot->child(i)->data(0, IdRole).value<Id>());
        }
    }
    qDeleteAll(m_areasRoot->takeChildren());
    for (const SubjectArea &area : schema.subjectAreas) {
        auto item = new QTreeWidgetItem(
            m_areasRoot, {area.name, tr("%n table(s)", nullptr, int(area.tables.size()))});
        item->setData(0, IdRole, QVariant::fromValue(area.id));
        item->setData(0, AreaRole, true);
        QPixmap swatch(12, 12);
        swatch.fill(area.color.isValid() ? area.color : QColor(0x6a, 0x8c, 0xaf));
        item->setIcon(0, QIcon(swatch));
        for (Id tableId : area.tables) {
            if (const Table *table = schema.table(tableId))
                makeItem(item, tableId, table->name, QString(), ":/icons/table.svg");
        }
        item->setExpanded(expanded.contains(area.id));
    }
    m_areasRoot->setText(1, tr("%n area(s)", nullptr, int(schema.subjectAreas.size())));
}

QTreeWidgetItem *ObjectTree::newTableItem(Id tableId)
{
    auto item = new QTreeWidgetItem;
    if (const Table *table = m_document->schema().table(tableId)) {
        item->setText(0, table->name);
        item->setText(1, tr("%n column(s)", nullptr, int(table->columns.size())));
    }
    // Expandable before its children are made.
    item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    item->setData(0, IdRole, QVariant::fromValue(tableId));
    item->setIcon(0, sharedIcon(":/icons/table.svg"));
    m_tables.insert(tableId, item);
    m_objects.insert(tableId, item);
    return item;
}

void ObjectTree::addTable(Id tableId)
{
    const QSignalBlocker blocker(m_tree);
    QTreeWidgetItem *item = newTableItem(tableId);
    // After the subject areas' item, when there is one.
    m_tree->insertTopLevelItem(m_document->schema().tableIndex(tableId) + (m_areasRoot ? 1 : 0),
                               item);
    fillTable(tableId);
}

void ObjectTree::removeTable(Id tableId)
{
    const QSignalBlocker blocker(m_tree);
    QTreeWidgetItem *item = m_tables.take(tableId);
    m_unfilled.remove(tableId);
    if (!item)
        return;
    for (int i = 0; i < item->childCount(); ++i)
        m_objects.remove(item->child(i)->data(0, IdRole).value<Id>());
    m_objects.remove(tableId);
    delete item;
}

void ObjectTree::fillTable(Id tableId)
{
    QTreeWidgetItem *item = m_tables.value(tableId);
    const Schema &schema = m_document->schema();
    const Table *table = schema.table(tableId);
    if (!item || !table)
        return;
    const QSignalBlocker blocker(m_tree);
    m_unfilled.remove(tableId);
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    item->setText(0, table->name);
    item->setText(1, tr("%n column(s)", nullptr, int(table->columns.size())));
    for (int i = 0; i < item->childCount(); ++i)
        m_objects.remove(item->child(i)->data(0, IdRole).value<Id>());
    qDeleteAll(item->takeChildren());
    for (const Column &c : table->columns) {
        m_objects.insert(c.id,
                         makeItem(item, c.id, c.name, ColumnTypeText::shown(schema, c),
                                  table->isPrimaryKeyColumn(c.id) ? ":/icons/primary-key.svg"
                                                                  : ":/icons/column.svg"));
    }
    for (Id keyId : schema.foreignKeysOfTable(tableId)) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (key->childTable != tableId)
            continue;
        // An unnamed key shows the name its engine gives it, in italics: the engine's, not the
        // model's.
        const EngineNames::Shown shown = EngineNames::foreignKey(schema, *key);
        QTreeWidgetItem *keyItem = makeItem(
            item, keyId, shown.text, QStringLiteral("→ ") + schema.table(key->parentTable)->name,
            ":/icons/foreign-key.svg");
        if (shown.byEngine)
            markUnnamed(keyItem, shown.toolTip);
        m_objects.insert(keyId, keyItem);
    }
    const QString unnamedTip = tr("Unnamed: the engine names it when it is created.");
    for (const UniqueConstraint &u : table->uniqueConstraints) {
        QTreeWidgetItem *child = makeItem(item, u.id, u.name.isEmpty() ? tr("(unnamed)") : u.name,
                                          tr("unique"), ":/icons/unique.svg");
        if (u.name.isEmpty())
            markUnnamed(child, unnamedTip);
        m_objects.insert(u.id, child);
    }
    for (const TableIndex &i : table->indexes) {
        QTreeWidgetItem *child
            = makeItem(item, i.id, i.name.isEmpty() ? tr("(unnamed)") : i.name,
                       i.unique ? tr("unique index") : tr("index"), ":/icons/index.svg");
        if (i.name.isEmpty())
            markUnnamed(child, unnamedTip);
        m_objects.insert(i.id, child);
    }
    if (!m_filter->text().isEmpty())
        applyFilter(item);
    if (m_selection->ids().size() == 1 && m_objects.contains(m_selection->current()))
        onSelectionChanged(); // the rebuilt children lost their selection
}

void ObjectTree::fillPending(int limit)
{
    int filled = 0;
    while (m_fillNext < m_fillQueue.size() && (limit < 0 || filled < limit)) {
        const Id tableId = m_fillQueue.at(m_fillNext++);
        if (m_unfilled.contains(tableId)) {
            fillTable(tableId);
            ++filled;
        }
    }
}

bool ObjectTree::childWouldMatch(Id tableId, const QString &text) const
{
    const Schema &schema = m_document->schema();
    const Table *table = schema.table(tableId);
    if (!table)
        return false;
    auto matches = [&text](const QString &name) { return name.contains(text, Qt::CaseInsensitive); };
    for (const Column &c : table->columns) {
        if (matches(c.name))
            return true;
    }
    for (Id keyId : schema.foreignKeysOfTable(tableId)) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (key->childTable == tableId && matches(EngineNames::foreignKey(schema, *key).text))
            return true;
    }
    const QString unnamed = tr("(unnamed)");
    for (const UniqueConstraint &u : table->uniqueConstraints) {
        if (matches(u.name.isEmpty() ? unnamed : u.name))
            return true;
    }
    for (const TableIndex &i : table->indexes) {
        if (matches(i.name.isEmpty() ? unnamed : i.name))
            return true;
    }
    return false;
}

void ObjectTree::ensureFilledFor(Id objectId)
{
    if (m_unfilled.isEmpty() || m_objects.contains(objectId))
        return;
    const Schema &schema = m_document->schema();
    Id tableId = schema.tableOfColumn(objectId);
    if (!tableId) {
        if (const ForeignKey *key = schema.foreignKey(objectId))
            tableId = key->childTable;
        else
            tableId = schema.tableOfConstraint(objectId);
    }
    if (m_unfilled.contains(tableId))
        fillTable(tableId);
}

void ObjectTree::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    for (QTreeWidgetItem *item : std::as_const(m_tables))
        applyFilter(item);
}

void ObjectTree::applyFilter(QTreeWidgetItem *tableItem)
{
    const QString text = m_filter->text().trimmed();
    // A table whose children are not made yet: made when one of them matches.
    const Id tableId = tableItem->data(0, IdRole).value<Id>();
    if (!text.isEmpty() && m_unfilled.contains(tableId) && childWouldMatch(tableId, text)) {
        fillTable(tableId); // applies the filter itself
        return;
    }
    if (text.isEmpty()) {
        tableItem->setHidden(false);
        for (int i = 0; i < tableItem->childCount(); ++i)
            tableItem->child(i)->setHidden(false);
        return;
    }
    const bool tableMatches = tableItem->text(0).contains(text, Qt::CaseInsensitive);
    bool childMatches = false;
    for (int i = 0; i < tableItem->childCount(); ++i) {
        QTreeWidgetItem *child = tableItem->child(i);
        const bool matches = child->text(0).contains(text, Qt::CaseInsensitive);
        child->setHidden(!matches && !tableMatches);
        childMatches |= matches;
    }
    tableItem->setHidden(!tableMatches && !childMatches);
    tableItem->setExpanded(childMatches);
}

void ObjectTree::onTreeSelectionChanged()
{
    if (m_syncing)
        return;
    QVector<Id> ids;
    const Schema &schema = m_document->schema();
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    for (QTreeWidgetItem *item : items) {
        Id id = item->data(0, IdRole).value<Id>();
        if (item->data(0, AreaRole).toBool()) { // an area stands for its tables
            if (const SubjectArea *area = schema.subjectArea(id)) {
                for (Id tableId : area->tables) {
                    if (!ids.contains(tableId))
                        ids << tableId;
                }
            }
            continue;
        }
        // Constraints and indexes have no panel of their own: they select their table.
        if (!schema.table(id) && !schema.column(id) && !schema.foreignKey(id))
            id = schema.tableOfConstraint(id);
        if (id && !ids.contains(id))
            ids << id;
    }
    m_syncing = true;
    m_selection->set(ids);
    m_syncing = false;
}

void ObjectTree::onSelectionChanged()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QSignalBlocker blocker(m_tree);
    m_tree->clearSelection();
    QTreeWidgetItem *first = nullptr;
    for (Id id : m_selection->ids()) {
        ensureFilledFor(id);
        if (QTreeWidgetItem *item = m_objects.value(id)) {
            item->setSelected(true);
            if (!first)
                first = item;
        }
    }
    if (first) {
        if (first->parent())
            first->parent()->setExpanded(true);
        m_tree->setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
        m_tree->scrollToItem(first);
    }
    m_syncing = false;
}

void ObjectTree::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_tree->setColumnWidth(0, qRound(m_tree->viewport()->width() * NameShare));
}
