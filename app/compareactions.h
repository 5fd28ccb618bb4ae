#pragma once

#include <QObject>

class DocumentController;
class MigrationDock;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

// File › Compare with… and Compare with Server…: read the other version of the schema (a
// .joinery file, a SQL script, a SQLite database, or a live server through the import dialog)
// and show the Migration dock with the document as the new side. The dock is made here, hidden
// until the first comparison.
class CompareActions : public QObject
{
    Q_OBJECT
public:
    CompareActions(QMainWindow *window, DocumentController *controller);

    QAction *compareWithFile() const { return m_compareFile; }
    QAction *compareWithServer() const { return m_compareServer; }
    QDockWidget *dock() const { return m_dock; }
    MigrationDock *migrationDock() const { return m_migration; }

    // Reads `path` as the other side and shows the dock; the reason when it cannot (empty when
    // the user cancelled the reading).
    bool compareWith(const QString &path, QString *error);

private:
    void chooseFile();
    void chooseServer();
    void showDock();

    QMainWindow *m_window;
    DocumentController *m_controller;
    QAction *m_compareFile;
    QAction *m_compareServer;
    QDockWidget *m_dock;
    MigrationDock *m_migration;
};
