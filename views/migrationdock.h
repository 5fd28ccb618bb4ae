#pragma once

#include <QWidget>

class DdlHighlighter;
class Document;
class MigrationChangeTree;
class MigrationComparison;
class MigrationRehearsalView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class RenameSuggestionList;
class SampleDataStore;

// The Migration dock's content: the document compared with another version of its schema
// (File › Compare with…). Shows which side is old and which new (Swap exchanges them), the
// changes by table, the likely renames to confirm when the sides are matched by name, the
// migration script for the chosen target with its problems (data loss, steps that may fail,
// refusals with their reasons), and the rehearsal of the SQLite migration on the document's
// sample data or on a data file. Save… writes the script, or for D1 the next file of a
// wrangler migrations folder; a script that destroys data is written only after the user
// confirms it, as `joinery migrate --allow-data-loss`.
class MigrationDock : public QWidget
{
    Q_OBJECT
public:
    MigrationDock(Document *document, SampleDataStore *sampleData, QWidget *parent = nullptr);

    MigrationComparison *comparison() const { return m_comparison; }
    QString scriptText() const;

    // What the Rehearse button's menu does, after asking for a file.
    void rehearseOnSampleData();
    void rehearseOnFile(const QString &path);
    // Writes the script to `path` (a .sql file), or for D1 into the wrangler folder `path`,
    // after the data-loss confirmation; *written is the file. Shows why when it fails.
    bool saveTo(const QString &path, QString *written = nullptr);

    static constexpr int ShownProblems = 500;

signals:
    void saved(const QString &path);

private:
    void buildHeader();
    void refresh();
    void updateButtons();
    void showProblems();
    void targetChosen();
    void save();
    void rehearseWith(const QByteArray &data, const QString &where);
    bool confirmDataLoss();

    Document *m_document;
    SampleDataStore *m_sampleData;
    MigrationComparison *m_comparison;
    QLabel *m_sides;
    QPushButton *m_swap;
    QComboBox *m_target;
    QLineEdit *m_message;
    QToolButton *m_rehearse;
    QPushButton *m_save;
    MigrationChangeTree *m_changes;
    QLabel *m_renamesLabel;
    RenameSuggestionList *m_renames;
    QPlainTextEdit *m_preview;
    DdlHighlighter *m_highlighter;
    QListWidget *m_problems;
    MigrationRehearsalView *m_rehearsal;
    QTabWidget *m_findings;
    QLabel *m_status;
};
