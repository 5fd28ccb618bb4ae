#include "firstframegate.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstFrameGate::FirstFrameGate(QWidget *widget, std::function<void()> then)
    : QObject(widget)
    , m_widget(widget)
    , m_then(std::move(then))
{
}

void FirstFrameGate::afterFirstPaint(QWidget *widget, std::function<void()> then)
{
    widget->installEventFilter(new FirstFrameGate(widget, std::move(then)));
}

bool FirstFrameGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint) {
        m_widget->removeEventFilter(this);
        // After this paint has been handled and the frame flushed.
        QTimer::singleShot(0, this, [this] {
            m_then();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}
