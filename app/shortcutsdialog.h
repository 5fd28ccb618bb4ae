#pragma once

#include <QDialog>
#include <QList>

class QMenu;
class QTreeWidget;

// Help › Keyboard Shortcuts: every menu's commands with their keys, written as the platform and
// the chosen language write them ("Strg+Umschalt+Z"), plus the canvas's own gestures.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};
