#include "csvexport.h"

#include "itemroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>

namespace lodestar {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double: case QMetaType::Float: case QMetaType::Int: case QMetaType::LongLong:
    case QMetaType::UInt: case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

QString cellText(const QAbstractItemModel &model, const QModelIndex &index)
{
    const QVariant raw = model.data(index, RawValueRole);
    if (isNumber(raw)) {
        // A number cannot carry a formula, so it is written as is; an unknown one as an empty cell.
        const double value = raw.toDouble();
        return std::isfinite(value) ? QString::number(value, 'g', 15) : QString();
    }
    const QString text = raw.isValid() ? raw.toString() : model.data(index, Qt::DisplayRole).toString();
    return quoteCsvField(neutraliseFormula(text));
}

QString headerText(const QAbstractItemModel &model, int section, Qt::Orientation orientation)
{
    return quoteCsvField(neutraliseFormula(model.headerData(section, orientation, Qt::DisplayRole).toString()));
}

} // namespace

QString neutraliseFormula(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && triggers.contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString quoteCsvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Status writeCsv(const QAbstractItemModel &model, QIODevice &device, bool withRowHeaders)
{
    QStringList header;
    if (withRowHeaders)
        header << QString();
    for (int column = 0; column < model.columnCount(); ++column)
        header << headerText(model, column, Qt::Horizontal);
    QByteArray buffer = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        if (withRowHeaders)
            cells << headerText(model, row, Qt::Vertical);
        for (int column = 0; column < model.columnCount(); ++column)
            cells << cellText(model, model.index(row, column));
        buffer += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (buffer.size() > (1 << 20)) {
            if (device.write(buffer) != buffer.size())
                return Error{QCoreApplication::translate("csv", "Cannot write the CSV file."), device.errorString()};
            buffer.clear();
        }
    }
    if (device.write(buffer) != buffer.size())
        return Error{QCoreApplication::translate("csv", "Cannot write the CSV file."), device.errorString()};
    return {};
}

Status writeCsvFile(const QAbstractItemModel &model, const QString &path, bool withRowHeaders)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("csv", "Cannot write %1.").arg(path), file.errorString()};
    if (Status status = writeCsv(model, file, withRowHeaders); !status)
        return status;
    if (!file.commit())
        return Error{QCoreApplication::translate("csv", "Cannot write %1.").arg(path), file.errorString()};
    return {};
}

} // namespace lodestar
