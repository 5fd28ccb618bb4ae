#include "subjectareaactions.h"

#include "commands/addsubjectareacommand.h"
#include "commands/editsubjectareacommand.h"
#include "commands/removesubjectareacommand.h"
#include "document.h"
#include "focusmode.h"
#include "layout/autolayout.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "subjectareaitem.h"
#include "subjectarealayer.h"
#include "viewnavigator.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}
} // namespace

SubjectAreaActions::SubjectAreaActions(SchemaView *view, FocusMode *focus, ViewNavigator *navigator,
                                       QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_scene(view->schemaScene())
    , m_focus(focus)
    , m_navigator(navigator)
{
}

Document *SubjectAreaActions::document() const
{
    return m_scene->document();
}

QVector<QPair<QColor, QString>> SubjectAreaActions::palette()
{
    return {{QColor(0x4a, 0x90, 0xd9), tr("Blue")},   {QColor(0x3f, 0xa3, 0x6b), tr("Green")},
            {QColor(0xe0, 0x8e, 0x2b), tr("Orange")}, {QColor(0xc2, 0x4d, 0x8a), tr("Magenta")},
            {QColor(0x8a, 0x6a, 0xc9), tr("Violet")}, {QColor(0x2b, 0xa6, 0xb0), tr("Teal")},
            {QColor(0xc9, 0x4a, 0x3d), tr("Red")},    {QColor(0x8c, 0x8c, 0x8c), tr("Grey")}};
}

QVector<Id> SubjectAreaActions::selectedTables() const
{
    const Schema &schema = document()->schema();
    QVector<Id> tables;
    for (Id id : m_scene->selection()->ids()) {
        if (schema.table(id) && !tables.contains(id))
            tables << id;
    }
    return tables;
}

void SubjectAreaActions::addSelectionEntries(QMenu *menu)
{
    const QVector<Id> tables = selectedTables();
    if (tables.isEmpty())
        return;
    const Schema &schema = document()->schema();
    QAction *create = menu->addAction(tr("New Subject Area from Selection"), this,
                                      [this] { createFromSelection(); });
    create->setObjectName(QStringLiteral("newSubjectArea"));
    QMenu *add = menu->addMenu(tr("Add to Subject Area"));
    add->setObjectName(QStringLiteral("addToSubjectArea"));
    QMenu *take = menu->addMenu(tr("Remove from Subject Area"));
    take->setObjectName(QStringLiteral("removeFromSubjectArea"));
    for (const SubjectArea &area : schema.subjectAreas) {
        const Id areaId = area.id;
        const QIcon icon
            = swatch(area.color.isValid() ? area.color : SubjectAreaItem::defaultColor());
        bool all = true;
        bool any = false;
        for (Id tableId : tables) {
            const bool in = area.tables.contains(tableId);
            all = all && in;
            any = any || in;
        }
        QAction *a
            = add->addAction(icon, area.name, this, [this, areaId] { addSelectionTo(areaId); });
        a->setEnabled(!all);
        if (any)
            take->addAction(icon, area.name, this, [this, areaId] { removeSelectionFrom(areaId); });
    }
    add->setEnabled(!add->isEmpty());
    if (add->isEmpty())
        add->menuAction()->setToolTip(tr("There is no subject area yet."));
    take->menuAction()->setVisible(!take->isEmpty());
}

void SubjectAreaActions::addAreaEntries(QMenu *menu, Id areaId)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    if (!area)
        return;
    menu->addSection(area->name);
    menu->addAction(tr("Select Its Tables"), this, [this, areaId] { selectTables(areaId); })
        ->setObjectName(QStringLiteral("selectAreaTables"));
    menu->addAction(tr("Open as Its Own View"), this, [this, areaId] { openAsView(areaId); })
        ->setObjectName(QStringLiteral("openAreaView"));
    QAction *arrangeAction
        = menu->addAction(tr("Arrange Its Tables"), this, [this, areaId] { arrange(areaId); });
    arrangeAction->setObjectName(QStringLiteral("arrangeArea"));
    arrangeAction->setEnabled(area->tables.size() > 1);
    menu->addAction(tr("Export Image…"), this,
                    [this, areaId] { emit exportImageRequested(areaId); })
        ->setObjectName(QStringLiteral("exportArea"));
    menu->addSeparator();
    menu->addAction(tr("Rename…"), this, [this, areaId] { startRename(areaId); })
        ->setObjectName(QStringLiteral("renameArea"));
    QMenu *colors = menu->addMenu(tr("Colour"));
    colors->setObjectName(QStringLiteral("areaColour"));
    for (const auto &[color, name] : palette()) {
        QAction *a = colors->addAction(swatch(color), name, this,
                                       [this, areaId, color = color] { setColor(areaId, color); });
        a->setCheckable(true);
        a->setChecked(area->color == color);
    }
    colors->addSeparator();
    colors->addAction(tr("Other…"), this, [this, areaId] { chooseColor(areaId); });
    menu->addSeparator();
    menu->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove Subject Area"), this,
                    [this, areaId] { remove(areaId); })
        ->setObjectName(QStringLiteral("removeArea"));
}

Id SubjectAreaActions::createFromSelection()
{
    const QVector<Id> tables = selectedTables();
    if (tables.isEmpty())
        return 0;
    const Schema &schema = document()->schema();
    SubjectArea area;
    area.tables = tables;
    for (int n = int(schema.subjectAreas.size()) + 1;; ++n) {
        area.name = tr("Subject Area %1").arg(n);
        const bool taken = std::any_of(schema.subjectAreas.cbegin(), schema.subjectAreas.cend(),
                                       [&](const SubjectArea &a) { return a.name == area.name; });
        if (!taken)
            break;
    }
    const auto colors = palette();
    area.color = colors.at(schema.subjectAreas.size() % colors.size()).first;
    auto command = new AddSubjectAreaCommand(document(), area);
    const Id id = command->areaId();
    document()->undoStack()->push(command);
    return id;
}

bool SubjectAreaActions::addSelectionTo(Id areaId)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    if (!area)
        return false;
    SubjectArea after = *area;
    for (Id tableId : selectedTables()) {
        if (!after.tables.contains(tableId))
            after.tables << tableId;
    }
    if (after == *area)
        return false;
    document()->undoStack()->push(new EditSubjectAreaCommand(document(), after));
    return true;
}

bool SubjectAreaActions::removeSelectionFrom(Id areaId)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    if (!area)
        return false;
    SubjectArea after = *area;
    for (Id tableId : selectedTables())
        after.tables.removeAll(tableId);
    if (after == *area)
        return false;
    document()->undoStack()->push(new EditSubjectAreaCommand(document(), after));
    return true;
}

bool SubjectAreaActions::rename(Id areaId, const QString &name)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    const QString trimmed = name.trimmed();
    if (!area || trimmed.isEmpty() || trimmed == area->name)
        return false;
    SubjectArea after = *area;
    after.name = trimmed;
    document()->undoStack()->push(new EditSubjectAreaCommand(document(), after));
    return true;
}

bool SubjectAreaActions::setColor(Id areaId, const QColor &color)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    if (!area || !color.isValid() || color == area->color)
        return false;
    SubjectArea after = *area;
    after.color = color;
    document()->undoStack()->push(new EditSubjectAreaCommand(document(), after));
    return true;
}

bool SubjectAreaActions::remove(Id areaId)
{
    if (!document()->schema().subjectArea(areaId))
        return false;
    document()->undoStack()->push(new RemoveSubjectAreaCommand(document(), areaId));
    return true;
}

void SubjectAreaActions::selectTables(Id areaId)
{
    if (const SubjectArea *area = document()->schema().subjectArea(areaId))
        m_scene->selection()->set(area->tables);
}

void SubjectAreaActions::openAsView(Id areaId)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    if (!area)
        return;
    m_focus->showSubjectArea(areaId);
    const QRectF rect = m_scene->subjectAreaLayer()->areaRect(areaId);
    if (!rect.isNull())
        m_navigator->zoomToRect(rect, 1.0);
}

bool SubjectAreaActions::arrange(Id areaId)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    if (!area || area->tables.size() < 2)
        return false;
    const QSize size = m_view->viewport()->size();
    const double aspect
        = size.height() > 0 ? double(size.width()) / size.height() : AutoLayout::DefaultAspect;
    return applyAutoLayout(document(), area->tables, aspect);
}

void SubjectAreaActions::startRename(Id areaId)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    if (!area)
        return;
    QInputDialog dialog(m_view->window());
    dialog.setObjectName(QStringLiteral("renameSubjectArea"));
    dialog.setWindowTitle(tr("Rename Subject Area"));
    dialog.setLabelText(tr("Name:"));
    dialog.setTextValue(area->name);
    if (dialog.exec() == QDialog::Accepted)
        rename(areaId, dialog.textValue());
}

void SubjectAreaActions::chooseColor(Id areaId)
{
    const SubjectArea *area = document()->schema().subjectArea(areaId);
    if (!area)
        return;
    const QColor color = QColorDialog::getColor(
        area->color.isValid() ? area->color : SubjectAreaItem::defaultColor(), m_view->window(),
        tr("Colour of \"%1\"").arg(area->name));
    if (color.isValid())
        setColor(areaId, color);
}
