#include "imageexporter.h"

#include "schemascene.h"

#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

bool ImageExporter::exportTo(SchemaScene *scene, const QString &path, QString *error)
{
    const QRectF source = scene->contentRect();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Hide the selection for the picture, then put it back.
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    const QSignalBlocker blocker(scene);
    for (QGraphicsItem *item : selected)
        item->setSelected(false);
    bool ok = true;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Joinery diagram"));
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
            ok = painter.end();
        }
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setTitle(tr("Joinery diagram"));
        pdf.setPageSize(QPageSize(source.size() * 0.75, QPageSize::Point)); // 96 dpi → points
        pdf.setPageMargins(QMarginsF());
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            scene->render(&painter, QRectF(), source);
            ok = painter.end();
        }
    } else {
        // PNG at twice the scene's resolution, capped so that a huge diagram stays writable.
        qreal scale = 2.0;
        const qreal largest = qMax(source.width(), source.height()) * scale;
        if (largest > 16000)
            scale *= 16000 / largest;
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        painter.end();
        ok = image.save(path, "PNG");
    }
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    if (!ok && error)
        *error = tr("Could not write the image \"%1\". Check that the folder exists and is "
                    "writable.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}
