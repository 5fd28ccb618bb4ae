#include "labelgrid.h"
#include "textmeasure.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QtTest>

// LabelGrid answers what the scene's index would: a rect is free when it meets no obstacle
// and no label of another key. Checked against a plain scan on random layouts, negative
// coordinates and rects wider than a cell included. TextMeasure gives QFontMetricsF's
// figures.
class TestLabelGrid : public QObject
{
    Q_OBJECT
private slots:
    void emptyGridIsFree();
    void ownLabelDoesNotBlock();
    void movedLabelLeavesItsOldPlace();
    void agreesWithAPlainScan();
    void textMeasureAgreesWithFontMetrics();
};

void TestLabelGrid::emptyGridIsFree()
{
    LabelGrid grid;
    QVERIFY(grid.isFree(QRectF(-1000, -1000, 5000, 5000), 1));
}

void TestLabelGrid::ownLabelDoesNotBlock()
{
    LabelGrid grid;
    grid.setLabel(7, QRectF(0, 0, 40, 20));
    QVERIFY(grid.isFree(QRectF(10, 10, 5, 5), 7));
    QVERIFY(!grid.isFree(QRectF(10, 10, 5, 5), 8));
    grid.addObstacle(QRectF(100, 100, 200, 300));
    QVERIFY(!grid.isFree(QRectF(290, 390, 20, 20), 7));
    QVERIFY(grid.isFree(QRectF(301, 401, 20, 20), 7));
}

void TestLabelGrid::movedLabelLeavesItsOldPlace()
{
    LabelGrid grid;
    grid.setLabel(3, QRectF(-500, -500, 40, 20));
    QVERIFY(!grid.isFree(QRectF(-490, -490, 4, 4), 4));
    grid.setLabel(3, QRectF(900, 900, 40, 20));
    QVERIFY(grid.isFree(QRectF(-490, -490, 4, 4), 4));
    QVERIFY(!grid.isFree(QRectF(910, 910, 4, 4), 4));
    grid.setLabel(3, QRectF());
    QVERIFY(grid.isFree(QRectF(910, 910, 4, 4), 4));
}

void TestLabelGrid::agreesWithAPlainScan()
{
    QRandomGenerator random(20261205);
    auto rect = [&](qreal maxSize) {
        return QRectF(random.bounded(-2000, 2000), random.bounded(-2000, 2000),
                      1 + random.bounded(int(maxSize)), 1 + random.bounded(int(maxSize)));
    };
    for (int round = 0; round < 20; ++round) {
        LabelGrid grid(qreal(50 + random.bounded(300)));
        QVector<QRectF> obstacles;
        QHash<Id, QRectF> labels;
        for (int i = 0; i < 60; ++i) {
            obstacles << rect(700);
            grid.addObstacle(obstacles.last());
        }
        for (int i = 0; i < 400; ++i) {
            const Id key = 1 + random.bounded(80);
            const QRectF label = random.bounded(10) == 0 ? QRectF() : rect(90);
            grid.setLabel(key, label);
            if (label.isNull())
                labels.remove(key);
            else
                labels.insert(key, label);
        }
        for (int probe = 0; probe < 500; ++probe) {
            const QRectF area = rect(150);
            const Id key = 1 + random.bounded(80);
            bool expected = true;
            for (const QRectF &o : obstacles)
                expected = expected && !o.intersects(area);
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                expected = expected && (it.key() == key || !it.value().intersects(area));
            QCOMPARE(grid.isFree(area, key), expected);
        }
    }
}

void TestLabelGrid::textMeasureAgreesWithFontMetrics()
{
    QFont font = QApplication::font();
    font.setPointSize(9);
    const QFontMetricsF metrics(font);
    const TextMeasure measure(font);
    for (const QString &text : {QStringLiteral("id"), QStringLiteral("customer_id"),
                                QStringLiteral("timestamp with time zone"), QString()}) {
        QCOMPARE(measure.width(text), metrics.horizontalAdvance(text));
        QCOMPARE(measure.width(text), metrics.horizontalAdvance(text)); // remembered
        for (qreal width : {0.0, 10.0, 40.0, 500.0})
            QCOMPARE(measure.elided(text, width), metrics.elidedText(text, Qt::ElideRight, width));
    }
}

QTEST_MAIN(TestLabelGrid)
#include "tst_labelgrid.moc"
