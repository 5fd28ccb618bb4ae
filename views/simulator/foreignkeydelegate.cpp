#include "foreignkeydelegate.h"

#include "samplevaluetext.h"
#include "schema.h"
#include "simulator/scratchdatabase.h"

#include <QComboBox>
#include <QPalette>
#include <QSqlQuery>

ForeignKeyDelegate::ForeignKeyDelegate(const Schema &schema, ScratchDatabase *db, Id keyId,
                                       QObject *parent)
    : QStyledItemDelegate(parent)
    , m_schema(schema)
    , m_db(db)
    , m_key(keyId)
{
}

QStringList ForeignKeyDelegate::parentKeys() const
{
    const ForeignKey *key = m_schema.foreignKey(m_key);
    if (!key || key->parentColumns.size() != 1)
        return {};
    const Table *parent = m_schema.table(key->parentTable);
    const Column *column = m_schema.column(key->parentColumns.first());
    QSqlQuery query(m_db->database());
    query.prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY 1 "
                       "LIMIT ?")
            .arg(ScratchDatabase::quote(column->name), ScratchDatabase::quote(parent->name)));
    query.addBindValue(MaxChoices);
    QStringList keys;
    if (query.exec()) {
        while (query.next())
            keys.append(query.value(0).toString());
    }
    return keys;
}

QWidget *ForeignKeyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItem(QString()); // NULL
    combo->addItems(parentKeys());
    combo->setToolTip(tr("Existing keys of the parent table; empty for NULL."));
    return combo;
}

void ForeignKeyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant value = index.data(Qt::EditRole);
    combo->setCurrentText(value.isNull() ? QString() : value.toString());
}

void ForeignKeyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    const QString text = static_cast<QComboBox *>(editor)->currentText();
    model->setData(index, text.isEmpty() ? QVariant() : QVariant(text), Qt::EditRole);
}

void ForeignKeyDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    // Shown like the other cells (SampleValueDelegate): NULL written out, in grey.
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(Qt::EditRole);
    const Column *column = m_schema.column(
        m_schema.foreignKey(m_key) ? m_schema.foreignKey(m_key)->childColumns.value(0) : 0);
    option->text = SampleValueText::display(value, column ? column->type : DataType());
    if (value.isNull())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}
