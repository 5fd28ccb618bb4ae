#pragma once

#include <QSizeF>

struct Table;

// The size of a table's card on the canvas, estimated from the table alone, for layout. The
// canvas measures with the real font and may differ by a few pixels, so layouts leave a
// margin around each card (AutoLayout::CardMargin) rather than trusting this to the pixel.
//
// Estimate: a header row for the name plus one row per column, each row `RowHeight` high; the
// width is that of the longest line ("name  type" for a column, the table name in bold for the
// header) at `CharacterWidth` per character, plus the padding and the key-icon gutter, never
// narrower than `MinimumWidth`.
namespace CardSize {
constexpr double CharacterWidth = 7.5; // an average glyph of the 9–10 pt UI font
constexpr double RowHeight = 20.0;
constexpr double HeaderHeight = 28.0;
constexpr double HorizontalPadding = 44.0; // both edges and the key-icon gutter
constexpr double MinimumWidth = 140.0;
constexpr double MaximumWidth = 480.0; // the canvas elides longer lines

QSizeF estimate(const Table &table);
} // namespace CardSize
