#include "canvasstyle.h"

#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QCoreApplication>
#include <QPointer>
#include <QSvgRenderer>

QColor CanvasStyle::textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

// Made once: paint() asks for these for every row of every card. Sizes are in pixels, scene
// units, not points: a point size is resolved with the device's resolution, so the same card
// would get larger text on a 1200 dpi PDF writer or a printer than on the screen it was laid
// out for.
QFont CanvasStyle::headerFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(13);
        f.setBold(true);
        return f;
    }();
    return font;
}

QFont CanvasStyle::rowFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(12);
        return f;
    }();
    return font;
}

QFont CanvasStyle::badgeFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(9);
        f.setBold(true);
        return f;
    }();
    return font;
}

const QPixmap &CanvasStyle::iconPixmap(const QString &resource, int size)
{
    static QHash<QString, QPixmap> cache;
    const QString key = resource + QLatin1Char('@') + QString::number(size);
    auto it = cache.find(key);
    if (it == cache.end()) {
        // Rendered at twice the size so that it stays sharp at 200 % zoom.
        QPixmap pixmap = QIcon(resource).pixmap(size * 2, size * 2);
        pixmap.setDevicePixelRatio(2);
        it = cache.insert(key, pixmap);
    }
    return *it;
}

bool CanvasStyle::isVectorDevice(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine)
        return false;
    switch (engine->type()) {
    case QPaintEngine::SVG:
    case QPaintEngine::Pdf:
    case QPaintEngine::Picture: // the print preview records into pictures
        return true;
    default:
        return false;
    }
}

void CanvasStyle::drawIcon(QPainter *painter, const QString &resource, const QRectF &rect)
{
    if (!isVectorDevice(painter)) {
        painter->drawPixmap(rect.topLeft(), iconPixmap(resource, int(rect.width())));
        return;
    }
    // On SVG, PDF and paper the icon stays a drawing: paths, not an embedded bitmap.
    // Parsed once per icon; owned by the application object so that they go with it (a plain
    // static would outlive it, and a raw pointer would leak), and re-parsed for a new one.
    static QHash<QString, QPointer<QSvgRenderer>> renderers;
    QPointer<QSvgRenderer> &renderer = renderers[resource];
    if (!renderer)
        renderer = new QSvgRenderer(resource, QCoreApplication::instance());
    painter->save();
    renderer->render(painter, rect);
    painter->restore();
}

QString CanvasStyle::actionIconResource(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Cascade:
        return QStringLiteral(":/icons/action-cascade.svg");
    case ReferentialAction::Restrict:
        return QStringLiteral(":/icons/action-restrict.svg");
    case ReferentialAction::NoAction:
        return QStringLiteral(":/icons/action-no-action.svg");
    case ReferentialAction::SetNull:
        return QStringLiteral(":/icons/action-set-null.svg");
    case ReferentialAction::SetDefault:
        return QStringLiteral(":/icons/action-set-default.svg");
    }
    return {};
}

QIcon CanvasStyle::actionIcon(ReferentialAction action)
{
    return QIcon(actionIconResource(action));
}

QString CanvasStyle::actionName(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Cascade:
        return tr("CASCADE");
    case ReferentialAction::Restrict:
        return tr("RESTRICT");
    case ReferentialAction::NoAction:
        return tr("NO ACTION");
    case ReferentialAction::SetNull:
        return tr("SET NULL");
    case ReferentialAction::SetDefault:
        return tr("SET DEFAULT");
    }
    return {};
}

QString CanvasStyle::actionExplanation(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Cascade:
        return tr("The child rows are deleted or updated along with the parent row.");
    case ReferentialAction::Restrict:
        return tr("The parent change is refused at once while child rows refer to it.");
    case ReferentialAction::NoAction:
        return tr("The parent change fails at the end of the statement (or at commit, when "
                  "deferred) if child rows still refer to it.");
    case ReferentialAction::SetNull:
        return tr("The child rows' key columns are set to NULL; they must be nullable.");
    case ReferentialAction::SetDefault:
        return tr("The child rows' key columns are set to their default values, which must "
                  "exist in the parent.");
    }
    return {};
}

QList<ReferentialAction> CanvasStyle::allActions()
{
    return {ReferentialAction::NoAction, ReferentialAction::Restrict, ReferentialAction::Cascade,
            ReferentialAction::SetNull, ReferentialAction::SetDefault};
}
