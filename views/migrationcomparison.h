#pragma once

#include "migration/migrationscript.h"
#include "migration/renamesuggestions.h"
#include "migration/schemadiff.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class Document;

// The document compared with another version of its schema (a file, a script, a database),
// and the migration between them for one target. The document is the new side and the other
// the old one until swap(). It follows the document: an edit restarts a short timer, after
// which the match, the diff, the rename suggestions and the script are computed again and
// updated() is emitted.
//
// When the two sides do not share a document lineage, objects are matched by name: a renamed
// object then looks dropped and added. suggestions() lists the likely renames; the ones the
// user confirms (setConfirmedRenames) are declared to the match, as `--rename` does.
class MigrationComparison : public QObject
{
    Q_OBJECT
public:
    explicit MigrationComparison(Document *document, QObject *parent = nullptr);
    ~MigrationComparison() override;

    // `joineryFile`: the other side is a .joinery document, so ids may match.
    void setOther(const Schema &schema, const QString &label, bool joineryFile);
    bool hasOther() const { return m_hasOther; }
    QString otherLabel() const { return m_otherLabel; }
    void swap();
    bool documentIsNew() const { return m_documentIsNew; }

    void setTarget(Dialect dialect, bool d1);
    Dialect dialect() const { return m_dialect; }
    bool isD1() const { return m_d1; }

    // "old=new" and "table.old=new", as SchemaMatch::compute takes them.
    void setConfirmedRenames(const QStringList &renames);
    const QStringList &confirmedRenames() const { return m_renames; }

    // Null until the other side is set.
    const SchemaDiff *diff() const { return m_diff.get(); }
    SchemaMatch::Mode mode() const { return m_mode; }
    const MigrationScript &script() const { return m_script; }
    const QVector<RenameSuggestion> &suggestions() const { return m_suggestions; }

    bool isRefreshPending() const { return m_timer.isActive(); }
    // Computes at once, without waiting for the debounce timer.
    void refreshNow();

    static constexpr int debounceMilliseconds = 300;

signals:
    void updated();

private:
    Document *m_document;
    Schema m_other;
    QString m_otherLabel;
    bool m_hasOther = false;
    bool m_otherIsJoinery = false;
    bool m_documentIsNew = true;
    Dialect m_dialect = Dialect::SQLite;
    bool m_d1 = false;
    QStringList m_renames;
    std::unique_ptr<SchemaDiff> m_diff;
    SchemaMatch::Mode m_mode = SchemaMatch::Mode::ByName;
    MigrationScript m_script;
    QVector<RenameSuggestion> m_suggestions;
    QTimer m_timer;
};
