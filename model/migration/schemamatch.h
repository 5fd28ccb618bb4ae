#pragma once

#include "../id.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class Schema;

// Which object of the old schema is which object of the new one: tables, columns, keys,
// unique and CHECK constraints, indexes. Two ways to match:
// - by id, when both schemas come from one document lineage: a rename is then exact;
// - by name otherwise (an imported script, a live database), with the user's declared renames
//   ("old=new" for a table, "table.old=new" for a column of the old table "table").
// Constraints and indexes without a name (or with a changed name under name matching) match by
// what they cover, so that an engine-named key is not dropped and re-added for nothing.
class SchemaMatch
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMatch)
public:
    enum class Mode { ById, ByName };

    // Fails (returns false, error set) when a rename names an object that does not exist.
    bool compute(const Schema &oldSchema, const Schema &newSchema, Mode mode,
                 const QStringList &renames, QString *error);

    // True when the two schemas look like versions of one document: most tables that share an
    // id also share a name. Imported scripts number their objects from 1, so shared ids alone
    // prove nothing.
    static bool sharesLineage(const Schema &oldSchema, const Schema &newSchema);

    // 0 when the object has no counterpart.
    Id toNew(Id oldId) const { return m_toNew.value(oldId); }
    Id toOld(Id newId) const { return m_toOld.value(newId); }

private:
    void link(Id oldId, Id newId);
    void matchTables(const Schema &oldSchema, const Schema &newSchema, Mode mode,
                     const QHash<QString, QString> &tableRenames);
    void matchColumns(const Schema &oldSchema, const Schema &newSchema, Mode mode,
                      const QHash<QString, QString> &columnRenames);
    void matchConstraints(const Schema &oldSchema, const Schema &newSchema, Mode mode);
    void matchKeys(const Schema &oldSchema, const Schema &newSchema, Mode mode);

    QHash<Id, Id> m_toNew;
    QHash<Id, Id> m_toOld;
};
