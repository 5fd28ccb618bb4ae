#pragma once

#include "id.h"

#include <QHash>
#include <QRectF>
#include <QVector>

// Where key badges may go: the cards and the badges already placed, in a uniform grid of
// buckets. SchemaScene::placeLabelsNow() asks it instead of the scene's BSP index, because
// each placed badge changes its key's bounds, and the next question to the scene would make
// it reindex first: 11,000 keys placed one after the other cost seconds that way, and a
// few milliseconds this way.
class LabelGrid
{
public:
    explicit LabelGrid(qreal cellSize = 160);

    // A card: nothing may be placed over it.
    void addObstacle(const QRectF &rect);
    // The labels of one key (replacing those it had); a null rect removes them.
    void setLabel(Id keyId, const QRectF &rect);
    // Whether `rect` meets no card and no label of a key other than `keyId`.
    bool isFree(const QRectF &rect, Id keyId) const;

private:
    struct Entry
    {
        QRectF rect;
        Id keyId = 0; // 0 for an obstacle
        bool alive = true;
    };
    template<typename F>
    void forCells(const QRectF &rect, F f) const;
    void insert(int entry);

    qreal m_cellSize;
    QVector<Entry> m_entries;
    QHash<quint64, QVector<int>> m_cells;
    QHash<Id, int> m_labelOfKey;
};
