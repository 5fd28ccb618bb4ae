#pragma once

#include <QDialog>

// Help › Getting Started: the five things to try first, and a button per bundled sample that
// opens it (sampleRequested()).
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

signals:
    void sampleRequested(const QString &path);
};
