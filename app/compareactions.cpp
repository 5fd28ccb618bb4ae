#include "compareactions.h"

#include "documentcontroller.h"
#include "importdialog.h"
#include "migration/migrationsource.h"
#include "migrationcomparison.h"
#include "migrationdock.h"
#include "worklimit.h"

#include <QAction>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>

#include <atomic>

CompareActions::CompareActions(QMainWindow *window, DocumentController *controller)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_compareFile(new QAction(tr("Compare &with…"), this))
    , m_compareServer(new QAction(tr("Compare with Ser&ver…"), this))
    , m_dock(new QDockWidget(tr("Migration"), window))
    , m_migration(new MigrationDock(controller->document(), controller->sampleData(), m_dock))
{
    m_compareFile->setStatusTip(tr("Compare the document with another version of its schema (a "
                                   ".joinery file, a SQL script or a SQLite database) and write "
                                   "the migration"));
    m_compareServer->setStatusTip(
        tr("Compare the document with the schema of a live PostgreSQL or MySQL database"));
    connect(m_compareFile, &QAction::triggered, this, &CompareActions::chooseFile);
    connect(m_compareServer, &QAction::triggered, this, &CompareActions::chooseServer);
    m_dock->setObjectName(QStringLiteral("migrationDock")); // for saveState()
    m_dock->setWidget(m_migration);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock, &QDockWidget::visibilityChanged, m_migration->comparison(),
            &MigrationComparison::setActive);
}

bool CompareActions::compareWith(const QString &path, QString *error)
{
    // A script of thousands of tables takes seconds to import: on a worker, behind a progress
    // dialog whose Cancel stops it, while this window keeps painting.
    Schema other;
    bool ok = false;
    std::atomic_bool cancel{false};
    QThread *thread = QThread::create([&] {
        WorkLimit limit;
        limit.setCancelFlag(&cancel);
        ok = MigrationSource::read(path, &other, error, &limit);
    });
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             0, m_window);
    progress.setWindowTitle(tr("Compare with"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    delete thread;
    if (cancel) {
        error->clear(); // the user's choice, nothing to explain
        return false;
    }
    if (!ok)
        return false;
    m_migration->comparison()->setOther(other, QFileInfo(path).fileName(),
                                        MigrationSource::isJoineryFile(path));
    showDock();
    return true;
}

void CompareActions::chooseFile()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Compare with"), dir,
        tr("Schemas (*.joinery *.sql *.ddl *.db *.sqlite *.sqlite3);;Joinery schemas "
           "(*.joinery);;SQL scripts (*.sql *.ddl);;SQLite databases (*.db *.sqlite "
           "*.sqlite3);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!compareWith(path, &error) && !error.isEmpty())
        QMessageBox::critical(m_window, tr("Cannot compare"), error);
}

void CompareActions::chooseServer()
{
    ImportDialog dialog(m_window);
    dialog.setWindowTitle(tr("Compare with a Database"));
    dialog.setAcceptText(tr("&Compare"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Schema &other = dialog.schema();
    m_migration->comparison()->setOther(other, other.name.isEmpty() ? tr("the database")
                                                                    : other.name,
                                        false);
    showDock();
}

void CompareActions::showDock()
{
    // Over the other bottom docks, where a script has room to be read.
    if (m_dock->isHidden()) {
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        for (QDockWidget *other : docks) {
            if (other != m_dock && other->objectName() == QLatin1String("ddlDock")) {
                m_window->tabifyDockWidget(other, m_dock);
                break;
            }
        }
    }
    const bool first = m_dock->isHidden();
    m_dock->show();
    m_dock->raise();
    // A script, its changes and its problems need more height than the bottom docks' share.
    if (first && m_dock->height() < m_window->height() * 0.4)
        m_window->resizeDocks({m_dock}, {int(m_window->height() * 0.45)}, Qt::Vertical);
}
