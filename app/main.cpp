#include "benchmarkprobe.h"
#include "commandline.h"
#include "mainwindow.h"
#include "schemaview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstring>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Headless subcommands must run without a display, so they get a QCoreApplication;
    // only the designer itself needs QApplication.
    if (CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        CommandLine::setUpApplication();
        return CommandLine::run(app.arguments());
    }
    QApplication app(argc, argv);
    CommandLine::setUpApplication();
    QString file;
    if (!CommandLine::parseGuiArguments(app.arguments(), &file))
        return 2;
    MainWindow window;
    window.holdBackgroundWorkUntilFirstFrame();
    if (!window.openInitialFile(file))
        return 2;
    BenchmarkProbe::install(window.view()->viewport(), sinceStart);
    window.show();
    return app.exec();
}
