#pragma once

#include <Qt>

// The item data role under which list and tree widgets of the panels keep the model id of the
// object a row shows (a column, a constraint, a trigger ...).
inline constexpr int IdRole = Qt::UserRole + 1;
