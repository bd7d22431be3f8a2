#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace passbook {

// The one way work leaves the GUI thread (the app's controllers, vault::PasswordTasks): `work` runs
// on `pool`, and `done` gets what it returned on `context`'s thread through the event loop — unless
// `context` is gone by then, in which case the result is dropped. The future is the work's, to wait
// for before what it uses goes. `work` may return a move-only value (a Result holding secure
// memory); `done` takes it by value.
template <typename Work, typename Done>
QFuture<void> runInBackground(QObject *context, Work work, Done done,
                              QThreadPool *pool = QThreadPool::globalInstance())
{
    using T = std::invoke_result_t<Work &>;
    QPointer<QObject> guard(context);
    return QtConcurrent::run(pool, [guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<T>(work());
        // queued even when the work ran on `context`'s own thread (a wait may run it there)
        QMetaObject::invokeMethod(
            guard,
            [guard, result, done]() mutable {
                if (guard) {
                    done(std::move(*result));
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace passbook
