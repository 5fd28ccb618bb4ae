#include "labelgrid.h"

#include <QtMath>

LabelGrid::LabelGrid(qreal cellSize)
    : m_cellSize(cellSize)
{
}

template<typename F>
void LabelGrid::forCells(const QRectF &rect, F f) const
{
    const qint64 left = qFloor(rect.left() / m_cellSize);
    const qint64 right = qFloor(rect.right() / m_cellSize);
    const qint64 top = qFloor(rect.top() / m_cellSize);
    const qint64 bottom = qFloor(rect.bottom() / m_cellSize);
    for (qint64 y = top; y <= bottom; ++y) {
        for (qint64 x = left; x <= right; ++x)
            f((quint64(quint32(qint32(x))) << 32) | quint32(qint32(y)));
    }
}

void LabelGrid::insert(int entry)
{
    forCells(m_entries.at(entry).rect, [&](quint64 cell) { m_cells[cell].append(entry); });
}

void LabelGrid::addObstacle(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    m_entries.append({rect, 0, true});
    insert(int(m_entries.size()) - 1);
}

void LabelGrid::setLabel(Id keyId, const QRectF &rect)
{
    const auto previous = m_labelOfKey.constFind(keyId);
    if (previous != m_labelOfKey.constEnd()) {
        if (m_entries.at(*previous).rect == rect)
            return;
        m_entries[*previous].alive = false;
        m_labelOfKey.erase(previous);
    }
    if (rect.isNull())
        return;
    m_entries.append({rect, keyId, true});
    const int entry = int(m_entries.size()) - 1;
    m_labelOfKey.insert(keyId, entry);
    insert(entry);
}

bool LabelGrid::isFree(const QRectF &rect, Id keyId) const
{
    bool free = true;
    forCells(rect, [&](quint64 cell) {
        if (!free)
            return;
        const auto bucket = m_cells.constFind(cell);
        if (bucket == m_cells.constEnd())
            return;
        for (int index : *bucket) {
            const Entry &entry = m_entries.at(index);
            if (entry.alive && (entry.keyId == 0 || entry.keyId != keyId)
                && entry.rect.intersects(rect)) {
                free = false;
                return;
            }
        }
    });
    return free;
}
