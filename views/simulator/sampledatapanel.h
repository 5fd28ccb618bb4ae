#pragma once

#include "id.h"
#include "simulator/blastradius.h"
#include "simulator/simulationresult.h"
#include "simulator/simulator.h"

#include <QWidget>

class Document;
class SampleDataStore;
class ScratchSession;
class SimulationRunner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSqlTableModel;
class QTableView;

// The data dock's content: a grid per table on the scratch database to add, edit and delete
// rows (every change becomes an undoable EditSampleDataCommand; constraint errors are shown
// in words), sample data generation, .sql import and export, and the simulation controls
// (selected rows or a WHERE clause; DELETE or UPDATE; deferred checks; RESTRICT versus
// NO ACTION; the static blast radius). Simulations run on the SimulationRunner's thread.
class SampleDataPanel : public QWidget
{
    Q_OBJECT
public:
    SampleDataPanel(Document *document, SampleDataStore *store, ScratchSession *session,
                    SimulationRunner *runner, QWidget *parent = nullptr);

    Id currentTable() const { return m_table; }
    void setCurrentTable(Id tableId);

    // Without dialogs, for the main window's actions and for tests. loadSqlFile starts the
    // load (false when another job runs); sqlFileLoaded() follows.
    bool loadSqlFile(const QString &path);
    bool exportSqlFile(const QString &path);
    void generate(int rowsPerTable, quint64 seed);
    void simulateDelete();
    void simulateUpdate();
    void simulate(const QString &statement);
    void compareRestrictAndNoAction();
    void showBlastRadius();
    void applyLastSimulation();
    void cancel();

    // The statement for the selected rows or the WHERE clause; empty (with a message) if
    // neither says which rows.
    QString statementFor(bool isDelete);

    QTableView *grid() const { return m_grid; }
    QSqlTableModel *model() const { return m_model; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *rejectedLabel() const { return m_rejected; }
    QLineEdit *whereEdit() const { return m_where; }
    QLineEdit *setEdit() const { return m_set; }
    QCheckBox *deferCheck() const { return m_defer; }
    QProgressBar *progressBar() const { return m_progress; }
    QComboBox *tableCombo() const { return m_tables; }

signals:
    void simulationStarted();
    void simulationFinished(const SimulationResult &result);
    // The demonstration: the same statement with RESTRICT and NO ACTION exchanged.
    void comparisonFinished(const SimulationResult &asDesigned, const SimulationResult &exchanged);
    void blastRadiusReady(const BlastRadius &radius);
    void sqlFileLoaded(bool ok);

private:
    void onLoaded(bool ok, const class SampleData &data, const QString &error);
    void buildTableList();
    void releaseModel();
    void createModel();
    void commitEdits(int row);
    void pushFromDatabase(const QString &text);
    void addRow();
    void deleteSelectedRows();
    void showRejected();
    void setBusy(bool busy);
    void onFinished(const SimulationResult &result, const class SampleData &after);
    QString selectedRowsCondition(QString *why) const;

    Document *m_document;
    SampleDataStore *m_store;
    ScratchSession *m_session;
    SimulationRunner *m_runner;
    Id m_table = 0;
    QSqlTableModel *m_model = nullptr;
    bool m_modelError = false; // m_error says why the grid's table could not be read

    enum class Job { None, Simulate, Apply, CompareDesigned, CompareExchanged };
    Job m_job = Job::None;
    QString m_loadingFrom; // the file name of the .sql file being loaded
    SimulationRequest m_last;
    SimulationResult m_designed; // first half of a comparison

    QComboBox *m_tables;
    QTableView *m_grid;
    QLabel *m_error;
    QLabel *m_rejected;
    QSpinBox *m_rows;
    QSpinBox *m_seed;
    QLineEdit *m_where;
    QLineEdit *m_set;
    QCheckBox *m_defer;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QList<QWidget *> m_disabledWhileBusy;
};
