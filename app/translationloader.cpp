#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

QTranslator *TranslationLoader::s_joinery = nullptr;
QTranslator *TranslationLoader::s_qt = nullptr;

QLocale TranslationLoader::chosenLocale()
{
    QString language = qEnvironmentVariable("JOINERY_LANGUAGE");
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    return language.isEmpty() ? QLocale() : QLocale(language);
}

QString TranslationLoader::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

int TranslationLoader::install(const QLocale &locale)
{
    for (QTranslator **t : {&s_joinery, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    int found = 0;
    auto joinery = new QTranslator;
    if (joinery->load(locale, QStringLiteral("joinery"), QStringLiteral("_"),
                      QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(joinery);
        s_joinery = joinery;
        found |= 1;
    } else {
        delete joinery;
    }
    // English needs none; for another language a missing file only leaves Qt's texts English.
    auto qt = new QTranslator;
    if (locale.language() != QLocale::English
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslationsPath())) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
        found |= 2;
    } else {
        delete qt;
    }
    return found;
}
