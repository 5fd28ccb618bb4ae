#pragma once

#include <QObject>

class DocumentController;
class QAction;
class QMenu;
class QWidget;

// The Schema menu: the schema-level objects that have no place on the canvas (Types and
// Sequences…, which opens SchemaObjectsDialog on the current document).
class SchemaMenu : public QObject
{
    Q_OBJECT
public:
    SchemaMenu(QWidget *window, DocumentController *controller, QMenu *menu);

    QAction *typesAndSequences() const { return m_typesAndSequences; }
    void showTypesAndSequences();

private:
    QWidget *m_window;
    DocumentController *m_controller;
    QAction *m_typesAndSequences;
};
