// Platform services on macOS and iOS (selected by CMake on Apple platforms only; not built by this
// project's CI, which runs on Linux).
//
// The biometric slot's key is a Keychain item protected by SecAccessControl with
// kSecAccessControlBiometryCurrentSet: it can only be read after Touch ID / Face ID succeeds, and
// it becomes unreadable for good when fingers or faces are enrolled or removed. verify() evaluates
// the biometric policy with an LAContext; read() then queries the item with that same context
// (kSecUseAuthenticationContext), so the key is released by the biometric check itself.
#include "PlatformServices.h"

#include "NullNotifier.h"

#include <QCoreApplication>
#include <QGuiApplication>

#import <Foundation/Foundation.h>
#import <LocalAuthentication/LocalAuthentication.h>
#import <Security/Security.h>

#include <sys/resource.h>

namespace passbook::platform {

namespace {
NSString *const kService = @"org.healthpassbook.biometric";
LAContext *s_context = nil; // the context that last evaluated the policy successfully

class AppleBiometricAuthenticator final : public BiometricAuthenticator
{
public:
    bool isAvailable() override
    {
        LAContext *context = [[LAContext alloc] init];
        NSError *error = nil;
        const bool ok = [context canEvaluatePolicy:LAPolicyDeviceOwnerAuthenticationWithBiometrics error:&error];
        m_reason = ok ? QString()
                      : error.code == LAErrorBiometryNotEnrolled
                            ? QCoreApplication::translate("passbook", "No fingerprint or face is enrolled on this device.")
                            : QCoreApplication::translate("passbook", "This device has no fingerprint or face reader.");
        return ok;
    }
    QString unavailableReason() const override { return m_reason; }
    // The Keychain item is tied to the current enrolment (biometryCurrentSet): nothing to compare.
    QByteArray enrollmentId() override { return {}; }
    void verify(int) override
    {
        LAContext *context = [[LAContext alloc] init];
        m_context = context;
        NSString *reason = QCoreApplication::translate("passbook", "Unlock Health Passbook").toNSString();
        [context evaluatePolicy:LAPolicyDeviceOwnerAuthenticationWithBiometrics
                localizedReason:reason
                          reply:^(BOOL success, NSError *error) {
                              const Outcome outcome =
                                  success ? Outcome::Match
                                  : error.code == LAErrorUserCancel || error.code == LAErrorAppCancel ||
                                          error.code == LAErrorSystemCancel || error.code == LAErrorUserFallback
                                      ? Outcome::Cancelled
                                  : error.code == LAErrorAuthenticationFailed ? Outcome::NoMatch
                                  : error.code == LAErrorBiometryNotAvailable || error.code == LAErrorBiometryNotEnrolled
                                      ? Outcome::Unavailable
                                      : Outcome::Failed;
                              const QString detail = QString::fromNSString(error.localizedDescription ?: @"");
                              QMetaObject::invokeMethod(this, [this, outcome, detail, context] {
                                  if (outcome == Outcome::Match) {
                                      s_context = context;
                                  }
                                  emit finished(outcome, detail);
                              });
                          }];
    }
    void cancel() override { [m_context invalidate]; }

private:
    QString m_reason;
    LAContext *m_context = nil;
};

class AppleSecureKeyStore final : public SecureKeyStore
{
public:
    bool isAvailable() override { return true; }
    QString unavailableReason() const override { return {}; }
    Result<void> store(const QString &name, const crypto::SecureBuffer &secret) override
    {
        (void)remove(name);
        CFErrorRef error = nullptr;
        SecAccessControlRef access = SecAccessControlCreateWithFlags(
            kCFAllocatorDefault, kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly,
            kSecAccessControlBiometryCurrentSet, &error);
        if (!access) {
            return failed("access control");
        }
        NSData *data = [NSData dataWithBytes:secret.data() length:secret.size()];
        NSDictionary *item = @{
            (__bridge id)kSecClass : (__bridge id)kSecClassGenericPassword,
            (__bridge id)kSecAttrService : kService,
            (__bridge id)kSecAttrAccount : name.toNSString(),
            (__bridge id)kSecAttrAccessControl : (__bridge id)access,
            (__bridge id)kSecValueData : data,
        };
        const OSStatus status = SecItemAdd((__bridge CFDictionaryRef)item, nullptr);
        CFRelease(access);
        return status == errSecSuccess ? Result<void>() : failed("SecItemAdd");
    }
    Result<crypto::SecureBuffer> read(const QString &name) override
    {
        if (!s_context) {
            return makeError(ErrorCode::Rejected,
                             QCoreApplication::translate("passbook", "The key store refused access."),
                             QStringLiteral("no evaluated LAContext"));
        }
        NSDictionary *query = @{
            (__bridge id)kSecClass : (__bridge id)kSecClassGenericPassword,
            (__bridge id)kSecAttrService : kService,
            (__bridge id)kSecAttrAccount : name.toNSString(),
            (__bridge id)kSecReturnData : @YES,
            (__bridge id)kSecUseAuthenticationContext : s_context,
        };
        CFTypeRef result = nullptr;
        const OSStatus status = SecItemCopyMatching((__bridge CFDictionaryRef)query, &result);
        s_context = nil; // one read per check
        if (status == errSecItemNotFound || status == errSecAuthFailed) {
            // also what an enrolment change leaves: the item cannot be read any more
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("passbook", "The key store no longer has this key."),
                             QStringLiteral("SecItemCopyMatching %1").arg(status));
        }
        if (status != errSecSuccess || !result) {
            return failed("SecItemCopyMatching");
        }
        NSData *data = (__bridge_transfer NSData *)result;
        crypto::SecureBuffer out = crypto::SecureBuffer::copyOf(data.bytes, data.length);
        return out;
    }
    Result<void> remove(const QString &name) override
    {
        NSDictionary *query = @{
            (__bridge id)kSecClass : (__bridge id)kSecClassGenericPassword,
            (__bridge id)kSecAttrService : kService,
            (__bridge id)kSecAttrAccount : name.toNSString(),
        };
        SecItemDelete((__bridge CFDictionaryRef)query);
        return {};
    }

private:
    static Error failed(const char *what)
    {
        return makeError(ErrorCode::Unreachable,
                         QCoreApplication::translate("passbook", "The key store could not be used."),
                         QString::fromLatin1(what));
    }
};

class AppleAppLifecycle final : public AppLifecycle
{
public:
    AppleAppLifecycle()
    {
        // macOS: the screen locking
        [[NSDistributedNotificationCenter defaultCenter] addObserverForName:@"com.apple.screenIsLocked"
                                                                     object:nil
                                                                      queue:nil
                                                                 usingBlock:^(NSNotification *) {
                                                                     QMetaObject::invokeMethod(this, [this] {
                                                                         emit sessionLocked();
                                                                     });
                                                                 }];
    }
    bool watchesSessionLock() const override { return true; }
#if defined(Q_OS_IOS)
    // On a phone, leaving the app locks it.
    void noteApplicationState(Qt::ApplicationState s) override
    {
        if (s != Qt::ApplicationActive) {
            emit backgrounded();
        }
    }
#endif
};
} // namespace

std::unique_ptr<Notifier> makeNotifier(const QString &)
{
    return std::make_unique<NullNotifier>();
}

std::unique_ptr<AppLifecycle> makeAppLifecycle()
{
    return std::make_unique<AppleAppLifecycle>();
}

std::unique_ptr<BiometricAuthenticator> makeBiometricAuthenticator()
{
    return std::make_unique<AppleBiometricAuthenticator>();
}

std::unique_ptr<SecureKeyStore> makeSecureKeyStore()
{
    return std::make_unique<AppleSecureKeyStore>();
}

bool hardenProcess()
{
    const rlimit none{0, 0};
    return setrlimit(RLIMIT_CORE, &none) == 0; // and the hardened runtime refuses debuggers
}

} // namespace passbook::platform
