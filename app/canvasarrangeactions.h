#pragma once

#include "id.h"
#include "tablealignment.h"

#include <QHash>
#include <QObject>

class DocumentController;
class QAction;
class QActionGroup;
class QMenu;

// The canvas's arranging commands: Snap to Grid (a preference, kept in the settings), Align and
// Distribute for the selected tables (one undo step each, enabled when enough tables are
// selected), and the key notation (saved with the document, one undo step).
class CanvasArrangeActions : public QObject
{
    Q_OBJECT
public:
    CanvasArrangeActions(DocumentController *controller, QObject *parent = nullptr);

    QAction *snapToGrid() const { return m_snap; }
    QAction *action(TableAlignment::Mode mode) const { return m_align.value(int(mode)); }
    QActionGroup *notations() const { return m_notations; }

    // Align and Distribute, for the Tools menu.
    void addAlignMenu(QMenu *menu);
    // The notation choice, for the View menu.
    void addNotationMenu(QMenu *menu);

private:
    void updateEnabled();
    void updateNotation();
    QVector<Id> selectedTables() const;

    DocumentController *m_controller;
    QAction *m_snap;
    QHash<int, QAction *> m_align;
    QActionGroup *m_notations;
};
