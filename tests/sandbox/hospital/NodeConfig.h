#pragma once

// What one sandbox hospital node is, read from DIR/sandbox.json (written by `passbook-cli sandbox
// init`), and the small command-line helpers its commands share.
#include "crypto/SigningKey.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace passbook::sandbox {

[[noreturn]] void die(const QString &message, int code = 1);
// Takes "NAME VALUE" out of args; `fallback` when absent.
QString option(QStringList &args, const QString &name, const QString &fallback = {});
QJsonObject readObject(const QString &path);

struct Node
{
    int index = -1;
    QString name;
    QString url;
    QString stateDir;
    crypto::SigningKey key = crypto::SigningKey::generate();
    QString prefix; // patient-id prefix, e.g. "TCH"
};

Node loadNode(const QString &sandboxDir, int index);

} // namespace passbook::sandbox
