#pragma once

#include "simulator/blastradius.h"
#include "simulator/simulationhighlight.h"
#include "simulator/simulationresult.h"

#include <QWidget>

class Document;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The outcome of a simulation in words: a tree from the statement down each key path (table,
// what happened to how many rows, through which key, at which depth, with the rows' before
// and after values), totals per table, or why the engine refused. Also shows a static blast
// radius. Emits the highlight for the canvas; Apply and Clear are requests for others.
class SimulationResultView : public QWidget
{
    Q_OBJECT
public:
    explicit SimulationResultView(Document *document, QWidget *parent = nullptr);

    void showResult(const SimulationResult &result);
    void showBlastRadius(const BlastRadius &radius);
    // The RESTRICT versus NO ACTION demonstration: the same statement on the schema as
    // designed and with the two exchanged.
    void showComparison(const SimulationResult &asDesigned, const SimulationResult &exchanged);
    void clear();

    const SimulationResult &result() const { return m_result; }
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidget *totals() const { return m_totals; }
    QLabel *summary() const { return m_summary; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *clearButton() const { return m_clear; }

signals:
    void highlightChanged(const SimulationHighlight &highlight);
    void highlightCleared();
    void applyRequested(); // apply the statement shown (commit it into the sample data)

private:
    QTreeWidgetItem *addNode(int index, QTreeWidgetItem *parent);
    QString rowText(Id tableId, const QVector<QVariant> &values) const;

    Document *m_document;
    SimulationResult m_result;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTreeWidget *m_totals;
    QPushButton *m_apply;
    QPushButton *m_clear;
};
