#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The schemas that come with Joinery (resources/samples), each with what it shows.
class SampleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(SampleLibrary)
public:
    struct Sample
    {
        QString path; // a resource, ":/samples/shop.joinery"
        QString title; // translated
        QString description; // translated, one sentence
    };
    static QList<Sample> all();
    static QString defaultSample() { return QStringLiteral(":/samples/shop.joinery"); }
};
