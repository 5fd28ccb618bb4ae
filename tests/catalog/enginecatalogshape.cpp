#include "enginecatalogshape.h"

#include "enginecatalog.h"

#include <QRegularExpression>

namespace {

// The value of a quoted grammar field ("…" with " doubled), without the quotes.
QString unquotedField(const QString &quoted)
{
    QString value = quoted;
    return value.replace(QStringLiteral("\"\""), QStringLiteral("\""));
}

// "no-action" → "NO ACTION".
QString keywordOfAction(const QString &grammarAction)
{
    return grammarAction.toUpper().replace(QLatin1Char('-'), QLatin1Char(' '));
}

// Splits `text`, from `from` on, into names of `known` separated by ','; with partOptions each
// name (or "(expression)") may carry index part options (":desc", ":collation=…", …), which are
// left out. Tries every known name that fits, so that a name holding a ',' still splits.
bool splitKnownNames(const QString &text, int from, const QStringList &known, bool partOptions,
                     QStringList *out)
{
    static const QRegularExpression options(QStringLiteral(
        "(?::(?:collation=[^,:]*|opclass=[^,:]*|desc|nulls=(?:first|last)|prefix=\\d+))*"));
    QStringList candidates = known;
    if (partOptions)
        candidates << QStringLiteral("(expression)");
    for (const QString &name : std::as_const(candidates)) {
        if (!QStringView(text).mid(from).startsWith(name))
            continue;
        qsizetype end = from + name.size();
        if (partOptions)
            end += options
                       .match(text, end, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption)
                       .capturedLength();
        if (end == text.size()) {
            out->append(name);
            return true;
        }
        if (text.at(end) != QLatin1Char(',') || end + 1 == text.size())
            continue;
        out->append(name);
        if (splitKnownNames(text, int(end + 1), known, partOptions, out))
            return true;
        out->removeLast();
    }
    return false;
}

class ShapeReader
{
public:
    ShapeReader(EngineCatalogShape *shape)
        : m_shape(shape)
    {
    }

    // The known table that `rest` starts with, followed by `separator`; empty when none, and an
    // error when more than one fits.
    QString leadingTable(const QString &rest, QChar separator)
    {
        QString found;
        for (const QString &table : std::as_const(m_shape->tables)) {
            if (rest.size() > table.size() && rest.startsWith(table)
                && rest.at(table.size()) == separator) {
                if (!found.isEmpty())
                    return QString();
                found = table;
            }
        }
        return found;
    }

    QStringList columnNames(const QString &table) const
    {
        QStringList result;
        for (const EngineCatalogShape::Column &column : m_shape->columns.value(table))
            result << column.name;
        return result;
    }

    bool splitColumns(const QString &table, const QString &list, bool partOptions,
                      QStringList *out) const
    {
        out->clear();
        return splitKnownNames(list, 0, columnNames(table), partOptions, out);
    }

    bool readTable(const QString &fact)
    {
        static const QRegularExpression pattern(
            QStringLiteral(
                "^table (.+?)(?: (?:autoincrement|strict|without_rowid|charset|collation|comment|"
                "engine|row_format|auto_increment|bound|inherits|options|partition_by|partition_of|"
                "persistence|replica_identity|row_security|tablespace)=.*)?$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = pattern.match(fact);
        if (m.hasMatch())
            m_shape->tables << m.captured(1);
        return m.hasMatch();
    }

    bool readColumn(const QString &fact)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^column (.+) (\\d+) type=\"((?:[^\"]|\"\")*)\" null=(yes|no)(?: .*)?$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = pattern.match(fact);
        const QString table
            = m.hasMatch() ? leadingTable(m.captured(1), QLatin1Char('.')) : QString();
        if (table.isEmpty())
            return false;
        QVector<EngineCatalogShape::Column> &columns = m_shape->columns[table];
        const int position = m.captured(2).toInt();
        if (columns.size() < position)
            columns.resize(position);
        columns[position - 1] = {m.captured(1).mid(table.size() + 1), unquotedField(m.captured(3)),
                                 m.captured(4) == QLatin1String("yes")};
        return true;
    }

    // "pk <t> name=<n> (<cols>) …" and "unique <t> name=<n> (<cols>) …".
    bool readKey(const QString &fact, const QString &kind)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^ name=(.*?) \\((.*?)\\)(?: [a-z_]+=.*)?$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QString rest = fact.mid(kind.size() + 1);
        const QString table = leadingTable(rest, QLatin1Char(' '));
        const QRegularExpressionMatch m = pattern.match(rest.mid(table.size()));
        QStringList columns;
        if (table.isEmpty() || !m.hasMatch() || !splitColumns(table, m.captured(2), true, &columns))
            return false;
        if (kind == QLatin1String("pk"))
            m_shape->primaryKeys.insert(table, columns);
        else
            m_shape->indexedColumns[table] << columns;
        return true;
    }

    bool readIndex(const QString &fact)
    {
        static const QRegularExpression pattern(
            QStringLiteral(
                "^ name=(.*?) unique=(?:yes|no) method=\\S+ \\((.*?)\\)(?: [a-z_]+=.*)?$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QString rest = fact.mid(6);
        const QString table = leadingTable(rest, QLatin1Char(' '));
        const QRegularExpressionMatch m = pattern.match(rest.mid(table.size()));
        QStringList columns;
        if (table.isEmpty() || !m.hasMatch() || !splitColumns(table, m.captured(2), true, &columns))
            return false;
        m_shape->indexedColumns[table] << columns;
        return true;
    }

    bool readForeignKey(const QString &fact)
    {
        static const QRegularExpression pattern(
            QStringLiteral(
                "^ name=(.*?) \\((.*?)\\) -> (.+?) \\((.*?)\\) delete=(\\S+) update=(\\S+) "
                "match=\\S+(?: deferrable=(\\S+))?(?: [a-z_]+=.*)?$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QString rest = fact.mid(3);
        const QString table = leadingTable(rest, QLatin1Char(' '));
        const QRegularExpressionMatch m = pattern.match(rest.mid(table.size()));
        if (table.isEmpty() || !m.hasMatch() || !m_shape->tables.contains(m.captured(3)))
            return false;
        EngineCatalogShape::ForeignKey key;
        key.table = table;
        key.name = m.captured(1);
        key.parent = m.captured(3);
        key.onDelete = keywordOfAction(m.captured(5));
        key.onUpdate = keywordOfAction(m.captured(6));
        key.deferrable = m.captured(7);
        if (!splitColumns(table, m.captured(2), false, &key.columns)
            || !splitColumns(key.parent, m.captured(4), false, &key.parentColumns)
            || key.columns.size() != key.parentColumns.size())
            return false;
        m_shape->foreignKeys << key;
        return true;
    }

private:
    EngineCatalogShape *m_shape;
};

// The shape without the tables outside the schema, and without the schema in the names.
void keepSchema(EngineCatalogShape *shape, const QString &prefix)
{
    const auto local = [&prefix](const QString &name) {
        return name.startsWith(prefix) ? name.mid(prefix.size()) : name;
    };
    const auto inSchema = [&prefix](const QString &name) {
        return name.startsWith(prefix);
    };
    EngineCatalogShape kept;
    for (const QString &table : std::as_const(shape->tables)) {
        if (!inSchema(table))
            continue;
        kept.tables << local(table);
        kept.columns.insert(local(table), shape->columns.value(table));
        if (shape->primaryKeys.contains(table))
            kept.primaryKeys.insert(local(table), shape->primaryKeys.value(table));
        if (shape->indexedColumns.contains(table))
            kept.indexedColumns.insert(local(table), shape->indexedColumns.value(table));
    }
    for (EngineCatalogShape::ForeignKey key : std::as_const(shape->foreignKeys)) {
        if (!inSchema(key.table))
            continue;
        key.table = local(key.table);
        key.parent = local(key.parent);
        kept.foreignKeys << key;
    }
    kept.tables.sort();
    kept.error = shape->error;
    *shape = kept;
}

} // namespace

EngineCatalogShape EngineCatalogShape::fromCatalog(const EngineCatalog &catalog,
                                                   const QString &schemaPrefix, bool withIndexes)
{
    EngineCatalogShape shape;
    if (!catalog.isValid()) {
        shape.error = catalog.error;
        return shape;
    }
    ShapeReader reader(&shape);
    QStringList failedFacts;
    const auto kindOf = [](const QString &fact) {
        return fact.section(QLatin1Char(' '), 0, 0);
    };
    // Tables first, then columns, then what names columns: each step splits by the one before.
    for (const QString &fact : catalog.facts) {
        if (kindOf(fact) == QLatin1String("table") && !reader.readTable(fact))
            failedFacts << fact;
    }
    for (const QString &fact : catalog.facts) {
        if (kindOf(fact) == QLatin1String("column") && !reader.readColumn(fact))
            failedFacts << fact;
    }
    for (auto it = shape.columns.cbegin(); it != shape.columns.cend(); ++it) {
        for (const Column &column : it.value()) {
            if (column.name.isEmpty())
                failedFacts
                    << QStringLiteral("(a gap in the column positions of %1)").arg(it.key());
        }
    }
    for (const QString &fact : catalog.facts) {
        const QString kind = kindOf(fact);
        bool ok = true;
        if (kind == QLatin1String("pk"))
            ok = reader.readKey(fact, kind);
        else if (kind == QLatin1String("fk"))
            ok = reader.readForeignKey(fact);
        else if (withIndexes && kind == QLatin1String("unique"))
            ok = reader.readKey(fact, kind);
        else if (withIndexes && kind == QLatin1String("index"))
            ok = reader.readIndex(fact);
        if (!ok)
            failedFacts << fact;
    }
    if (!failedFacts.isEmpty())
        shape.error
            = QStringLiteral("cannot read these facts:\n") + failedFacts.join(QLatin1Char('\n'));
    if (!schemaPrefix.isEmpty())
        keepSchema(&shape, schemaPrefix);
    return shape;
}
