#pragma once

#include "PatientGenerator.h"
#include "common/Result.h"

namespace passbook::sandbox {

// Reads a Synthea FHIR R4 transaction Bundle and splits the patient's history across `hospitals`
// by Encounter.serviceProvider: every resource goes where its encounter happened (resources without
// an encounter follow a stable hash of their id). urn:uuid references are rewritten to Type/id, and
// references to the patient to the "Patient/{patient}" placeholder.
[[nodiscard]] Result<GeneratedPatient> importSynthea(const QString &file, int hospitals);

} // namespace passbook::sandbox
