#pragma once

#include "id.h"

#include <QHash>
#include <QObject>
#include <QRectF>
#include <QTimer>

class SchemaScene;
class SubjectAreaItem;

// Keeps one SubjectAreaItem per subject area of the scene's document, each around its member
// cards. Edits and moves come in bursts (an Arrange moves hundreds of cards, an undo rebuilds
// areas and tables together), so they only mark the layer dirty and it is brought up to date
// once when the event loop is back; refreshNow() does it at once (before a picture is taken,
// after Focus hid or showed cards).
class SubjectAreaLayer : public QObject
{
    Q_OBJECT
public:
    explicit SubjectAreaLayer(SchemaScene *scene);

    SubjectAreaItem *item(Id areaId) const { return m_items.value(areaId); }
    int itemCount() const { return int(m_items.size()); }
    // The region of an area (its member cards with the padding and the tab), in scene
    // coordinates; null when the area has no table on the canvas.
    QRectF areaRect(Id areaId);
    // The area whose tab is at `scenePos` (the uppermost), 0 if none.
    Id areaAt(const QPointF &scenePos) const;

    void schedule();
    void refreshNow();

private:
    SchemaScene *m_scene;
    QHash<Id, SubjectAreaItem *> m_items;
    QTimer m_timer;
};
