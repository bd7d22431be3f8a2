#pragma once

#include "ConsentStore.h"

#include <QCoreApplication>

namespace passbook::consent {

// What a system notification and the in-app banner say about new requests (DESIGN.md §3). While
// unlocked: who asks, for which records, held by whom — or that the request looks wrong; several
// at once are counted. While locked: nothing that names a hospital or a record, since anyone may
// see the screen.
class RequestAlert
{
    Q_DECLARE_TR_FUNCTIONS(RequestAlert)

public:
    QString title;
    QString body;
    QString action; // the notification's button
    QString banner; // the in-app line
    quint64 requestId = 0;

    // `requests` are the new ones, oldest first (not empty); names come from `store`.
    [[nodiscard]] static RequestAlert about(const QList<ConsentStore::Request> &requests,
                                            const ConsentStore &store);
    [[nodiscard]] static RequestAlert whileLocked();
};

} // namespace passbook::consent
