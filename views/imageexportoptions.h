#pragma once

#include "id.h"

#include <QtGlobal>

// What an image export (or a print) shows and how: which part of the diagram (all of it, the
// selected tables, or one subject area's region with only its tables and their keys), on which
// background, and for bitmaps how many pixels per scene pixel (1.0 is 96 dpi, the canvas at
// 100 %).
struct ImageExportOptions
{
    enum class Region { Whole, Selection, SubjectArea };
    enum class Background { White, Transparent, Canvas };

    Region region = Region::Whole;
    Id subjectArea = 0; // with Region::SubjectArea
    Background background = Background::White;
    qreal scale = 2.0;

    static constexpr qreal ScreenDpi = 96;
    qreal dpi() const { return scale * ScreenDpi; }
};
