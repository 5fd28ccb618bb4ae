#include "document.h"
#include "foreignkeyitem.h"
#include "schemascene.h"
#include "selection.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPicture>
#include <QStyleOptionGraphicsItem>
#include <QtTest>

// Arrows on the screen are stroked as straight segments near what is painted (see
// ForeignKeyItem::paint): the picture must be the one the whole path would give.
class TestArrowPainting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linesLookLikeThePath();
    void exposedStripsMatchAFullPaint();

private:
    // The arrow painted alone on white, the scene seen at `zoom`; through a QPicture (a
    // vector device: the path is drawn whole) when `recorded`, with `systemClip` when given.
    QImage paintArrow(qreal zoom, bool recorded, const QRegion &systemClip = QRegion()) const;

    Document m_document;
    Selection m_selection;
    SchemaScene *m_scene = nullptr;
    ForeignKeyItem *m_arrow = nullptr;
};

void TestArrowPainting::initTestCase()
{
    // Two tables far apart and at different heights: a long, nearly horizontal curve, the
    // kind Qt's antialiasing rasteriser is slow at.
    Schema schema;
    QVector<Id> ids;
    for (int i = 0; i < 2; ++i) {
        Table t;
        t.id = schema.allocateId();
        t.name = QStringLiteral("table_%1").arg(i);
        t.position = i == 0 ? QPointF(0, 0) : QPointF(1400, 130);
        for (int c = 0; c < 3; ++c) {
            Column column;
            column.id = schema.allocateId();
            column.name = QStringLiteral("column_%1").arg(c);
            column.type = DataType(LogicalType::BigInt);
            t.columns << column;
        }
        t.primaryKey << t.columns.first().id;
        schema.insertTable(i, t);
        ids << t.id;
    }
    ForeignKey key;
    key.id = schema.allocateId();
    key.name = QStringLiteral("fk_long");
    key.childTable = ids.at(0);
    key.childColumns = {schema.table(ids.at(0))->columns.at(2).id};
    key.parentTable = ids.at(1);
    key.parentColumns = {schema.table(ids.at(1))->columns.first().id};
    schema.insertForeignKey(0, key);
    m_document.resetSchema(schema);
    m_scene = new SchemaScene(&m_document, &m_selection, this);
    // No badge: its icons are bitmaps on a raster device and vector drawings on a picture.
    m_scene->setNotation(Notation::CrowsFoot);
    m_arrow = m_scene->foreignKeyItem(key.id);
    QVERIFY(m_arrow);
    QVERIFY(m_arrow->boundingRect().width() > 1000);
}

QImage TestArrowPainting::paintArrow(qreal zoom, bool recorded, const QRegion &systemClip) const
{
    const QRectF bounds = m_arrow->boundingRect();
    QImage image((bounds.size() * zoom).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QTransform transform;
    transform.scale(zoom, zoom);
    transform.translate(-bounds.left(), -bounds.top());
    QStyleOptionGraphicsItem option;
    if (recorded) {
        QPicture picture;
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setTransform(transform);
        m_arrow->paint(&painter, &option, nullptr);
        painter.end();
        QPainter onImage(&image);
        onImage.setRenderHint(QPainter::Antialiasing);
        picture.play(&onImage);
        return image;
    }
    if (!systemClip.isEmpty())
        image.paintEngine()->setSystemClip(systemClip);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(transform);
    m_arrow->paint(&painter, &option, nullptr);
    return image;
}

namespace {
qint64 ink(const QImage &image, const QRect &area)
{
    qint64 sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            sum += 255 - qGray(image.pixel(x, y));
    }
    return sum;
}
} // namespace

void TestArrowPainting::linesLookLikeThePath()
{
    for (qreal zoom : {1.0, 2.0}) {
        const QImage lines = paintArrow(zoom, false);
        const QImage path = paintArrow(zoom, true);
        QCOMPARE(lines.size(), path.size());
        // As much ink, and nowhere a pixel that one can tell apart: segments are not capped,
        // so no joint is darker or lighter than the curve around it.
        const qint64 inkLines = ink(lines, lines.rect());
        const qint64 inkPath = ink(path, path.rect());
        QVERIFY2(inkPath > 1000 * 255, "the arrow was drawn");
        QVERIFY2(qAbs(inkLines - inkPath) < inkPath / 50,
                 qPrintable(QStringLiteral("ink %1 vs %2 at %3").arg(inkLines).arg(inkPath).arg(zoom)));
        int worst = 0;
        QPoint where;
        for (int y = 0; y < lines.height(); ++y) {
            for (int x = 0; x < lines.width(); ++x) {
                const int difference = qAbs(qGray(lines.pixel(x, y)) - qGray(path.pixel(x, y)));
                if (difference > worst) {
                    worst = difference;
                    where = QPoint(x, y);
                }
            }
        }
        if (qEnvironmentVariableIsSet("JOINERY_DUMP_ARROWS")) {
            lines.save(QStringLiteral("/tmp/arrow_lines_%1.png").arg(zoom));
            path.save(QStringLiteral("/tmp/arrow_path_%1.png").arg(zoom));
        }
        QVERIFY2(worst < 64, qPrintable(QStringLiteral("pixel difference %1 at %2,%3 (zoom %4)")
                                            .arg(worst).arg(where.x()).arg(where.y()).arg(zoom)));
    }
}

void TestArrowPainting::exposedStripsMatchAFullPaint()
{
    // What a pan exposes: a strip down one side and one along the bottom.
    const QImage full = paintArrow(1.0, false);
    const QRect vertical(full.width() / 2, 0, 12, full.height());
    const QRect horizontal(0, full.height() - 40, full.width(), 6);
    const QRegion strips = QRegion(vertical) + QRegion(horizontal);
    const QImage clipped = paintArrow(1.0, false, strips);
    QVERIFY(ink(full, vertical) > 0);
    QVERIFY(ink(full, horizontal) > 0);
    for (int y = 0; y < full.height(); ++y) {
        for (int x = 0; x < full.width(); ++x) {
            if (strips.contains(QPoint(x, y)))
                QCOMPARE(clipped.pixel(x, y), full.pixel(x, y));
            else
                QCOMPARE(clipped.pixel(x, y), QColor(Qt::white).rgba());
        }
    }
}

QTEST_MAIN(TestArrowPainting)
#include "tst_arrowpainting.moc"
