#pragma once

#include "datatype.h"

#include <QStyledItemDelegate>
#include <QVector>

// The data grid's cells as SampleValueText writes them, by the column's declared type; NULL in
// grey. Editing goes through the base delegate (the raw value).
class SampleValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SampleValueDelegate(const QVector<DataType> &columnTypes, QObject *parent = nullptr);

    // What a cell shows.
    QString text(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QVector<DataType> m_types;
};
