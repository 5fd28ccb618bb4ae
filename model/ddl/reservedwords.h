#pragma once

#include <QSet>
#include <QString>

// Upper-case words each engine's parser does not accept as a bare identifier (its reserved
// keywords; for SQLite every keyword, since which ones fall back to names is version-specific).
// A name in the list is quoted; quoting a word that did not need it is harmless.
namespace ReservedWords {
const QSet<QString> &sqlite();
const QSet<QString> &postgresql();
const QSet<QString> &mysql(); // MySQL 8 and MariaDB 10.11 together
const QSet<QString> &sqlServer();
} // namespace ReservedWords
