#pragma once

#include "simulator/enginecomparisonjob.h"

#include <QWidget>

class Document;
class EngineComparisonJob;
class EngineUrlDialog;
class SampleDataStore;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// "Also run on…" in the Simulation dock: the last simulated statement, with the same sample
// data, on a real PostgreSQL or MySQL/MariaDB server (EngineComparisonJob, off the GUI thread),
// and both answers side by side: the verdicts of the SQLite simulation under the engine's rules
// (left) and of the engine (right), and below them one tree of per-table totals with a column
// for each. What differs (SimulationComparison) has the palette's highlight behind it and a
// "≠" before it, so that it does not rest on colour alone.
class EngineComparisonView : public QWidget
{
    Q_OBJECT
public:
    EngineComparisonView(Document *document, SampleDataStore *store, QWidget *parent = nullptr);

    // The statement to run next (from the data panel's last simulation).
    void setStatement(const SimulationResult &result);
    // Opens the URL and password dialog (window-modal, not blocking); run() follows on Run.
    void askAndRun();
    // Without the dialog: starts the run; false when there is no statement or a run is going.
    bool run(const QString &url, const QString &password);
    void cancel();

    static constexpr const char *DifferenceMarker = "\u2260 ";

    EngineComparisonJob *job() const { return m_job; }
    EngineUrlDialog *dialog() const { return m_dialog; }
    QPushButton *alsoRunButton() const { return m_alsoRun; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *verdictLabel(int side) const { return m_verdict[side]; }
    QLabel *titleLabel(int side) const { return m_title[side]; }
    // Table | effect | SQLite's rows | the engine's rows.
    QTreeWidget *totalsTree() const { return m_totals; }

signals:
    void comparisonShown(const EngineComparison &comparison);
    // After every run: the comparison, an error or the cancellation is on show.
    void resultShown();

private:
    void onFinished(const EngineComparison &comparison);
    void setBusy(bool busy);
    void showVerdict(int side, const QString &title, const SimulationResult &result,
                     const QVector<SimulationDifference> &differences);
    void showTotals(const EngineComparison &comparison);
    QColor markedColor() const;
    void clearSides();

    Document *m_document;
    SampleDataStore *m_store;
    EngineComparisonJob *m_job;
    EngineUrlDialog *m_dialog = nullptr;
    QString m_statement;
    bool m_defer = false;
    QPushButton *m_alsoRun;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QWidget *m_sides;
    QLabel *m_title[2];
    QLabel *m_verdict[2];
    QTreeWidget *m_totals;
};
