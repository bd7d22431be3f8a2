#include "Reauthentication.h"

#include "Background.h"

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
    running = runInBackground(
        context,
        [h = header.value(), password] { return vault::VaultManager::unwrapPasswordSlot(h, *password); },
        [h = header.value(), done = std::move(done)](Result<crypto::SecureBuffer> unwrapped) {
            done(h, std::move(unwrapped));
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
