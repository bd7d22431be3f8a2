#include "Vocabulary.h"

#include <QCoreApplication>

namespace passbook::domain {

const std::array<CategoryInfo, kCategoryCount> &categories()
{
    static const std::array<CategoryInfo, kCategoryCount> list = {{
        {Category::Visits, "visits", QT_TRANSLATE_NOOP("passbook", "Visits"),
         QT_TRANSLATE_NOOP("passbook", "visits")},
        {Category::Conditions, "conditions", QT_TRANSLATE_NOOP("passbook", "Conditions"),
         QT_TRANSLATE_NOOP("passbook", "conditions")},
        {Category::Medications, "medications", QT_TRANSLATE_NOOP("passbook", "Medications"),
         QT_TRANSLATE_NOOP("passbook", "medications")},
        {Category::Allergies, "allergies", QT_TRANSLATE_NOOP("passbook", "Allergies"),
         QT_TRANSLATE_NOOP("passbook", "allergies")},
        {Category::Labs, "labs", QT_TRANSLATE_NOOP("passbook", "Lab results"),
         QT_TRANSLATE_NOOP("passbook", "lab results")},
        {Category::Imaging, "imaging", QT_TRANSLATE_NOOP("passbook", "Imaging & pathology"),
         QT_TRANSLATE_NOOP("passbook", "imaging & pathology reports")},
        {Category::Procedures, "procedures", QT_TRANSLATE_NOOP("passbook", "Procedures & surgery"),
         QT_TRANSLATE_NOOP("passbook", "procedures & surgery")},
        {Category::Vaccinations, "vaccinations", QT_TRANSLATE_NOOP("passbook", "Vaccinations"),
         QT_TRANSLATE_NOOP("passbook", "vaccinations")},
        {Category::Documents, "documents", QT_TRANSLATE_NOOP("passbook", "Documents & discharge summaries"),
         QT_TRANSLATE_NOOP("passbook", "documents & discharge summaries")},
        {Category::Dental, "dental", QT_TRANSLATE_NOOP("passbook", "Dental"),
         QT_TRANSLATE_NOOP("passbook", "dental")},
        {Category::ChineseMedicine, "tcm", QT_TRANSLATE_NOOP("passbook", "Chinese medicine"),
         QT_TRANSLATE_NOOP("passbook", "Chinese medicine")},
        {Category::CarePlans, "careplans", QT_TRANSLATE_NOOP("passbook", "Care plans & goals"),
         QT_TRANSLATE_NOOP("passbook", "care plans & goals")},
        {Category::Directives, "directives", QT_TRANSLATE_NOOP("passbook", "Directives"),
         QT_TRANSLATE_NOOP("passbook", "directives")},
        {Category::Preventive, "preventive", QT_TRANSLATE_NOOP("passbook", "Preventive care & screenings"),
         QT_TRANSLATE_NOOP("passbook", "preventive care & screenings")},
        {Category::VitalSigns, "vitals", QT_TRANSLATE_NOOP("passbook", "Vital signs"),
         QT_TRANSLATE_NOOP("passbook", "vital signs")},
        {Category::Claims, "claims", QT_TRANSLATE_NOOP("passbook", "Claims & costs"),
         QT_TRANSLATE_NOOP("passbook", "claims & costs")},
    }};
    return list;
}

const std::array<const char *, 5> &purposeKeys()
{
    static const std::array<const char *, 5> keys = {"treatment", "insurance", "research", "emergency",
                                                     "personal"};
    return keys;
}

const std::array<const char *, 3> &rightKeys()
{
    static const std::array<const char *, 3> keys = {"view", "approve", "manage"};
    return keys;
}

const std::array<const char *, 4> &kindKeys()
{
    static const std::array<const char *, 4> keys = {"hospital", "clinic", "insurer", "research"};
    return keys;
}

} // namespace passbook::domain
