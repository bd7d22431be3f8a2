#include "PasswordStrength.h"

#include "crypto/SecureBuffer.h"

#include <QCoreApplication>

#include <cstring>
#include <zxcvbn.h>

namespace passbook::vault {

namespace {
// Words that are guessable because of what this app is: counted as dictionary words.
const char *const kAppWords[] = {"health", "passbook", "hospital", "patient", "consent", "vault", nullptr};

// zxcvbn's bits for `password`, its UTF-8 in secure memory (the estimate runs at every keystroke).
double zxcvbnBits(QStringView password)
{
    QByteArray utf8 = password.toUtf8();
    crypto::SecureBuffer text(std::size_t(utf8.size()) + 1);
    std::memcpy(text.data(), utf8.constData(), std::size_t(utf8.size()));
    text.data()[utf8.size()] = 0;
    crypto::wipeInPlace(utf8);
    const char **dictionary = const_cast<const char **>(kAppWords);
    return ZxcvbnMatch(reinterpret_cast<const char *>(text.data()), dictionary, nullptr);
}
} // namespace

PasswordStrength PasswordStrength::estimate(QStringView password)
{
    PasswordStrength s;
    if (password.isEmpty()) {
        s.hint = QCoreApplication::translate("passbook", "Choose a password of at least %1 characters.")
                     .arg(kMinimumLength);
        return s;
    }
    s.bits = zxcvbnBits(password);
    s.score = s.bits < 28 ? 0 : s.bits < 40 ? 1 : s.bits < 55 ? 2 : s.bits < 70 ? 3 : 4;
    if (password.size() < kMinimumLength) {
        s.score = std::min(s.score, 1);
        s.hint = QCoreApplication::translate("passbook", "Use at least %1 characters.").arg(kMinimumLength);
    } else if (s.score < 3) {
        s.hint = QCoreApplication::translate("passbook",
                                             "Add more words or characters: a short sentence is easy to "
                                             "remember and hard to guess.");
    }
    return s;
}

} // namespace passbook::vault
