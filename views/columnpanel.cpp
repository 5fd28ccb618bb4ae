#include "columnpanel.h"

#include "commands/editcolumncommand.h"
#include "document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

ColumnPanel::ColumnPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_unsigned(new QCheckBox(tr("Unsigned (MySQL, MariaDB)"), this))
    , m_nullable(new QCheckBox(tr("Nullable"), this))
    , m_default(new QLineEdit(this))
    , m_autoIncrement(new QCheckBox(tr("Auto-increment"), this))
    , m_collation(new QLineEdit(this))
    , m_comment(new QLineEdit(this))
    , m_typeError(new QLabel(this))
{
    m_type->setEditable(true);
    m_type->addItems({QStringLiteral("integer"), QStringLiteral("bigint"),
                      QStringLiteral("smallint"), QStringLiteral("varchar(255)"),
                      QStringLiteral("char(1)"), QStringLiteral("text"),
                      QStringLiteral("decimal(12,2)"), QStringLiteral("real"),
                      QStringLiteral("double"), QStringLiteral("boolean"), QStringLiteral("date"),
                      QStringLiteral("time"), QStringLiteral("timestamp"),
                      QStringLiteral("timestamp with time zone"), QStringLiteral("uuid"),
                      QStringLiteral("json"), QStringLiteral("blob")});
    m_type->setToolTip(tr("A type with its length or precision, e.g. varchar(80) or "
                          "decimal(12,2)."));
    m_default->setPlaceholderText(tr("SQL expression, e.g. 0 or CURRENT_TIMESTAMP"));
    m_collation->setPlaceholderText(tr("the table's default"));
    m_typeError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_typeError->hide();

    auto form = new QFormLayout(this);
    form->addRow(tr("Table:"), m_table);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Type:"), m_type);
    form->addRow(QString(), m_typeError);
    form->addRow(QString(), m_unsigned);
    form->addRow(QString(), m_nullable);
    form->addRow(tr("Default:"), m_default);
    form->addRow(QString(), m_autoIncrement);
    form->addRow(tr("Collation:"), m_collation);
    form->addRow(tr("Comment:"), m_comment);

    for (QLineEdit *edit : {m_name, m_default, m_collation, m_comment})
        connect(edit, &QLineEdit::editingFinished, this, &ColumnPanel::commitText);
    connect(m_type, &QComboBox::activated, this, &ColumnPanel::commitText);
    connect(m_type->lineEdit(), &QLineEdit::editingFinished, this, &ColumnPanel::commitText);
    for (QCheckBox *box : {m_unsigned, m_nullable, m_autoIncrement})
        connect(box, &QCheckBox::toggled, this, &ColumnPanel::commitChecks);
    connect(document, &Document::columnChanged, this, [this](Id, Id columnId) {
        if (columnId == m_columnId)
            refresh();
    });
    connect(document, &Document::tableChanged, this, [this](Id tableId) {
        if (m_document->schema().tableOfColumn(m_columnId) == tableId)
            refresh();
    });
}

void ColumnPanel::setColumn(Id columnId)
{
    m_columnId = columnId;
    refresh();
}

void ColumnPanel::refresh()
{
    const Schema &schema = m_document->schema();
    const Column *column = schema.column(m_columnId);
    if (!column)
        return;
    const QSignalBlocker b1(m_name), b2(m_type), b3(m_unsigned), b4(m_nullable), b5(m_default),
        b6(m_autoIncrement), b7(m_collation), b8(m_comment);
    m_table->setText(schema.table(schema.tableOfColumn(m_columnId))->name);
    m_name->setText(column->name);
    m_type->setCurrentText(column->type.toString());
    m_unsigned->setChecked(column->isUnsigned);
    m_nullable->setChecked(column->nullable);
    m_default->setText(column->defaultValue);
    m_autoIncrement->setChecked(column->autoIncrement);
    m_collation->setText(column->collation);
    m_comment->setText(column->comment);
    m_typeError->hide();
}

void ColumnPanel::commitText()
{
    const Schema &schema = m_document->schema();
    const Column *column = schema.column(m_columnId);
    if (!column)
        return;
    using P = EditColumnCommand::Property;
    Column after = *column;
    P property = P::Other;
    const QString name = m_name->text().trimmed();
    const QString typeText = m_type->currentText().trimmed();
    if (!name.isEmpty() && name != column->name) {
        after.name = name;
        property = P::Name;
    } else if (typeText != column->type.toString()) {
        if (typeText.isEmpty()) {
            m_typeError->setText(tr("A column needs a type."));
            m_typeError->show();
            return;
        }
        after.type = DataType::parse(typeText);
        property = P::Type;
    } else if (m_default->text() != column->defaultValue) {
        after.defaultValue = m_default->text();
        property = P::Default;
    } else if (m_collation->text().trimmed() != column->collation) {
        after.collation = m_collation->text().trimmed();
        property = P::Collation;
    } else if (m_comment->text() != column->comment) {
        after.comment = m_comment->text();
        property = P::Comment;
    }
    if (after == *column) {
        refresh(); // e.g. an emptied name goes back to what it was
        return;
    }
    m_document->undoStack()->push(
        new EditColumnCommand(m_document, schema.tableOfColumn(m_columnId), after, property));
}

void ColumnPanel::commitChecks()
{
    const Schema &schema = m_document->schema();
    const Column *column = schema.column(m_columnId);
    if (!column)
        return;
    using P = EditColumnCommand::Property;
    Column after = *column;
    P property = P::Other;
    if (m_unsigned->isChecked() != column->isUnsigned) {
        after.isUnsigned = m_unsigned->isChecked();
        property = P::Unsigned;
    } else if (m_nullable->isChecked() != column->nullable) {
        after.nullable = m_nullable->isChecked();
        property = P::Nullable;
    } else if (m_autoIncrement->isChecked() != column->autoIncrement) {
        after.autoIncrement = m_autoIncrement->isChecked();
        property = P::AutoIncrement;
    }
    if (after != *column)
        m_document->undoStack()->push(
            new EditColumnCommand(m_document, schema.tableOfColumn(m_columnId), after, property));
}
