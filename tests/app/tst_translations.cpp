#include "translationloader.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QKeySequence>
#include <QPushButton>
#include <QtTest>

// The chosen language reaches Qt's own texts too: standard buttons and dialogs, and the key
// names in menus. Qt's files come from Debian's qt6-translations-l10n (.ci/install-deps).
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { TranslationLoader::install(QLocale(QLocale::English)); }
    void qtTranslationsAreInstalled();
    void german();
    void french();
    void englishNeedsNone();

private:
    static QString cancelButtonText()
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    }
};

void TestTranslations::qtTranslationsAreInstalled()
{
    for (const char *language : {"de", "fr"}) {
        const QString file = TranslationLoader::qtTranslationsPath()
            + QStringLiteral("/qtbase_%1.qm").arg(QLatin1String(language));
        QVERIFY2(QFileInfo::exists(file),
                 qPrintable(file + QStringLiteral(" is missing: install qt6-translations-l10n")));
    }
}

void TestTranslations::german()
{
    QCOMPARE(TranslationLoader::install(QLocale(QStringLiteral("de"))), 3);
    QVERIFY(TranslationLoader::hasJoineryTranslation());
    QVERIFY(TranslationLoader::hasQtTranslation());
    QCOMPARE(cancelButtonText(), QStringLiteral("Abbrechen"));
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText),
             QStringLiteral("Strg+S"));
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText),
             QStringLiteral("Strg+Umschalt+Z"));
    // Joinery's own file came along.
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestTranslations::french()
{
    QCOMPARE(TranslationLoader::install(QLocale(QStringLiteral("fr"))), 3);
    QCOMPARE(cancelButtonText(), QStringLiteral("Annuler"));
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText),
             QStringLiteral("Ctrl+Maj+Z"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
}

void TestTranslations::englishNeedsNone()
{
    TranslationLoader::install(QLocale(QStringLiteral("de")));
    TranslationLoader::install(QLocale(QLocale::English));
    QVERIFY(!TranslationLoader::hasQtTranslation());
    QCOMPARE(cancelButtonText(), QStringLiteral("Cancel"));
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText),
             QStringLiteral("Ctrl+S"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
