#include "recentfilesmenu.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace {
const char *const RecentFilesKey = "recentFiles";
}

RecentFilesMenu::RecentFilesMenu(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuild();
}

void RecentFilesMenu::add(const QString &path)
{
    if (path.isEmpty())
        return;
    QSettings settings;
    QStringList files = settings.value(QLatin1String(RecentFilesKey)).toStringList();
    files.removeAll(path);
    files.prepend(path);
    settings.setValue(QLatin1String(RecentFilesKey), files.mid(0, MaximumFiles));
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    m_menu->clear();
    const QStringList files = QSettings().value(QLatin1String(RecentFilesKey)).toStringList();
    for (const QString &file : files) {
        QAction *action = m_menu->addAction(QFileInfo(file).fileName());
        action->setToolTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit fileRequested(file); });
    }
    m_menu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_menu->addSeparator();
        // In the main window's context, where the text lived (and was translated) first.
        m_menu->addAction(QCoreApplication::translate("MainWindow", "Clear list"), this, [this] {
            QSettings().remove(QLatin1String(RecentFilesKey));
            rebuild();
        });
    }
}
