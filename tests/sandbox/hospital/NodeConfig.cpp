#include "NodeConfig.h"

#include "crypto/Hex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace passbook::sandbox {

[[noreturn]] void die(const QString &message, int code)
{
    std::fprintf(stderr, "passbook-hospital: %s\n", qPrintable(message));
    std::exit(code);
}

QString option(QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0) {
        return fallback;
    }
    if (i + 1 >= args.size()) {
        die(name + QStringLiteral(" needs a value"), 2);
    }
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        die(QStringLiteral("cannot read %1").arg(path));
    }
    const auto doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject()) {
        die(QStringLiteral("%1 is not a JSON object").arg(path));
    }
    return doc.object();
}

Node loadNode(const QString &sandboxDir, int index)
{
    const QJsonObject sandbox = readObject(QDir(sandboxDir).filePath(QStringLiteral("sandbox.json")));
    const QJsonArray hospitals = sandbox.value(QStringLiteral("hospitals")).toArray();
    if (index < 0 || index >= hospitals.size()) {
        die(QStringLiteral("--index must be between 0 and %1").arg(hospitals.size() - 1), 2);
    }
    const QJsonObject h = hospitals.at(index).toObject();
    Node n;
    n.index = index;
    n.name = h.value(QStringLiteral("name")).toString();
    n.url = h.value(QStringLiteral("url")).toString();
    auto secret = crypto::fromHex(h.value(QStringLiteral("key")).toString());
    auto key = secret ? crypto::SigningKey::fromSecret(crypto::SecureBuffer::copyOf(*secret))
                      : Result<crypto::SigningKey>(Error{ErrorCode::Damaged, QString(), QString()});
    if (!key) {
        die(QStringLiteral("the hospital key in sandbox.json is not valid"));
    }
    n.key = std::move(key).value();
    n.stateDir = QDir(sandboxDir).filePath(QStringLiteral("hospital-%1").arg(index));
    QString prefix;
    for (const QString &word : n.name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        prefix += word.front().toUpper();
    }
    n.prefix = prefix;
    return n;
}

} // namespace passbook::sandbox
