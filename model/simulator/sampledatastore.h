#pragma once

#include "sampledata.h"

#include <QObject>

// The sample data of one document, next to it (the Document itself knows nothing of it). Only
// EditSampleDataCommand changes it, so every change is on the document's undo stack.
class SampleDataStore : public QObject
{
    Q_OBJECT
public:
    explicit SampleDataStore(QObject *parent = nullptr);

    const SampleData &data() const { return m_data; }
    // For commands, and for opening a file (which also clears the undo stack).
    void setData(const SampleData &data);

signals:
    void changed();

private:
    SampleData m_data;
};
