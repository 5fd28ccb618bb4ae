#include "cardsize.h"
#include "../table.h"

#include <algorithm>

QSizeF CardSize::estimate(const Table &table)
{
    // The name is drawn bold, about 10% wider.
    double characters = table.name.size() * 1.1;
    for (const Column &column : table.columns) {
        const double line = column.name.size() + 2 + column.type.toString().size();
        characters = std::max(characters, line);
    }
    const double width
        = std::clamp(characters * CharacterWidth + HorizontalPadding, MinimumWidth, MaximumWidth);
    const double height = HeaderHeight + std::max<qsizetype>(1, table.columns.size()) * RowHeight;
    return {width, height};
}
