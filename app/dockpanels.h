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

signals:
    // A dock asks for an object to be shown on the canvas (a click in the tree or a problem).
    void revealRequested(Id objectId);

private:
    QList<QDockWidget *> m_docks;
    ObjectTree *m_objectTree = nullptr;
    PropertyPanel *m_properties = nullptr;
    ProblemsPanel *m_problems = nullptr;
    DdlPreview *m_ddlPreview = nullptr;
};
