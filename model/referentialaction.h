#pragma once

#include <QString>

// What the engine does to child rows when their parent row is deleted or its key is updated.
enum class ReferentialAction {
    NoAction, // checked at the end of the statement (or at commit when deferred)
    Restrict, // checked at once, never deferred
    Cascade,
    SetNull,
    SetDefault,
};

enum class Deferrability {
    NotDeferrable,
    DeferrableImmediate,
    DeferrableDeferred,
};

enum class MatchType {
    Simple, // a NULL in any child column exempts the row from the check
    Full,   // all child columns NULL or none
};

// Stable spellings used in files and on the command line; SQL keywords for scripts.
namespace ActionNames {
QString fileName(ReferentialAction action);
bool fromFileName(const QString &text, ReferentialAction *action);
QString sqlKeyword(ReferentialAction action); // "SET NULL"
QString fileName(Deferrability deferrability);
bool fromFileName(const QString &text, Deferrability *deferrability);
QString fileName(MatchType match);
bool fromFileName(const QString &text, MatchType *match);
// Actions that change child rows (as opposed to blocking the parent change).
bool changesChildRows(ReferentialAction action);
} // namespace ActionNames
