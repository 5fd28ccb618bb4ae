#pragma once

#include "referentialaction.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QPainter;

// Measurements, colours and glyphs shared by the canvas items and the legend, so that a table
// card, an arrow and the View › Legend dialog draw an action the same way.
class CanvasStyle
{
    Q_DECLARE_TR_FUNCTIONS(CanvasStyle)
public:
    static constexpr qreal HeaderHeight = 28;
    static constexpr qreal RowHeight = 22;
    static constexpr qreal MinimumWidth = 170;
    static constexpr qreal MaximumWidth = 300;
    static constexpr qreal Padding = 8;
    static constexpr qreal IconSize = 14;
    static constexpr qreal PortWidth = 14; // the right edge of a row where a key drag starts
    // Below this zoom a card is drawn as a coloured box with its name only; below
    // BoxOnlyDetail without its name.
    static constexpr qreal SimpleDetail = 0.45;
    static constexpr qreal BoxOnlyDetail = 0.18;

    static QColor defaultHeaderColor() { return QColor(0x3b, 0x6e, 0xa8); }
    static QColor selectionColor() { return QColor(0xf0, 0x8c, 0x00); }
    static QColor arrowColor() { return QColor(0x55, 0x5f, 0x6d); }
    static QColor textOn(const QColor &background);
    static QFont headerFont();
    static QFont rowFont();
    static QFont badgeFont();

    // A 16×16 SVG icon rendered once per size; painting never parses SVG.
    static const QPixmap &iconPixmap(const QString &resource, int size);
    // Draws an icon into `rect`: from iconPixmap() on the screen and images, as vector paths on
    // SVG, PDF and printers, so that an exported drawing holds no bitmap.
    static void drawIcon(QPainter *painter, const QString &resource, const QRectF &rect);
    static bool isVectorDevice(const QPainter *painter);
    static QString actionIconResource(ReferentialAction action);
    static QIcon actionIcon(ReferentialAction action);
    static QString actionName(ReferentialAction action);        // "SET NULL", translated
    static QString actionExplanation(ReferentialAction action); // one line, translated
    static QList<ReferentialAction> allActions();
};
