#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class Document;
class Schema;
class ProblemTracker;
class SchemaScene;
class Selection;
class SampleDataStore;
class ScratchSession;
class SimulationRunner;

// Owns one open document and what hangs off it: the Document (with its undo stack), the shared
// Selection, the canvas scene and the problem tracker. The window gets them from here and passes
// them explicitly to the docks; nothing is global.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    explicit DocumentController(QObject *parent = nullptr);

    Document *document() const { return m_document; }
    Selection *selection() const { return m_selection; }
    SchemaScene *scene() const { return m_scene; }
    ProblemTracker *problemTracker() const { return m_tracker; }
    // The document's sample data (saved in the file under "sampleData"), the scratch SQLite
    // database that follows the schema and the data, and the worker that runs simulations.
    SampleDataStore *sampleData() const { return m_sampleData; }
    ScratchSession *scratchSession() const { return m_scratch; }
    SimulationRunner *simulationRunner() const { return m_runner; }

    // Empty for a new document or an opened sample: Save then asks where.
    QString path() const { return m_path; }
    QString displayName() const;
    bool isModified() const;

    void newDocument();
    // `path` may be a resource (":/samples/shop.joinery"): it opens as an untitled copy, with
    // generated sample data when it has none. The canvas notation comes from the file.
    bool open(const QString &path, QString *error);
    bool save(const QString &path, QString *error);
    // Replaces the document with an imported schema, as a new untitled document named `name`.
    void adoptImported(const Schema &schema, const QString &name);
    // Holds back the background work a document causes (scratch database, dialect checks)
    // while the designer opens it, so that it does not compete with the first frame for the
    // processor; releasing starts what is due.
    void holdBackgroundWork(bool hold);

signals:
    void pathChanged();

private:
    void markKeysWithErrors();

    Document *m_document;
    Selection *m_selection;
    SchemaScene *m_scene;
    ProblemTracker *m_tracker;
    SampleDataStore *m_sampleData;
    ScratchSession *m_scratch;
    SimulationRunner *m_runner;
    QString m_path;
    QString m_untitledName;
    QJsonObject m_extra; // top-level file members Joinery does not edit (kept on save)
};
