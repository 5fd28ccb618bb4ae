#include "notation.h"

#include <QCoreApplication>

QList<Notation> Notations::all()
{
    return {Notation::Badges, Notation::CrowsFoot, Notation::Idef1x};
}

QString Notations::jsonName(Notation notation)
{
    switch (notation) {
    case Notation::Badges:
        break;
    case Notation::CrowsFoot:
        return QStringLiteral("crows-foot");
    case Notation::Idef1x:
        return QStringLiteral("idef1x");
    }
    return QStringLiteral("badges");
}

bool Notations::fromJsonName(const QString &name, Notation *notation)
{
    for (Notation n : all()) {
        if (jsonName(n) == name) {
            *notation = n;
            return true;
        }
    }
    return false;
}

QString Notations::displayName(Notation notation)
{
    switch (notation) {
    case Notation::Badges:
        break;
    case Notation::CrowsFoot:
        return QCoreApplication::translate("Notation", "Crow's Foot (Cardinality)");
    case Notation::Idef1x:
        return QCoreApplication::translate("Notation", "IDEF1X");
    }
    return QCoreApplication::translate("Notation", "Arrows with Action Badges");
}
