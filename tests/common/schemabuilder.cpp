#include "schemabuilder.h"
#include "schemareader.h"

#include <QTest>

Id SchemaBuilder::table(const QString &name, const QStringList &columns, QPointF position)
{
    Table t;
    t.id = schema.allocateId();
    t.name = name;
    t.position = position;
    for (const QString &spec : columns) {
        const QStringList words = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        Column c;
        c.id = schema.allocateId();
        c.name = words.value(0);
        c.type = DataType::parse(words.value(1));
        for (const QString &word : words.mid(2)) {
            if (word == QLatin1String("notnull"))
                c.nullable = false;
            else if (word == QLatin1String("pk")) {
                c.nullable = false;
                t.primaryKey << c.id;
            } else if (word == QLatin1String("auto"))
                c.autoIncrement = true;
            else if (word == QLatin1String("unsigned"))
                c.isUnsigned = true;
            else if (word.startsWith(QLatin1String("default=")))
                c.defaultValue = word.mid(8);
        }
        t.columns << c;
    }
    schema.insertTable(-1, t);
    return t.id;
}

Id SchemaBuilder::column(const QString &table, const QString &column) const
{
    const Table *t = schema.tableByName(table);
    Q_ASSERT(t);
    const Column *c = t->columnByName(column);
    Q_ASSERT(c);
    return c->id;
}

Id SchemaBuilder::key(const QString &name, const QString &child, const QStringList &childColumns,
                      const QString &parent, const QStringList &parentColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate)
{
    ForeignKey k;
    k.id = schema.allocateId();
    k.name = name;
    k.childTable = schema.tableByName(child)->id;
    k.parentTable = schema.tableByName(parent)->id;
    for (const QString &c : childColumns)
        k.childColumns << column(child, c);
    for (const QString &c : parentColumns)
        k.parentColumns << column(parent, c);
    k.onDelete = onDelete;
    k.onUpdate = onUpdate;
    schema.insertForeignKey(-1, k);
    return k.id;
}

void SchemaBuilder::index(const QString &table, const QString &name, const QStringList &columns,
                          bool unique)
{
    Table t = *schema.tableByName(table);
    TableIndex i;
    i.id = schema.allocateId();
    i.name = name;
    i.unique = unique;
    for (const QString &c : columns)
        i.columns << column(table, c);
    t.indexes << i;
    schema.replaceTable(t);
}

void SchemaBuilder::unique(const QString &table, const QString &name, const QStringList &columns)
{
    Table t = *schema.tableByName(table);
    UniqueConstraint u;
    u.id = schema.allocateId();
    u.name = name;
    for (const QString &c : columns)
        u.columns << column(table, c);
    t.uniqueConstraints << u;
    schema.replaceTable(t);
}

Schema loadSample(const QString &fileName)
{
    SchemaReader reader;
    if (!reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/") + fileName))
        qFatal("cannot load sample %s: %s", qPrintable(fileName), qPrintable(reader.error()));
    return reader.schema();
}

bool sameSnapshot(const QByteArray &actual, const QByteArray &expected, QString *difference)
{
    if (actual == expected)
        return true;
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    int line = 0;
    while (line < a.size() && line < e.size() && a.at(line) == e.at(line))
        ++line;
    QStringList context;
    for (int i = qMax(0, line - 6); i < line; ++i)
        context << QString::fromUtf8(e.at(i));
    *difference = QStringLiteral("snapshots differ at line %1:\n%2\n- expected: %3\n+ actual:   %4")
                      .arg(line + 1)
                      .arg(context.join(QLatin1Char('\n')),
                           QString::fromUtf8(e.value(line, "<end>")),
                           QString::fromUtf8(a.value(line, "<end>")));
    return false;
}
