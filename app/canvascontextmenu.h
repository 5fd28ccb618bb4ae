#pragma once

#include "id.h"

#include <QCoreApplication>
#include <QPoint>
#include <QPointF>

class Document;
class QAction;
class SchemaScene;
class SchemaView;
class SubjectAreaActions;

// The canvas's right-click menus: on a table, a column, an arrow, a subject area's tab, or the
// background. Shared
// actions (cut, copy, delete ...) come from the window so that they carry its shortcuts.
class CanvasContextMenu
{
    Q_DECLARE_TR_FUNCTIONS(CanvasContextMenu)
public:
    struct Actions
    {
        QAction *cut, *copy, *paste, *duplicate, *remove, *selectAll, *fit, *legend;
        QAction *focus, *zoomToSelection;
        SubjectAreaActions *subjectAreas;
    };
    static void exec(Document *document, SchemaScene *scene, SchemaView *view,
                     const Actions &actions, Id objectId, const QPoint &screenPos,
                     const QPointF &scenePos);
};
