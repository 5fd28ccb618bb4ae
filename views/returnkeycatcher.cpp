#include "returnkeycatcher.h"

#include <QKeyEvent>
#include <QWidget>

ReturnKeyCatcher::ReturnKeyCatcher(QWidget *field, std::function<void()> action)
    : QObject(field)
    , m_action(std::move(action))
{
    field->installEventFilter(this);
}

void ReturnKeyCatcher::install(QWidget *field, std::function<void()> action)
{
    new ReturnKeyCatcher(field, std::move(action));
}

bool ReturnKeyCatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_action();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
