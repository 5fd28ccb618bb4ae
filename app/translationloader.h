#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

// Installs the translations for one language: Joinery's own (compiled into the binary under
// :/i18n) and Qt's (qtbase_de.qm, qtbase_fr.qm … from Qt's translations folder, Debian's
// qt6-translations-l10n), so that standard dialogs, their buttons and the key names in menus
// ("Strg+S", "Maj+Ctrl+Z") follow the chosen language too.
//
// The language is JOINERY_LANGUAGE if set, else the preferences' choice (setting "language"),
// else the system's.
class TranslationLoader
{
public:
    static QLocale chosenLocale();
    // Replaces whatever an earlier call installed. Returns what was found: bit 0 Joinery's
    // file, bit 1 Qt's.
    static int install(const QLocale &locale);
    static bool hasJoineryTranslation() { return s_joinery != nullptr; }
    static bool hasQtTranslation() { return s_qt != nullptr; }
    // Where Qt's own .qm files are looked for.
    static QString qtTranslationsPath();

private:
    static QTranslator *s_joinery;
    static QTranslator *s_qt;
};
