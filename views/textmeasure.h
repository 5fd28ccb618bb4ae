#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

// Text widths for one font, remembered across calls (GUI thread only). Laying out the cards
// of a large schema measures the same column names and types thousands of times ("id",
// "integer", "NN"), and shaping text is most of what a card costs to build.
class TextMeasure
{
public:
    explicit TextMeasure(const QFont &font);

    qreal width(const QString &text) const;
    // As QFontMetricsF::elidedText(text, Qt::ElideRight, width), without measuring again
    // when the text fits.
    QString elided(const QString &text, qreal width) const;

private:
    QFontMetricsF m_metrics;
    QHash<QString, qreal> *m_widths;
};
