#pragma once

#include "schema.h"

#include <QString>
#include <QVector>

// The schemas every Drizzle test runs: the bundled samples and cases built for the generator's
// hard parts. Shared by the golden-file test and the verification with Drizzle's own tools.
struct DrizzleCase
{
    QString name; // file-name friendly: "shop", "cycle3", "hostile-names" ...
    Schema schema;
};

QVector<DrizzleCase> drizzleCases();
