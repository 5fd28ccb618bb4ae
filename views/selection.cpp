#include "selection.h"

Selection::Selection(QObject *parent)
    : QObject(parent)
{
}

void Selection::set(const QVector<Id> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    emit changed();
}
