#include "canvasarrangeactions.h"

#include "document.h"
#include "documentcontroller.h"
#include "notationcommand.h"
#include "schemascene.h"
#include "selection.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace {
const char *const SnapKey = "canvas/snapToGrid";
}

CanvasArrangeActions::CanvasArrangeActions(DocumentController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_snap(new QAction(tr("S&nap to Grid"), this))
    , m_notations(new QActionGroup(this))
{
    SchemaScene *scene = controller->scene();
    m_snap->setCheckable(true);
    m_snap->setChecked(QSettings().value(QLatin1String(SnapKey), false).toBool());
    m_snap->setToolTip(tr("Dragged tables land on the canvas grid"));
    scene->setSnapToGrid(m_snap->isChecked());
    connect(m_snap, &QAction::toggled, this, [scene](bool on) {
        scene->setSnapToGrid(on);
        QSettings().setValue(QLatin1String(SnapKey), on);
    });

    for (TableAlignment::Mode mode : TableAlignment::all()) {
        auto *action = new QAction(TableAlignment::displayName(mode), this);
        connect(action, &QAction::triggered, this, [this, mode] {
            TableAlignment::apply(m_controller->scene(), selectedTables(), mode);
        });
        m_align.insert(int(mode), action);
    }

    for (Notation notation : Notations::all()) {
        auto *action = m_notations->addAction(Notations::displayName(notation));
        action->setCheckable(true);
        action->setData(int(notation));
        connect(action, &QAction::triggered, this, [this, notation] {
            SchemaScene *scene = m_controller->scene();
            if (scene->notation() != notation)
                m_controller->document()->undoStack()->push(new NotationCommand(scene, notation));
        });
    }
    connect(scene, &SchemaScene::notationChanged, this, &CanvasArrangeActions::updateNotation);
    connect(controller->selection(), &Selection::changed, this,
            &CanvasArrangeActions::updateEnabled);
    updateEnabled();
    updateNotation();
}

void CanvasArrangeActions::addAlignMenu(QMenu *menu)
{
    QMenu *align = menu->addMenu(tr("A&lign Tables"));
    for (TableAlignment::Mode mode : TableAlignment::all()) {
        if (mode == TableAlignment::Mode::Top
            || mode == TableAlignment::Mode::DistributeHorizontally)
            align->addSeparator();
        align->addAction(action(mode));
    }
}

void CanvasArrangeActions::addNotationMenu(QMenu *menu)
{
    QMenu *notation = menu->addMenu(tr("Key &Notation"));
    notation->addActions(m_notations->actions());
}

QVector<Id> CanvasArrangeActions::selectedTables() const
{
    const Schema &schema = m_controller->document()->schema();
    QVector<Id> tables;
    for (Id id : m_controller->selection()->ids()) {
        if (schema.table(id))
            tables << id;
    }
    return tables;
}

void CanvasArrangeActions::updateEnabled()
{
    const int count = int(selectedTables().size());
    for (auto it = m_align.cbegin(); it != m_align.cend(); ++it)
        it.value()->setEnabled(count
                               >= TableAlignment::minimumTables(TableAlignment::Mode(it.key())));
}

void CanvasArrangeActions::updateNotation()
{
    const int current = int(m_controller->scene()->notation());
    for (QAction *action : m_notations->actions())
        action->setChecked(action->data().toInt() == current);
}
