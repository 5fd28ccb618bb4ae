#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class Schema;

// Writes the .joinery format: UTF-8 JSON, indented, keys sorted, tables and keys in document
// order, every field written, so that changing one field changes one line of a diff.
namespace SchemaWriter {
constexpr int FormatVersion = 1;

QByteArray toJson(const Schema &schema, const QJsonObject &extra = {});
// Atomic (QSaveFile): on any failure the previous file is untouched. Returns false and sets
// *error to a sentence naming the file and the reason.
bool save(const Schema &schema, const QString &path, QString *error,
          const QJsonObject &extra = {});
} // namespace SchemaWriter
