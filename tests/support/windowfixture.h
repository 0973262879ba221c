#pragma once

#include "mainwindow.h"
#include "settings.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A main window on an empty store, with its settings in a temporary folder: the GUI suites' fixture.
struct WindowFixture {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;

    // Makes the window and shows it; false (the test then fails) when the store or the window cannot be had.
    bool open()
    {
        dir = std::make_unique<QTemporaryDir>();
        store = std::make_unique<Store>();
        if (!store->open())
            return false;
        settings = std::make_unique<Settings>(dir->filePath(QStringLiteral("settings.ini")));
        window = std::make_unique<MainWindow>(store.get(), settings.get());
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    void close()
    {
        window.reset();
        settings.reset();
        store.reset();
        dir.reset();
    }
};
