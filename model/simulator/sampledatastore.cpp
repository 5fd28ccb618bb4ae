#include "sampledatastore.h"

SampleDataStore::SampleDataStore(QObject *parent)
    : QObject(parent)
{
}

void SampleDataStore::setData(const SampleData &data)
{
    if (data == m_data)
        return;
    m_data = data;
    emit changed();
}
