#pragma once

#include "id.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

class DocumentController;
class QDockWidget;
class QMainWindow;
class ObjectTree;
class PropertyPanel;
class ProblemsPanel;
class DdlPreview;
class ProblemsDockPolicy;

// The docks around the canvas: Objects, Properties, Undo history, Problems, DDL preview, Sample
// data and Simulation. Creates them on `window`, lays them out for a first run (saved layouts
// replace that), and connects them to the document controller's objects and to each other,
// so that the main window only builds actions and menus.
class DockPanels : public QObject
{
    Q_OBJECT
public:
    DockPanels(QMainWindow *window, DocumentController *controller);

    const QList<QDockWidget *> &docks() const { return m_docks; }
    ObjectTree *objectTree() const { return m_objectTree; }
    QDockWidget *dock(const QString &objectName) const;

    // The proportions for a first run (no saved layout): the canvas gets most of the window.
    // Applied once the window is shown, when dock sizes can be set.
    void useFirstRunLayout();
    static constexpr qreal SideShare = 0.16; // Objects, of the window's width
    static constexpr qreal RightShare = 0.25; // Properties & co.
    static constexpr qreal BottomShare = 0.24; // Sample data, DDL preview, Problems

signals:
    // A dock asks for an object to be shown on the canvas (a click in the tree or a problem).
    void revealRequested(Id objectId);
    // The first-run proportions are in place: the canvas has its final size.
    void firstRunLayoutApplied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFirstRunLayout();

    QMainWindow *m_window;
    bool m_firstRunLayout = false;
    ProblemsDockPolicy *m_problemsPolicy = nullptr;
    QList<QDockWidget *> m_docks;
    ObjectTree *m_objectTree = nullptr;
    PropertyPanel *m_properties = nullptr;
    ProblemsPanel *m_problems = nullptr;
    DdlPreview *m_ddlPreview = nullptr;
};
