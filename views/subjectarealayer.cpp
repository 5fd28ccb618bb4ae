#include "subjectarealayer.h"

#include "document.h"
#include "schemascene.h"
#include "subjectareaitem.h"
#include "tableitem.h"

#include <QSet>

SubjectAreaLayer::SubjectAreaLayer(SchemaScene *scene)
    : QObject(scene)
    , m_scene(scene)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SubjectAreaLayer::refreshNow);
    Document *document = scene->document();
    for (auto signal : {&Document::subjectAreasChanged, &Document::schemaReset})
        connect(document, signal, this, &SubjectAreaLayer::schedule);
    // Anything that moves a card or changes its size.
    for (auto signal : {&Document::tableMoved, &Document::tableChanged, &Document::tableRemoved,
                        &Document::tableAdded})
        connect(document, signal, this, &SubjectAreaLayer::schedule);
    for (auto signal : {&Document::columnAdded, &Document::columnRemoved, &Document::columnChanged})
        connect(document, signal, this, &SubjectAreaLayer::schedule);
    refreshNow();
}

void SubjectAreaLayer::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void SubjectAreaLayer::refreshNow()
{
    m_timer.stop();
    const Schema &schema = m_scene->document()->schema();
    QSet<Id> present;
    qreal z = -10;
    for (const SubjectArea &area : schema.subjectAreas) {
        present.insert(area.id);
        SubjectAreaItem *item = m_items.value(area.id);
        if (!item) {
            item = new SubjectAreaItem(area.id);
            m_scene->addItem(item);
            m_items.insert(area.id, item);
        }
        // Cards hidden by Focus do not count: the region shows what is shown.
        QRectF cards;
        for (Id tableId : area.tables) {
            TableItem *card = m_scene->tableItem(tableId);
            if (card && card->isVisible())
                cards |= card->sceneCardRect();
        }
        item->setContent(area.name, area.color, cards);
        item->setVisible(!cards.isNull());
        // A later area lies above an earlier one, still below every arrow and card.
        z += 0.001;
        item->setZValue(z);
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_items.erase(it);
    }
}

QRectF SubjectAreaLayer::areaRect(Id areaId)
{
    if (m_timer.isActive())
        refreshNow();
    SubjectAreaItem *item = m_items.value(areaId);
    return item ? item->regionRect() : QRectF();
}

Id SubjectAreaLayer::areaAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> under = m_scene->items(scenePos);
    for (QGraphicsItem *item : under) {
        if (item->type() == SubjectAreaItem::Type && item->isVisible())
            return static_cast<SubjectAreaItem *>(item)->areaId();
    }
    return 0;
}
