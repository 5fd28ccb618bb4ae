#pragma once

#include "id.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QVector>

class Document;
class Schema;

// Copy and paste of tables. The copied tables, and the keys between two copied tables, are
// written in the .joinery format; pasting gives every table, column, constraint and key a new id,
// renames tables whose names are taken ("orders_copy"), and adds them in one undo step.
class TableClipboard
{
    Q_DECLARE_TR_FUNCTIONS(TableClipboard)
public:
    static constexpr const char *MimeType = "application/x-joinery-tables";

    static QByteArray copy(const Schema &schema, const QVector<Id> &tableIds);
    // Returns the new tables' ids (empty when `data` holds no tables). The tables land at their
    // copied positions moved by `offset`, or, when that would cover a card of `occupied`, as a
    // group on the free space nearest to it.
    static QVector<Id> paste(Document *document, const QByteArray &data, const QPointF &offset,
                             const QVector<QRectF> &occupied = {});

    // The clipboard's tables, if it holds any.
    static QByteArray fromClipboard();
    static void toClipboard(const QByteArray &data);
};
