#pragma once

#include <QObject>

#include <array>

// The domain's vocabulary, defined once: passbook categories (scope bits, DESIGN.md §6), delegate
// rights, purposes and participant kinds (DESIGN.md §4). The ledger's ABI, the FHIR mapping, the CLI,
// the app's controllers and QML (as the `Domain` namespace: Domain.View, Domain.Labs, …) all use
// these names; nothing else writes the numbers.
namespace passbook::domain {
Q_NAMESPACE

enum class Category : quint8
{
    Visits = 0,
    Conditions = 1,
    Medications = 2,
    Allergies = 3,
    Labs = 4,
    Imaging = 5,
    Procedures = 6,
    Vaccinations = 7,
    Documents = 8,
    Dental = 9,
    ChineseMedicine = 10,
    CarePlans = 11,
    Directives = 12,
    Preventive = 13,
    VitalSigns = 14,
    Claims = 15,
};
Q_ENUM_NS(Category)

inline constexpr int kCategoryCount = 16;
inline constexpr quint32 kAllCategories = 0xFFFF;
// Bit 16 is a modifier, not a category: sensitive records (DESIGN.md §6).
inline constexpr quint32 kSensitiveScope = 1U << 16;
[[nodiscard]] constexpr quint32 scopeOf(Category c)
{
    return 1U << quint8(c);
}

// What a patient lets a caregiver do (a bit set; setDelegate's rights).
enum Right : quint8
{
    View = 1,
    Approve = 2,
    Manage = 4,
    Sensitive = 8,
};
Q_ENUM_NS(Right)
// The rights the app and the CLI offer today (seeing sensitive records comes with that feature).
inline constexpr quint8 kOfferedRights = View | Approve | Manage;

enum class Purpose : quint8
{
    Treatment = 1,
    InsuranceClaim = 2,
    Research = 3, // the hospital releases de-identified data only
    Emergency = 4,
    PersonalShare = 5,
};
Q_ENUM_NS(Purpose)

enum class ParticipantKind : quint8
{
    Hospital = 1,
    Clinic = 2,
    Insurer = 3,
    Research = 4,
};
Q_ENUM_NS(ParticipantKind)

struct CategoryInfo
{
    Category category;
    const char *key;    // the machine name of the CLI and the protocol: "labs"
    const char *title;  // for lists and chips: "Lab results" (English; translated in context "passbook")
    const char *phrase; // inside a sentence: "lab results" (likewise)
};
// In bit order.
[[nodiscard]] const std::array<CategoryInfo, kCategoryCount> &categories();

// Machine names: purposes ("treatment", "insurance", "research", "emergency", "personal"), the
// rights of kOfferedRights ("view", "approve", "manage") and kinds ("hospital", "clinic", "insurer",
// "research"), each in value order.
[[nodiscard]] const std::array<const char *, 5> &purposeKeys();
[[nodiscard]] const std::array<const char *, 3> &rightKeys();
[[nodiscard]] const std::array<const char *, 4> &kindKeys();

} // namespace passbook::domain
