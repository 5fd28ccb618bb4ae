#include "schemapanel.h"

#include "commands/editschemacommand.h"
#include "document.h"
#include "schemaobjectsdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

SchemaPanel::SchemaPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_dialect(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    auto form = new QFormLayout(this);
    form->addRow(tr("Schema name:"), m_name);
    m_dialect->addItem(tr("(none)"), QString());
    m_dialect->addItem(QStringLiteral("PostgreSQL"), QStringLiteral("postgresql"));
    m_dialect->addItem(QStringLiteral("MySQL"), QStringLiteral("mysql"));
    m_dialect->addItem(QStringLiteral("MariaDB"), QStringLiteral("mariadb"));
    m_dialect->addItem(QStringLiteral("SQLite"), QStringLiteral("sqlite"));
    m_dialect->addItem(QStringLiteral("SQL Server"), QStringLiteral("sqlserver"));
    m_dialect->setToolTip(tr("The database the checks and the DDL preview follow."));
    form->addRow(tr("Target dialect:"), m_dialect);
    form->addRow(m_summary);
    // The objects the canvas does not show are reached from here too (and Schema › Types and
    // Sequences…).
    auto objects = new QPushButton(tr("Types and Sequences…"), this);
    objects->setObjectName(QStringLiteral("typesAndSequences"));
    connect(objects, &QPushButton::clicked, this, [this] {
        auto dialog = new SchemaObjectsDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    form->addRow(objects);
    connect(m_name, &QLineEdit::editingFinished, this, &SchemaPanel::commit);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &SchemaPanel::commit);
    connect(document, &Document::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void SchemaPanel::refresh()
{
    const Schema &schema = m_document->schema();
    const QSignalBlocker nameBlocker(m_name);
    const QSignalBlocker dialectBlocker(m_dialect);
    if (m_name->text() != schema.name)
        m_name->setText(schema.name);
    int index = m_dialect->findData(schema.targetDialect);
    if (index < 0) {
        m_dialect->addItem(schema.targetDialect, schema.targetDialect);
        index = m_dialect->count() - 1;
    }
    m_dialect->setCurrentIndex(index);
    m_summary->setText(tr("%n table(s)", nullptr, schema.tableCount()) + QStringLiteral(", ")
                       + tr("%n foreign key(s)", nullptr, schema.foreignKeyCount()));
}

void SchemaPanel::commit()
{
    const Schema &schema = m_document->schema();
    const QString name = m_name->text().trimmed();
    const QString dialect = m_dialect->currentData().toString();
    if (name == schema.name && dialect == schema.targetDialect)
        return;
    m_document->undoStack()->push(new EditSchemaCommand(m_document, name, dialect));
}
