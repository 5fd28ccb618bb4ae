#include "gettingstarteddialog.h"

#include "samplelibrary.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Getting Started"));
    auto *steps = new QLabel(this);
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    steps->setText(
        tr("<h3>Joinery in five steps</h3>"
           "<ol>"
           "<li><b>Tables:</b> double-click the empty canvas for a new table; press %1 to add a "
           "column to the selected table; double-click a name to rename it.</li>"
           "<li><b>Foreign keys:</b> drag from a column onto the table it references (onto its "
           "header for its primary key). Tables move by their header.</li>"
           "<li><b>Actions:</b> click a key's arrow and choose ON DELETE and ON UPDATE in the "
           "Properties panel; it explains each action and what your SQL dialect allows.</li>"
           "<li><b>What if:</b> in the Shop sample, open <i>%2</i>, choose "
           "<i>users</i>, select the row of user 1 and click <i>%3</i>: the "
           "profile goes (CASCADE) and the reviews keep their text without an author (SET "
           "NULL). Then try user 10: the engine refuses, because orders RESTRICT the "
           "delete.</li>"
           "<li><b>Export:</b> File › Export Script writes the DDL for SQLite, PostgreSQL, "
           "MySQL, MariaDB, SQL Server or Drizzle ORM; File › Export Image and File › Print "
           "the diagram.</li>"
           "</ol>")
            .arg(QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText),
                 // The names the dock and the button really have, in the chosen language.
                 QCoreApplication::translate("DockPanels", "Sample data"),
                 QCoreApplication::translate("SampleDataPanel", "Simulate DELETE")));

    auto *samples = new QGroupBox(tr("Open a sample"), this);
    auto *grid = new QGridLayout(samples);
    int row = 0;
    for (const SampleLibrary::Sample &sample : SampleLibrary::all()) {
        auto *button = new QPushButton(sample.title, samples);
        button->setObjectName(sample.path);
        auto *description = new QLabel(sample.description, samples);
        description->setWordWrap(true);
        grid->addWidget(button, row, 0);
        grid->addWidget(description, row, 1);
        ++row;
        connect(button, &QPushButton::clicked, this, [this, path = sample.path] {
            emit sampleRequested(path);
            accept();
        });
    }
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(steps);
    layout->addWidget(samples);
    layout->addWidget(buttons);
    resize(640, 560);
}
