#pragma once

// A demo engine on a temporary data dir for GUI tests: the demo lab's three simulated hosts, and the
// administrator's context. QSettings go to a test location, so a test never touches the user's.

#include "appsettings.h"
#include "testlab.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sd::test {

// Before QApplication: GUI tests draw offscreen unless a display was chosen on purpose.
inline void useOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The engine tests' lab, with QSettings sent to a test location and without waiting for the hosts:
// GUI tests watch the hosts come up through the models.
struct ViewTestLab : TestLab
{
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        return TestLab::open(true, false);
    }

    // Spins the event loop (never blocks it) until every host is up.
    bool waitUntilAllUp(int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto hosts = engine->hosts().list(admin);
            if (hosts.ok() && std::all_of(hosts->begin(), hosts->end(),
                                          [](const HostInfo &h) { return h.state == HostState::Up; }))
                return true;
            QTest::qWait(20);
        }
        return false;
    }
};

} // namespace sd::test

// QTEST_MAIN with the offscreen platform chosen before QApplication exists.
#define SD_GUI_TEST_MAIN(TestClass)                                                                          \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        sd::test::useOffscreenPlatform();                                                                    \
        QApplication app(argc, argv);                                                                        \
        sd::AppSettings::setIdentity();                                                                      \
        QStandardPaths::setTestModeEnabled(true);                                                            \
        TestClass test;                                                                                      \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
