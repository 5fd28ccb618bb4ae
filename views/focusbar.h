#pragma once

#include <QWidget>

class FocusMode;
class QCheckBox;
class QLabel;
class QSpinBox;

// The strip above the canvas while Focus is on: which table, how many keys away, whether the
// rest is hidden or only dimmed, and Show All. Hidden when Focus is off.
class FocusBar : public QWidget
{
    Q_OBJECT
public:
    explicit FocusBar(FocusMode *focus, QWidget *parent = nullptr);

    QSpinBox *depthBox() const { return m_depth; }
    QCheckBox *hideBox() const { return m_hide; }

signals:
    // Show All was clicked (the window also fits the diagram to the view).
    void showAllRequested();

private:
    void sync();

    FocusMode *m_focus;
    QLabel *m_label;
    QLabel *m_depthLabel;
    QSpinBox *m_depth;
    QCheckBox *m_hide;
};
