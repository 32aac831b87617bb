#include "tscatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace lodestar::test {

namespace {

// Reads the inside of <translation>: plain text, or <numerusform> children for a plural message.
QStringList readTranslation(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            forms << xml.readElementText();
        else if (xml.isStartElement())
            xml.skipCurrentElement();
    }
    return forms.isEmpty() ? QStringList{text} : forms;
}

} // namespace

TsCatalogue readTsCatalogue(const QString &path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.errorString = QStringLiteral("cannot read ") + path;
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS"))
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            else if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                message = TsMessage{context, {}, {}, {}, {}};
            else if (name == QLatin1String("source"))
                message.source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                message.comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                message.translations = readTranslation(xml);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.messages.push_back(message);
        }
    }
    if (xml.hasError())
        catalogue.errorString = path + QStringLiteral(": ") + xml.errorString();
    return catalogue;
}

} // namespace lodestar::test
