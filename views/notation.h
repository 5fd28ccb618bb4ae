#pragma once

#include <QList>
#include <QString>

// How the canvas draws a foreign key:
// - Badges: an arrow into the parent with a badge of the ON DELETE / ON UPDATE glyphs
//   (Joinery's own, the default);
// - CrowsFoot: Information Engineering ends, cardinality from the key's columns: the parent
//   end is "exactly one" (||) for NOT NULL key columns, "zero or one" (o|) for nullable ones;
//   the child end is "zero or many" (o<), or "zero or one" (o|) when the key columns are
//   unique;
// - Idef1x: IDEF1X-like: a solid line for an identifying key (its columns are in the child's
//   primary key), dashed otherwise; a dot at the child end ("Z" beside it when unique), a
//   hollow diamond at the parent end when the key columns are nullable.
// Saved in the document as one optional member (DocumentController); files without it get
// Badges.
enum class Notation { Badges, CrowsFoot, Idef1x };

namespace Notations {
QList<Notation> all();
QString jsonName(Notation notation); // "badges", "crows-foot", "idef1x"
bool fromJsonName(const QString &name, Notation *notation);
QString displayName(Notation notation); // translated
} // namespace Notations
