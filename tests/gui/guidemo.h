// The demo workspace opened in a main window, for the dashboard's GUI tests.
#pragma once

#include "testsupport.h"

#include "demo/demoworkspace.h"
#include "mainwindow.h"

#include <QDate>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ReleaseDeck;
using namespace TestSupport;

namespace {

struct Demo
{
    QTemporaryDir tmp;
    QString file;
    QString oss;
    MainWindow window;

    Demo()
    {
        QString error;
        file = DemoWorkspace::create(tmp.path() + QLatin1String("/demo"), QDate::currentDate(), &error);
        REQUIRE_FALSE(file.isEmpty());
        oss = tmp.path() + QLatin1String("/demo/repos/oss.git");
        window.resize(1280, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.openWorkspace(file);
        REQUIRE(shown.wait(60000));
    }

    // The registry check ends in two steps: the report reaches the Registry
    // view, then the verdicts (and the details pane) in a later turn.
    void waitForRegistry()
    {
        if (window.verdicts() && window.verdicts()->report())
            return;
        QSignalSpy checked(&window, &MainWindow::registryChecked);
        REQUIRE(checked.wait(30000));
        REQUIRE(window.verdicts());
        REQUIRE(window.verdicts()->report());
    }

    int release(const QString &version) const
    {
        const int i = window.overview()->train.indexOf(*Version::parse(version));
        REQUIRE(i >= 0);
        return i;
    }
};

} // namespace
