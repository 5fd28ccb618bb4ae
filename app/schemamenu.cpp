#include "schemamenu.h"

#include "documentcontroller.h"
#include "schemaobjectsdialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

SchemaMenu::SchemaMenu(QWidget *window, DocumentController *controller, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
{
    m_typesAndSequences
        = menu->addAction(tr("&Types and Sequences…"), this, &SchemaMenu::showTypesAndSequences);
    m_typesAndSequences->setToolTip(
        tr("Enum types, domains, sequences and extensions of the schema"));
}

void SchemaMenu::showTypesAndSequences()
{
    // Window-modal and non-blocking, like the panels' dialogs: it pushes its own command.
    auto dialog = new SchemaObjectsDialog(m_controller->document(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
