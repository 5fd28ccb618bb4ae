#pragma once

#include "ddlpreviewjob.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <optional>

class ChunkedTextFill;
class DdlHighlighter;
class Document;
class QComboBox;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QSplitter;

// The DDL dock's content: the create script of the chosen target (optionally a second target
// side by side), highlighted, with the problems of its SQL dialect listed beside it. A target
// is an SQL dialect or a Drizzle ORM module (TypeScript), see ExportTarget. It follows the
// document: edits restart a short timer, and the script is then regenerated on a worker thread
// from a copy of the schema, so typing never waits for a 5,000-table script; a result that an
// edit made stale meanwhile is dropped.
class DdlPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DdlPreview(Document *document, QWidget *parent = nullptr);
    ~DdlPreview() override;

    ExportTarget target() const { return m_target; }
    void setTarget(ExportTarget target);
    std::optional<ExportTarget> compareTarget() const { return m_compareTarget; }
    void setCompareTarget(std::optional<ExportTarget> target);
    // Shorthands for SQL targets.
    void setDialect(Dialect dialect) { setTarget(dialect); }
    void setCompareDialect(std::optional<Dialect> dialect)
    {
        setCompareTarget(dialect ? std::optional<ExportTarget>(*dialect) : std::nullopt);
    }

    QString scriptText() const { return m_shown.text; }
    QString compareText() const { return m_shown.compareText; }
    const QVector<Problem> &problems() const { return m_shown.problems; }
    // Statements of the primary script shown highlighted for the selection.
    int highlightedStatementCount() const { return m_highlighted; }
    // True while an edit waits for its script (debounce timer or worker running, or the
    // preview hidden while idle-while-hidden).
    bool isRegenerationPending() const;
    // When set, a hidden preview (e.g. a dock behind another tab) makes no script until it is
    // shown: on a 5,000-table schema the script and its text view take seconds of a core and
    // tens of megabytes that nobody looks at.
    void setIdleWhileHidden(bool idle) { m_idleWhileHidden = idle; }

    bool saveTo(const QString &path, QString *error) const;
    // "SQL scripts (*.sql);;All files (*)" or the TypeScript one, for save dialogs.
    static QString fileFilter(const ExportTarget &target);

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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRegeneration();
    void startJob();
    void jobFinished();
    void showResult(const DdlPreviewResult &result);
    // Both texts are in their editors: the selection is highlighted, the view scrolled back.
    void textsFilled();
    void applySelection();
    void problemItemActivated(QListWidgetItem *item);
    void syncDialectFromDocument();

    Document *m_document;
    ExportTarget m_target;
    std::optional<ExportTarget> m_compareTarget;
    bool m_dialectChosenByUser = false;

    QComboBox *m_dialectBox;
    QComboBox *m_compareBox;
    QSplitter *m_textSplitter;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_compareTextEdit;
    ChunkedTextFill *m_textFill;
    ChunkedTextFill *m_compareFill;
    int m_scrollToRestore = 0;
    bool m_replacingTexts = false;
    DdlHighlighter *m_highlighter;
    DdlHighlighter *m_compareHighlighter;
    QListWidget *m_problemList;

    QTimer m_debounce;
    QFutureWatcher<DdlPreviewResult> m_watcher;
    quint64 m_generation = 0;
    bool m_jobRunning = false;
    bool m_idleWhileHidden = false;
    bool m_waitingForShow = false; // a job was due while hidden
    DdlPreviewResult m_shown;
    QVector<Id> m_selection;
    int m_highlighted = 0;
};
