#include "simulationresultview.h"

#include "samplevaluetext.h"

#include "document.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum ResultColumn { TableColumn, EffectColumn, RowsColumn, ViaColumn, DepthColumn };

QString iconFor(EffectAction action)
{
    switch (action) {
    case EffectAction::Deleted:
        return QStringLiteral(":/icons/action-cascade.svg");
    case EffectAction::SetNull:
        return QStringLiteral(":/icons/action-set-null.svg");
    case EffectAction::SetDefault:
        return QStringLiteral(":/icons/action-set-default.svg");
    case EffectAction::Updated:
        return QStringLiteral(":/icons/simulate-update.svg");
    }
    return {};
}

} // namespace

SimulationResultView::SimulationResultView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_totals(new QTreeWidget(this))
    , m_apply(new QPushButton(tr("&Apply to sample data"), this))
    , m_clear(new QPushButton(tr("C&lear highlights"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setHeaderLabels({tr("Table"), tr("Effect"), tr("Rows"), tr("Via key"), tr("Depth")});
    m_tree->setAlternatingRowColors(true);
    // Fits the dock: the names share the width and elide (their tooltips hold them whole),
    // the short columns keep their contents' width, nothing runs off to the right. The depth
    // of a result is its nesting; the column shows only for the flat blast radius.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TableColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EffectColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ViaColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DepthColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(DepthColumn, true);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_totals->setHeaderLabels(
        {tr("Table"), tr("Deleted"), tr("Set to NULL"), tr("Set to default"), tr("Updated")});
    m_totals->setRootIsDecorated(false);
    m_totals->setMaximumHeight(140);
    m_totals->header()->setStretchLastSection(false);
    m_totals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_apply->setToolTip(tr("Run the statement again and keep its changes in the sample data "
                           "(undoable)."));
    m_apply->setEnabled(false);
    m_clear->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clear);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &SimulationResultView::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_clear->setEnabled(false);
        emit highlightCleared();
    });
    // The result names tables by id: when the schema changes under it, it is stale.
    connect(document, &Document::changed, this, [this] { m_apply->setEnabled(false); });
    connect(document, &Document::schemaReset, this, &SimulationResultView::clear);
    clear();
}

void SimulationResultView::clear()
{
    m_result = SimulationResult();
    m_tree->clear();
    m_totals->clear();
    m_summary->setText(tr("Select rows in the data grid or write a WHERE clause, then "
                          "simulate a DELETE or an UPDATE."));
    m_apply->setEnabled(false);
    if (m_clear->isEnabled()) {
        m_clear->setEnabled(false);
        emit highlightCleared();
    }
}

QString SimulationResultView::rowText(Id tableId, const QVector<QVariant> &values) const
{
    const Table *table = m_document->schema().table(tableId);
    QStringList parts;
    for (int c = 0; table && c < values.size() && c < table->columns.size(); ++c) {
        const QVariant &v = values.at(c);
        parts.append(table->columns.at(c).name + QLatin1Char('=')
                     + SampleValueText::display(v, table->columns.at(c).type));
    }
    return parts.join(QLatin1String(", "));
}

QTreeWidgetItem *SimulationResultView::addNode(int index, QTreeWidgetItem *parent)
{
    const Schema &schema = m_document->schema();
    const EffectNode &node = m_result.nodes.at(index);
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    const Table *table = schema.table(node.table);
    const ForeignKey *key = schema.foreignKey(node.viaKey);
    item->setText(TableColumn, table ? table->name : QString());
    item->setIcon(TableColumn, QIcon(iconFor(node.action)));
    item->setText(EffectColumn, EffectActions::displayName(node.action));
    item->setText(RowsColumn, QString::number(node.rows));
    item->setText(ViaColumn,
                  key ? tr("%1 (%2)").arg(key->name, ActionNames::sqlKeyword(node.keyAction))
                      : tr("the statement"));
    item->setText(DepthColumn, QString::number(node.depth));
    item->setToolTip(ViaColumn, item->text(ViaColumn));
    item->setData(TableColumn, Qt::UserRole, node.table);
    // The rows themselves, before → after.
    for (const RowChange &row : node.samples) {
        auto *rowItem = new QTreeWidgetItem(item);
        const QString before = rowText(node.table, row.before);
        rowItem->setText(TableColumn,
                         row.after.isEmpty()
                             ? tr("was: %1").arg(before)
                             : tr("%1 → %2").arg(before, rowText(node.table, row.after)));
        rowItem->setFirstColumnSpanned(true);
        rowItem->setToolTip(TableColumn, rowItem->text(TableColumn));
    }
    if (node.rows > node.samples.size()) {
        auto *more = new QTreeWidgetItem(item);
        more->setText(TableColumn,
                      tr("… %n more row(s)", nullptr, node.rows - node.samples.size()));
        more->setFirstColumnSpanned(true);
    }
    for (int child : node.children)
        addNode(child, item);
    return item;
}

void SimulationResultView::showResult(const SimulationResult &result)
{
    m_result = result;
    m_tree->setColumnHidden(DepthColumn, true);
    m_tree->clear();
    m_totals->clear();
    const Schema &schema = m_document->schema();
    if (result.ok) {
        m_summary->setText(
            result.applied
                ? tr("<b>Applied.</b> %1: %n row(s) changed.", nullptr, result.changedRows)
                      .arg(result.statement.toHtmlEscaped())
                : tr("<b>The statement would succeed</b> and change %n row(s); "
                     "nothing was changed (rolled back).<br>%1",
                     nullptr, result.changedRows)
                      .arg(result.statement.toHtmlEscaped()));
    } else {
        QString text
            = tr("<b>The engine refuses it.</b> %1").arg(result.error.explanation.toHtmlEscaped());
        if (!result.error.message.isEmpty() && result.error.message != result.error.explanation)
            text += tr("<br>SQLite says: <i>%1</i>").arg(result.error.message.toHtmlEscaped());
        m_summary->setText(text);
        const Table *child = schema.table(result.error.childTable);
        if (!result.error.childRows.isEmpty()) {
            auto *blocked = new QTreeWidgetItem(m_tree);
            blocked->setText(
                TableColumn,
                tr("Rows of %1 that still reference it").arg(child ? child->name : QString()));
            blocked->setIcon(TableColumn, QIcon(QStringLiteral(":/icons/action-restrict.svg")));
            blocked->setText(RowsColumn, QString::number(result.error.childRowCount));
            blocked->setFirstColumnSpanned(false);
            for (const QVector<QVariant> &row : result.error.childRows) {
                auto *item = new QTreeWidgetItem(blocked);
                item->setText(TableColumn, rowText(result.error.childTable, row));
                item->setFirstColumnSpanned(true);
            }
        }
    }
    if (!result.notSimulated.isEmpty())
        m_summary->setText(m_summary->text()
                           + tr("<br><small>Not simulated (SQLite cannot evaluate them; see the "
                                "Sample data panel): %n clause(s) of the schema, e.g. %1</small>",
                                nullptr, int(result.notSimulated.size()))
                                 .arg(result.notSimulated.first().toHtmlEscaped()));
    if (!result.engineRules.isEmpty())
        m_summary->setText(
            m_summary->text()
            + tr("<br><small>%1's rules applied where they differ from "
                 "SQLite's: %2.</small>")
                  .arg(result.engine.toHtmlEscaped(),
                       result.engineRules.join(QLatin1String("; ")).toHtmlEscaped()));
    for (int root : result.roots())
        addNode(root, nullptr);
    m_tree->expandToDepth(result.nodes.size() > 200 ? 0 : 3);
    // Only the kinds of change that happened get a column.
    bool used[5] = {true, false, false, false, false};
    for (const TableTotals &t : result.totals()) {
        const Table *table = schema.table(t.table);
        auto *item = new QTreeWidgetItem(m_totals);
        item->setText(0, table ? table->name : QString());
        item->setText(1, QString::number(t.deleted));
        item->setText(2, QString::number(t.setNull));
        item->setText(3, QString::number(t.setDefault));
        item->setText(4, QString::number(t.updated));
        used[1] = used[1] || t.deleted;
        used[2] = used[2] || t.setNull;
        used[3] = used[3] || t.setDefault;
        used[4] = used[4] || t.updated;
    }
    for (int c = 1; c < 5; ++c)
        m_totals->setColumnHidden(c, !used[c]);
    m_apply->setEnabled(result.ok && !result.applied);
    m_clear->setEnabled(true);
    emit highlightChanged(result.highlight());
}

void SimulationResultView::showBlastRadius(const BlastRadius &radius)
{
    m_result = SimulationResult();
    m_tree->clear();
    m_totals->clear();
    m_summary->setText(radius.toText(m_document->schema())
                           .toHtmlEscaped()
                           .replace(QLatin1Char('\n'), QLatin1String("<br>")));
    m_tree->setColumnHidden(DepthColumn, false);
    for (const BlastRadius::Reach &r : radius.reaches) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(TableColumn, m_document->schema().table(r.table)->name);
        item->setIcon(TableColumn, QIcon(iconFor(r.action)));
        item->setText(EffectColumn, EffectActions::displayName(r.action));
        item->setText(ViaColumn, m_document->schema().foreignKey(r.viaKey)->name);
        item->setText(DepthColumn, QString::number(r.depth));
    }
    m_apply->setEnabled(false);
    m_clear->setEnabled(true);
    emit highlightChanged(radius.highlight());
}

void SimulationResultView::showComparison(const SimulationResult &asDesigned,
                                          const SimulationResult &exchanged)
{
    showResult(asDesigned);
    const auto verdict = [](const SimulationResult &r) {
        return r.ok ? tr("succeeds (%n row(s) changed).", nullptr, r.changedRows)
                    : tr("is refused: %1").arg(r.error.explanation);
    };
    m_summary->setText(
        tr("<b>As designed</b>, %1 %2<br><b>With RESTRICT and NO ACTION exchanged</b>, it %3<br>"
           "RESTRICT checks each parent row the moment it changes; NO ACTION checks at the end "
           "of the statement, when rows the same statement removes no longer count.")
            .arg(asDesigned.statement.toHtmlEscaped(), verdict(asDesigned).toHtmlEscaped(),
                 verdict(exchanged).toHtmlEscaped()));
}
