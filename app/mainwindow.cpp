#include "mainwindow.h"

#include "document.h"
#include "schemareader.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/joinery.svg")));
    resize(1200, 800);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
}

bool MainWindow::openInitialFile(const QString &path)
{
    const QString file = path.isEmpty() ? QStringLiteral(":/samples/shop.joinery") : path;
    SchemaReader reader;
    if (!reader.readFile(file)) {
        QMessageBox::critical(this, tr("Cannot open file"), reader.error());
        return false;
    }
    m_document->resetSchema(reader.schema());
    m_path = path;
    auto label = new QLabel(tr("%n table(s)", nullptr, reader.schema().tableCount()), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    updateTitle();
    return true;
}

void MainWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Sample: shop") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1[*] — Joinery").arg(name));
    setWindowModified(!m_document->undoStack()->isClean());
}
