#pragma once

#include <QObject>
#include <QString>

class QMenu;

// File › Open Recent: the last files opened or saved, kept in the settings.
class RecentFilesMenu : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaximumFiles = 8;

    explicit RecentFilesMenu(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    void rebuild();

signals:
    void fileRequested(const QString &path);

private:
    QMenu *m_menu;
};
