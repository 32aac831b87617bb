#include "importpreview.h"

#include "models/import/columnmapping.h"
#include "models/import/csvformat.h"
#include "models/import/csvreader.h"

namespace lodestar {

Result<ImportPreview> previewCsv(const QString &path, ImportKind kind, int maxRows)
{
    CsvReader reader;
    if (Status opened = reader.open(path); !opened)
        return opened.error();
    ImportPreview preview;
    preview.format = formatName(reader.format());
    CsvRecord record;
    if (reader.next(record)) {
        for (int i = 0; i < record.size(); ++i)
            preview.header << record.text(i);
    }
    while (preview.rows.size() < maxRows && reader.next(record)) {
        QStringList cells;
        for (int i = 0; i < record.size(); ++i)
            cells << record.text(i);
        preview.rows << cells;
    }
    if (!reader.status())
        return reader.status().error();
    const auto mapping = ColumnMapping::resolve(kind, preview.header, static_cast<int>(preview.header.size()), {});
    for (const FieldSpec &field : fieldsOf(kind))
        preview.guessedColumns << (mapping ? mapping->column(field.field) : -1);
    return preview;
}

} // namespace lodestar
