#include "helpmenu.h"

#include "gettingstarteddialog.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

HelpMenu::HelpMenu(QMainWindow *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
{
    m_gettingStarted
        = menu->addAction(QIcon(QStringLiteral(":/icons/info.svg")), tr("&Getting Started…"), this,
                          &HelpMenu::showGettingStarted);
    m_gettingStarted->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = menu->addAction(tr("&Keyboard Shortcuts…"), this, &HelpMenu::showShortcuts);
    menu->addSeparator();
    m_about = menu->addAction(QIcon(QStringLiteral(":/icons/joinery.svg")), tr("&About Joinery…"),
                              this, &HelpMenu::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menu->addAction(tr("About &Qt…"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void HelpMenu::showAbout()
{
    QMessageBox::about(
        m_window, tr("About Joinery"),
        tr("<h3>Joinery %1</h3>"
           "<p>Design relational schemas visually: tables and foreign keys on a canvas, ON "
           "DELETE and ON UPDATE per key, DDL for SQLite, PostgreSQL, MySQL, MariaDB, SQL "
           "Server and Drizzle ORM, and a simulation of what a DELETE or UPDATE really does, "
           "run on a scratch SQLite database.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())));
}

void HelpMenu::showShortcuts()
{
    QList<QMenu *> menus;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu())
            menus << action->menu();
    }
    ShortcutsDialog dialog(menus, m_window);
    dialog.exec();
}

void HelpMenu::showGettingStarted()
{
    GettingStartedDialog dialog(m_window);
    connect(&dialog, &GettingStartedDialog::sampleRequested, this, &HelpMenu::sampleRequested);
    dialog.exec();
}
