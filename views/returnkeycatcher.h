#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Return in a dialog's line edit presses the dialog's default button (OK). Where Return means
// "add what I typed" (an enum value, an extension, an index expression), this filter runs that
// action instead and keeps the key from the dialog.
class ReturnKeyCatcher : public QObject
{
    Q_OBJECT
public:
    // The catcher lives as long as `field`.
    static void install(QWidget *field, std::function<void()> action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReturnKeyCatcher(QWidget *field, std::function<void()> action);
    std::function<void()> m_action;
};
