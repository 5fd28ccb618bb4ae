#include "diagramprinter.h"

#include "imageexporter.h"
#include "scenerenderguard.h"
#include "schemascene.h"

#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QtMath>

namespace {
constexpr qreal PrintedRowTextPixels = 12; // CanvasStyle::rowFont(), in scene pixels
}

QSize DiagramPrinter::pageGrid(const QRectF &source, const QSizeF &page, int resolution,
                               qreal *scale)
{
    // Device units per scene pixel: to fit on one page, and for the smallest readable text.
    const qreal fit = qMin(page.width() / source.width(), page.height() / source.height());
    const qreal actualSize = resolution / ImageExportOptions::ScreenDpi;
    const qreal readable = MinimumTextPoints / 72.0 * resolution / PrintedRowTextPixels;
    if (fit >= readable) {
        if (scale)
            *scale = qMin(fit, actualSize); // never blown up beyond the canvas's own size
        return QSize(1, 1);
    }
    if (scale)
        *scale = readable;
    return QSize(qCeil(source.width() * readable / page.width()),
                 qCeil(source.height() * readable / page.height()));
}

int DiagramPrinter::print(SchemaScene *scene, const ImageExportOptions &options, QPrinter *printer)
{
    const QRectF source = ImageExporter::sourceRect(scene, options);
    if (source.isEmpty())
        return 0;
    const QRectF page = printer->pageRect(QPrinter::DevicePixel);
    qreal scale = 1;
    const QSize grid = pageGrid(source, page.size(), printer->resolution(), &scale);
    const SceneRenderGuard guard(scene, options);
    QPainter painter;
    if (!painter.begin(printer))
        return 0;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Each page shows a part of the diagram the size of the page at `scale`; one page alone is
    // centred.
    const QSizeF part(page.width() / scale, page.height() / scale);
    int pages = 0;
    for (int row = 0; row < grid.height(); ++row) {
        for (int column = 0; column < grid.width(); ++column) {
            if (pages > 0)
                printer->newPage();
            QRectF from(source.topLeft() + QPointF(column * part.width(), row * part.height()),
                        part);
            if (grid == QSize(1, 1))
                from.moveCenter(source.center());
            scene->render(&painter, QRectF(QPointF(0, 0), page.size()), from, Qt::KeepAspectRatio);
            ++pages;
        }
    }
    painter.end();
    return pages;
}

bool DiagramPrinter::preview(SchemaScene *scene, const ImageExportOptions &options, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    const QRectF source = ImageExporter::sourceRect(scene, options);
    printer.setPageOrientation(source.width() > source.height() ? QPageLayout::Landscape
                                                                : QPageLayout::Portrait);
    printer.setDocName(QCoreApplication::translate("DiagramPrinter", "Joinery diagram"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [scene, options](QPrinter *p) { print(scene, options, p); });
    return dialog.exec() == QDialog::Accepted;
}
