#include "Reauthentication.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace passbook::app {

Result<void>
startPasswordCheck(vault::VaultManager *vault, std::shared_ptr<crypto::SecureBuffer> password,
                   QObject *context,
                   std::function<void(const vault::VaultHeader &, Result<crypto::SecureBuffer>)> done,
                   QFuture<void> &running)
{
    auto header = vault->readHeader();
    if (!header) {
        return header.error();
    }
    if (auto throttled = vault->checkThrottle(); !throttled) {
        return throttled.error();
    }
    QPointer<QObject> guard(context);
    running = QtConcurrent::run([guard, h = header.value(), password, done = std::move(done)] {
        auto unwrapped = std::make_shared<Result<crypto::SecureBuffer>>(
            vault::VaultManager::unwrapPasswordSlot(h, *password));
        QMetaObject::invokeMethod(guard, [guard, h, unwrapped, done] {
            if (guard) {
                done(h, std::move(*unwrapped));
            }
        });
    });
    return {};
}

Result<void> startReauthentication(vault::VaultManager *vault, std::shared_ptr<crypto::SecureBuffer> password,
                                   QObject *context, std::function<void(Result<void>)> done,
                                   QFuture<void> &running)
{
    return startPasswordCheck(
        vault, std::move(password), context,
        [vault, done = std::move(done)](const vault::VaultHeader &h, Result<crypto::SecureBuffer> unwrapped) {
            auto ok = vault->completeReauthentication(h, std::move(unwrapped));
            done(ok ? Result<void>() : Result<void>(ok.error()));
        },
        running);
}

} // namespace passbook::app
