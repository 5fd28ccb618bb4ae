#pragma once

#include "id.h"

#include <QCoreApplication>
#include <QVector>

class Document;

// Edits on a selection that the canvas's keys and the window's actions share.
class SelectionEdits
{
    Q_DECLARE_TR_FUNCTIONS(SelectionEdits)
public:
    // Deletes the tables, columns and keys among `ids` as one undo step: a table takes its keys
    // with it; a column its keys; a column or key of a deleted table is not deleted twice.
    // Returns false when there was nothing to delete.
    static bool remove(Document *document, const QVector<Id> &ids);
    // The tables among `ids`, with a column counting as its table.
    static QVector<Id> tablesOf(Document *document, const QVector<Id> &ids);
};
