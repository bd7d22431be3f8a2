#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace passbook::vault {

// Replaces `path` with `data` all at once (QSaveFile: a temporary file renamed over it), or leaves
// it as it was. Unbuffered, each write checked: on a full disk a buffered QSaveFile was seen to
// commit an empty file. `error` gets the reason when it returns false.
inline bool saveAtomically(const QString &path, const QByteArray &data, QString *error = nullptr)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(data) != data.size()) {
        if (error) {
            *error = f.errorString();
        }
        f.cancelWriting();
        return false;
    }
    if (!f.commit()) {
        if (error) {
            *error = f.errorString();
        }
        return false;
    }
    return true;
}

} // namespace passbook::vault
