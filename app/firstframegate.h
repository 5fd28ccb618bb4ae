#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs a function once, after a widget has painted for the first time (once the event loop is
// back from that paint): work that the first frame does not need waits for it.
class FirstFrameGate : public QObject
{
    Q_OBJECT
public:
    // The gate belongs to `widget`; if the widget never paints, `then` never runs.
    static void afterFirstPaint(QWidget *widget, std::function<void()> then);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstFrameGate(QWidget *widget, std::function<void()> then);

    QWidget *m_widget;
    std::function<void()> m_then;
};
