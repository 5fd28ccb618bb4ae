#pragma once

#include "id.h"

#include <QMainWindow>

class CanvasArrangeActions;
class CanvasNavigation;
class CompareActions;
class DocumentController;
class FindField;
class HelpMenu;
class RecentFilesMenu;
class ObjectTree;
class ProblemsPanel;
class DockPanels;
class PropertyPanel;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class SchemaMenu;
class SchemaView;

// The designer's window: builds the actions, menus, toolbars and docks around one
// DocumentController and wires them to it. The work itself lives in views/ and model/.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, or the bundled shop sample when empty. Shows the reason and returns false
    // when the file cannot be read.
    bool openInitialFile(const QString &path);
    // The background work of the document opened next (scratch database, dialect checks)
    // starts once the canvas has painted its first frame (main() calls this before opening).
    void holdBackgroundWorkUntilFirstFrame();

    DocumentController *controller() const { return m_controller; }
    SchemaView *view() const { return m_view; }
    DockPanels *docks() const { return m_docks; }
    HelpMenu *helpMenu() const { return m_help; }
    SchemaMenu *schemaMenu() const { return m_schemaMenu; }
    CanvasArrangeActions *arrangeActions() const { return m_arrange; }
    // Opens a bundled sample (File › Open Sample, Getting Started), asking to save first.
    bool openSample(const QString &path);
    CanvasNavigation *navigation() const { return m_navigation; }
    CompareActions *compareActions() const { return m_compare; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Every dock is made here; later docks (DDL preview, simulator) join this function.
    void createActions();
    void createMenus();
    void createToolBars();
    void readSettings();
    void writeSettings();

    void updateTitle();
    void updateStatus();
    void updateEditActions();
    bool maybeSave();
    void newDocument();
    void openDocument();
    void importSchema();
    void arrangeTables(bool selectionOnly);
    // Width / height of the canvas: the shape Arrange gives a diagram.
    double canvasAspect() const;
    bool openPath(const QString &path);
    bool save();
    bool saveAs();
    // `subjectArea`: the dialog starts on that area.
    void exportImage(Id subjectArea = 0);
    void showSubjectAreaMenu(Id areaId, const QPoint &screenPos);
    void exportScript();
    void print();

    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void selectAll();
    void showContextMenu(Id objectId, const QPoint &screenPos, const QPointF &scenePos);
    void showPreferences();
    void reveal(Id objectId);
    QVector<Id> selectedTables() const;

    DocumentController *m_controller;
    SchemaView *m_view;
    DockPanels *m_docks = nullptr;
    CanvasArrangeActions *m_arrange = nullptr;
    HelpMenu *m_help = nullptr;
    SchemaMenu *m_schemaMenu = nullptr;
    CanvasNavigation *m_navigation = nullptr;
    CompareActions *m_compare = nullptr;

    QAction *m_new, *m_open, *m_save, *m_saveAs, *m_exportImage, *m_exportScript, *m_print, *m_quit;
    QAction *m_import, *m_arrangeAll, *m_arrangeSelection;
    QAction *m_undo, *m_redo, *m_cut, *m_copy, *m_paste, *m_duplicate, *m_delete, *m_selectAll,
        *m_find, *m_preferences;
    QAction *m_zoomIn, *m_zoomOut, *m_zoomReset, *m_fit, *m_legend;
    QAction *m_selectTool, *m_tableTool, *m_keyTool;
    QActionGroup *m_tools;
    RecentFilesMenu *m_recent = nullptr;
    QMenu *m_viewMenu = nullptr;
    FindField *m_findEdit = nullptr;
    QLabel *m_problemCount;
    QLabel *m_zoomLabel;
    int m_pasteCount = 0;
};
