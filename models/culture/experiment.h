#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace lodestar {

/// Which customers form one arm: an imported list of external ids, or an attribute filter
/// such as "channel=Referral;plan=Pro" (channel, region, plan or tier; conditions joined by ';' must all hold).
struct CustomerSelection
{
    QStringList externalIds;
    QString filter;

    bool isEmpty() const { return externalIds.isEmpty() && filter.trimmed().isEmpty(); }
};

/// A test of a CLV-moving initiative: treatment against control over a period.
struct Experiment
{
    qint64 id = 0;
    QString name;
    QString hypothesis;
    QDate start;
    QDate end;
    CustomerSelection treatment;
    CustomerSelection control;
};

} // namespace lodestar
