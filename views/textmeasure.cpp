#include "textmeasure.h"

namespace {

// One table of widths per font; dropped when it grows past what any schema needs, so a long
// session of renames cannot make it grow without end.
QHash<QString, qreal> *widthsFor(const QFont &font)
{
    static QHash<QString, QHash<QString, qreal>> cache;
    QHash<QString, qreal> &widths = cache[font.key()];
    if (widths.size() > 200000)
        widths.clear();
    return &widths;
}

} // namespace

TextMeasure::TextMeasure(const QFont &font)
    : m_metrics(font)
    , m_widths(widthsFor(font))
{
}

qreal TextMeasure::width(const QString &text) const
{
    const auto known = m_widths->constFind(text);
    if (known != m_widths->constEnd())
        return *known;
    const qreal w = m_metrics.horizontalAdvance(text);
    m_widths->insert(text, w);
    return w;
}

QString TextMeasure::elided(const QString &text, qreal width) const
{
    if (this->width(text) <= width)
        return text;
    return m_metrics.elidedText(text, Qt::ElideRight, width);
}
