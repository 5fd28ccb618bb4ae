#pragma once

#include <QDialog>

// View › Arrow legend: what each ON DELETE / ON UPDATE glyph on an arrow means.
class LegendDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LegendDialog(QWidget *parent = nullptr);
};
