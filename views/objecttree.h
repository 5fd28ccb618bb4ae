#pragma once

#include "id.h"

#include <QHash>
#include <QWidget>

class Document;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class Selection;

// The Objects dock: tables → columns, foreign keys, unique constraints and indexes, with
// search-as-you-type. Updated per table on the document's signals (never rebuilt whole on an
// edit); its selection is the shared Selection.
class ObjectTree : public QWidget
{
    Q_OBJECT
public:
    ObjectTree(Document *document, Selection *selection, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }
    void setFilter(const QString &text);

    // The share of the width that the Name column gets.
    static constexpr qreal NameShare = 0.64;

signals:
    // Double-click or Enter on an object: the window reveals it on the canvas.
    void activated(Id objectId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void addTable(Id tableId);
    void removeTable(Id tableId);
    void fillTable(Id tableId);
    void applyFilter(QTreeWidgetItem *tableItem);
    void onTreeSelectionChanged();
    void onSelectionChanged();

    Document *m_document;
    Selection *m_selection;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QHash<Id, QTreeWidgetItem *> m_tables;
    QHash<Id, QTreeWidgetItem *> m_objects; // every item by the id it shows
    bool m_syncing = false;
};
