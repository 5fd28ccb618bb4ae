#include "canvascontextmenu.h"

#include "canvasstyle.h"
#include "commands/editcolumncommand.h"
#include "commands/editforeignkeycommand.h"
#include "document.h"
#include "schemascene.h"
#include "schemaview.h"
#include "subjectareaactions.h"

#include <QMenu>

namespace {
void addActionMenu(QMenu *menu, const QString &title, Document *document, Id keyId, bool onDelete)
{
    QMenu *sub = menu->addMenu(title);
    const ForeignKey *key = document->schema().foreignKey(keyId);
    const ReferentialAction current = onDelete ? key->onDelete : key->onUpdate;
    for (ReferentialAction action : CanvasStyle::allActions()) {
        QAction *a = sub->addAction(CanvasStyle::actionIcon(action), CanvasStyle::actionName(action));
        a->setCheckable(true);
        a->setChecked(action == current);
        a->setToolTip(CanvasStyle::actionExplanation(action));
        QObject::connect(a, &QAction::triggered, document, [document, keyId, onDelete, action] {
            const ForeignKey *key = document->schema().foreignKey(keyId);
            if (!key)
                return;
            ForeignKey after = *key;
            (onDelete ? after.onDelete : after.onUpdate) = action;
            if (after != *key)
                document->undoStack()->push(new EditForeignKeyCommand(
                    document, after,
                    onDelete ? EditForeignKeyCommand::Property::OnDelete
                             : EditForeignKeyCommand::Property::OnUpdate));
        });
    }
    sub->setToolTipsVisible(true);
}
} // namespace

void CanvasContextMenu::exec(Document *document, SchemaScene *scene, SchemaView *view,
                             const Actions &actions, Id objectId, const QPoint &screenPos,
                             const QPointF &scenePos)
{
    const Schema &schema = document->schema();
    QMenu menu;
    if (const Table *table = schema.table(objectId)) {
        menu.addAction(CanvasContextMenu::tr("Rename"), view, [view, objectId] { view->startRename(objectId); });
        // Selects the new column and opens its name for typing, as Insert does.
        QAction *add = menu.addAction(QIcon(QStringLiteral(":/icons/column.svg")),
                                      CanvasContextMenu::tr("Add Column"), scene,
                                      [scene, objectId] { scene->addColumn(objectId); });
        add->setShortcut(QKeySequence(Qt::Key_Insert));
        Q_UNUSED(table)
        menu.addActions({actions.focus, actions.zoomToSelection});
        menu.addSeparator();
        actions.subjectAreas->addSelectionEntries(&menu);
        menu.addSeparator();
        menu.addActions({actions.cut, actions.copy, actions.duplicate, actions.remove});
    } else if (const Column *column = schema.column(objectId)) {
        const Id tableId = schema.tableOfColumn(objectId);
        menu.addAction(CanvasContextMenu::tr("Rename Column"), view, [view, objectId] { view->startRename(objectId); });
        QAction *insert
            = menu.addAction(QIcon(QStringLiteral(":/icons/column.svg")),
                             CanvasContextMenu::tr("Insert Column After"), scene,
                             [scene, document, tableId, objectId] {
                                 const Table *t = document->schema().table(tableId);
                                 if (t)
                                     scene->addColumn(tableId, t->columnIndex(objectId) + 1);
                             });
        insert->setShortcut(QKeySequence(Qt::Key_Insert));
        const bool nullable = column->nullable;
        menu.addAction(nullable ? CanvasContextMenu::tr("Make NOT NULL") : CanvasContextMenu::tr("Make Nullable"),
                       document, [document, tableId, objectId, nullable] {
                           const Column *c = document->schema().column(objectId);
                           if (!c)
                               return;
                           Column after = *c;
                           after.nullable = !nullable;
                           document->undoStack()->push(new EditColumnCommand(
                               document, tableId, after, EditColumnCommand::Property::Nullable));
                       });
        menu.addSeparator();
        QAction *remove = menu.addAction(QIcon(QStringLiteral(":/icons/delete.svg")),
                                         CanvasContextMenu::tr("Delete Column"));
        QObject::connect(remove, &QAction::triggered, actions.remove, &QAction::trigger);
    } else if (schema.foreignKey(objectId)) {
        addActionMenu(&menu, CanvasContextMenu::tr("ON DELETE"), document, objectId, true);
        addActionMenu(&menu, CanvasContextMenu::tr("ON UPDATE"), document, objectId, false);
        menu.addSeparator();
        menu.addAction(actions.legend);
        QAction *remove = menu.addAction(QIcon(QStringLiteral(":/icons/delete.svg")),
                                         CanvasContextMenu::tr("Delete Foreign Key"));
        QObject::connect(remove, &QAction::triggered, actions.remove, &QAction::trigger);
    } else if (schema.subjectArea(objectId)) {
        actions.subjectAreas->addAreaEntries(&menu, objectId);
    } else {
        menu.addAction(QIcon(QStringLiteral(":/icons/tool-table.svg")), CanvasContextMenu::tr("New Table Here"),
                       scene, [scene, scenePos] { scene->createTableAt(scenePos); });
        menu.addActions({actions.paste, actions.selectAll});
        menu.addSeparator();
        menu.addActions({actions.fit, actions.legend});
    }
    menu.exec(screenPos);
}
