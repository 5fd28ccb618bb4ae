#pragma once

#include <QtGlobal>

// What an image export (or a print) shows and how: which part of the diagram, on which
// background, and for bitmaps how many pixels per scene pixel (1.0 is 96 dpi, the canvas at
// 100 %).
struct ImageExportOptions
{
    enum class Region { Whole, Selection };
    enum class Background { White, Transparent, Canvas };

    Region region = Region::Whole;
    Background background = Background::White;
    qreal scale = 2.0;

    static constexpr qreal ScreenDpi = 96;
    qreal dpi() const { return scale * ScreenDpi; }
};
