#include "analysisspan.h"

#include <QCoreApplication>

namespace lodestar {

QString analysisSpanProblem(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last <= first.addYears(kMaxAnalysisYears))
        return QString();
    return QCoreApplication::translate("engine", "The transactions run from %1 to %2, more than %3 years; a date like "
                                                 "%2 is usually an \"open end\" placeholder or a typo. Correct or remove "
                                                 "that row and import the files into a new workspace.")
        .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)).arg(kMaxAnalysisYears);
}

} // namespace lodestar
