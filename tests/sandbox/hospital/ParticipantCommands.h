#pragma once

#include <QString>
#include <QStringList>

namespace passbook::sandbox {

// A sandbox hospital acting as a participant (DESIGN.md §5), from the command line:
//
//   passbook-hospital request   --sandbox DIR --index I --patient ADDR --from J --scopes LIST
//                               --purpose P --expires DATE
//   passbook-hospital fetch     --sandbox DIR --index I --patient ADDR --from J [--out FILE]
//   passbook-hospital emergency --sandbox DIR --index I --patient ADDR
//
// `--from J` names the custodian hospital by its number in sandbox.json (or by its address).
// Each prints one JSON object. `fetch` signs in at hospital J with this node's key, asks for the
// patient's records, checks every proof against the ledger, and prints counts only (never record
// content); --out writes what it received as a FHIR Bundle. Exit status 0 on success, 3 when the
// custodian refuses (no consent), 1 on any other failure.
int participantCommand(const QString &verb, QStringList args);

} // namespace passbook::sandbox
