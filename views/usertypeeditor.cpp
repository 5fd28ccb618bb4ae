#include "usertypeeditor.h"

#include "checkconstraintdialog.h"
#include "document.h"
#include "returnkeycatcher.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Page { NonePage, EnumPage, DomainPage, OtherPage };

QString kindText(UserType::Kind kind)
{
    switch (kind) {
    case UserType::Kind::Enum:
        return UserTypeEditor::tr("enum");
    case UserType::Kind::Domain:
        return UserTypeEditor::tr("domain");
    case UserType::Kind::Other:
        break;
    }
    return UserTypeEditor::tr("other type");
}
} // namespace

UserTypeEditor::UserTypeEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_types(document->schema().userTypes)
    , m_list(new QListWidget(this))
    , m_addEnum(new QPushButton(tr("Add Enum"), this))
    , m_addDomain(new QPushButton(tr("Add Domain"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_name(new QLineEdit(this))
    , m_kind(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_definition(new QPlainTextEdit(this))
{
    auto left = new QVBoxLayout;
    left->addWidget(m_list);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_addEnum);
    buttons->addWidget(m_addDomain);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);

    auto right = new QVBoxLayout;
    auto head = new QFormLayout;
    head->addRow(tr("Name:"), m_name);
    head->addRow(tr("Kind:"), m_kind);
    right->addLayout(head);
    auto hint
        = new QLabel(tr("Add an enum type or a domain, or choose a type in the list."), m_pages);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(hint);
    m_pages->addWidget(makeEnumPage());
    m_pages->addWidget(makeDomainPage());
    m_definition->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_definition->setToolTip(tr("Everything after the type's name, as written, e.g. AS (x "
                                "integer, y integer)"));
    m_pages->addWidget(m_definition);
    right->addWidget(m_pages, 1);
    // The domain's fields line up with Name and Kind above them, though in another form.
    QList<QWidget *> labels{head->labelForField(m_name), head->labelForField(m_kind)};
    auto domainForm = qobject_cast<QFormLayout *>(m_baseType->parentWidget()->layout());
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_baseType, m_collation, m_default, m_checks})
        labels << domainForm->labelForField(field);
    int labelWidth = 0;
    for (QWidget *label : labels)
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QWidget *label : labels)
        label->setMinimumWidth(labelWidth);

    auto layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    for (int row = 0; row < m_types.size(); ++row) {
        new QListWidgetItem(m_list);
        refreshListText(row);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &UserTypeEditor::showCurrent);
    connect(m_addEnum, &QPushButton::clicked, this, [this] { addType(UserType::Kind::Enum); });
    connect(m_addDomain, &QPushButton::clicked, this, [this] { addType(UserType::Kind::Domain); });
    connect(m_remove, &QPushButton::clicked, this, &UserTypeEditor::removeCurrent);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (UserType *type = current()) {
            type->name = text.trimmed();
            refreshListText(m_list->currentRow());
        }
    });
    connect(m_definition, &QPlainTextEdit::textChanged, this, [this] {
        if (UserType *type = current(); type && type->kind == UserType::Kind::Other)
            type->definition = m_definition->toPlainText();
    });
    m_list->setCurrentRow(m_types.isEmpty() ? -1 : 0);
    showCurrent();
}

QWidget *UserTypeEditor::makeEnumPage()
{
    auto page = new QWidget(m_pages);
    m_values = new QListWidget(page);
    m_valueInput = new QLineEdit(page);
    m_addValue = new QPushButton(tr("Add Value"), page);
    m_removeValue = new QPushButton(tr("Remove Value"), page);
    m_valueUp = new QPushButton(tr("Up"), page);
    m_valueDown = new QPushButton(tr("Down"), page);
    m_values->setToolTip(tr("In the order the type sorts them. Double-click a value to rename "
                            "it; values are kept exactly as typed, spaces included."));
    m_valueInput->setPlaceholderText(tr("a new value"));
    auto grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Values, in order:"), page), 0, 0, 1, 2);
    grid->addWidget(m_values, 1, 0);
    auto side = new QVBoxLayout;
    side->addWidget(m_valueUp);
    side->addWidget(m_valueDown);
    side->addWidget(m_removeValue);
    side->addStretch();
    grid->addLayout(side, 1, 1);
    grid->addWidget(m_valueInput, 2, 0);
    grid->addWidget(m_addValue, 2, 1);
    connect(m_addValue, &QPushButton::clicked, this, &UserTypeEditor::addValue);
    ReturnKeyCatcher::install(m_valueInput, [this] { addValue(); });
    connect(m_removeValue, &QPushButton::clicked, this, [this] {
        delete m_values->currentItem();
        storeValues();
    });
    connect(m_valueUp, &QPushButton::clicked, this, [this] { moveValue(-1); });
    connect(m_valueDown, &QPushButton::clicked, this, [this] { moveValue(1); });
    connect(m_values, &QListWidget::itemChanged, this, &UserTypeEditor::storeValues);
    return page;
}

QWidget *UserTypeEditor::makeDomainPage()
{
    auto page = new QWidget(m_pages);
    m_baseType = new QLineEdit(page);
    m_collation = new QLineEdit(page);
    m_default = new QLineEdit(page);
    m_notNull = new QCheckBox(tr("NOT NULL"), page);
    m_checks = new QTableWidget(0, 2, page);
    m_addCheck = new QPushButton(tr("Add CHECK"), page);
    m_removeCheck = new QPushButton(tr("Remove CHECK"), page);
    m_baseType->setPlaceholderText(tr("e.g. integer, character varying(40)"));
    m_collation->setPlaceholderText(tr("the base type's"));
    m_default->setPlaceholderText(tr("none"));
    m_checks->setHorizontalHeaderLabels({tr("Name"), tr("Condition on VALUE")});
    m_checks->horizontalHeader()->setStretchLastSection(true);
    m_checks->verticalHeader()->hide();
    m_checks->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Base type:"), m_baseType);
    form->addRow(tr("Collation:"), m_collation);
    form->addRow(tr("Default:"), m_default);
    form->addRow(QString(), m_notNull);
    form->addRow(tr("CHECK constraints:"), m_checks);
    auto checkButtons = new QHBoxLayout;
    checkButtons->addWidget(m_addCheck);
    checkButtons->addWidget(m_removeCheck);
    checkButtons->addStretch();
    form->addRow(QString(), checkButtons);

    auto store = [this](auto apply) {
        if (UserType *type = current(); type && type->kind == UserType::Kind::Domain)
            apply(type);
    };
    connect(m_baseType, &QLineEdit::textEdited, this, [store](const QString &t) {
        store([&](UserType *type) { type->baseType = t.trimmed(); });
    });
    connect(m_collation, &QLineEdit::textEdited, this, [store](const QString &t) {
        store([&](UserType *type) { type->collation = t.trimmed(); });
    });
    connect(m_default, &QLineEdit::textEdited, this, [store](const QString &t) {
        store([&](UserType *type) { type->defaultValue = t.trimmed(); });
    });
    connect(m_notNull, &QCheckBox::toggled, this,
            [store](bool on) { store([&](UserType *type) { type->notNull = on; }); });
    connect(m_checks, &QTableWidget::itemChanged, this, &UserTypeEditor::storeChecks);
    connect(m_addCheck, &QPushButton::clicked, this, [this] {
        const int row = m_checks->rowCount();
        {
            const QSignalBlocker blocker(m_checks);
            m_checks->insertRow(row);
            m_checks->setItem(row, 0, new QTableWidgetItem);
            m_checks->setItem(row, 1, new QTableWidgetItem);
        }
        storeChecks();
        m_checks->setCurrentCell(row, 1);
        m_checks->editItem(m_checks->item(row, 1));
    });
    connect(m_removeCheck, &QPushButton::clicked, this, [this] {
        if (m_checks->currentRow() >= 0) {
            m_checks->removeRow(m_checks->currentRow());
            storeChecks();
        }
    });
    return page;
}

UserType *UserTypeEditor::current()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_types.size() ? &m_types[row] : nullptr;
}

void UserTypeEditor::refreshListText(int row)
{
    if (row < 0 || row >= m_types.size() || !m_list->item(row))
        return;
    const UserType &type = m_types.at(row);
    m_list->item(row)->setText(QStringLiteral("%1 (%2)").arg(type.name, kindText(type.kind)));
}

void UserTypeEditor::addType(UserType::Kind kind)
{
    UserType type;
    type.id = m_document->allocateId();
    type.kind = kind;
    const QString stem
        = kind == UserType::Kind::Enum ? QStringLiteral("new_enum") : QStringLiteral("new_domain");
    type.name = stem;
    // A free name, so that adding twice in a row is not refused at once.
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(m_types.cbegin(), m_types.cend(), [&](const UserType &t) {
            return t.name.compare(type.name, Qt::CaseInsensitive) == 0;
        });
        if (!taken)
            break;
        type.name = stem + QLatin1Char('_') + QString::number(n);
    }
    if (kind == UserType::Kind::Domain)
        type.baseType = QStringLiteral("text");
    m_types << type;
    new QListWidgetItem(m_list);
    refreshListText(int(m_types.size()) - 1);
    m_list->setCurrentRow(int(m_types.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void UserTypeEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_types.size())
        return;
    m_types.removeAt(row);
    delete m_list->takeItem(row);
    showCurrent();
}

void UserTypeEditor::showCurrent()
{
    const UserType *type = current();
    const QSignalBlocker b1(m_name), b2(m_values), b3(m_baseType), b4(m_collation), b5(m_default),
        b6(m_notNull), b7(m_checks), b8(m_definition);
    m_name->setEnabled(type);
    m_remove->setEnabled(type);
    m_name->setText(type ? type->name : QString());
    m_kind->setText(type ? kindText(type->kind) : QString());
    if (!type) {
        m_pages->setCurrentIndex(NonePage);
        return;
    }
    switch (type->kind) {
    case UserType::Kind::Enum:
        m_pages->setCurrentIndex(EnumPage);
        m_values->clear();
        for (const QString &value : type->values) {
            auto item = new QListWidgetItem(value, m_values);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        break;
    case UserType::Kind::Domain:
        m_pages->setCurrentIndex(DomainPage);
        m_baseType->setText(type->baseType);
        m_collation->setText(type->collation);
        m_default->setText(type->defaultValue);
        m_notNull->setChecked(type->notNull);
        m_checks->setRowCount(int(type->checks.size()));
        for (int row = 0; row < type->checks.size(); ++row) {
            m_checks->setItem(row, 0, new QTableWidgetItem(type->checks.at(row).name));
            m_checks->setItem(row, 1, new QTableWidgetItem(type->checks.at(row).expression));
        }
        break;
    case UserType::Kind::Other:
        m_pages->setCurrentIndex(OtherPage);
        m_definition->setPlainText(type->definition);
        break;
    }
}

void UserTypeEditor::storeValues()
{
    UserType *type = current();
    if (!type || type->kind != UserType::Kind::Enum)
        return;
    type->values.clear();
    for (int row = 0; row < m_values->count(); ++row)
        type->values << m_values->item(row)->text();
}

void UserTypeEditor::storeChecks()
{
    UserType *type = current();
    if (!type || type->kind != UserType::Kind::Domain)
        return;
    type->checks.clear();
    for (int row = 0; row < m_checks->rowCount(); ++row) {
        CheckConstraint check;
        if (const QTableWidgetItem *name = m_checks->item(row, 0))
            check.name = name->text().trimmed();
        if (const QTableWidgetItem *expression = m_checks->item(row, 1))
            check.expression = CheckConstraintDialog::expressionOf(expression->text());
        type->checks << check;
    }
}

void UserTypeEditor::addValue()
{
    // Exactly as typed: an enum value with spaces around it is another value.
    const QString value = m_valueInput->text();
    if (value.isEmpty() || !current())
        return;
    auto item = new QListWidgetItem(value, m_values);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_values->setCurrentItem(item);
    m_valueInput->clear();
    storeValues();
}

void UserTypeEditor::moveValue(int delta)
{
    const int row = m_values->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_values->count())
        return;
    const QSignalBlocker blocker(m_values);
    QListWidgetItem *item = m_values->takeItem(row);
    m_values->insertItem(to, item);
    m_values->setCurrentRow(to);
    storeValues();
}
