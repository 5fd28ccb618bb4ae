#pragma once

#include "id.h"

#include <QColor>
#include <QObject>
#include <QVector>

class Document;
class FocusMode;
class QMenu;
class SchemaScene;
class SchemaView;
class ViewNavigator;

// What a user does with subject areas, for the canvas's and the Objects tree's menus: make an
// area of the selected tables, add them to or take them out of an area, and on an area rename,
// recolour, remove, select its tables, open it as its own view, arrange it, export it. Each
// edit is one undo step; nothing is pushed when nothing would change.
class SubjectAreaActions : public QObject
{
    Q_OBJECT
public:
    SubjectAreaActions(SchemaView *view, FocusMode *focus, ViewNavigator *navigator,
                       QObject *parent = nullptr);

    // "New Subject Area from Selection", "Add to Subject Area ▸", "Remove from Subject Area ▸"
    // for the selected tables (nothing when no table is selected).
    void addSelectionEntries(QMenu *menu);
    // An area's own entries.
    void addAreaEntries(QMenu *menu, Id areaId);

    // The selected tables, in selection order.
    QVector<Id> selectedTables() const;
    // Makes an area of the selected tables, named "Subject Area N" with the next colour of the
    // palette; returns its id (0 when no table is selected).
    Id createFromSelection();
    bool addSelectionTo(Id areaId);
    bool removeSelectionFrom(Id areaId);
    bool rename(Id areaId, const QString &name);
    bool setColor(Id areaId, const QColor &color);
    bool remove(Id areaId);
    void selectTables(Id areaId);
    void openAsView(Id areaId);
    // Auto-layout of the area's tables only, shaped like the canvas: one undo step.
    bool arrange(Id areaId);
    // Asks for the new name (a dialog) and renames.
    void startRename(Id areaId);
    void chooseColor(Id areaId);

    // The colours offered in the menu, with their names.
    static QVector<QPair<QColor, QString>> palette();

signals:
    // The window opens its image export dialog set to this area.
    void exportImageRequested(Id areaId);

private:
    Document *document() const;

    SchemaView *m_view;
    SchemaScene *m_scene;
    FocusMode *m_focus;
    ViewNavigator *m_navigator;
};
