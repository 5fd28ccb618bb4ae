#include "tablealignment.h"

#include "commands/movetablescommand.h"
#include "document.h"
#include "schemascene.h"
#include "tableitem.h"

#include <algorithm>

QList<TableAlignment::Mode> TableAlignment::all()
{
    return {Mode::Left,
            Mode::HorizontalCentre,
            Mode::Right,
            Mode::Top,
            Mode::VerticalCentre,
            Mode::Bottom,
            Mode::DistributeHorizontally,
            Mode::DistributeVertically};
}

QString TableAlignment::displayName(Mode mode)
{
    switch (mode) {
    case Mode::Left:
        return tr("Align &Left Edges");
    case Mode::HorizontalCentre:
        return tr("Align &Centres Horizontally");
    case Mode::Right:
        return tr("Align &Right Edges");
    case Mode::Top:
        return tr("Align &Top Edges");
    case Mode::VerticalCentre:
        return tr("Align &Middles Vertically");
    case Mode::Bottom:
        return tr("Align &Bottom Edges");
    case Mode::DistributeHorizontally:
        return tr("Distribute &Horizontally");
    case Mode::DistributeVertically:
        return tr("Distribute &Vertically");
    }
    return {};
}

int TableAlignment::minimumTables(Mode mode)
{
    return mode == Mode::DistributeHorizontally || mode == Mode::DistributeVertically ? 3 : 2;
}

bool TableAlignment::apply(SchemaScene *scene, const QVector<Id> &tables, Mode mode)
{
    struct Card
    {
        Id id;
        QRectF rect;
    };
    QVector<Card> cards;
    for (Id id : tables) {
        if (TableItem *item = scene->tableItem(id))
            cards.append({id, item->sceneCardRect()});
    }
    if (cards.size() < minimumTables(mode))
        return false;

    QHash<Id, QPointF> moved;
    auto moveTo = [&](const Card &card, const QPointF &topLeft) {
        const QPointF rounded(qRound(topLeft.x()), qRound(topLeft.y()));
        if (rounded != card.rect.topLeft())
            moved.insert(card.id, rounded);
    };
    qreal left = cards.first().rect.left(), right = cards.first().rect.right();
    qreal top = cards.first().rect.top(), bottom = cards.first().rect.bottom();
    qreal centreX = 0, centreY = 0;
    for (const Card &c : std::as_const(cards)) {
        left = qMin(left, c.rect.left());
        right = qMax(right, c.rect.right());
        top = qMin(top, c.rect.top());
        bottom = qMax(bottom, c.rect.bottom());
        centreX += c.rect.center().x() / cards.size();
        centreY += c.rect.center().y() / cards.size();
    }
    switch (mode) {
    case Mode::Left:
        for (const Card &c : std::as_const(cards))
            moveTo(c, QPointF(left, c.rect.top()));
        break;
    case Mode::HorizontalCentre:
        for (const Card &c : std::as_const(cards))
            moveTo(c, QPointF(centreX - c.rect.width() / 2, c.rect.top()));
        break;
    case Mode::Right:
        for (const Card &c : std::as_const(cards))
            moveTo(c, QPointF(right - c.rect.width(), c.rect.top()));
        break;
    case Mode::Top:
        for (const Card &c : std::as_const(cards))
            moveTo(c, QPointF(c.rect.left(), top));
        break;
    case Mode::VerticalCentre:
        for (const Card &c : std::as_const(cards))
            moveTo(c, QPointF(c.rect.left(), centreY - c.rect.height() / 2));
        break;
    case Mode::Bottom:
        for (const Card &c : std::as_const(cards))
            moveTo(c, QPointF(c.rect.left(), bottom - c.rect.height()));
        break;
    case Mode::DistributeHorizontally:
    case Mode::DistributeVertically: {
        const bool horizontal = mode == Mode::DistributeHorizontally;
        auto start = [horizontal](const QRectF &r) {
            return horizontal ? r.left() : r.top();
        };
        auto length = [horizontal](const QRectF &r) {
            return horizontal ? r.width() : r.height();
        };
        std::stable_sort(cards.begin(), cards.end(), [&](const Card &a, const Card &b) {
            return start(a.rect) < start(b.rect);
        });
        const qreal first = start(cards.first().rect);
        const qreal end = start(cards.last().rect) + length(cards.last().rect);
        qreal total = 0;
        for (const Card &c : std::as_const(cards))
            total += length(c.rect);
        qreal gap = (end - first - total) / (cards.size() - 1);
        if (gap < MinimumGap)
            gap = MinimumGap; // from the first card on; the last one moves too
        qreal at = first;
        for (const Card &c : std::as_const(cards)) {
            moveTo(c, horizontal ? QPointF(at, c.rect.top()) : QPointF(c.rect.left(), at));
            at += length(c.rect) + gap;
        }
        break;
    }
    }
    if (moved.isEmpty())
        return false;
    Document *document = scene->document();
    auto command = new MoveTablesCommand(document, moved);
    command->setText(displayName(mode).remove(QLatin1Char('&')));
    document->undoStack()->push(command);
    return true;
}
