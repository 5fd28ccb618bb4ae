#pragma once

#include <QtGlobal>

// Every table, column, constraint and foreign key has an Id that is unique within its document
// and never reused for another object of that document. References between objects store Ids,
// never pointers or names, so that renames and undo/redo cannot break them. 0 means "none".
using Id = quint64;
