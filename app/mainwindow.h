#pragma once

#include <QMainWindow>

class Document;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens `path`, or the bundled shop sample when empty. Shows the reason and returns false
    // when the file cannot be read.
    bool openInitialFile(const QString &path);

private:
    void updateTitle();

    Document *m_document;
    QString m_path;
};
