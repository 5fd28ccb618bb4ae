#include "removetablecommand.h"
#include "../document.h"
#include "editschemaobjectscommand.h"
#include "editsubjectareacommand.h"
#include "edittablecommand.h"
#include "removeforeignkeycommand.h"

#include <QSet>

#include <algorithm>

RemoveTableCommand::RemoveTableCommand(Document *document, const QVector<Id> &tableIds,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_tableIds(tableIds)
{
    const Schema &schema = document->schema();
    if (tableIds.size() == 1)
        setText(tr("Delete table \"%1\"").arg(schema.table(tableIds.first())->name));
    else
        setText(tr("Delete %n tables", nullptr, int(tableIds.size())));
    QSet<Id> keys;
    for (Id tableId : tableIds) {
        for (Id keyId : schema.foreignKeysOfTable(tableId)) {
            if (!keys.contains(keyId)) {
                keys.insert(keyId);
                new RemoveForeignKeyCommand(document, keyId, this);
            }
        }
    }
    // Tables that stay but were partitions of, or inherited from, a removed table become plain
    // tables; sequences owned by a removed column are no longer owned. Both in this same step.
    const QSet<Id> removed(tableIds.cbegin(), tableIds.cend());
    for (Id otherId : schema.tableIds()) {
        if (removed.contains(otherId))
            continue;
        Table after = *schema.table(otherId);
        if (removed.contains(after.options.partitionOf)) {
            after.options.partitionOf = 0;
            after.options.partitionBound.clear();
        }
        after.options.inherits.erase(std::remove_if(after.options.inherits.begin(),
                                                    after.options.inherits.end(),
                                                    [&](Id id) { return removed.contains(id); }),
                                     after.options.inherits.end());
        if (after != *schema.table(otherId))
            new EditTableCommand(document, after, EditTableCommand::Property::Options, this);
    }
    auto ownedByRemoved = [&](const Sequence &sequence) {
        return sequence.ownedBy && removed.contains(schema.tableOfColumn(sequence.ownedBy));
    };
    if (std::any_of(schema.sequences.cbegin(), schema.sequences.cend(), ownedByRemoved)) {
        auto unown = new EditSchemaObjectsCommand(document, this);
        for (Sequence &sequence : unown->sequences) {
            if (ownedByRemoved(sequence))
                sequence.ownedBy = 0;
        }
    }
    // The tables leave every subject area they were in (the areas stay, even when empty).
    for (const SubjectArea &area : schema.subjectAreas) {
        SubjectArea after = area;
        after.tables.erase(std::remove_if(after.tables.begin(), after.tables.end(),
                                          [&](Id id) { return removed.contains(id); }),
                           after.tables.end());
        if (after != area)
            new EditSubjectAreaCommand(document, after, this);
    }
}

void RemoveTableCommand::redo()
{
    QUndoCommand::redo(); // the keys first
    m_removed.clear();
    for (Id tableId : m_tableIds) {
        const int index = m_document->schema().tableIndex(tableId);
        m_removed.append({index, m_document->removeTable(tableId)});
    }
}

void RemoveTableCommand::undo()
{
    for (int i = int(m_removed.size()) - 1; i >= 0; --i)
        m_document->insertTable(m_removed.at(i).first, m_removed.at(i).second);
    QUndoCommand::undo();
}
