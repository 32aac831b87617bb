// An idle window does no work: no view may keep re-laying itself out (a size hint that depends on
// the width it is given, or a resize handler that changes the size, flips between two layouts forever).
#include "uitestsupport.h"

#include <QApplication>
#include <QEvent>

using namespace lodestar;
using namespace lodestar::test;

namespace {

/// Counts layout, resize and paint events anywhere in the application.
class LayoutEventCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type == QEvent::LayoutRequest || type == QEvent::Resize || type == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

int eventsWhileIdle(int milliseconds)
{
    LayoutEventCounter counter;
    qApp->installEventFilter(&counter);
    settle(milliseconds);
    qApp->removeEventFilter(&counter);
    return counter.count;
}

class IdleLayoutTest : public DemoWindowTest
{
};

} // namespace

TEST_F(IdleLayoutTest, EveryViewSettlesAtEveryWindowSize)
{
    const QSize sizes[] = {{1024, 700}, {1440, 900}, {1920, 1080}};
    for (const QSize &size : sizes) {
        window().resize(size);
        for (const QString &id : window().viewIds()) {
            window().showView(id);
            // The first layout after a switch and any queued chart rebuild take their time (much
            // longer under the sanitizers): wait for a quiet 300 ms, up to 10 s. A layout loop is
            // never quiet, so the measurement below still sees it.
            for (int wait = 0; wait < 30 && eventsWhileIdle(300) > 2; ++wait) {
            }
            const int events = eventsWhileIdle(1000);
            // A settled window gets none; a few stray ones (a blinking cursor, a tooltip timer) are fine,
            // a layout loop produces hundreds.
            EXPECT_LE(events, 10) << qPrintable(id) << " at " << size.width() << "x" << size.height();
        }
    }
}
