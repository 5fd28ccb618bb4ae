#include "imageexporter.h"

#include "document.h"
#include "foreignkeyitem.h"
#include "scenerenderguard.h"
#include "schemascene.h"
#include "subjectarealayer.h"
#include "tableitem.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgGenerator>

namespace {
constexpr qreal Margin = 40;
// The largest page a PDF reader is asked to show (Acrobat's limit is 200 inches).
constexpr qreal MaximumPdfPoints = 14400;
// The columns' text on the canvas, in scene pixels (CanvasStyle::rowFont()).
constexpr qreal RowTextPixels = 12;
} // namespace

bool ImageExporter::exportTo(SchemaScene *scene, const QString &path, QString *error)
{
    return exportTo(scene, path, ImageExportOptions(), error);
}

QRectF ImageExporter::sourceRect(SchemaScene *scene, ImageExportOptions::Region region)
{
    scene->placeLabelsNow(); // the picture shows the badges where they end up
    if (region == ImageExportOptions::Region::Whole)
        return scene->contentRect();
    QRectF rect;
    QSet<Id> tables;
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto table = qgraphicsitem_cast<TableItem *>(item)) {
            rect |= table->sceneBoundingRect();
            tables.insert(table->tableId());
        }
    }
    const QList<QGraphicsItem *> all = scene->items();
    for (QGraphicsItem *item : all) {
        auto key = qgraphicsitem_cast<ForeignKeyItem *>(item);
        if (key && tables.contains(key->childTableId()) && tables.contains(key->parentTableId()))
            rect |= key->sceneBoundingRect();
    }
    return rect.isNull() ? QRectF() : rect.adjusted(-Margin, -Margin, Margin, Margin);
}

QRectF ImageExporter::sourceRect(SchemaScene *scene, const ImageExportOptions &options)
{
    if (options.region != ImageExportOptions::Region::SubjectArea)
        return sourceRect(scene, options.region);
    scene->placeLabelsNow();
    const Schema &schema = scene->document()->schema();
    const SubjectArea *area = schema.subjectArea(options.subjectArea);
    if (!area)
        return {};
    QRectF rect = scene->subjectAreaLayer()->areaRect(area->id);
    if (rect.isNull())
        return {};
    // Arrows between two members may bend outside the region (a self-reference's loop).
    const QSet<Id> members(area->tables.cbegin(), area->tables.cend());
    for (Id tableId : area->tables) {
        for (Id keyId : schema.foreignKeysOfTable(tableId)) {
            const ForeignKey *key = schema.foreignKey(keyId);
            ForeignKeyItem *item = scene->foreignKeyItem(keyId);
            if (item && members.contains(key->childTable) && members.contains(key->parentTable))
                rect |= item->sceneBoundingRect();
        }
    }
    constexpr qreal AreaMargin = 16;
    return rect.adjusted(-AreaMargin, -AreaMargin, AreaMargin, AreaMargin);
}

QSize ImageExporter::pixelSize(const QRectF &source, qreal scale, qreal *usedScale)
{
    const qreal largest = qMax(source.width(), source.height()) * scale;
    if (largest > MaximumPixels)
        scale *= MaximumPixels / largest;
    if (usedScale)
        *usedScale = scale;
    return (source.size() * scale).toSize().expandedTo(QSize(1, 1));
}

QString ImageExporter::legibilityWarning(const QRectF &source, qreal scale)
{
    qreal used = scale;
    pixelSize(source, scale, &used);
    const qreal text = RowTextPixels * used;
    if (text >= LegibleTextPixels)
        return {};
    if (used < scale)
        return tr("The diagram is too large for an image at this scale: it is reduced to %1 % and "
                  "its text to %2 pixels, which cannot be read. Export a selection, or use SVG "
                  "or PDF, which stay sharp at any size.")
            .arg(qRound(used * 100))
            .arg(text, 0, 'f', 1);
    return tr("At this scale the text is %1 pixels high and cannot be read. Choose a larger "
              "scale, or use SVG or PDF.")
        .arg(text, 0, 'f', 1);
}

bool ImageExporter::exportTo(SchemaScene *scene, const QString &path,
                             const ImageExportOptions &options, QString *error)
{
    const QRectF source = sourceRect(scene, options);
    if (source.isEmpty()) {
        if (error)
            *error = options.region == ImageExportOptions::Region::SubjectArea
                ? tr("Nothing to export: the subject area has no tables.")
                : tr("Nothing to export: select the tables to export first.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const SceneRenderGuard guard(scene, options);
    bool ok = true;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setResolution(int(ImageExportOptions::ScreenDpi));
        svg.setTitle(tr("Joinery diagram"));
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
            ok = painter.end();
        }
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setTitle(tr("Joinery diagram"));
        pdf.setCreator(QStringLiteral("Joinery"));
        // One page the size of the diagram at 96 dpi, within what readers open.
        QSizeF points = source.size() * 0.75;
        const qreal largest = qMax(points.width(), points.height());
        if (largest > MaximumPdfPoints)
            points *= MaximumPdfPoints / largest;
        pdf.setPageSize(QPageSize(points, QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            scene->render(&painter, QRectF(), source);
            ok = painter.end();
        }
    } else {
        QImage image(pixelSize(source, options.scale), QImage::Format_ARGB32_Premultiplied);
        image.fill(options.background == ImageExportOptions::Background::Transparent
                       ? QColor(Qt::transparent)
                       : QColor(Qt::white));
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        painter.end();
        ok = image.save(path, "PNG");
    }
    if (!ok && error)
        *error = tr("Could not write the image \"%1\". Check that the folder exists and is "
                    "writable.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}
