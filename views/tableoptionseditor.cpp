#include "tableoptionseditor.h"

#include "commands/edittablecommand.h"
#include "document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
QComboBox *editableChooser(QWidget *parent, const QStringList &items)
{
    auto box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItems(items);
    return box;
}

// "schema.table" where the table has a schema of its own: two tables may share a name.
QString qualifiedName(const Table &table)
{
    return table.schemaName.isEmpty() ? table.name
                                      : table.schemaName + QLatin1Char('.') + table.name;
}

const Table *findTable(const Schema &schema, const QString &name)
{
    const Table *byName = nullptr;
    for (Id id : schema.tableIds()) {
        const Table *table = schema.table(id);
        if (qualifiedName(*table).compare(name, Qt::CaseInsensitive) == 0)
            return table;
        if (!byName && table->name.compare(name, Qt::CaseInsensitive) == 0)
            byName = table;
    }
    return byName;
}

// The typed text, or the model's own value when only surrounding spaces differ, so that an edit
// of one field never rewrites another.
QString typedOr(const QString &typed, const QString &model)
{
    return typed.trimmed() == model.trimmed() ? model : typed.trimmed();
}

bool isDefault(const TableOptions &o, DialectAdvice::OptionFamily family)
{
    switch (family) {
    case DialectAdvice::OptionFamily::SQLite:
        return !o.withoutRowid && !o.strict;
    case DialectAdvice::OptionFamily::MySql:
        return o.engine.isEmpty() && o.charset.isEmpty() && o.collation.isEmpty()
            && o.rowFormat.isEmpty() && o.autoIncrementStart.isEmpty() && o.otherOptions.isEmpty();
    case DialectAdvice::OptionFamily::PostgreSql:
        return !o.unlogged && o.partitionBy.isEmpty() && !o.partitionOf
            && o.partitionBound.isEmpty() && o.inherits.isEmpty() && o.storageParameters.isEmpty()
            && o.tablespace.isEmpty();
    }
    return true;
}
} // namespace

TableOptionsEditor::TableOptionsEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_message(new QLabel(this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sqlite = buildSqlite();
    m_mysql = buildMySql();
    m_postgres = buildPostgreSql();
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->hide();
    layout->addWidget(m_sqlite);
    layout->addWidget(m_mysql);
    layout->addWidget(m_postgres);
    layout->addWidget(m_message);
    layout->addStretch();

    for (QCheckBox *box : {m_withoutRowid, m_strict, m_unlogged})
        connect(box, &QCheckBox::toggled, this, &TableOptionsEditor::commit);
    for (QLineEdit *edit : {m_collation, m_autoIncrement, m_otherOptions, m_partitionBy,
                            m_partitionBound, m_inherits, m_storage, m_tablespace})
        connect(edit, &QLineEdit::editingFinished, this, &TableOptionsEditor::commit);
    for (QComboBox *box : {m_engine, m_charset, m_rowFormat}) {
        connect(box, &QComboBox::activated, this, &TableOptionsEditor::commit);
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, &TableOptionsEditor::commit);
    }
    connect(m_partitionOf, &QComboBox::activated, this, &TableOptionsEditor::commit);

    connect(document, &Document::tableChanged, this, [this](Id tableId) {
        // A renamed table renames its entry in the partition chooser.
        if (tableId != m_tableId && m_partitionOf->findData(QVariant::fromValue(tableId)) >= 0)
            m_partitionChoicesStale = true;
        if (tableId == m_tableId || m_partitionChoicesStale)
            refresh();
    });
    for (auto signal : {&Document::tableAdded, &Document::tableRemoved})
        connect(document, signal, this, [this](Id) { m_partitionChoicesStale = true; });
    connect(document, &Document::schemaReset, this, [this] { m_partitionChoicesStale = true; });
    connect(document, &Document::schemaPropertiesChanged, this, &TableOptionsEditor::refresh);
}

// A field that loses focus while the panel is being destroyed would commit into a half-destroyed
// panel (and possibly a document already gone): its signals stop here.
TableOptionsEditor::~TableOptionsEditor()
{
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

QLabel *TableOptionsEditor::adviceLabel(QWidget *parent)
{
    auto label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b26a00"));
    return label;
}

QGroupBox *TableOptionsEditor::buildSqlite()
{
    auto group = new QGroupBox(QStringLiteral("SQLite"), this);
    auto layout = new QVBoxLayout(group);
    m_sqliteAdvice = adviceLabel(group);
    // Short labels, the meaning in the tooltips: a check box does not wrap, and the panel must
    // fit the dock's width.
    m_withoutRowid = new QCheckBox(QStringLiteral("WITHOUT ROWID"), group);
    m_withoutRowid->setToolTip(tr("The primary key is the storage key: no hidden rowid."));
    m_strict = new QCheckBox(QStringLiteral("STRICT"), group);
    m_strict->setToolTip(tr("Values must match the declared types."));
    layout->addWidget(m_sqliteAdvice);
    layout->addWidget(m_withoutRowid);
    layout->addWidget(m_strict);
    return group;
}

QGroupBox *TableOptionsEditor::buildMySql()
{
    auto group = new QGroupBox(QStringLiteral("MySQL / MariaDB"), this);
    auto form = new QFormLayout(group);
    m_mysqlAdvice = adviceLabel(group);
    m_engine = editableChooser(group,
                               {QString(), QStringLiteral("InnoDB"), QStringLiteral("MyISAM"),
                                QStringLiteral("Aria"), QStringLiteral("MEMORY"),
                                QStringLiteral("ARCHIVE")});
    m_charset = editableChooser(group,
                                {QString(), QStringLiteral("utf8mb4"), QStringLiteral("utf8mb3"),
                                 QStringLiteral("latin1"), QStringLiteral("ascii"),
                                 QStringLiteral("binary")});
    m_collation = new QLineEdit(group);
    m_collation->setPlaceholderText(tr("the charset's default, e.g. utf8mb4_unicode_ci"));
    m_rowFormat = editableChooser(group,
                                  {QString(), QStringLiteral("DYNAMIC"), QStringLiteral("COMPACT"),
                                   QStringLiteral("REDUNDANT"), QStringLiteral("COMPRESSED"),
                                   QStringLiteral("PAGE")});
    m_autoIncrement = new QLineEdit(group);
    m_autoIncrement->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,20}")), m_autoIncrement));
    m_autoIncrement->setPlaceholderText(tr("next value, e.g. 1000"));
    m_otherOptions = new QLineEdit(group);
    m_otherOptions->setPlaceholderText(tr("as written, e.g. KEY_BLOCK_SIZE=8"));
    m_engine->lineEdit()->setPlaceholderText(tr("the server's default"));
    m_charset->lineEdit()->setPlaceholderText(tr("the database's default"));
    m_rowFormat->lineEdit()->setPlaceholderText(tr("the engine's default"));
    form->addRow(m_mysqlAdvice);
    form->addRow(tr("Engine:"), m_engine);
    form->addRow(tr("Charset:"), m_charset);
    form->addRow(tr("Collation:"), m_collation);
    form->addRow(tr("Row format:"), m_rowFormat);
    form->addRow(tr("AUTO_INCREMENT:"), m_autoIncrement);
    form->addRow(tr("Other:"), m_otherOptions);
    return group;
}

QGroupBox *TableOptionsEditor::buildPostgreSql()
{
    auto group = new QGroupBox(QStringLiteral("PostgreSQL"), this);
    auto form = new QFormLayout(group);
    m_postgresAdvice = adviceLabel(group);
    m_unlogged = new QCheckBox(QStringLiteral("UNLOGGED"), group);
    m_unlogged->setToolTip(tr("No write-ahead log: faster writes, emptied after a crash."));
    m_partitionBy = new QLineEdit(group);
    m_partitionBy->setPlaceholderText(tr("e.g. RANGE (created_at); empty: not partitioned"));
    m_partitionOf = new QComboBox(group);
    m_partitionBound = new QLineEdit(group);
    m_partitionBound->setPlaceholderText(tr("e.g. FOR VALUES FROM ('2024-01-01') TO "
                                            "('2025-01-01'); empty: DEFAULT"));
    m_inherits = new QLineEdit(group);
    m_inherits->setPlaceholderText(tr("parent tables, separated by commas"));
    m_storage = new QLineEdit(group);
    m_storage->setPlaceholderText(tr("e.g. fillfactor=70"));
    m_tablespace = new QLineEdit(group);
    m_tablespace->setPlaceholderText(tr("the database's default"));
    form->addRow(m_postgresAdvice);
    form->addRow(m_unlogged);
    form->addRow(tr("Partition by:"), m_partitionBy);
    form->addRow(tr("Partition of:"), m_partitionOf);
    form->addRow(tr("Bound:"), m_partitionBound);
    form->addRow(tr("Inherits:"), m_inherits);
    form->addRow(tr("WITH (…):"), m_storage);
    form->addRow(tr("Tablespace:"), m_tablespace);
    return group;
}

QGroupBox *TableOptionsEditor::group(DialectAdvice::OptionFamily family) const
{
    switch (family) {
    case DialectAdvice::OptionFamily::SQLite:
        return m_sqlite;
    case DialectAdvice::OptionFamily::MySql:
        return m_mysql;
    case DialectAdvice::OptionFamily::PostgreSql:
        return m_postgres;
    }
    return nullptr;
}

void TableOptionsEditor::setTable(Id tableId)
{
    if (tableId != m_tableId)
        m_partitionChoicesStale = true; // the list leaves out the table itself
    m_tableId = tableId;
    m_message->hide();
    refresh();
}

void TableOptionsEditor::refreshPartitionChoices()
{
    const Schema &schema = m_document->schema();
    const QSignalBlocker blocker(m_partitionOf);
    m_partitionOf->clear();
    m_partitionOf->addItem(tr("(not a partition)"), QVariant::fromValue(Id(0)));
    for (Id id : schema.tableIds()) {
        if (id != m_tableId)
            m_partitionOf->addItem(qualifiedName(*schema.table(id)), QVariant::fromValue(id));
    }
    m_partitionChoicesStale = false;
}

void TableOptionsEditor::refresh()
{
    const Schema &schema = m_document->schema();
    const Table *table = schema.table(m_tableId);
    if (!table)
        return;
    if (m_partitionChoicesStale)
        refreshPartitionChoices();
    const TableOptions &o = table->options;
    const QSignalBlocker b1(m_withoutRowid), b2(m_strict), b3(m_engine), b4(m_charset),
        b5(m_collation), b6(m_rowFormat), b7(m_autoIncrement), b8(m_otherOptions), b9(m_unlogged),
        b10(m_partitionBy), b11(m_partitionOf), b12(m_partitionBound), b13(m_inherits),
        b14(m_storage), b15(m_tablespace);
    m_withoutRowid->setChecked(o.withoutRowid);
    m_strict->setChecked(o.strict);
    m_engine->setCurrentText(o.engine);
    m_charset->setCurrentText(o.charset);
    m_collation->setText(o.collation);
    m_rowFormat->setCurrentText(o.rowFormat);
    m_autoIncrement->setText(o.autoIncrementStart);
    m_otherOptions->setText(o.otherOptions);
    m_unlogged->setChecked(o.unlogged);
    m_partitionBy->setText(o.partitionBy);
    m_partitionOf->setCurrentIndex(
        qMax(0, m_partitionOf->findData(QVariant::fromValue(o.partitionOf))));
    m_partitionBound->setText(o.partitionBound);
    m_partitionBound->setEnabled(o.partitionOf != 0);
    QStringList parents;
    for (Id id : o.inherits) {
        if (const Table *parent = schema.table(id))
            parents << qualifiedName(*parent);
    }
    m_inherits->setText(parents.join(QStringLiteral(", ")));
    m_storage->setText(o.storageParameters);
    m_tablespace->setText(o.tablespace);

    // The dialect in play (the target, else the source) shows its group; any group holding a
    // value shows too, so that nothing the model keeps is hidden.
    Dialect dialect;
    const bool known = Dialects::fromId(schema.targetDialect, &dialect)
        || Dialects::fromId(schema.sourceDialect, &dialect);
    using F = DialectAdvice::OptionFamily;
    for (F family : {F::SQLite, F::MySql, F::PostgreSql}) {
        QGroupBox *box = group(family);
        const bool holdsValues = !isDefault(o, family);
        box->setVisible(!known || DialectAdvice::belongsTo(dialect, family) || holdsValues);
        const QString reason
            = holdsValues ? DialectAdvice::optionsReason(schema, family) : QString();
        QLabel *advice = family == F::SQLite ? m_sqliteAdvice
            : family == F::MySql             ? m_mysqlAdvice
                                             : m_postgresAdvice;
        advice->setText(DialectAdvice::marked(reason));
        advice->setVisible(!reason.isEmpty());
    }
}

bool TableOptionsEditor::readInherits(QVector<Id> *ids)
{
    const Schema &schema = m_document->schema();
    QStringList unknown;
    ids->clear();
    for (const QString &part : m_inherits->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const Table *parent = findTable(schema, name);
        if (!parent || parent->id == m_tableId) {
            unknown << name;
            continue;
        }
        if (!ids->contains(parent->id))
            *ids << parent->id;
    }
    if (unknown.isEmpty())
        return true;
    m_message->setText(
        tr("Inherits: no other table is called %1.").arg(unknown.join(QStringLiteral(", "))));
    m_message->show();
    return false;
}

void TableOptionsEditor::commit()
{
    const Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    m_message->hide();
    Table after = *table;
    TableOptions &o = after.options;
    o.withoutRowid = m_withoutRowid->isChecked();
    o.strict = m_strict->isChecked();
    o.engine = typedOr(m_engine->currentText(), o.engine);
    o.charset = typedOr(m_charset->currentText(), o.charset);
    o.collation = typedOr(m_collation->text(), o.collation);
    o.rowFormat = typedOr(m_rowFormat->currentText(), o.rowFormat);
    o.autoIncrementStart = typedOr(m_autoIncrement->text(), o.autoIncrementStart);
    o.otherOptions = typedOr(m_otherOptions->text(), o.otherOptions);
    o.unlogged = m_unlogged->isChecked();
    o.partitionBy = typedOr(m_partitionBy->text(), o.partitionBy);
    o.partitionOf = m_partitionOf->currentData().value<Id>();
    o.partitionBound
        = o.partitionOf ? typedOr(m_partitionBound->text(), o.partitionBound) : QString();
    QVector<Id> inherits;
    if (readInherits(&inherits))
        o.inherits = inherits;
    o.storageParameters = typedOr(m_storage->text(), o.storageParameters);
    o.tablespace = typedOr(m_tablespace->text(), o.tablespace);
    if (after.options != table->options)
        m_document->undoStack()->push(
            new EditTableCommand(m_document, after, EditTableCommand::Property::Options));
}
