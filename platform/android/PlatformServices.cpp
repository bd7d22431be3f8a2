// Platform services on Android (selected by CMake on Android only; not built by this project's CI,
// which runs on Linux). Biometrics and the key store go through org.healthpassbook.BiometricBridge
// (java/): BiometricPrompt with a CryptoObject over an Android Keystore RSA key that needs a strong
// biometric for every use and dies with an enrolment change. The secret it releases is handed from
// the prompt's callback to the key store's next read, once.
#include "PlatformServices.h"

#include "NullNotifier.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QJniEnvironment>
#include <QJniObject>
#include <QMutex>

#include <jni.h>
#include <sodium.h>

namespace passbook::platform {

namespace {
const char *kBridge = "org/healthpassbook/BiometricBridge";

QJniObject context()
{
    return QNativeInterface::QAndroidApplication::context();
}

// What the last successful prompt released, for the key store's next read (then wiped).
QMutex s_mutex;
crypto::SecureBuffer s_released;
QString s_currentEntry;

class AndroidBiometricAuthenticator;
QHash<jlong, AndroidBiometricAuthenticator *> s_pending;
jlong s_nextHandle = 1;

class AndroidBiometricAuthenticator final : public BiometricAuthenticator
{
public:
    bool isAvailable() override
    {
        m_reason = QJniObject::callStaticObjectMethod(kBridge, "unavailableReason",
                                                      "(Landroid/content/Context;)Ljava/lang/String;",
                                                      context().object())
                       .toString();
        return m_reason.isEmpty();
    }
    QString unavailableReason() const override
    {
        if (m_reason == QLatin1String("none-enrolled")) {
            return QCoreApplication::translate("passbook",
                                               "No fingerprint or face is enrolled on this phone.");
        }
        if (m_reason == QLatin1String("no-hardware")) {
            return QCoreApplication::translate("passbook", "This phone has no fingerprint or face reader.");
        }
        return QCoreApplication::translate("passbook", "Biometric unlock is not available on this phone.");
    }
    // Enrolment changes invalidate the Keystore key itself; nothing to compare here.
    QByteArray enrollmentId() override { return {}; }
    void verify(int) override
    {
        QString entry;
        {
            QMutexLocker lock(&s_mutex);
            entry = s_currentEntry;
        }
        const jlong handle = s_nextHandle++;
        s_pending.insert(handle, this);
        QJniObject::callStaticMethod<void>(
            kBridge, "authenticate",
            "(Landroid/app/Activity;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;J)V",
            QNativeInterface::QAndroidApplication::context().object(), QJniObject::fromString(entry).object(),
            QJniObject::fromString(QCoreApplication::translate("passbook", "Unlock Health Passbook"))
                .object(),
            QJniObject::fromString(QCoreApplication::translate("passbook", "Use password")).object(), handle);
    }
    void cancel() override { QJniObject::callStaticMethod<void>(kBridge, "cancel", "()V"); }
    void deliver(int outcome, const QString &detail)
    {
        // INVALIDATED (7) is a failed read for the controller: it turns the slot off and explains.
        emit finished(outcome == 7 ? Outcome::Match : Outcome(outcome), detail);
    }

private:
    QString m_reason;
};

class AndroidSecureKeyStore final : public SecureKeyStore
{
public:
    bool isAvailable() override { return true; } // the Android Keystore is always there
    QString unavailableReason() const override { return {}; }
    Result<void> store(const QString &name, const crypto::SecureBuffer &secret) override
    {
        QJniEnvironment env;
        jbyteArray bytes = env->NewByteArray(jsize(secret.size()));
        env->SetByteArrayRegion(bytes, 0, jsize(secret.size()),
                                reinterpret_cast<const jbyte *>(secret.data()));
        const bool ok = QJniObject::callStaticMethod<jboolean>(
            kBridge, "store", "(Landroid/content/Context;Ljava/lang/String;[B)Z", context().object(),
            QJniObject::fromString(name).object(), bytes);
        env->DeleteLocalRef(bytes);
        if (!ok) {
            return makeError(ErrorCode::Unreachable,
                             QCoreApplication::translate("passbook", "The key store could not be used."),
                             QStringLiteral("android keystore store failed"));
        }
        QMutexLocker lock(&s_mutex);
        s_currentEntry = name;
        return {};
    }
    Result<crypto::SecureBuffer> read(const QString &name) override
    {
        QMutexLocker lock(&s_mutex);
        if (s_currentEntry != name || s_released.isEmpty()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("passbook", "The key store no longer has this key."),
                             QStringLiteral("nothing released for %1").arg(name));
        }
        crypto::SecureBuffer out = std::move(s_released);
        s_released = crypto::SecureBuffer();
        return out;
    }
    Result<void> remove(const QString &name) override
    {
        QJniObject::callStaticMethod<void>(kBridge, "remove",
                                           "(Landroid/content/Context;Ljava/lang/String;)V",
                                           context().object(), QJniObject::fromString(name).object());
        return {};
    }
};

class AndroidAppLifecycle final : public AppLifecycle
{
public:
    AndroidAppLifecycle()
    {
        // Screenshots and the recent-apps thumbnail show nothing of the app.
        QJniObject::callStaticMethod<void>(kBridge, "secureWindow", "(Landroid/app/Activity;)V",
                                           QNativeInterface::QAndroidApplication::context().object());
    }
    bool watchesSessionLock() const override { return true; }
    // On a phone, leaving the app (even for the notification shade) locks it.
    void noteApplicationState(Qt::ApplicationState s) override
    {
        if (s != Qt::ApplicationActive) {
            emit backgrounded();
        }
    }
};
} // namespace

std::unique_ptr<Notifier> makeNotifier(const QString &)
{
    return std::make_unique<NullNotifier>(); // the in-app banner; a push channel is for later
}

std::unique_ptr<AppLifecycle> makeAppLifecycle()
{
    return std::make_unique<AndroidAppLifecycle>();
}

std::unique_ptr<BiometricAuthenticator> makeBiometricAuthenticator()
{
    return std::make_unique<AndroidBiometricAuthenticator>();
}

std::unique_ptr<SecureKeyStore> makeSecureKeyStore()
{
    return std::make_unique<AndroidSecureKeyStore>();
}

bool hardenProcess()
{
    // Release APKs are not debuggable, so not dumpable or attachable; FLAG_SECURE is set on the
    // window once it exists (AndroidAppLifecycle).
    return true;
}

} // namespace passbook::platform

extern "C" JNIEXPORT void JNICALL Java_org_healthpassbook_BiometricBridge_onResult(JNIEnv *env, jclass,
                                                                                   jlong handle, jint outcome,
                                                                                   jbyteArray secret,
                                                                                   jstring detail)
{
    using namespace passbook::platform;
    if (secret) {
        const jsize n = env->GetArrayLength(secret);
        passbook::crypto::SecureBuffer copy(std::size_t(n > 0 ? n : 0));
        env->GetByteArrayRegion(secret, 0, n, reinterpret_cast<jbyte *>(copy.data()));
        QMutexLocker lock(&s_mutex);
        s_released = std::move(copy);
    }
    const QString text = detail ? QJniObject(detail).toString() : QString();
    QMetaObject::invokeMethod(qApp, [handle, outcome, text] {
        if (AndroidBiometricAuthenticator *a = s_pending.take(handle)) {
            a->deliver(int(outcome), text);
        }
    });
}
