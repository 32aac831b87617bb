#include "csvexport.h"

#include "itemroles.h"

#include "models/import/csvwriter.h"
#include "models/output/outputfile.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

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

/// One row of cells being built, with the kind of each for the CSV writer.
struct Row
{
    QStringList cells;
    QList<CsvCellKind> kinds;

    void add(const QString &cell, CsvCellKind kind = CsvCellKind::Text)
    {
        cells << cell;
        kinds << kind;
    }
};

void addCell(Row &row, const QAbstractItemModel &model, const QModelIndex &index)
{
    const QVariant raw = model.data(index, RawValueRole);
    if (isNumber(raw)) {
        // A number cannot carry a formula, so it is written as is; an unknown one as an empty cell.
        const double value = raw.toDouble();
        row.add(std::isfinite(value) ? QString::number(value, 'g', 15) : QString(), CsvCellKind::Number);
        return;
    }
    row.add(raw.isValid() ? raw.toString() : model.data(index, Qt::DisplayRole).toString());
}

} // namespace

Status writeCsv(const QAbstractItemModel &model, QIODevice &device, bool withRowHeaders)
{
    Row header;
    if (withRowHeaders)
        header.add(QString());
    for (int column = 0; column < model.columnCount(); ++column)
        header.add(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QByteArray buffer = csvLine(header.cells, header.kinds);
    for (int r = 0; r < model.rowCount(); ++r) {
        Row row;
        if (withRowHeaders)
            row.add(model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
        for (int column = 0; column < model.columnCount(); ++column)
            addCell(row, model, model.index(r, column));
        buffer += csvLine(row.cells, row.kinds);
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

Status writeCsvFile(const QAbstractItemModel &model, const QString &path, bool withRowHeaders, const QStringList &protectedFiles)
{
    OutputFile file(path, protectedFiles);
    if (Status opened = file.open(); !opened)
        return opened;
    if (Status status = writeCsv(model, file.device(), withRowHeaders); !status) {
        file.cancel();
        return status;
    }
    return file.commit();
}

} // namespace lodestar
