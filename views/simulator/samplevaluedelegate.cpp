#include "samplevaluedelegate.h"

#include "samplevaluetext.h"

#include <QPalette>

SampleValueDelegate::SampleValueDelegate(const QVector<DataType> &columnTypes, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_types(columnTypes)
{
}

QString SampleValueDelegate::text(const QModelIndex &index) const
{
    return SampleValueText::display(index.data(Qt::EditRole), m_types.value(index.column()));
}

void SampleValueDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(Qt::EditRole);
    option->text = text(index);
    if (value.isNull())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    const int id = value.typeId();
    if (id == QMetaType::Double || id == QMetaType::LongLong || id == QMetaType::Int)
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}
