#pragma once

#include <QCoreApplication>
#include <QString>

class SchemaScene;

// Writes the whole diagram (not just what is in view) as PNG, SVG or PDF, chosen by the file's
// suffix. The selection is not drawn.
class ImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(ImageExporter)
public:
    static bool exportTo(SchemaScene *scene, const QString &path, QString *error);
};
