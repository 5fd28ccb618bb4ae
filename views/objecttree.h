#pragma once

#include "id.h"

#include <QHash>
#include <QSet>
#include <QVector>
#include <QWidget>

class Document;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class Selection;

// The Objects dock: the subject areas → their tables (first, under one "Subject Areas" item,
// there while there is an area), then tables → columns, foreign keys, unique constraints and
// indexes, with search-as-you-type. Updated per table on the document's signals (never rebuilt
// whole on an edit); its selection is the shared Selection, and an area stands for its tables.
class ObjectTree : public QWidget
{
    Q_OBJECT
public:
    ObjectTree(Document *document, Selection *selection, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }
    void setFilter(const QString &text);
    // Null while the schema has no subject area.
    QTreeWidgetItem *subjectAreasItem() const { return m_areasRoot; }

    // The share of the width that the Name column gets.
    static constexpr qreal NameShare = 0.64;
    // A schema with more tables gets a table's children (columns, keys, indexes) only when
    // they are needed: when it is expanded, when one of them is selected, or when one matches a
    // search. 5,000 tables have ~70,000 children: half a second before the window could paint,
    // and 30 MB, for items nobody may ever open.
    static constexpr int FillAtOnce = 200;
    bool isFilled(Id tableId) const { return m_tables.contains(tableId) && !m_unfilled.contains(tableId); }

signals:
    // Double-click or Enter on an object: the window reveals it on the canvas.
    void activated(Id objectId);
    // Right click on a subject area.
    void subjectAreaMenuRequested(Id areaId, const QPoint &globalPos);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void rebuildAreas();
    // A table's item, not yet in the tree nor filled.
    QTreeWidgetItem *newTableItem(Id tableId);
    void addTable(Id tableId);
    void removeTable(Id tableId);
    void fillTable(Id tableId);
    // Fills up to `limit` tables (-1: all) still waiting for their children, in the schema's
    // order.
    void fillPending(int limit);
    // Whether a child of this table (its children not made yet) would match a search.
    bool childWouldMatch(Id tableId, const QString &text) const;
    // The table whose item shows this object has its children.
    void ensureFilledFor(Id objectId);
    void applyFilter(QTreeWidgetItem *tableItem);
    void onTreeSelectionChanged();
    void onSelectionChanged();

    Document *m_document;
    Selection *m_selection;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QHash<Id, QTreeWidgetItem *> m_tables;
    QHash<Id, QTreeWidgetItem *> m_objects; // every item by the id it shows
    QTreeWidgetItem *m_areasRoot = nullptr; // always the first top-level item
    QSet<Id> m_unfilled; // tables whose children are not made yet
    QVector<Id> m_fillQueue; // the order to make them in
    int m_fillNext = 0;
    bool m_syncing = false;
};
