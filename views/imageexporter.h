#pragma once

#include "imageexportoptions.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QString>

class SchemaScene;

// Writes the diagram (the whole of it, not just what is in view, or the selected tables with
// the keys between them) as PNG, SVG or PDF, chosen by the file's suffix. The selection
// outline is not drawn.
//
// SVG and PDF are drawings: the scene is painted straight onto QSvgGenerator / QPdfWriter with
// the items' bitmap caches off and icons drawn as paths, so text stays text and arrows stay
// paths. A PNG is capped at MaximumPixels per side; the options' scale is then lowered, and
// legibilityWarning() says so when the text would no longer be readable.
class ImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(ImageExporter)
public:
    static constexpr int MaximumPixels = 16000;
    // Below this height (in pixels of the image) the columns' text cannot be read.
    static constexpr qreal LegibleTextPixels = 8;

    static bool exportTo(SchemaScene *scene, const QString &path, QString *error);
    static bool exportTo(SchemaScene *scene, const QString &path, const ImageExportOptions &options,
                         QString *error);

    // The part of the scene that is written, in scene coordinates (empty when the region is
    // the selection and nothing is selected).
    static QRectF sourceRect(SchemaScene *scene, ImageExportOptions::Region region);
    // The same for any region, a subject area's included (its tinted region, with a margin;
    // empty when the area has no table).
    static QRectF sourceRect(SchemaScene *scene, const ImageExportOptions &options);
    // The PNG's size and the scale really used (after the cap).
    static QSize pixelSize(const QRectF &source, qreal scale, qreal *usedScale = nullptr);
    // Empty, or why the text of a PNG of `source` at `scale` would be illegible.
    static QString legibilityWarning(const QRectF &source, qreal scale);
};
