#include "enginecomparisonview.h"

#include "document.h"
#include "engineurldialog.h"
#include "simulator/sampledatastore.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum { SimulatedSide = 0, EngineSide = 1 };
enum {
    TotalsTableColumn,
    TotalsEffectColumn,
    TotalsSimulatedColumn,
    TotalsEngineColumn,
    TotalsColumnCount
};

// The totals columns after the table's name, in SimulationDifference::what's words.
const char *const engineTotalsWhat[] = {"deleted", "setNull", "setDefault", "updated"};

int totalFor(const TableTotals &t, int column)
{
    switch (column) {
    case 0:
        return t.deleted;
    case 1:
        return t.setNull;
    case 2:
        return t.setDefault;
    default:
        return t.updated;
    }
}

const SimulationDifference *findDifference(const QVector<SimulationDifference> &differences,
                                           Id table, const QString &what)
{
    for (const SimulationDifference &d : differences) {
        if (d.table == table && d.what == what)
            return &d;
    }
    return nullptr;
}

QString differenceValue(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInt()) : value.toString();
}

} // namespace

EngineComparisonView::EngineComparisonView(Document *document, SampleDataStore *store,
                                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_store(store)
    , m_job(new EngineComparisonJob(this))
    , m_alsoRun(new QPushButton(tr("Also run on\u2026"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_sides(new QWidget(this))
{
    m_alsoRun->setToolTip(tr("Run the last simulated statement with the same sample data on a "
                             "real PostgreSQL, MySQL or MariaDB server, and compare the answers"));
    m_alsoRun->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->sizeHint().height() / 2 + 2);
    // Rich text throughout (bold lead-ins), so that every value put in is escaped.
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    auto *sides = new QGridLayout(m_sides);
    sides->setContentsMargins(0, 0, 0, 0);
    for (int side = 0; side < 2; ++side) {
        m_title[side] = new QLabel(m_sides);
        m_title[side]->setWordWrap(true);
        m_verdict[side] = new QLabel(m_sides);
        m_verdict[side]->setWordWrap(true);
        m_verdict[side]->setTextFormat(Qt::PlainText); // the engine's words, whatever they hold
        m_verdict[side]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_verdict[side]->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_verdict[side]->setMargin(2);
        sides->addWidget(m_title[side], 0, side);
        sides->addWidget(m_verdict[side], 1, side);
    }
    // One tree for both sides' totals, so that a narrow dock still has room for the names:
    // a line per table and kind of effect that either side has.
    m_totals = new QTreeWidget(m_sides);
    m_totals->setRootIsDecorated(false);
    m_totals->header()->setStretchLastSection(false);
    m_totals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->header()->setSectionResizeMode(TotalsTableColumn, QHeaderView::Stretch);
    m_totals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sides->addWidget(m_totals, 2, 0, 1, 2);
    sides->setColumnStretch(0, 1);
    sides->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_alsoRun);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_sides);
    layout->addStretch();
    setBusy(false);
    m_summary->hide();
    m_sides->hide();

    connect(m_alsoRun, &QPushButton::clicked, this, &EngineComparisonView::askAndRun);
    connect(m_cancel, &QPushButton::clicked, this, &EngineComparisonView::cancel);
    connect(m_job, &EngineComparisonJob::progress, m_status,
            [this](const QString &phase) { m_status->setText(phase.toHtmlEscaped()); });
    connect(m_job, &EngineComparisonJob::finished, this, &EngineComparisonView::onFinished);
}

void EngineComparisonView::setStatement(const SimulationResult &result)
{
    // An applied statement has changed the data; running it again would answer another question.
    if (result.applied || result.badInput || result.statement.isEmpty())
        return;
    m_statement = result.statement;
    m_defer = result.deferred;
    m_alsoRun->setEnabled(!m_job->isBusy());
    // A comparison shown below a new simulation would seem to be about it.
    if (!m_job->isBusy()) {
        clearSides();
        m_status->clear();
    }
}

void EngineComparisonView::askAndRun()
{
    if (m_statement.isEmpty() || m_job->isBusy())
        return;
    delete m_dialog;
    m_dialog = new EngineUrlDialog(this);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        EngineUrlDialog::remember(dialog->url());
        run(dialog->url(), dialog->password());
        dialog->passwordEdit()->clear();
    });
    m_dialog->open();
}

bool EngineComparisonView::run(const QString &url, const QString &password)
{
    if (m_statement.isEmpty()
        || !m_job->start(m_document->schema(), m_store->data(), m_statement, m_defer, url,
                         password))
        return false;
    clearSides();
    m_status->setText(tr("Connecting to %1\u2026").arg(url.toHtmlEscaped()));
    setBusy(true);
    return true;
}

void EngineComparisonView::cancel()
{
    if (!m_job->isBusy())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: a step already sent to the server finishes first, and "
                         "the throw-away database is dropped\u2026"));
}

void EngineComparisonView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_alsoRun->setEnabled(!busy && !m_statement.isEmpty());
}

void EngineComparisonView::clearSides()
{
    m_summary->hide();
    m_sides->hide();
    m_totals->clear();
    for (int side = 0; side < 2; ++side) {
        m_verdict[side]->clear();
        m_title[side]->clear();
    }
}

void EngineComparisonView::onFinished(const EngineComparison &comparison)
{
    setBusy(false);
    if (comparison.cancelled) {
        m_status->setText(comparison.cleanupError.isEmpty()
                              ? tr("Cancelled; nothing was left on the server.")
                              : tr("Cancelled. %1").arg(comparison.cleanupError.toHtmlEscaped()));
        emit resultShown();
        return;
    }
    if (!comparison.error.isEmpty()) {
        // The engine's message names the URL where it matters (a failed connection).
        m_status->setText(
            tr("<b>Could not run it on the server:</b> %1").arg(comparison.error.toHtmlEscaped()));
        emit resultShown();
        return;
    }
    m_status->setText(comparison.cleanupError.isEmpty()
                          ? tr("Ran on %1 in a throw-away database, rolled back and dropped.")
                                .arg(comparison.version.toHtmlEscaped())
                          : tr("Ran on %1. %2")
                                .arg(comparison.version.toHtmlEscaped(),
                                     comparison.cleanupError.toHtmlEscaped()));
    showVerdict(SimulatedSide, tr("SQLite, with %1's rules").arg(comparison.engineName),
                comparison.simulated, comparison.differences);
    // The version up to its build details ("PostgreSQL 15.5"); all of it in the tooltip.
    const QString shortVersion = comparison.version.section(QLatin1String(" ("), 0, 0);
    showVerdict(EngineSide, shortVersion, comparison.engine, comparison.differences);
    m_title[EngineSide]->setToolTip(comparison.version);
    m_totals->setHeaderLabels({tr("Table"), tr("Effect"), tr("SQLite"), comparison.engineName});
    showTotals(comparison);
    const int n = int(comparison.differences.size());
    m_summary->setText(n == 0 ? tr("<b>No differences</b>")
                              : tr("<b>%n difference(s)</b> (marked \u2260)", nullptr, n));
    m_summary->setToolTip(SimulationComparison::toText(comparison.differences, m_document->schema(),
                                                       comparison.engineName));
    m_summary->show();
    m_sides->show();
    emit comparisonShown(comparison);
    emit resultShown();
}

void EngineComparisonView::showVerdict(int side, const QString &title,
                                       const SimulationResult &result,
                                       const QVector<SimulationDifference> &differences)
{
    m_title[side]->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    QString verdict = result.ok ? tr("Succeeds: %n row(s) changed.", nullptr, result.changedRows)
                                : tr("Refused: %1").arg(result.error.explanation);
    if (!result.ok && !result.error.message.isEmpty()
        && result.error.message != result.error.explanation)
        verdict += QLatin1Char('\n') + result.error.message;
    const bool differs = findDifference(differences, 0, QStringLiteral("verdict"));
    m_verdict[side]->setText(differs ? QString::fromUtf8(DifferenceMarker) + verdict : verdict);
    m_verdict[side]->setAutoFillBackground(differs);
    QPalette p = m_verdict[side]->palette();
    p.setColor(QPalette::Window, differs ? markedColor() : palette().color(QPalette::Window));
    m_verdict[side]->setPalette(p);
}

QColor EngineComparisonView::markedColor() const
{
    return palette().color(QPalette::Highlight).lighter(170);
}

void EngineComparisonView::showTotals(const EngineComparison &comparison)
{
    const Schema &schema = m_document->schema();
    const QVector<TableTotals> simulated = comparison.simulated.totals();
    const QVector<TableTotals> engine = comparison.engine.totals();
    auto totalsOf = [](const QVector<TableTotals> &all, Id tableId) {
        for (const TableTotals &t : all) {
            if (t.table == tableId)
                return t;
        }
        return TableTotals{tableId};
    };
    const QString effectNames[]
        = {tr("deleted"), tr("set to NULL"), tr("set to default"), tr("updated")};
    m_totals->clear();
    for (Id tableId : schema.tableIds()) {
        const TableTotals left = totalsOf(simulated, tableId);
        const TableTotals right = totalsOf(engine, tableId);
        const Table *table = schema.table(tableId);
        for (int effect = 0; effect < 4; ++effect) {
            const SimulationDifference *d = findDifference(comparison.differences, tableId,
                                                           QLatin1String(engineTotalsWhat[effect]));
            const int a = totalFor(left, effect);
            const int b = totalFor(right, effect);
            if (!a && !b && !d)
                continue;
            auto *item = new QTreeWidgetItem(m_totals);
            item->setText(TotalsTableColumn, table ? table->name : QString());
            item->setText(TotalsEffectColumn, effectNames[effect]);
            const QString marker = d ? QString::fromUtf8(DifferenceMarker) : QString();
            item->setText(TotalsSimulatedColumn, marker + QString::number(a));
            item->setText(TotalsEngineColumn, marker + QString::number(b));
            item->setTextAlignment(TotalsSimulatedColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(TotalsEngineColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (d) {
                for (int column = 0; column < TotalsColumnCount; ++column)
                    item->setBackground(column, markedColor());
                item->setToolTip(TotalsEngineColumn,
                                 tr("SQLite: %1, %2: %3")
                                     .arg(differenceValue(d->simulated), comparison.engineName,
                                          differenceValue(d->engine)));
            }
        }
    }
    // As tall as its lines, up to a few (it scrolls beyond); hidden when there are none.
    const int rows = std::min(m_totals->topLevelItemCount(), 8);
    const int rowHeight = std::max(m_totals->fontMetrics().height() + 4, 18);
    m_totals->setFixedHeight(m_totals->header()->sizeHint().height() + rows * rowHeight
                             + 2 * m_totals->frameWidth() + 2);
    m_totals->setVisible(rows > 0);
}
