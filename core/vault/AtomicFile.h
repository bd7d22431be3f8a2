#pragma once

#include <QByteArray>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

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

// Makes the renames and new files in directory `dir` durable (fsync of the directory), so that a
// later step cannot reach the disk before them.
inline bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// Renames `from` over `to` in one step, replacing it (rename(2); QFile::rename refuses an existing
// target).
inline bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace passbook::vault
