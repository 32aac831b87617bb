#include "segmentlabel.h"

#include <QCoreApplication>

#include <iterator>

namespace lodestar {

namespace {

// The keys tierName() and the RFM rules produce (valuation.cpp, rfm.cpp, insights.cpp).
const char *const Labels[] = {
    QT_TRANSLATE_NOOP("segment", "High"),
    QT_TRANSLATE_NOOP("segment", "Medium"),
    QT_TRANSLATE_NOOP("segment", "Low"),
    QT_TRANSLATE_NOOP("segment", "Not valued"),
    QT_TRANSLATE_NOOP("segment", "Champions"),
    QT_TRANSLATE_NOOP("segment", "Loyal"),
    QT_TRANSLATE_NOOP("segment", "Potential loyalists"),
    QT_TRANSLATE_NOOP("segment", "New"),
    QT_TRANSLATE_NOOP("segment", "At risk"),
    QT_TRANSLATE_NOOP("segment", "Can't lose them"),
    QT_TRANSLATE_NOOP("segment", "Hibernating"),
    QT_TRANSLATE_NOOP("segment", "Lost"),
    QT_TRANSLATE_NOOP("segment", "No purchases"),
};

} // namespace

QString segmentLabel(const QString &key)
{
    for (const char *label : Labels) {
        if (key == QLatin1String(label))
            return QCoreApplication::translate("segment", label);
    }
    return key;
}

} // namespace lodestar
