#pragma once

#include "ddlpreviewjob.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <optional>

class Document;
class QComboBox;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QSplitter;

// The DDL dock's content: the create script of the chosen dialect (optionally a second dialect
// side by side), highlighted, with that dialect's problems listed beside it. It follows the
// document: edits restart a short timer, and the script is then regenerated on a worker thread
// from a copy of the schema, so typing never waits for a 5,000-table script; a result that an
// edit made stale meanwhile is dropped.
class DdlPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DdlPreview(Document *document, QWidget *parent = nullptr);
    ~DdlPreview() override;

    Dialect dialect() const { return m_dialect; }
    void setDialect(Dialect dialect);
    std::optional<Dialect> compareDialect() const { return m_compareDialect; }
    void setCompareDialect(std::optional<Dialect> dialect);

    QString scriptText() const { return m_shown.text; }
    QString compareText() const { return m_shown.compareText; }
    const QVector<Problem> &problems() const { return m_shown.problems; }
    // Statements of the primary script shown highlighted for the selection.
    int highlightedStatementCount() const { return m_highlighted; }
    // True while an edit waits for its script (debounce timer or worker running).
    bool isRegenerationPending() const;

    bool saveTo(const QString &path, QString *error) const;

    static constexpr int debounceMilliseconds = 250;

public slots:
    // The tables, columns and keys selected elsewhere: their statements are highlighted and the
    // first is scrolled into view.
    void setSelectedObjects(const QVector<Id> &objectIds);
    void copyToClipboard();
    void saveAs();
    // Regenerates at once, without waiting for the debounce timer.
    void regenerateNow();

signals:
    void problemActivated(Id objectId);
    // A regenerated script is on screen.
    void previewUpdated();

private:
    void scheduleRegeneration();
    void startJob();
    void jobFinished();
    void showResult(const DdlPreviewResult &result);
    void applySelection();
    void problemItemActivated(QListWidgetItem *item);
    void syncDialectFromDocument();

    Document *m_document;
    Dialect m_dialect = Dialect::SQLite;
    std::optional<Dialect> m_compareDialect;
    bool m_dialectChosenByUser = false;

    QComboBox *m_dialectBox;
    QComboBox *m_compareBox;
    QSplitter *m_textSplitter;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_compareTextEdit;
    QListWidget *m_problemList;

    QTimer m_debounce;
    QFutureWatcher<DdlPreviewResult> m_watcher;
    quint64 m_generation = 0;
    bool m_jobRunning = false;
    DdlPreviewResult m_shown;
    QVector<Id> m_selection;
    int m_highlighted = 0;
};
