#include "schemaobjectsdialog.h"

#include "commands/editschemaobjectscommand.h"
#include "document.h"
#include "enginenames.h"
#include "returnkeycatcher.h"
#include "schemaobjectscheck.h"
#include "sequenceeditor.h"
#include "usertypeeditor.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

SchemaObjectsDialog::SchemaObjectsDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_types(new UserTypeEditor(document, m_tabs))
    , m_sequences(new SequenceEditor(document, m_tabs))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Types and Sequences"));
    m_tabs->addTab(m_types, tr("Types"));
    m_tabs->addTab(m_sequences, tr("Sequences"));
    m_tabs->addTab(makeExtensionsTab(), tr("Extensions"));

    auto layout = new QVBoxLayout(this);
    Dialect dialect;
    if (EngineNames::conventionDialect(document->schema(), &dialect)
        && dialect != Dialect::PostgreSQL) {
        // Still editable: a schema imported from PostgreSQL may be on its way elsewhere.
        auto note = new QLabel(tr("These are PostgreSQL's objects: a script for %1 writes the "
                                  "columns with their base types instead.")
                                   .arg(Dialects::displayName(dialect)),
                               this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_tabs, 1);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SchemaObjectsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SchemaObjectsDialog::reject);
    resize(760, 460);
}

QWidget *SchemaObjectsDialog::makeExtensionsTab()
{
    auto page = new QWidget(m_tabs);
    m_extensions = new QListWidget(page);
    m_extensionInput = new QLineEdit(page);
    m_addExtension = new QPushButton(tr("Add Extension"), page);
    m_removeExtension = new QPushButton(tr("Remove"), page);
    m_extensionInput->setPlaceholderText(tr("e.g. pg_trgm"));
    for (const QString &extension : m_document->schema().extensions) {
        auto item = new QListWidgetItem(extension, m_extensions);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    auto grid = new QGridLayout(page);
    grid->addWidget(new QLabel(tr("Created first, in this order (CREATE EXTENSION IF NOT "
                                  "EXISTS):"),
                               page),
                    0, 0, 1, 2);
    grid->addWidget(m_extensions, 1, 0);
    auto side = new QVBoxLayout;
    side->addWidget(m_removeExtension);
    side->addStretch();
    grid->addLayout(side, 1, 1);
    grid->addWidget(m_extensionInput, 2, 0);
    grid->addWidget(m_addExtension, 2, 1);
    connect(m_addExtension, &QPushButton::clicked, this, &SchemaObjectsDialog::addExtension);
    ReturnKeyCatcher::install(m_extensionInput, [this] { addExtension(); });
    connect(m_removeExtension, &QPushButton::clicked, this,
            [this] { delete m_extensions->currentItem(); });
    return page;
}

void SchemaObjectsDialog::addExtension()
{
    const QString name = m_extensionInput->text().trimmed();
    if (name.isEmpty())
        return;
    auto item = new QListWidgetItem(name, m_extensions);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_extensions->setCurrentItem(item);
    m_extensionInput->clear();
}

QStringList SchemaObjectsDialog::extensions() const
{
    QStringList names;
    for (int row = 0; row < m_extensions->count(); ++row)
        names << m_extensions->item(row)->text().trimmed();
    return names;
}

void SchemaObjectsDialog::accept()
{
    const QString problem = SchemaObjectsCheck::problem(m_document->schema(), extensions(),
                                                        m_types->types(), m_sequences->sequences());
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    auto command = new EditSchemaObjectsCommand(m_document);
    command->extensions = extensions();
    command->userTypes = m_types->types();
    command->sequences = m_sequences->sequences();
    if (command->changesSomething())
        m_document->undoStack()->push(command);
    else
        delete command;
    QDialog::accept();
}
