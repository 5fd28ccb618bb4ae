#include "checkconstraintdialog.h"

#include "commands/edittablecommand.h"
#include "dialectadvice.h"
#include "document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

CheckConstraintDialog::CheckConstraintDialog(Document *document, Id tableId, Id existingId,
                                             Id column, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tableId(tableId)
    , m_existingId(existingId)
    , m_name(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_expression(new QPlainTextEdit(this))
    , m_noInherit(new QCheckBox(tr("NO INHERIT (PostgreSQL: not passed on to child tables)"), this))
    , m_noInheritAdvice(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existingId ? tr("Edit CHECK constraint") : tr("New CHECK constraint"));
    const Schema &schema = document->schema();
    const Table *table = schema.table(tableId);

    m_name->setPlaceholderText(tr("none: the engine names it"));
    m_level->addItem(tr("Table level"), QVariant::fromValue(Id(0)));
    if (table) {
        for (const Column &c : table->columns)
            m_level->addItem(tr("With column %1").arg(c.name), QVariant::fromValue(c.id));
    }
    m_level->setToolTip(tr("Where the constraint is declared: after a column's definition, or "
                           "among the table's constraints. The engines check both the same way."));
    m_expression->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_expression->setPlaceholderText(tr("a condition in SQL, e.g. price >= 0"));
    m_expression->setTabChangesFocus(true);
    m_noInheritAdvice->setWordWrap(true);
    m_noInheritAdvice->setStyleSheet(QStringLiteral("color: #b26a00"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto layout = new QVBoxLayout(this);
    auto form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Declared:"), m_level);
    form->addRow(tr("CHECK ("), m_expression);
    layout->addLayout(form);
    layout->addWidget(m_noInherit);
    layout->addWidget(m_noInheritAdvice);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    Id level = column;
    bool noInherit = false;
    if (table && existingId) {
        for (const CheckConstraint &check : table->checks) {
            if (check.id == existingId) {
                m_name->setText(check.name);
                m_expression->setPlainText(check.expression);
                m_originalExpression = check.expression;
                level = check.column;
                noInherit = check.noInherit;
            }
        }
    }
    m_level->setCurrentIndex(qMax(0, m_level->findData(QVariant::fromValue(level))));
    m_noInherit->setChecked(noInherit);
    // NO INHERIT is PostgreSQL's: offered where that is the dialect in play, or already set.
    const bool postgres = schema.targetDialect == QLatin1String("postgresql")
        || schema.sourceDialect == QLatin1String("postgresql")
        || (schema.targetDialect.isEmpty() && schema.sourceDialect.isEmpty());
    m_noInherit->setVisible(postgres || noInherit);
    const QString advice = DialectAdvice::reason(schema, DialectAdvice::Feature::CheckNoInherit);
    m_noInheritAdvice->setText(DialectAdvice::marked(advice));
    m_noInheritAdvice->setVisible(noInherit && !advice.isEmpty());
    connect(m_noInherit, &QCheckBox::toggled, this,
            [this, advice](bool on) { m_noInheritAdvice->setVisible(on && !advice.isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CheckConstraintDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CheckConstraintDialog::reject);
    m_expression->setFocus();
}

QString CheckConstraintDialog::expressionOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression wrapped(QStringLiteral("^CHECK\\s*\\((.*)\\)$"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = wrapped.match(trimmed);
    if (!match.hasMatch())
        return trimmed;
    // Only when the outer parentheses enclose everything: "CHECK (a) OR (b)" stays as it is.
    const QString inner = match.captured(1);
    int depth = 0;
    for (QChar ch : inner) {
        if (ch == QLatin1Char('('))
            ++depth;
        else if (ch == QLatin1Char(')') && --depth < 0)
            return trimmed;
    }
    return depth == 0 ? inner.trimmed() : trimmed;
}

QString CheckConstraintDialog::nameConflict(const QString &name) const
{
    // Constraint names are per table in PostgreSQL and SQLite; a clash inside the table is
    // refused by every engine.
    const Schema &schema = m_document->schema();
    const Table *table = schema.table(m_tableId);
    const QString folded = name.toLower();
    if (table->primaryKeyName.toLower() == folded)
        return tr("the primary key");
    for (const UniqueConstraint &u : table->uniqueConstraints) {
        if (u.name.toLower() == folded)
            return tr("a unique constraint");
    }
    for (const CheckConstraint &c : table->checks) {
        if (c.id != m_existingId && c.name.toLower() == folded)
            return tr("another CHECK constraint");
    }
    for (Id keyId : schema.foreignKeysOfTable(m_tableId)) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (key->childTable == m_tableId && key->name.toLower() == folded)
            return tr("a foreign key");
    }
    return {};
}

void CheckConstraintDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void CheckConstraintDialog::accept()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table) {
        reject(); // the table went away meanwhile
        return;
    }
    // An expression left as it was stays exactly as imported, spaces included.
    const QString typed = m_expression->toPlainText();
    const QString expression
        = typed == m_originalExpression && !typed.trimmed().isEmpty() ? typed : expressionOf(typed);
    if (expression.isEmpty()) {
        showMessage(tr("Write the condition: a CHECK constraint without one checks nothing."));
        return;
    }
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty()) {
        const QString conflict = nameConflict(name);
        if (!conflict.isEmpty()) {
            showMessage(
                tr("The name \"%1\" is already used by %2 of this table.").arg(name, conflict));
            return;
        }
    }
    Table after = *table;
    const Id column = m_level->currentData().value<Id>();
    auto it = std::find_if(after.checks.begin(), after.checks.end(),
                           [this](const CheckConstraint &c) { return c.id == m_existingId; });
    if (it == after.checks.end()) {
        CheckConstraint check;
        check.id = m_document->allocateId();
        after.checks << check;
        it = after.checks.end() - 1;
    }
    it->name = name;
    it->expression = expression;
    it->column = after.column(column) ? column : Id(0);
    it->noInherit = m_noInherit->isChecked();
    if (after != *table)
        m_document->undoStack()->push(
            new EditTableCommand(m_document, after, EditTableCommand::Property::Checks));
    QDialog::accept();
}
