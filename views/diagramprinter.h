#pragma once

#include "imageexportoptions.h"

#include <QCoreApplication>
#include <QRectF>

class QPrinter;
class QWidget;
class SchemaScene;

// File › Print: the diagram on paper, through a print preview. It fits on one page (turned to
// landscape when wider than tall) unless its text would then print smaller than
// MinimumTextPoints; it is then tiled over as many pages as that size needs, in rows and
// columns, each page holding its part at the same scale. Drawn as vectors like an SVG export.
class DiagramPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramPrinter)
public:
    static constexpr qreal MinimumTextPoints = 6;

    // Shows the preview (with its print button); returns whether something was printed.
    static bool preview(SchemaScene *scene, const ImageExportOptions &options, QWidget *parent);
    // Paints onto `printer` (used by the preview, and by tests with a PDF printer). Returns
    // the number of pages.
    static int print(SchemaScene *scene, const ImageExportOptions &options, QPrinter *printer);
    // Pages across and down for `source` on a page of `page` device units at `resolution` dpi.
    static QSize pageGrid(const QRectF &source, const QSizeF &page, int resolution,
                          qreal *scale = nullptr);
};
