#include "indexdetailseditor.h"

#include "enginenames.h"
#include "schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int MethodRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
constexpr int IncludeIdRole = Qt::UserRole + 3;

bool anyPart(const TableIndex &index, bool (*has)(const IndexPart &))
{
    for (const IndexPart &part : index.parts) {
        if (has(part))
            return true;
    }
    return false;
}
} // namespace

IndexDetailsEditor::IndexDetailsEditor(const Schema &schema, const Table &table,
                                       const TableIndex &index, QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_partBox(new QGroupBox(this))
    , m_expressionLabel(new QLabel(tr("Expression:"), this))
    , m_expression(new QLineEdit(this))
    , m_descending(new QCheckBox(tr("Descending (DESC)"), this))
    , m_nulls(new QComboBox(this))
    , m_collation(new QLineEdit(this))
    , m_operatorClass(new QLineEdit(this))
    , m_prefix(new QSpinBox(this))
    , m_predicate(new QLineEdit(this))
    , m_include(new QListWidget(this))
{
    Dialect dialect = Dialect::PostgreSQL;
    const bool known = EngineNames::conventionDialect(schema, &dialect);
    // Without a dialect every field is offered: the user has not said which engine it is for.
    const bool postgres = !known || dialect == Dialect::PostgreSQL;
    const bool mysql = !known || Dialects::isMySqlFamily(dialect);
    const bool sqlite = !known || dialect == Dialect::SQLite;
    const bool sqlServer = !known || dialect == Dialect::SqlServer;
    // MariaDB has no functional key parts; MySQL has them since 8.0.13.
    m_expressions
        = postgres || sqlite || (known && dialect == Dialect::MySQL) || index.hasExpressions();

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto top = new QFormLayout;
    top->addRow(tr("Method:"), m_method);
    addMethods(known ? Dialects::id(dialect) : QString(), index);
    m_method->setToolTip(tr("How the engine organises the index; the default is a B-tree."));
    top->setRowVisible(m_method, m_method->count() > 1);
    layout->addLayout(top);

    auto partForm = new QFormLayout(m_partBox);
    m_expression->setFont(fixed);
    partForm->addRow(m_expressionLabel, m_expression);
    partForm->addRow(tr("Order:"), m_descending);
    m_nulls->addItem(tr("(engine default)"), QString());
    m_nulls->addItem(QStringLiteral("NULLS FIRST"), QStringLiteral("FIRST"));
    m_nulls->addItem(QStringLiteral("NULLS LAST"), QStringLiteral("LAST"));
    partForm->addRow(tr("Nulls:"), m_nulls);
    m_collation->setPlaceholderText(tr("the column's"));
    partForm->addRow(tr("Collation:"), m_collation);
    m_operatorClass->setPlaceholderText(tr("the type's default, e.g. gin_trgm_ops"));
    m_operatorClass->setFont(fixed);
    partForm->addRow(tr("Operator class:"), m_operatorClass);
    m_prefix->setRange(0, 65535);
    m_prefix->setSpecialValueText(tr("whole column"));
    m_prefix->setToolTip(tr("Index only the first characters (or bytes) of the value."));
    partForm->addRow(tr("Prefix length:"), m_prefix);
    partForm->setRowVisible(m_nulls, postgres || anyPart(index, [](const IndexPart &p) {
                                         return !p.nullsOrder.isEmpty();
                                     }));
    partForm->setRowVisible(m_collation,
                            postgres || sqlite || anyPart(index, [](const IndexPart &p) {
                                return !p.collation.isEmpty();
                            }));
    partForm->setRowVisible(m_operatorClass, postgres || anyPart(index, [](const IndexPart &p) {
                                                 return !p.operatorClass.isEmpty();
                                             }));
    partForm->setRowVisible(
        m_prefix, mysql || anyPart(index, [](const IndexPart &p) { return p.prefixLength > 0; }));
    layout->addWidget(m_partBox);

    auto bottom = new QFormLayout;
    m_predicate->setFont(fixed);
    m_predicate->setPlaceholderText(tr("none: every row; e.g. deleted_at IS NULL"));
    m_predicate->setToolTip(tr("A partial index covers only the rows for which this condition "
                               "holds."));
    m_predicate->setText(index.predicate);
    bottom->addRow(tr("WHERE:"), m_predicate);
    bottom->setRowVisible(m_predicate, postgres || sqlite || index.isPartial());
    for (const Column &c : table.columns) {
        auto item = new QListWidgetItem(c.name, m_include);
        item->setData(IncludeIdRole, QVariant::fromValue(c.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(index.includeColumns.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_include->setToolTip(tr("Columns stored in the index without being searched, so that a "
                             "query reading only them need not visit the table."));
    m_include->setMaximumHeight(90);
    bottom->addRow(tr("INCLUDE:"), m_include);
    bottom->setRowVisible(m_include, postgres || sqlServer || !index.includeColumns.isEmpty());
    layout->addLayout(bottom);

    setPart(nullptr, QString());
    auto edited = [this] {
        emit partEdited();
    };
    connect(m_expression, &QLineEdit::textEdited, this, edited);
    connect(m_descending, &QCheckBox::toggled, this, edited);
    connect(m_nulls, &QComboBox::activated, this, edited);
    connect(m_collation, &QLineEdit::textEdited, this, edited);
    connect(m_operatorClass, &QLineEdit::textEdited, this, edited);
    connect(m_prefix, &QSpinBox::valueChanged, this, edited);
}

void IndexDetailsEditor::addMethods(const QString &dialectId, const TableIndex &index)
{
    m_method->addItem(tr("(engine default)"));
    auto add = [this](const QString &method, const QString &kind) {
        m_method->addItem(kind.isEmpty() ? method : kind);
        m_method->setItemData(m_method->count() - 1, method, MethodRole);
        m_method->setItemData(m_method->count() - 1, kind, KindRole);
    };
    if (dialectId == QLatin1String("mysql") || dialectId == QLatin1String("mariadb")) {
        add(QStringLiteral("BTREE"), QString());
        add(QStringLiteral("HASH"), QString());
        add(QString(), QStringLiteral("FULLTEXT"));
        add(QString(), QStringLiteral("SPATIAL"));
    } else if (dialectId.isEmpty() || dialectId == QLatin1String("postgresql")) {
        for (const char *method : {"btree", "hash", "gist", "spgist", "gin", "brin"})
            add(QLatin1String(method), QString());
    }
    int current = 0;
    for (int i = 1; i < m_method->count(); ++i) {
        if (m_method->itemData(i, MethodRole).toString() == index.method
            && m_method->itemData(i, KindRole).toString() == index.kind)
            current = i;
    }
    if (current == 0 && (!index.method.isEmpty() || !index.kind.isEmpty())) {
        // What the index has is kept and offered, even where the dialect has no such method.
        add(index.method, index.kind);
        if (!index.method.isEmpty() && !index.kind.isEmpty())
            m_method->setItemText(m_method->count() - 1,
                                  index.kind + QLatin1Char(' ') + index.method);
        current = m_method->count() - 1;
    }
    m_method->setCurrentIndex(current);
}

void IndexDetailsEditor::setPart(const IndexPart *part, const QString &label)
{
    const QSignalBlocker b1(m_expression), b2(m_descending), b3(m_nulls), b4(m_collation),
        b5(m_operatorClass), b6(m_prefix);
    const IndexPart shown = part ? *part : IndexPart();
    m_isExpression = part && !part->expression.isEmpty();
    m_partBox->setTitle(part ? tr("Options of %1").arg(label) : tr("Options of the chosen column"));
    m_partBox->setEnabled(part != nullptr);
    m_expression->setText(shown.expression);
    m_expression->setVisible(m_isExpression);
    m_expressionLabel->setVisible(m_isExpression);
    m_descending->setChecked(shown.descending);
    m_nulls->setCurrentIndex(qMax(0, m_nulls->findData(shown.nullsOrder)));
    m_collation->setText(shown.collation);
    m_operatorClass->setText(shown.operatorClass);
    // A prefix belongs to a column; an expression has none.
    m_prefix->setValue(shown.prefixLength);
    m_prefix->setEnabled(!m_isExpression);
}

IndexPart IndexDetailsEditor::part() const
{
    IndexPart part;
    if (m_isExpression)
        part.expression = m_expression->text();
    part.descending = m_descending->isChecked();
    part.nullsOrder = m_nulls->currentData().toString();
    part.collation = m_collation->text().trimmed();
    part.operatorClass = m_operatorClass->text().trimmed();
    part.prefixLength = m_isExpression ? 0 : m_prefix->value();
    return part;
}

void IndexDetailsEditor::apply(TableIndex *index) const
{
    index->method = m_method->currentData(MethodRole).toString();
    index->kind = m_method->currentData(KindRole).toString();
    // Kept as typed, apart from the spaces around it (an unchanged one exactly as it was): the
    // export writes it after WHERE.
    const QString predicate = m_predicate->text().trimmed();
    if (predicate != index->predicate.trimmed())
        index->predicate = predicate;
    index->includeColumns.clear();
    for (int row = 0; row < m_include->count(); ++row) {
        const QListWidgetItem *item = m_include->item(row);
        if (item->checkState() == Qt::Checked)
            index->includeColumns << item->data(IncludeIdRole).value<Id>();
    }
}
