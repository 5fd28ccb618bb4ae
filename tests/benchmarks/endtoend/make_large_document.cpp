#include "schemawriter.h"
#include "syntheticschema.h"

#include <QCoreApplication>
#include <QTextStream>

// Writes the generated document the end-to-end benchmarks open and export (SyntheticSchema::
// largeDocument): make_large_document OUT.joinery [TABLES=5000]
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 2) {
        err << "usage: make_large_document OUT.joinery [TABLES]\n";
        return 2;
    }
    const int tables = arguments.size() > 2 ? arguments.at(2).toInt() : 5000;
    const Schema schema = SyntheticSchema::largeDocument(tables);
    QString error;
    if (!SchemaWriter::save(schema, arguments.at(1), &error)) {
        err << error << '\n';
        return 2;
    }
    QTextStream(stdout) << schema.tableCount() << " tables, " << schema.foreignKeyCount()
                        << " keys\n";
    return 0;
}
