#include "sampledatapanel.h"

#include "document.h"
#include "flowlayout.h"
#include "foreignkeydelegate.h"
#include "samplevaluedelegate.h"
#include "simulator/editsampledatacommand.h"
#include "simulator/sampledatastore.h"
#include "simulator/scratchsession.h"
#include "simulator/simulationrunner.h"
#include "simulator/sqlinsertfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlTableModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const QString &icon, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(QIcon(icon), text, parent);
    b->setToolTip(tip);
    return b;
}

} // namespace

SampleDataPanel::SampleDataPanel(Document *document, SampleDataStore *store,
                                 ScratchSession *session, SimulationRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_store(store)
    , m_session(session)
    , m_runner(runner)
    , m_tables(new QComboBox(this))
    , m_grid(new QTableView(this))
    , m_error(new QLabel(this))
    , m_rejected(new QLabel(this))
    , m_rows(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_where(new QLineEdit(this))
    , m_set(new QLineEdit(this))
    , m_defer(new QCheckBox(tr("&Defer key checks to commit"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_tables->setToolTip(tr("The table shown in the grid."));
    auto *addRow = button(tr("Add row"), QStringLiteral(":/icons/tool-table.svg"),
                          tr("Add a row; it is stored once the engine accepts it."), this);
    auto *deleteRows = button(tr("Delete rows"), QStringLiteral(":/icons/delete.svg"),
                              tr("Delete the selected rows from the sample data (the keys' "
                                 "actions run too)."),
                              this);
    auto *revert = button(tr("Revert"), QStringLiteral(":/icons/undo.svg"),
                          tr("Discard the edits the engine refused."), this);
    m_rows->setRange(0, 1'000'000);
    m_rows->setValue(20);
    m_rows->setSuffix(tr(" rows"));
    m_rows->setToolTip(tr("Rows per table to generate."));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setPrefix(tr("seed "));
    m_seed->setToolTip(tr("The same seed gives the same rows."));
    auto *load = button(tr("Load .sql…"), QStringLiteral(":/icons/import.svg"),
                        tr("Replace the sample data with the rows of a file of INSERT "
                           "statements."),
                        this);
    auto *save = button(tr("Export .sql…"), QStringLiteral(":/icons/export-sql.svg"),
                        tr("Write the sample data as INSERT statements, parents first."), this);
    auto *generate = button(tr("Generate"), QStringLiteral(":/icons/data.svg"),
                            tr("Replace the sample data with generated rows."), this);

    m_where->setPlaceholderText(tr("WHERE … (empty: the selected rows)"));
    m_where->setToolTip(tr("Which rows of the current table: an SQL condition, e.g. id = 3."));
    m_set->setPlaceholderText(tr("SET … for an update, e.g. id = 30"));
    m_defer->setToolTip(tr("PRAGMA defer_foreign_keys: every key is checked at COMMIT, as "
                           "migrations and Cloudflare D1 run them."));
    auto *simulateDelete
        = button(tr("Simulate DELETE"), QStringLiteral(":/icons/simulate-delete.svg"),
                 tr("Run the DELETE on a copy and show what the keys do."), this);
    auto *simulateUpdate
        = button(tr("Simulate UPDATE"), QStringLiteral(":/icons/simulate-update.svg"),
                 tr("Run the UPDATE on a copy and show what the keys do."), this);
    auto *compare
        = button(tr("RESTRICT vs NO ACTION"), QStringLiteral(":/icons/action-restrict.svg"),
                 tr("Run the DELETE as designed and with RESTRICT and NO ACTION "
                    "exchanged: RESTRICT checks at once, NO ACTION at the end of the "
                    "statement."),
                 this);
    auto *radius = button(tr("Blast radius"), QStringLiteral(":/icons/simulate.svg"),
                          tr("Without data: what a DELETE on this table (an UPDATE, when a SET "
                             "clause is written) could reach through the keys."),
                          this);

    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setAlternatingRowColors(true);
    m_grid->setWordWrap(false); // one line per row: a low dock still shows several rows
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_rejected->setWordWrap(true);
    m_rejected->hide();
    m_progress->hide();
    m_cancel->hide();

    // Wraps in a narrow dock (and in longer languages) rather than clipping its buttons.
    auto *top = new FlowLayout;
    m_tables->setMinimumContentsLength(14);
    top->addWidget(m_tables);
    top->addWidget(addRow);
    top->addWidget(deleteRows);
    top->addWidget(revert);
    top->addWidget(m_rows);
    top->addWidget(m_seed);
    top->addWidget(generate);
    top->addWidget(load);
    top->addWidget(save);
    // Two rows under the grid, so that the grid keeps its height in a low dock: the statement
    // (which rows, and for an update what it sets), then the ways to run it.
    auto *statement = new QGridLayout;
    statement->addWidget(m_where, 0, 0);
    statement->addWidget(simulateDelete, 0, 1);
    statement->addWidget(m_set, 0, 2);
    statement->addWidget(simulateUpdate, 0, 3);
    auto *extra = new QHBoxLayout;
    extra->addWidget(m_defer);
    extra->addStretch(1);
    extra->addWidget(compare);
    extra->addWidget(radius);
    statement->addLayout(extra, 1, 0, 1, 4);
    statement->setColumnStretch(0, 3);
    statement->setColumnStretch(2, 2);
    auto *busy = new QHBoxLayout;
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rejected);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_error);
    layout->addLayout(statement);
    layout->addLayout(busy);
    m_disabledWhileBusy
        = {generate, load, simulateDelete, simulateUpdate, compare, addRow, deleteRows};

    connect(m_tables, &QComboBox::activated, this,
            [this](int index) { setCurrentTable(m_tables->itemData(index).value<Id>()); });
    connect(addRow, &QPushButton::clicked, this, &SampleDataPanel::addRow);
    connect(deleteRows, &QPushButton::clicked, this, &SampleDataPanel::deleteSelectedRows);
    connect(revert, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->revertAll();
        m_error->hide();
    });
    connect(generate, &QPushButton::clicked, this,
            [this] { this->generate(m_rows->value(), quint64(m_seed->value())); });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load sample data"), QString(),
                                                          tr("SQL files (*.sql);;All files (*)"));
        if (!path.isEmpty())
            loadSqlFile(path);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export sample data"), QString(),
                                                          tr("SQL files (*.sql)"));
        if (!path.isEmpty())
            exportSqlFile(path);
    });
    connect(simulateDelete, &QPushButton::clicked, this, &SampleDataPanel::simulateDelete);
    connect(simulateUpdate, &QPushButton::clicked, this, &SampleDataPanel::simulateUpdate);
    connect(m_where, &QLineEdit::returnPressed, this, &SampleDataPanel::simulateDelete);
    connect(m_set, &QLineEdit::returnPressed, this, &SampleDataPanel::simulateUpdate);
    connect(compare, &QPushButton::clicked, this, &SampleDataPanel::compareRestrictAndNoAction);
    connect(radius, &QPushButton::clicked, this, &SampleDataPanel::showBlastRadius);
    connect(m_cancel, &QPushButton::clicked, this, &SampleDataPanel::cancel);

    connect(session, &ScratchSession::aboutToRebuild, this, &SampleDataPanel::releaseModel);
    connect(session, &ScratchSession::rebuilt, this, [this] {
        if (m_modelError) { // about the database that is gone
            m_error->hide();
            m_modelError = false;
        }
        buildTableList();
        createModel();
        showRejected();
    });
    connect(runner, &SimulationRunner::progress, this,
            [this](int done, int total, const QString &phase) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_progress->setFormat(total > 0 ? phase + QStringLiteral(" %p%") : phase);
            });
    connect(runner, &SimulationRunner::finished, this, &SampleDataPanel::onFinished);
    connect(runner, &SimulationRunner::loaded, this, &SampleDataPanel::onLoaded);
    connect(runner, &SimulationRunner::generated, this,
            [this](bool ok, const SampleData &data, int skipped, const QString &error) {
                setBusy(false);
                if (!ok) {
                    m_error->setText(tr("Generating stopped: %1").arg(error));
                    m_error->show();
                    return;
                }
                m_document->undoStack()->push(
                    new EditSampleDataCommand(m_store, data, tr("Generate sample data")));
                if (skipped > 0) {
                    m_error->setText(tr("%n row(s) could not be made unique and were left out.",
                                        nullptr, skipped));
                    m_error->show();
                }
            });

    buildTableList();
    createModel();
    showRejected();
}

void SampleDataPanel::buildTableList()
{
    const Schema &schema = m_document->schema();
    m_tables->clear();
    for (Id id : schema.tableIds())
        m_tables->addItem(QIcon(QStringLiteral(":/icons/table.svg")), schema.table(id)->name,
                          QVariant::fromValue(id));
    if (!schema.table(m_table))
        m_table = schema.tableIds().value(0);
    m_tables->setCurrentIndex(m_tables->findData(QVariant::fromValue(m_table)));
}

void SampleDataPanel::setCurrentTable(Id tableId)
{
    if (tableId == m_table && m_model)
        return;
    m_table = tableId;
    m_tables->setCurrentIndex(m_tables->findData(QVariant::fromValue(tableId)));
    releaseModel();
    createModel();
}

void SampleDataPanel::releaseModel()
{
    // The model holds the old connection's queries; it must go before the database does.
    const int columns = m_model ? m_model->columnCount() : 0;
    m_grid->setModel(nullptr);
    for (int c = 0; c < columns; ++c)
        m_grid->setItemDelegateForColumn(c, nullptr);
    qDeleteAll(m_grid->findChildren<ForeignKeyDelegate *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_model;
    m_model = nullptr;
}

void SampleDataPanel::createModel()
{
    const Table *table = m_document->schema().table(m_table);
    ScratchDatabase *db = m_session->database();
    // While the session rebuilds, its database is the old one: no grid on it until rebuilt().
    if (!table || !db || !db->isOpen() || m_model || m_session->isRebuilding())
        return;
    // A table just added, pasted or renamed is not in the database until the rebuild that the
    // change scheduled: the grid waits for rebuilt() instead of showing the engine's
    // "Unable to find table".
    if (!db->database().tables().contains(table->name))
        return;
    m_model = new QSqlTableModel(this, db->database());
    m_model->setTable(table->name);
    m_model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    if (!m_model->select()) {
        m_error->setText(m_model->lastError().text());
        m_error->show();
        m_modelError = true;
    } else if (m_modelError) {
        m_error->hide();
        m_modelError = false;
    }
    m_grid->setModel(m_model);
    QVector<DataType> types;
    for (const Column &c : table->columns)
        types.append(c.type);
    QAbstractItemDelegate *previous = m_grid->itemDelegate();
    m_grid->setItemDelegate(new SampleValueDelegate(types, m_grid));
    delete previous;
    // A key column offers the parent keys that exist.
    const Schema &schema = m_document->schema();
    for (Id keyId : schema.foreignKeysOfTable(m_table)) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (key->childTable != m_table || key->childColumns.size() != 1)
            continue;
        const int column = table->columnIndex(key->childColumns.first());
        m_grid->setItemDelegateForColumn(column, new ForeignKeyDelegate(schema, db, keyId, m_grid));
    }
    // Queued: submitAll() re-selects the model, which must not happen while the view is
    // still inside the editor's commit.
    connect(
        m_model, &QSqlTableModel::dataChanged, this,
        [this](const QModelIndex &topLeft) { commitEdits(topLeft.row()); }, Qt::QueuedConnection);
}

void SampleDataPanel::commitEdits(int row)
{
    if (!m_model || !m_model->isDirty())
        return;
    if (!m_model->submitAll()) {
        // The edits stay in the grid for the user to fix or revert.
        m_error->setText(
            tr("Row %1 was not stored: %2").arg(row + 1).arg(m_model->lastError().databaseText()));
        m_error->show();
        return;
    }
    m_error->hide();
    pushFromDatabase(tr("Edit rows of %1").arg(m_document->schema().table(m_table)->name));
}

void SampleDataPanel::pushFromDatabase(const QString &text)
{
    const SampleData data = m_session->dataFromDatabase();
    if (data == m_store->data())
        return;
    // The scratch database already holds these rows: no rebuild for this change (unless some
    // rows are kept aside, which the database does not hold).
    if (m_session->rejected().isEmpty())
        m_session->expectData(data);
    m_document->undoStack()->push(new EditSampleDataCommand(m_store, data, text));
}

void SampleDataPanel::addRow()
{
    if (!m_model)
        return;
    const int row = m_model->rowCount();
    m_model->insertRow(row);
    m_grid->setCurrentIndex(m_model->index(row, 0));
    m_grid->edit(m_model->index(row, 0));
}

void SampleDataPanel::deleteSelectedRows()
{
    if (!m_model)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRow(row);
    if (!m_model->submitAll()) {
        m_error->setText(
            tr("The rows were not deleted: %1").arg(m_model->lastError().databaseText()));
        m_error->show();
        m_model->revertAll();
        return;
    }
    m_error->hide();
    pushFromDatabase(tr("Delete rows of %1").arg(m_document->schema().table(m_table)->name));
}

void SampleDataPanel::showRejected()
{
    const QVector<RejectedRow> &rejected = m_session->rejected();
    const QStringList &notSimulated = m_session->notSimulated();
    if (rejected.isEmpty() && m_session->error().isEmpty() && notSimulated.isEmpty()) {
        m_rejected->hide();
        return;
    }
    QStringList blocks;
    if (!rejected.isEmpty() || !m_session->error().isEmpty()) {
        QStringList lines;
        if (!m_session->error().isEmpty())
            lines.append(m_session->error().toHtmlEscaped());
        for (int i = 0; i < rejected.size() && i < 5; ++i) {
            QStringList values;
            for (const QVariant &v : rejected.at(i).values)
                values.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
            lines.append(tr("%1 (%2): %3")
                             .arg(rejected.at(i).tableName, values.join(QLatin1String(", ")),
                                  rejected.at(i).reason)
                             .toHtmlEscaped());
        }
        if (rejected.size() > 5)
            lines.append(tr("… and %n more", nullptr, int(rejected.size()) - 5));
        blocks.append(tr("<b>%n row(s) do not fit the schema as it is now</b> and are kept "
                         "aside (undo the change to get them back):<br>",
                         nullptr, int(rejected.size()))
                      + lines.join(QLatin1String("<br>")));
    }
    if (!notSimulated.isEmpty()) {
        QStringList lines;
        for (int i = 0; i < notSimulated.size() && i < 10; ++i)
            lines.append(tr("not simulated: %1").arg(notSimulated.at(i)).toHtmlEscaped());
        if (notSimulated.size() > 10)
            lines.append(tr("… and %n more", nullptr, int(notSimulated.size()) - 10));
        blocks.append(tr("<b>The scratch database leaves out %n clause(s) of the schema</b> "
                         "that SQLite cannot evaluate:<br>",
                         nullptr, int(notSimulated.size()))
                      + lines.join(QLatin1String("<br>")));
    }
    m_rejected->setText(blocks.join(QLatin1String("<br><br>")));
    m_rejected->show();
}

void SampleDataPanel::setBusy(bool busy)
{
    for (QWidget *w : std::as_const(m_disabledWhileBusy))
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_error->hide();
    }
}

bool SampleDataPanel::loadSqlFile(const QString &path)
{
    // The file is read on the runner's thread, with progress and Cancel: it is not trusted,
    // and a big one takes a while.
    if (!m_runner->loadSql(m_document->schema(), path))
        return false;
    m_loadingFrom = QFileInfo(path).fileName();
    setBusy(true);
    return true;
}

void SampleDataPanel::onLoaded(bool ok, const SampleData &data, const QString &error)
{
    setBusy(false);
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        emit sqlFileLoaded(false);
        return;
    }
    m_error->hide();
    m_document->undoStack()->push(new EditSampleDataCommand(
        m_store, data, tr("Load sample data from %1").arg(m_loadingFrom)));
    emit sqlFileLoaded(true);
}

bool SampleDataPanel::exportSqlFile(const QString &path)
{
    QString error;
    if (!SqlInsertFile::save(m_document->schema(), m_store->data(), path, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    return true;
}

void SampleDataPanel::generate(int rowsPerTable, quint64 seed)
{
    if (m_runner->generate(m_document->schema(), rowsPerTable, seed))
        setBusy(true);
}

QString SampleDataPanel::selectedRowsCondition(QString *why) const
{
    const Table *table = m_document->schema().table(m_table);
    if (!m_model || !table) {
        *why = tr("Choose a table first.");
        return {};
    }
    const QModelIndexList selected = m_grid->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        *why = tr("Select rows in the grid or write a WHERE clause.");
        return {};
    }
    if (table->primaryKey.isEmpty()) {
        *why = tr("%1 has no primary key: write a WHERE clause.").arg(table->name);
        return {};
    }
    // The rows by their primary key values, written as literals (values, not the user's SQL).
    QStringList columns, tuples;
    for (Id c : table->primaryKey)
        columns.append(ScratchDatabase::quote(table->column(c)->name));
    for (const QModelIndex &index : selected) {
        QStringList values;
        for (Id c : table->primaryKey)
            values.append(SqlInsertFile::literal(
                m_model->data(m_model->index(index.row(), table->columnIndex(c)), Qt::EditRole)));
        tuples.append(QLatin1Char('(') + values.join(QLatin1String(", ")) + QLatin1Char(')'));
    }
    return QStringLiteral("(%1) IN (VALUES %2)")
        .arg(columns.join(QLatin1String(", ")), tuples.join(QLatin1String(", ")));
}

QString SampleDataPanel::statementFor(bool isDelete)
{
    const Table *table = m_document->schema().table(m_table);
    QString condition = m_where->text().trimmed();
    QString why;
    if (condition.isEmpty())
        condition = selectedRowsCondition(&why);
    if (!isDelete && m_set->text().trimmed().isEmpty())
        why = tr("Write what the UPDATE sets, e.g. id = 30.");
    if (!why.isEmpty() || !table) {
        m_error->setText(why);
        m_error->show();
        return {};
    }
    const QString name = ScratchDatabase::quote(table->name);
    return isDelete
        ? QStringLiteral("DELETE FROM %1 WHERE %2").arg(name, condition)
        : QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(name, m_set->text().trimmed(), condition);
}

void SampleDataPanel::simulateDelete()
{
    const QString statement = statementFor(true);
    if (!statement.isEmpty())
        simulate(statement);
}

void SampleDataPanel::simulateUpdate()
{
    const QString statement = statementFor(false);
    if (!statement.isEmpty())
        simulate(statement);
}

void SampleDataPanel::simulate(const QString &statement)
{
    m_last = {statement, m_defer->isChecked(), false};
    if (m_runner->simulate(m_document->schema(), m_store->data(), m_last)) {
        m_job = Job::Simulate;
        setBusy(true);
        emit simulationStarted();
    }
}

void SampleDataPanel::compareRestrictAndNoAction()
{
    const QString statement = statementFor(true);
    if (statement.isEmpty())
        return;
    m_last = {statement, m_defer->isChecked(), false};
    if (m_runner->simulate(m_document->schema(), m_store->data(), m_last)) {
        m_job = Job::CompareDesigned;
        setBusy(true);
        emit simulationStarted();
    }
}

void SampleDataPanel::showBlastRadius()
{
    // With a SET clause written, the question is about an update (of any column: the
    // clause is SQL, not parsed here); otherwise about a delete.
    if (m_document->schema().table(m_table))
        emit blastRadiusReady(BlastRadius::analyse(m_document->schema(), m_table,
                                                   m_set->text().trimmed().isEmpty()
                                                       ? BlastRadius::Operation::Delete
                                                       : BlastRadius::Operation::Update));
}

void SampleDataPanel::applyLastSimulation()
{
    if (m_last.statement.isEmpty())
        return;
    SimulationRequest request = m_last;
    request.apply = true;
    if (m_runner->simulate(m_document->schema(), m_store->data(), request)) {
        m_job = Job::Apply;
        setBusy(true);
    }
}

void SampleDataPanel::cancel()
{
    m_runner->cancel();
}

void SampleDataPanel::onFinished(const SimulationResult &result, const SampleData &after)
{
    const Job job = m_job;
    m_job = Job::None;
    setBusy(false);
    switch (job) {
    case Job::CompareDesigned:
        m_designed = result;
        if (m_runner->simulate(Simulator::withRestrictAndNoActionExchanged(m_document->schema()),
                               m_store->data(), m_last)) {
            m_job = Job::CompareExchanged;
            setBusy(true);
        }
        return;
    case Job::CompareExchanged:
        emit comparisonFinished(m_designed, result);
        return;
    case Job::Apply:
        if (result.applied)
            m_document->undoStack()->push(
                new EditSampleDataCommand(m_store, m_session->withRejectedRows(after),
                                          tr("Apply: %1").arg(result.statement)));
        break;
    case Job::Simulate:
    case Job::None:
        break;
    }
    emit simulationFinished(result);
}
