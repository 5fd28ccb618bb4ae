#include "scenerenderguard.h"

#include "document.h"
#include "foreignkeyitem.h"
#include "schemascene.h"
#include "subjectareaitem.h"
#include "tableitem.h"

#include <QSet>

SceneRenderGuard::SceneRenderGuard(SchemaScene *scene, const ImageExportOptions &options)
    : m_scene(scene)
    , m_blocker(scene)
{
    m_selected = scene->selectedItems();
    QSet<Id> shownTables;
    for (QGraphicsItem *item : std::as_const(m_selected)) {
        if (auto table = qgraphicsitem_cast<TableItem *>(item))
            shownTables.insert(table->tableId());
    }
    const bool partial = options.region != ImageExportOptions::Region::Whole;
    if (options.region == ImageExportOptions::Region::SubjectArea) {
        shownTables.clear();
        if (const SubjectArea *area = scene->document()->schema().subjectArea(options.subjectArea))
            shownTables = QSet<Id>(area->tables.cbegin(), area->tables.cend());
    }
    for (QGraphicsItem *item : std::as_const(m_selected))
        item->setSelected(false);
    const QList<QGraphicsItem *> all = scene->items();
    for (QGraphicsItem *item : all) {
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            m_cached.insert(item, item->cacheMode());
            item->setCacheMode(QGraphicsItem::NoCache);
        }
        if (!partial || !item->isVisible())
            continue;
        bool shown = true;
        if (auto table = qgraphicsitem_cast<TableItem *>(item))
            shown = shownTables.contains(table->tableId());
        else if (auto key = qgraphicsitem_cast<ForeignKeyItem *>(item))
            shown = shownTables.contains(key->childTableId())
                && shownTables.contains(key->parentTableId());
        else if (item->type() == SubjectAreaItem::Type) // only the exported area's region
            shown = options.region == ImageExportOptions::Region::SubjectArea
                && static_cast<SubjectAreaItem *>(item)->areaId() == options.subjectArea;
        if (!shown) {
            item->setVisible(false);
            m_hidden.append(item);
        }
    }
    switch (options.background) {
    case ImageExportOptions::Background::White:
        scene->setPlainBackground(true, Qt::white);
        break;
    case ImageExportOptions::Background::Transparent:
        scene->setPlainBackground(true, Qt::transparent);
        break;
    case ImageExportOptions::Background::Canvas:
        break;
    }
}

SceneRenderGuard::~SceneRenderGuard()
{
    m_scene->setPlainBackground(false);
    for (QGraphicsItem *item : std::as_const(m_hidden))
        item->setVisible(true);
    for (auto it = m_cached.cbegin(); it != m_cached.cend(); ++it)
        it.key()->setCacheMode(it.value());
    for (QGraphicsItem *item : std::as_const(m_selected))
        item->setSelected(true);
}
