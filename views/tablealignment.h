#pragma once

#include "id.h"

#include <QCoreApplication>
#include <QVector>

class SchemaScene;

// Lines up or spaces out the selected tables' cards, as one MoveTablesCommand (one undo step;
// nothing is pushed when no table would move).
// - Align: the cards' left edges, centres or right edges on the leftmost / average / rightmost
//   one (top, middle, bottom likewise);
// - Distribute: the first and last card (in the direction) stay, the others move so that the
//   gaps between cards are equal; when the cards do not fit between them, they are set at
//   MinimumGap from the first one instead, so that nothing ends up on top of anything.
class TableAlignment
{
    Q_DECLARE_TR_FUNCTIONS(TableAlignment)
public:
    enum class Mode {
        Left,
        HorizontalCentre,
        Right,
        Top,
        VerticalCentre,
        Bottom,
        DistributeHorizontally,
        DistributeVertically,
    };
    static constexpr qreal MinimumGap = 40;

    static QList<Mode> all();
    static QString displayName(Mode mode);
    // How many tables the mode needs (2 to align, 3 to distribute).
    static int minimumTables(Mode mode);
    // Returns whether a command was pushed.
    static bool apply(SchemaScene *scene, const QVector<Id> &tables, Mode mode);
};
