#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

// What an import did: the counts of what arrived in the schema, and one note per thing that did
// not (a statement Joinery does not model, a key whose parent is missing, a parse error), with
// the line and column in the source where there is one. The report is the user's only way to
// know what was left behind, so every importer adds a note for everything it drops.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    enum class Severity {
        Skipped, // understood, but not something Joinery models (views, triggers, inserts)
        Warning, // imported, but not exactly as written (an unknown type kept as text, ...)
        Error, // could not be read; what depends on it is missing from the schema
    };

    struct Note
    {
        Severity severity = Severity::Skipped;
        int line = 0; // 1-based; 0 when the source has no lines (a database file)
        int column = 0; // 1-based; 0 when unknown
        QString message;
    };

    QString source; // file name or server URL without password, for the first line
    QString dialect; // what the source was read as: "sqlite", "postgresql", ...

    int tables = 0;
    int columns = 0;
    int foreignKeys = 0;
    int primaryKeys = 0;
    int uniqueConstraints = 0;
    int indexes = 0;
    // Statements recognised and deliberately not modelled, by kind ("CREATE VIEW" → 16).
    QVector<QPair<QString, int>> skippedStatements;

    // Set when nothing could be imported at all (not a database, unreachable server); the
    // schema is then empty and this says why.
    QString fatalError;

    QVector<Note> notes;

    void addNote(Severity severity, const QString &message, int line = 0, int column = 0);
    void skipStatement(const QString &kind);

    bool isFatal() const { return !fatalError.isEmpty(); }
    int count(Severity severity) const;
    int skippedStatementCount() const;
    // True when something in the source is missing from the schema (errors, skipped parts).
    bool isIncomplete() const;

    // The text `joinery import` prints: a summary line, the counts, skipped statement kinds,
    // then one line per note as "line:column: severity: message".
    QString toText() const;
    static QString severityName(Severity severity);
};
