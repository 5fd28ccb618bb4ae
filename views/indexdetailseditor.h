#pragma once

#include "indexpart.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class Schema;
struct Table;
struct TableIndex;

// The engine-specific details of one index, for ConstraintEditDialog: the method (with MySQL's
// FULLTEXT and SPATIAL, which the model keeps as the index's kind), the options of the part
// selected in the dialog (order, NULLS, collation, operator class, prefix length, the text of an
// expression part), the predicate of a partial index and the INCLUDE columns. Each field is
// shown where the schema's dialect (target, else source; every field without one) has it, and
// wherever the index already holds a value, so that nothing is hidden that the export writes.
class IndexDetailsEditor : public QWidget
{
    Q_OBJECT
public:
    IndexDetailsEditor(const Schema &schema, const Table &table, const TableIndex &index,
                       QWidget *parent = nullptr);

    QComboBox *methodChooser() const { return m_method; }
    QGroupBox *partBox() const { return m_partBox; }
    QLineEdit *expressionEdit() const { return m_expression; }
    QCheckBox *descendingBox() const { return m_descending; }
    QComboBox *nullsChooser() const { return m_nulls; }
    QLineEdit *collationEdit() const { return m_collation; }
    QLineEdit *operatorClassEdit() const { return m_operatorClass; }
    QSpinBox *prefixLengthSpin() const { return m_prefix; }
    QLineEdit *predicateEdit() const { return m_predicate; }
    QListWidget *includeList() const { return m_include; }

    // Whether the dialect indexes expressions (the dialog offers "Add expression" then).
    bool offersExpressions() const { return m_expressions; }

    // Shows one part's options; `label` names it in the box title. Null: none chosen, the
    // fields are cleared and disabled.
    void setPart(const IndexPart *part, const QString &label);
    // The fields as a part: an expression part keeps its edited text, a column part none.
    IndexPart part() const;
    // Method, kind, predicate and INCLUDE columns into `index`; its parts are the dialog's.
    void apply(TableIndex *index) const;

signals:
    // The user changed one of the selected part's fields.
    void partEdited();

private:
    void addMethods(const QString &dialectId, const TableIndex &index);

    QComboBox *m_method;
    QGroupBox *m_partBox;
    QLabel *m_expressionLabel;
    QLineEdit *m_expression;
    QCheckBox *m_descending;
    QComboBox *m_nulls;
    QLineEdit *m_collation;
    QLineEdit *m_operatorClass;
    QSpinBox *m_prefix;
    QLineEdit *m_predicate;
    QListWidget *m_include;
    bool m_expressions = true;
    bool m_isExpression = false;
};
