#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

// The Help menu: Getting Started (which can open the samples), Keyboard Shortcuts (read from
// the window's menus when shown, so it always matches them) and About.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    HelpMenu(QMainWindow *window, QMenu *menu);

    QAction *gettingStarted() const { return m_gettingStarted; }
    QAction *shortcuts() const { return m_shortcuts; }
    QAction *about() const { return m_about; }

    void showAbout();
    void showShortcuts();
    void showGettingStarted();

signals:
    void sampleRequested(const QString &path);

private:
    QMainWindow *m_window;
    QAction *m_gettingStarted;
    QAction *m_shortcuts;
    QAction *m_about;
};
