#pragma once

#include <QString>
#include <QStringList>

// The word lists generated sample data draws from (SampleGeneratorValues): names, places,
// products and short sentences that look like what a column holds.
namespace SampleWords {
const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &adjectives();
const QStringList &nouns();
const QStringList &companyWords();
const QStringList &companySuffixes();
const QStringList &cities();
const QStringList &countries();
const QStringList &countryCodes();
const QStringList &streets();
const QStringList &categories();
// "bio", "review", "description"; anything else: notes.
const QStringList &sentences(const QString &kind);
} // namespace SampleWords
