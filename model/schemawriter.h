#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class Schema;

// Writes the .joinery format: UTF-8 JSON, indented, keys sorted, tables and keys in document
// order, one field per line, so that changing one field changes one line of a diff. Format 2
// leaves out fields that hold their default (a NOT NULL column writes "nullable": false, a
// nullable one writes nothing), which keeps files of thousands of tables small; SchemaReader
// reads a missing field as its default.
namespace SchemaWriter {
constexpr int FormatVersion = 2;

QByteArray toJson(const Schema &schema, const QJsonObject &extra = {});
// Atomic (QSaveFile): on any failure the previous file is untouched. Returns false and sets
// *error to a sentence naming the file and the reason.
bool save(const Schema &schema, const QString &path, QString *error, const QJsonObject &extra = {});
} // namespace SchemaWriter
