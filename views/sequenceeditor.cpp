#include "sequenceeditor.h"

#include "document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

SequenceEditor::SequenceEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_sequences(document->schema().sequences)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add Sequence"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_fields(new QWidget(this))
{
    m_name = new QLineEdit(m_fields);
    m_dataType = new QComboBox(m_fields);
    m_start = new QLineEdit(m_fields);
    m_increment = new QLineEdit(m_fields);
    m_min = new QLineEdit(m_fields);
    m_max = new QLineEdit(m_fields);
    m_cache = new QLineEdit(m_fields);
    m_cycle = new QCheckBox(tr("Start over after the last value (CYCLE)"), m_fields);
    m_ownedBy = new QComboBox(m_fields);

    m_dataType->addItem(tr("(engine default: bigint)"), QString());
    for (const char *type : {"smallint", "integer", "bigint"})
        m_dataType->addItem(QLatin1String(type), QLatin1String(type));
    // Whole numbers of any size: bigint bounds do not fit an int validator.
    auto integer
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[-+]?[0-9]*")), this);
    for (QLineEdit *edit : {m_start, m_increment, m_min, m_max, m_cache}) {
        edit->setValidator(integer);
        edit->setPlaceholderText(tr("engine default"));
    }
    m_ownedBy->addItem(tr("(none)"), QVariant::fromValue(Id(0)));
    const Schema &schema = document->schema();
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        for (const Column &c : table.columns)
            m_ownedBy->addItem(table.name + QLatin1Char('.') + c.name, QVariant::fromValue(c.id));
    }
    m_ownedBy->setToolTip(tr("Dropping that column drops the sequence too (OWNED BY)."));

    auto form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Data type:"), m_dataType);
    form->addRow(tr("Start:"), m_start);
    form->addRow(tr("Increment:"), m_increment);
    form->addRow(tr("Minimum:"), m_min);
    form->addRow(tr("Maximum:"), m_max);
    form->addRow(tr("Cache:"), m_cache);
    form->addRow(QString(), m_cycle);
    form->addRow(tr("Owned by:"), m_ownedBy);

    auto left = new QVBoxLayout;
    left->addWidget(m_list);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    auto layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    auto right = new QVBoxLayout;
    right->addWidget(m_fields);
    right->addStretch();
    layout->addLayout(right, 3);

    for (const Sequence &sequence : m_sequences)
        new QListWidgetItem(sequence.name, m_list);

    connect(m_list, &QListWidget::currentRowChanged, this, &SequenceEditor::showCurrent);
    connect(m_add, &QPushButton::clicked, this, &SequenceEditor::addSequence);
    connect(m_remove, &QPushButton::clicked, this, &SequenceEditor::removeCurrent);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (Sequence *s = current()) {
            s->name = text.trimmed();
            m_list->currentItem()->setText(s->name);
        }
    });
    auto number = [this](QLineEdit *edit, QString Sequence::*field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            if (Sequence *s = current())
                s->*field = text.trimmed();
        });
    };
    number(m_start, &Sequence::start);
    number(m_increment, &Sequence::increment);
    number(m_min, &Sequence::minValue);
    number(m_max, &Sequence::maxValue);
    number(m_cache, &Sequence::cache);
    connect(m_dataType, &QComboBox::currentIndexChanged, this, [this] {
        if (Sequence *s = current())
            s->dataType = m_dataType->currentData().toString();
    });
    connect(m_cycle, &QCheckBox::toggled, this, [this](bool on) {
        if (Sequence *s = current())
            s->cycle = on;
    });
    connect(m_ownedBy, &QComboBox::currentIndexChanged, this, [this] {
        if (Sequence *s = current())
            s->ownedBy = m_ownedBy->currentData().value<Id>();
    });
    m_list->setCurrentRow(m_sequences.isEmpty() ? -1 : 0);
    showCurrent();
}

Sequence *SequenceEditor::current()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_sequences.size() ? &m_sequences[row] : nullptr;
}

void SequenceEditor::addSequence()
{
    Sequence sequence;
    sequence.id = m_document->allocateId();
    sequence.name = QStringLiteral("new_sequence");
    for (int n = 2;; ++n) {
        const bool taken
            = std::any_of(m_sequences.cbegin(), m_sequences.cend(), [&](const Sequence &s) {
                  return s.name.compare(sequence.name, Qt::CaseInsensitive) == 0;
              });
        if (!taken)
            break;
        sequence.name = QStringLiteral("new_sequence_%1").arg(n);
    }
    m_sequences << sequence;
    new QListWidgetItem(sequence.name, m_list);
    m_list->setCurrentRow(int(m_sequences.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void SequenceEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sequences.size())
        return;
    m_sequences.removeAt(row);
    delete m_list->takeItem(row);
    showCurrent();
}

void SequenceEditor::showCurrent()
{
    const Sequence *s = current();
    const QSignalBlocker b1(m_name), b2(m_dataType), b3(m_cycle), b4(m_ownedBy);
    m_fields->setEnabled(s);
    m_remove->setEnabled(s);
    const Sequence shown = s ? *s : Sequence();
    m_name->setText(shown.name);
    int type = m_dataType->findData(shown.dataType);
    if (type < 0) {
        // A type written otherwise ("int8", "bigint " …) is kept and offered as it is.
        m_dataType->addItem(shown.dataType, shown.dataType);
        type = m_dataType->count() - 1;
    }
    m_dataType->setCurrentIndex(type);
    m_start->setText(shown.start);
    m_increment->setText(shown.increment);
    m_min->setText(shown.minValue);
    m_max->setText(shown.maxValue);
    m_cache->setText(shown.cache);
    m_cycle->setChecked(shown.cycle);
    m_ownedBy->setCurrentIndex(qMax(0, m_ownedBy->findData(QVariant::fromValue(shown.ownedBy))));
}
