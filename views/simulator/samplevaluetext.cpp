#include "samplevaluetext.h"

#include "datatype.h"

#include <QLocale>

QString SampleValueText::display(const QVariant &value, const DataType &type)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    const int id = value.typeId();
    const bool isNumber = id == QMetaType::Double || id == QMetaType::Float
        || id == QMetaType::LongLong || id == QMetaType::Int || id == QMetaType::ULongLong
        || id == QMetaType::UInt;
    if (type.kind() == LogicalType::Decimal && type.scale() > 0) {
        // SQLite keeps decimals as REAL or INTEGER (or as text it could not convert).
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && (isNumber || id == QMetaType::QString))
            return QString::number(number, 'f', type.scale());
    }
    if (id == QMetaType::Double || id == QMetaType::Float)
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    if (id == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.left(16).toHex()))
            + (bytes.size() > 16 ? QStringLiteral("…") : QString());
    }
    return value.toString();
}
