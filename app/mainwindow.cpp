#include "mainwindow.h"

#include "canvasnavigation.h"
#include "dockpanels.h"

#include "importdialog.h"
#include "layout/autolayout.h"

#include "canvasarrangeactions.h"
#include "canvascontextmenu.h"
#include "compareactions.h"
#include "diagramprinter.h"
#include "document.h"
#include "documentcontroller.h"
#include "exportdialog.h"
#include "findfield.h"
#include "firstframegate.h"
#include "helpmenu.h"
#include "imageexportdialog.h"
#include "legenddialog.h"
#include "objecttree.h"
#include "preferencesdialog.h"
#include "problemspanel.h"
#include "problemtracker.h"
#include "propertypanel.h"
#include "recentfilesmenu.h"
#include "samplelibrary.h"
#include "schemamenu.h"
#include "schemascene.h"
#include "schemaview.h"
#include "selection.h"
#include "selectionedits.h"
#include "subjectareaactions.h"
#include "subjectarealayer.h"
#include "tableclipboard.h"
#include "viewnavigator.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoView>

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new DocumentController(this))
    , m_view(new SchemaView(m_controller->scene(), this))
    , m_problemCount(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    setWindowIcon(icon("joinery"));
    m_docks = new DockPanels(this, m_controller);
    m_navigation = new CanvasNavigation(this, m_view);
    setCentralWidget(m_navigation->canvasPane());
    resizeDocks({m_navigation->overviewDock()}, {180}, Qt::Vertical);
    connect(m_docks, &DockPanels::revealRequested, this, &MainWindow::reveal);
    connect(m_docks, &DockPanels::firstRunLayoutApplied, m_view, &SchemaView::fitToView);
    m_arrange = new CanvasArrangeActions(m_controller, this);
    m_compare = new CompareActions(this, m_controller);
    connect(m_navigation->subjectAreas(), &SubjectAreaActions::exportImageRequested, this,
            [this](Id areaId) { exportImage(areaId); });
    connect(m_docks->objectTree(), &ObjectTree::subjectAreaMenuRequested, this,
            &MainWindow::showSubjectAreaMenu);
    createActions();
    createMenus();
    createToolBars();
    statusBar()->addPermanentWidget(m_problemCount);
    statusBar()->addPermanentWidget(m_zoomLabel);
    readSettings();

    Document *document = m_controller->document();
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &DocumentController::pathChanged, this, &MainWindow::updateTitle);
    connect(m_controller->problemTracker(), &ProblemTracker::problemsChanged, this,
            &MainWindow::updateStatus, Qt::QueuedConnection);
    connect(m_controller->selection(), &Selection::changed, this, &MainWindow::updateEditActions);
    connect(m_view, &SchemaView::zoomChanged, this, &MainWindow::updateStatus);
    connect(m_controller->scene(), &SchemaScene::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_controller->scene(), &SchemaScene::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_controller->scene(), &SchemaScene::toolChanged, this, [this](SchemaScene::Tool tool) {
        (tool == SchemaScene::Tool::Table ? m_tableTool
         : tool == SchemaScene::Tool::ForeignKey ? m_keyTool : m_selectTool)->setChecked(true);
    });
    updateEditActions();
    updateStatus();
}

void MainWindow::createActions()
{
    auto make = [this](const QIcon &icon, const QString &text, QKeySequence shortcut,
                       auto slot) {
        auto action = new QAction(icon, text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = make(icon("new"), tr("&New"), QKeySequence::New, &MainWindow::newDocument);
    m_open = make(icon("open"), tr("&Open…"), QKeySequence::Open, &MainWindow::openDocument);
    m_save = make(icon("save"), tr("&Save"), QKeySequence::Save, &MainWindow::save);
    m_saveAs = make(icon("save-as"), tr("Save &As…"), QKeySequence::SaveAs, &MainWindow::saveAs);
    m_import = make(icon("import"), tr("&Import…"), QKeySequence(tr("Ctrl+I")), &MainWindow::importSchema);
    m_arrangeAll = make(icon("layout"), tr("&Arrange All Tables"), QKeySequence(tr("Ctrl+Shift+L")),
                        [this] { arrangeTables(false); });
    m_arrangeSelection = make(QIcon(), tr("Arrange &Selected Tables"), QKeySequence(),
                              [this] { arrangeTables(true); });
    m_exportImage = make(icon("export-image"), tr("Export &Image…"), QKeySequence(tr("Ctrl+E")),
                         [this] { exportImage(); });
    m_exportScript = make(icon("export-sql"), tr("E&xport Script…"),
                          QKeySequence(tr("Ctrl+Shift+E")), &MainWindow::exportScript);
    m_exportScript->setToolTip(tr("Write the schema as an SQL script or a Drizzle ORM module"));
    m_print = make(QIcon(), tr("&Print…"), QKeySequence::Print, &MainWindow::print);
    m_quit = make(QIcon(), tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    QUndoStack *stack = m_controller->document()->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(icon("undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(icon("redo"));
    // The platform's redo keys, and Ctrl+Y, which users of every other tool reach for.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    if (!redoKeys.contains(ctrlY))
        redoKeys << ctrlY;
    m_redo->setShortcuts(redoKeys);
    m_cut = make(icon("cut"), tr("Cu&t"), QKeySequence::Cut, &MainWindow::cutSelection);
    m_copy = make(icon("copy"), tr("&Copy"), QKeySequence::Copy, &MainWindow::copySelection);
    m_paste = make(icon("paste"), tr("&Paste"), QKeySequence::Paste, &MainWindow::paste);
    m_duplicate = make(icon("duplicate"), tr("D&uplicate"), QKeySequence(tr("Ctrl+D")), &MainWindow::duplicateSelection);
    m_delete = make(icon("delete"), tr("&Delete"), QKeySequence::Delete, &MainWindow::deleteSelection);
    m_selectAll = make(icon("select-all"), tr("Select &All"), QKeySequence::SelectAll, &MainWindow::selectAll);
    m_find = make(icon("find"), tr("&Find…"), QKeySequence::Find, [this] { m_findEdit->start(); });
    m_preferences = make(icon("preferences"), tr("Pre&ferences…"), QKeySequence::Preferences, &MainWindow::showPreferences);
    // Shortcuts of canvas edits must not fire while typing in a panel's field.
    for (QAction *a : {m_cut, m_copy, m_paste, m_delete, m_selectAll, m_duplicate})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_zoomIn = make(icon("zoom-in"), tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    m_zoomOut = make(icon("zoom-out"), tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    m_zoomReset = make(icon("zoom-reset"), tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), [this] { m_view->resetZoom(); });
    m_fit = make(icon("zoom-fit"), tr("&Fit to Window"), QKeySequence(tr("Ctrl+Shift+F")), [this] { m_view->fitToView(); });
    m_legend = make(icon("info"), tr("Arrow &Legend…"), QKeySequence(), [this] {
        LegendDialog dialog(this);
        dialog.exec();
    });

    m_tools = new QActionGroup(this);
    auto tool = [this, &make](const char *iconName, const QString &text, const QKeySequence &key,
                       SchemaScene::Tool which) {
        auto action = make(icon(iconName), text, key, [this, which] { m_controller->scene()->setTool(which); });
        action->setCheckable(true);
        m_tools->addAction(action);
        return action;
    };
    m_selectTool = tool("tool-select", tr("&Select"), QKeySequence(tr("V")), SchemaScene::Tool::Select);
    m_tableTool = tool("tool-table", tr("New &Table"), QKeySequence(tr("T")), SchemaScene::Tool::Table);
    m_keyTool = tool("tool-foreign-key", tr("New &Foreign Key"), QKeySequence(tr("K")), SchemaScene::Tool::ForeignKey);
    m_selectTool->setChecked(true);
    m_tableTool->setToolTip(tr("Click on the canvas to place a table (or double-click the canvas)"));
    m_keyTool->setToolTip(tr("Drag from the child's column or header onto the parent's column or header"));
    for (QAction *a : {m_selectTool, m_tableTool, m_keyTool, m_cut, m_copy, m_paste, m_delete, m_selectAll, m_duplicate})
        m_view->addAction(a); // their shortcuts work while the canvas has focus
    m_docks->objectTree()->tree()->addAction(m_delete);
}

namespace {
// Toolbar tips name the keys too, written as the platform and language write them
// ("Speichern (Strg+S)").
void addShortcutsToToolTips(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->property("joineryTip").isValid())
            continue;
        QString tip = action->toolTip();
        tip.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            tip, action->shortcut().toString(QKeySequence::NativeText)));
        action->setProperty("joineryTip", true);
    }
}
} // namespace

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_new, m_open});
    m_recent = new RecentFilesMenu(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFilesMenu::fileRequested, this, [this](const QString &path) {
        if (maybeSave())
            openPath(path);
    });
    QMenu *samples = file->addMenu(tr("Open Sa&mple"));
    for (const SampleLibrary::Sample &sample : SampleLibrary::all()) {
        QAction *action = samples->addAction(sample.title, this,
                                             [this, path = sample.path] { openSample(path); });
        action->setToolTip(sample.description);
        action->setStatusTip(sample.description);
    }
    file->addAction(m_import);
    file->addActions({m_compare->compareWithFile(), m_compare->compareWithServer()});
    file->addSeparator();
    file->addActions({m_save, m_saveAs});
    file->addSeparator();
    file->addActions({m_exportImage, m_exportScript, m_print});
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    edit->addSeparator();
    edit->addActions({m_selectAll, m_find});
    edit->addSeparator();
    edit->addAction(m_preferences);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({m_zoomIn, m_zoomOut, m_zoomReset, m_fit});
    m_viewMenu->addActions(
        {m_navigation->zoomToSelectionAction(), m_navigation->focusAction()});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_legend);
    m_arrange->addNotationMenu(m_viewMenu);
    m_viewMenu->addAction(m_arrange->snapToGrid());
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : m_docks->docks())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(m_navigation->overviewDock()->toggleViewAction());
    m_viewMenu->addAction(m_compare->dock()->toggleViewAction());

    m_schemaMenu = new SchemaMenu(this, m_controller, menuBar()->addMenu(tr("&Schema")));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions(m_tools->actions());
    tools->addSeparator();
    tools->addActions({m_arrangeAll, m_arrangeSelection});
    m_arrange->addAlignMenu(tools);

    m_help = new HelpMenu(this, menuBar()->addMenu(tr("&Help")));
    connect(m_help, &HelpMenu::sampleRequested, this, &MainWindow::openSample);
}

void MainWindow::createToolBars()
{
    QToolBar *main = addToolBar(tr("Main"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    main->addActions({m_new, m_open, m_import, m_save});
    main->addSeparator();
    main->addActions({m_undo, m_redo});
    main->addSeparator();
    main->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    main->addSeparator();
    main->addActions(m_tools->actions());
    main->addSeparator();
    main->addActions({m_zoomOut, m_zoomIn, m_zoomReset, m_fit, m_arrangeAll, m_exportImage, m_exportScript});
    main->addSeparator();
    m_findEdit = new FindField(m_controller->document(), main);
    connect(m_findEdit, &FindField::found, this, [this](Id objectId) {
        m_navigation->showFound(objectId);
        m_view->setFocus();
    });
    connect(m_findEdit, &FindField::notFound, this, [this](const QString &text) {
        statusBar()->showMessage(tr("Nothing named \"%1\".").arg(text), 4000);
    });
    main->addWidget(m_findEdit);
    addShortcutsToToolTips(main->actions());
}

bool MainWindow::openSample(const QString &path)
{
    if (!maybeSave())
        return false;
    QString error;
    if (!m_controller->open(path, &error)) {
        QMessageBox::critical(this, tr("Cannot open file"), error);
        return false;
    }
    m_view->fitToView();
    updateTitle();
    return true;
}

bool MainWindow::openInitialFile(const QString &path)
{
    const QString file = path.isEmpty() ? SampleLibrary::defaultSample() : path;
    QString error;
    if (!m_controller->open(file, &error)) {
        QMessageBox::critical(this, tr("Cannot open file"), error);
        return false;
    }
    if (!path.isEmpty())
        m_recent->add(m_controller->path());
    m_view->fitToView();
    updateTitle();
    return true;
}

void MainWindow::holdBackgroundWorkUntilFirstFrame()
{
    m_controller->holdBackgroundWork(true);
    FirstFrameGate::afterFirstPaint(m_view->viewport(),
                                    [this] { m_controller->holdBackgroundWork(false); });
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Joinery").arg(m_controller->displayName()));
    setWindowModified(m_controller->isModified());
}

void MainWindow::updateStatus()
{
    ProblemTracker *tracker = m_controller->problemTracker();
    const int errors = tracker->count(Severity::Error);
    const int warnings = tracker->count(Severity::Warning);
    m_problemCount->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                            + tr("%n warning(s)", nullptr, warnings));
    m_problemCount->setStyleSheet(errors ? QStringLiteral("color: #c62828") : QString());
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
}

void MainWindow::updateEditActions()
{
    const bool tables = !selectedTables().isEmpty();
    const bool any = !m_controller->selection()->isEmpty();
    m_cut->setEnabled(tables);
    m_copy->setEnabled(tables);
    m_duplicate->setEnabled(tables);
    m_delete->setEnabled(any);
}

QVector<Id> MainWindow::selectedTables() const
{
    const Schema &schema = m_controller->document()->schema();
    QVector<Id> tables;
    for (Id id : m_controller->selection()->ids()) {
        if (schema.table(id))
            tables << id;
    }
    return tables;
}

bool MainWindow::maybeSave()
{
    if (!m_controller->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("\"%1\" has changes that are not saved. Save them?").arg(m_controller->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    m_controller->newDocument();
    m_view->resetZoom();
    m_view->centerOn(0, 0);
    updateTitle();
}

void MainWindow::importSchema()
{
    if (!maybeSave())
        return;
    ImportDialog dialog(this);
    dialog.setLayoutAspect(canvasAspect());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_controller->adoptImported(dialog.schema(), dialog.schema().name);
    m_view->fitToView();
    updateTitle();
    statusBar()->showMessage(tr("Imported %n table(s).", nullptr, dialog.schema().tableCount()), 6000);
}

double MainWindow::canvasAspect() const
{
    const QSize size = m_view->viewport()->size();
    return size.height() > 0 ? double(size.width()) / size.height() : AutoLayout::DefaultAspect;
}

void MainWindow::arrangeTables(bool selectionOnly)
{
    QVector<Id> tables;
    if (selectionOnly) {
        const Schema &schema = m_controller->document()->schema();
        for (Id id : m_controller->selection()->ids()) {
            if (schema.table(id))
                tables << id;
        }
        if (tables.isEmpty()) {
            statusBar()->showMessage(tr("Select the tables to arrange first."), 4000);
            return;
        }
    }
    // One undo step; nothing is pushed when every table is already where it belongs.
    if (applyAutoLayout(m_controller->document(), tables, canvasAspect()) && !selectionOnly)
        m_view->fitToView();
}

void MainWindow::openDocument()
{
    if (!maybeSave())
        return;
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open schema"), dir,
                                                      tr("Joinery schemas (*.joinery);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

bool MainWindow::openPath(const QString &path)
{
    QString error;
    if (!m_controller->open(path, &error)) {
        QMessageBox::critical(this, tr("Cannot open file"), error);
        return false;
    }
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    m_recent->add(m_controller->path());
    m_view->fitToView();
    updateTitle();
    return true;
}

bool MainWindow::save()
{
    if (m_controller->path().isEmpty())
        return saveAs();
    QString error;
    if (!m_controller->save(m_controller->path(), &error)) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_controller->displayName()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save schema as"),
                                                QDir(dir).filePath(m_controller->displayName()),
                                                tr("Joinery schemas (*.joinery)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".joinery");
    QString error;
    if (!m_controller->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    m_recent->add(m_controller->path());
    return true;
}

void MainWindow::exportImage(Id subjectArea)
{
    // Next to the document, named after it; an untitled one is named after its schema.
    const QString path = m_controller->path();
    QString base = path.isEmpty() ? m_controller->document()->schema().name
                                  : QFileInfo(path).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    if (base.trimmed().isEmpty())
        base = QStringLiteral("diagram");
    const QString dir = path.isEmpty()
        ? QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString()
        : QFileInfo(path).absolutePath();
    ImageExportDialog dialog(m_controller->scene(),
                             QDir(dir).filePath(base + QStringLiteral(".png")), this);
    if (subjectArea)
        dialog.setSubjectArea(subjectArea);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.filePath())),
                                 3000);
}

void MainWindow::print()
{
    ImageExportOptions options;
    options.background = ImageExportOptions::Background::White;
    DiagramPrinter::preview(m_controller->scene(), options, this);
}

void MainWindow::exportScript()
{
    // Next to the document, named after it: "shop-postgresql.sql".
    const QString path = m_controller->path();
    const QString base = path.isEmpty()
        ? QDir::home().filePath(QFileInfo(m_controller->displayName()).completeBaseName())
        : QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName());
    ExportDialog dialog(m_controller->document()->schema(), base, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("Exported %1").arg(QDir::toNativeSeparators(dialog.filePath())), 3000);
}

void MainWindow::deleteSelection()
{
    SelectionEdits::remove(m_controller->document(), m_controller->selection()->ids());
}

void MainWindow::copySelection()
{
    const QVector<Id> tables = selectedTables();
    if (!tables.isEmpty())
        TableClipboard::toClipboard(TableClipboard::copy(m_controller->document()->schema(), tables));
    m_pasteCount = 0;
}

void MainWindow::cutSelection()
{
    const QVector<Id> tables = selectedTables();
    if (tables.isEmpty())
        return;
    copySelection();
    SelectionEdits::remove(m_controller->document(), tables);
    m_pasteCount = -1; // a cut's first paste lands where the tables were
}

void MainWindow::paste()
{
    ++m_pasteCount;
    const QVector<Id> pasted
        = TableClipboard::paste(m_controller->document(), TableClipboard::fromClipboard(),
                                QPointF(30, 30) * m_pasteCount, m_controller->scene()->cardRects());
    if (!pasted.isEmpty())
        m_controller->selection()->set(pasted);
}

void MainWindow::duplicateSelection()
{
    const QVector<Id> tables = selectedTables();
    const QByteArray data = TableClipboard::copy(m_controller->document()->schema(), tables);
    const QVector<Id> copies = TableClipboard::paste(
        m_controller->document(), data, QPointF(30, 30), m_controller->scene()->cardRects());
    if (!copies.isEmpty())
        m_controller->selection()->set(copies);
}

void MainWindow::selectAll()
{
    m_controller->selection()->set(m_controller->document()->schema().tableIds());
}

void MainWindow::reveal(Id objectId)
{
    if (m_controller->document()->schema().subjectArea(objectId)) {
        const QRectF rect = m_controller->scene()->subjectAreaLayer()->areaRect(objectId);
        if (!rect.isNull())
            m_navigation->navigator()->zoomToRect(rect, 1.0);
        return;
    }
    m_view->reveal(objectId);
}

void MainWindow::showSubjectAreaMenu(Id areaId, const QPoint &screenPos)
{
    QMenu menu;
    m_navigation->subjectAreas()->addAreaEntries(&menu, areaId);
    if (!menu.isEmpty())
        menu.exec(screenPos);
}

void MainWindow::showContextMenu(Id objectId, const QPoint &screenPos, const QPointF &scenePos)
{
    CanvasContextMenu::Actions actions{m_cut,
                                       m_copy,
                                       m_paste,
                                       m_duplicate,
                                       m_delete,
                                       m_selectAll,
                                       m_fit,
                                       m_legend,
                                       m_navigation->focusAction(),
                                       m_navigation->zoomToSelectionAction(),
                                       m_navigation->subjectAreas()};
    CanvasContextMenu::exec(m_controller->document(), m_controller->scene(), m_view, actions,
                            objectId, screenPos, scenePos);
}

MainWindow::~MainWindow()
{
    // The controller dies with this window's children, after this window has stopped being a
    // MainWindow, and its objects still signal while they go (~QUndoStack emits cleanChanged):
    // nothing of it may reach this window's slots any more.
    m_controller->disconnect(this);
    m_controller->document()->undoStack()->disconnect(this); // a member, not a child
    for (QObject *object : m_controller->findChildren<QObject *>())
        object->disconnect(this);
    // The panels go before the controller they show: the sample-data grids still hold queries
    // on the scratch database's connection, which the controller's session closes.
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 820);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        m_docks->useFirstRunLayout();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}
