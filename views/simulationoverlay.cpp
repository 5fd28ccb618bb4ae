#include "simulationoverlay.h"

#include <QStringList>

using Effect = SimulationHighlight::Effect;

QColor SimulationOverlay::color(Effect effect)
{
    switch (effect) {
    case Effect::Deleted:
        return QColor(0xd6, 0x45, 0x45);
    case Effect::NulledOrDefaulted:
        return QColor(0xe0, 0xa1, 0x00);
    case Effect::Updated:
        return QColor(0x2f, 0x80, 0xed);
    case Effect::Blocked:
        return QColor(0x7a, 0x4c, 0xc2);
    }
    return {};
}

ItemEffect SimulationOverlay::forTable(const SimulationHighlight::Counts &counts, bool predicted)
{
    ItemEffect effect;
    if (!counts.reached && !counts.blocked)
        return effect;
    effect.color = color(counts.dominant());
    effect.predicted = predicted;
    QStringList parts;
    if (predicted) {
        if (counts.has(Effect::Deleted))
            parts << tr("may be deleted");
        if (counts.has(Effect::NulledOrDefaulted))
            parts << tr("may be set to NULL/default");
        if (counts.has(Effect::Updated))
            parts << tr("may be updated");
        if (counts.blocked)
            parts << tr("may block");
    } else {
        if (counts.deleted > 0)
            parts << tr("%n deleted", nullptr, counts.deleted);
        if (counts.nulledOrDefaulted > 0)
            parts << tr("%n set to NULL/default", nullptr, counts.nulledOrDefaulted);
        if (counts.updated > 0)
            parts << tr("%n updated", nullptr, counts.updated);
        if (counts.blocked)
            parts << tr("blocked");
    }
    effect.label = parts.join(QStringLiteral(" · "));
    return effect;
}

ItemEffect SimulationOverlay::forKey(const SimulationHighlight::Counts &counts, bool predicted)
{
    ItemEffect effect;
    if (!counts.reached && !counts.blocked)
        return effect;
    effect.color = color(counts.dominant());
    effect.predicted = predicted;
    if (counts.blocked)
        effect.label = predicted ? tr("may block") : tr("blocked here");
    else if (!predicted && counts.total() > 0)
        effect.label = tr("%n row(s)", nullptr, counts.total());
    return effect;
}
