#pragma once

#include "imageexportoptions.h"

#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QSignalBlocker>

class SchemaScene;

// Prepares the canvas for a picture and puts it back on destruction: no selection outline, no
// bitmap caches (so that SVG, PDF and paper get vectors and text), the options' background,
// and, for a selection or subject area export, only those tables and the keys between them
// visible (and only that area's region).
class SceneRenderGuard
{
public:
    SceneRenderGuard(SchemaScene *scene, const ImageExportOptions &options);
    ~SceneRenderGuard();

    SceneRenderGuard(const SceneRenderGuard &) = delete;
    SceneRenderGuard &operator=(const SceneRenderGuard &) = delete;

private:
    SchemaScene *m_scene;
    QSignalBlocker m_blocker; // the selection outline goes without the Selection noticing
    QList<QGraphicsItem *> m_selected;
    QList<QGraphicsItem *> m_hidden;
    QHash<QGraphicsItem *, QGraphicsItem::CacheMode> m_cached;
};
