#include "differentialgenerator.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// A parent key a foreign key may reference: the primary key or a UNIQUE constraint.
struct Target
{
    QStringList columns;
    bool primary = false;
};

struct TablePlan
{
    QString name;
    QStringList columnDefs; // "name TYPE …", in order
    QStringList columns;
    QVariantList defaults;
    QVector<Target> targets;
    QStringList tableConstraints;
    QVector<DifferentialCase::Key> keys;
    QString dataColumn;
    QHash<QString, QString> types; // column -> declared type, of the keys' targets
};

const QStringList SpecialTableNames{QStringLiteral("order"),   QStringLiteral("my table"),
                                    QStringLiteral("Ünïcödé"), QStringLiteral("表"),
                                    QStringLiteral("a\"b"),    QStringLiteral("joinery_log"),
                                    QStringLiteral("Parent-Ω")};
const QStringList DataColumnNames{QStringLiteral("v"),      QStringLiteral("Größe"),
                                  QStringLiteral("select"), QStringLiteral("rowid"),
                                  QStringLiteral("oid"),    QStringLiteral("seq")};
const QStringList Actions{QStringLiteral("NO ACTION"), QStringLiteral("RESTRICT"),
                          QStringLiteral("CASCADE"), QStringLiteral("SET NULL"),
                          QStringLiteral("SET DEFAULT")};
const QStringList KeyTypes{QStringLiteral("INTEGER"), QStringLiteral("INT"),
                           QStringLiteral("TEXT"),    QString(),
                           QStringLiteral("NUMERIC"), QStringLiteral("BIGINT")};

QString literal(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray)
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QLatin1String("''"))
            + QLatin1Char('\'');
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 17);
    return QString::number(value.toLongLong());
}

} // namespace

DifferentialGenerator::DifferentialGenerator(quint32 seed, Engine target)
    : m_random(seed)
    , m_target(target)
{
}

QString DifferentialGenerator::quoteForTarget(const QString &name) const
{
    if (m_target != Engine::MariaDB)
        return quote(name);
    return QLatin1Char('`') + QString(name).replace(QLatin1Char('`'), QLatin1String("``"))
        + QLatin1Char('`');
}

QString DifferentialGenerator::quote(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QString DifferentialGenerator::pick(const QStringList &from)
{
    return from.at(int(m_random.bounded(quint32(from.size()))));
}

bool DifferentialGenerator::chance(int percent)
{
    return int(m_random.bounded(100u)) < percent;
}

QString DifferentialGenerator::randomValue(bool allowNull)
{
    if (allowNull && chance(15))
        return QStringLiteral("NULL");
    const int n = 1 + int(m_random.bounded(3u));
    if (chance(5))
        return QStringLiteral("'%1'").arg(n); // text that the parent's affinity may convert
    return QString::number(n);
}

QString DifferentialGenerator::action()
{
    return pick(Actions);
}

bool DifferentialGenerator::generate(int index, DifferentialCase *out, QString *error)
{
    *out = DifferentialCase();
    out->seed = index;
    const bool chain = chance(10);
    const int tableCount = chain ? 6 + int(m_random.bounded(4u)) : 2 + int(m_random.bounded(5u));
    QVector<TablePlan> plans(tableCount);
    QStringList used;
    for (int t = 0; t < tableCount; ++t) {
        TablePlan &p = plans[t];
        p.name = QStringLiteral("t%1").arg(t);
        if (chance(12)) {
            const QString special = pick(SpecialTableNames);
            if (!used.contains(special, Qt::CaseInsensitive)) {
                p.name = special;
                out->features << QStringLiteral("name");
            }
        }
        used << p.name;
        // The primary key: a rowid alias, a plain INT key (NULL allowed, as SQLite allows
        // it), or a composite key. Engines have no NULL in a primary key.
        const QString notNull = forEngine() ? QStringLiteral(" NOT NULL") : QString();
        switch (m_random.bounded(4u)) {
        case 0:
        case 1:
            p.columnDefs << QStringLiteral("id INTEGER%1 PRIMARY KEY").arg(notNull);
            p.columns << QStringLiteral("id");
            p.types.insert(QStringLiteral("id"), QStringLiteral("INTEGER"));
            p.targets << Target{{QStringLiteral("id")}, true};
            break;
        case 2:
            p.columnDefs << QStringLiteral("id INT%1 PRIMARY KEY").arg(notNull);
            p.columns << QStringLiteral("id");
            p.types.insert(QStringLiteral("id"), QStringLiteral("INT"));
            p.targets << Target{{QStringLiteral("id")}, true};
            break;
        default:
            p.columnDefs << QStringLiteral("a INT") + notNull << QStringLiteral("b INT") + notNull;
            p.columns << QStringLiteral("a") << QStringLiteral("b");
            p.types.insert(QStringLiteral("a"), QStringLiteral("INT"));
            p.types.insert(QStringLiteral("b"), QStringLiteral("INT"));
            p.tableConstraints << QStringLiteral("PRIMARY KEY (a, b)");
            p.targets << Target{{QStringLiteral("a"), QStringLiteral("b")}, true};
            out->features << QStringLiteral("composite");
            break;
        }
        p.defaults = QVariantList(p.columns.size());
        if (chance(40)) {
            const bool pair = chance(40);
            p.columnDefs << (pair ? QStringLiteral("u INT") : QStringLiteral("u INT UNIQUE"));
            p.columns << QStringLiteral("u");
            p.types.insert(QStringLiteral("u"), QStringLiteral("INT"));
            p.defaults << QVariant();
            if (pair) {
                const QString textType
                    = forEngine() ? QStringLiteral("VARCHAR(20)") : QStringLiteral("TEXT");
                p.types.insert(QStringLiteral("w"), textType);
                p.columnDefs << QStringLiteral("w ") + textType;
                p.columns << QStringLiteral("w");
                p.defaults << QVariant();
                p.tableConstraints << QStringLiteral("UNIQUE (u, w)");
                p.targets << Target{{QStringLiteral("u"), QStringLiteral("w")}, false};
            } else {
                p.targets << Target{{QStringLiteral("u")}, false};
            }
        }
        p.dataColumn = chance(20) ? pick(DataColumnNames) : QStringLiteral("v");
        if (p.dataColumn != QLatin1String("v"))
            out->features << QStringLiteral("column-name");
        p.columnDefs << quote(p.dataColumn) + QStringLiteral(" INT");
        p.columns << p.dataColumn;
        p.defaults << QVariant();
    }

    // The keys: in a chain each table references the one before it; otherwise any table.
    int fkNumber = 0;
    for (int t = 0; t < tableCount; ++t) {
        TablePlan &child = plans[t];
        int keyCount = int(m_random.bounded(3u));
        if (chain && t > 0)
            keyCount = qMax(keyCount, 1);
        for (int k = 0; k < keyCount; ++k) {
            const int parentIndex
                = chain && k == 0 && t > 0 ? t - 1 : int(m_random.bounded(quint32(tableCount)));
            TablePlan &parent = plans[parentIndex];
            const Target target
                = parent.targets.at(int(m_random.bounded(quint32(parent.targets.size()))));
            DifferentialCase::Key key;
            key.parent = parent.name;
            key.onDelete = chance(85) ? action() : QStringLiteral("NO ACTION");
            key.onUpdate = chance(70) ? action() : QStringLiteral("NO ACTION");
            if (chain && k == 0)
                key.onDelete = chance(50) ? QStringLiteral("CASCADE") : action();
            key.deferred = chance(12);
            if (parentIndex == t)
                out->features << QStringLiteral("self");
            if (parentIndex > t)
                out->features << QStringLiteral("child-first");
            if (!target.primary)
                out->features << QStringLiteral("unique");
            if (key.deferred)
                out->features << QStringLiteral("deferrable");
            QStringList defs;
            for (int c = 0; c < target.columns.size(); ++c) {
                const QString name = QStringLiteral("f%1_%2").arg(fkNumber).arg(c);
                QString def = name;
                QString type = pick(KeyTypes);
                if (forEngine())
                    type = parent.types.value(target.columns.at(c));
                if (!type.isEmpty())
                    def += QLatin1Char(' ') + type;
                QVariant defaultValue;
                if (chance(35)) {
                    defaultValue
                        = chance(20) ? QVariant() : QVariant(1 + int(m_random.bounded(4u)));
                    def += QStringLiteral(" DEFAULT ") + literal(defaultValue);
                }
                defs << def;
                child.columns << name;
                child.defaults << defaultValue;
                key.childColumns << name;
            }
            ++fkNumber;
            QString clause = QStringLiteral("REFERENCES ") + quote(parent.name);
            const bool implicit = target.primary && target.columns.size() == 1 && chance(30);
            if (!implicit) {
                QStringList quoted;
                for (const QString &c : target.columns)
                    quoted << quote(c);
                clause += QStringLiteral(" (%1)").arg(quoted.join(QLatin1String(", ")));
            }
            if (key.onDelete != QLatin1String("NO ACTION") || chance(20))
                clause += QStringLiteral(" ON DELETE ") + key.onDelete;
            if (key.onUpdate != QLatin1String("NO ACTION") || chance(20))
                clause += QStringLiteral(" ON UPDATE ") + key.onUpdate;
            if (key.deferred)
                clause += QStringLiteral(" DEFERRABLE INITIALLY DEFERRED");
            // MariaDB takes no NOT NULL column whose default is NULL.
            const bool notNull = chance(10)
                && !(m_target == Engine::MariaDB
                     && defs.first().contains(QLatin1String(" DEFAULT NULL")));
            if (defs.size() == 1 && chance(50)) {
                // A column constraint, sometimes after another one (NOT NULL, CHECK).
                QString def = defs.first();
                if (notNull)
                    def += QStringLiteral(" NOT NULL");
                if (chance(20)) {
                    // Unquoted for the engines: MariaDB would read "f0_0" as a string.
                    const QString name = defs.first().section(QLatin1Char(' '), 0, 0);
                    def += QStringLiteral(" CHECK (%1 IS NULL OR %1 < 10)")
                               .arg(forEngine() ? name : quote(name));
                }
                // SQLite also takes DEFERRABLE as a constraint of its own after the key, with
                // others between.
                const QString deferrable = QStringLiteral(" DEFERRABLE INITIALLY DEFERRED");
                if (key.deferred && chance(50))
                    def += QLatin1Char(' ') + QString(clause).remove(deferrable)
                        + QStringLiteral(" UNIQUE") + deferrable;
                else
                    def += QLatin1Char(' ') + clause;
                child.columnDefs << def;
            } else {
                if (notNull)
                    defs.first() += QStringLiteral(" NOT NULL");
                child.columnDefs << defs;
                QString constraint;
                if (chance(30))
                    constraint = QStringLiteral("CONSTRAINT %1 ")
                                     .arg(quote(QStringLiteral("fk %1").arg(fkNumber)));
                child.tableConstraints << constraint
                        + QStringLiteral("FOREIGN KEY (%1) ")
                              .arg(key.childColumns.join(QLatin1String(", ")))
                        + clause;
            }
            child.keys << key;
        }
    }

    // The script, in an order that is random too: tables often come before their parents.
    QVector<int> order;
    for (int t = 0; t < tableCount; ++t)
        order << t;
    if (chance(50)) {
        for (int i = tableCount - 1; i > 0; --i)
            std::swap(order[i], order[int(m_random.bounded(quint32(i + 1)))]);
    }
    for (int t : order) {
        const TablePlan &p = plans.at(t);
        out->script += QStringLiteral("CREATE TABLE %1 (%2);\n")
                           .arg(quote(p.name),
                                (p.columnDefs + p.tableConstraints).join(QLatin1String(", ")));
        out->tables << DifferentialCase::Table{p.name, p.columns, p.defaults, p.keys};
    }

    // The rows. SQLite's foreign_key_check and its COMMIT do not always agree (the COMMIT
    // counts violations as the rows change); rows that a COMMIT refuses are drawn again.
    bool loaded = false;
    for (int attempt = 0; attempt < 10 && !loaded; ++attempt) {
        if (!fillRows(out, error))
            return false;
        loaded = loads(*out);
    }
    if (!loaded)
        out->inserts.clear();

    // The statement.
    const DifferentialCase::Table &table
        = out->tables.at(int(m_random.bounded(quint32(tableCount))));
    out->table = table.name;
    // The engines compare a text column with text only (PostgreSQL has no text = integer).
    QSet<QString> textColumns;
    for (const TablePlan &p : std::as_const(plans)) {
        if (p.name != table.name || !forEngine())
            continue;
        for (const QString &def : p.columnDefs) {
            const QStringList words = def.split(QLatin1Char(' '));
            if (words.size() > 1 && words.at(1).startsWith(QLatin1String("VARCHAR")))
                textColumns.insert(words.first());
        }
    }
    auto valueFor = [&](const QString &column) {
        const QString value = randomValue(false);
        return textColumns.contains(column) && !value.startsWith(QLatin1Char('\''))
            ? QLatin1Char('\'') + value + QLatin1Char('\'')
            : value;
    };
    const QString whereName = pick(table.columns);
    const QString whereColumn = quoteForTarget(whereName);
    switch (m_random.bounded(6u)) {
    case 0:
        break;
    case 1:
        out->where = whereColumn + QStringLiteral(" IS NULL");
        break;
    case 2: {
        const QString first = valueFor(whereName);
        out->where = QStringLiteral("%1 IN (%2, %3)").arg(whereColumn, first, valueFor(whereName));
        break;
    }
    case 3:
        out->where = QStringLiteral("%1 > %2").arg(whereColumn, valueFor(whereName));
        break;
    default:
        out->where = QStringLiteral("%1 = %2").arg(whereColumn, valueFor(whereName));
        break;
    }
    const QString where = out->where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + out->where;
    if (chance(50)) {
        out->statement = QStringLiteral("DELETE FROM %1%2").arg(quoteForTarget(table.name), where);
        out->features << QStringLiteral("delete");
    } else {
        // Mostly a key column: the primary key, a UNIQUE column, a foreign key's column.
        const QString columnName = chance(70)
            ? table.columns.at(int(m_random.bounded(quint32(table.columns.size() - 1))))
            : table.columns.last();
        const QString column = quoteForTarget(columnName);
        QString value;
        switch (m_random.bounded(4u)) {
        case 0:
            value = textColumns.contains(columnName) ? valueFor(columnName)
                                                     : column + QStringLiteral(" + 1");
            break;
        case 1:
            value = QStringLiteral("NULL");
            break;
        default:
            value = valueFor(columnName);
            break;
        }
        // A rowid alias set to NULL takes the next free rowid, which the reference cannot
        // follow; any other value it can.
        if (value == QLatin1String("NULL") && columnName == QLatin1String("id")
            && (out->script.contains(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY")
                                         .arg(quote(table.name)))
                || out->script.contains(QStringLiteral("CREATE TABLE %1 (id INTEGER NOT NULL "
                                                       "PRIMARY KEY")
                                            .arg(quote(table.name)))))
            value = randomValue(false);
        // OR REPLACE is SQLite's own.
        const bool replace = chance(8) && !forEngine();
        // UPDATE OR REPLACE goes through the rowids it found, whichever row is there by then:
        // with "id + 1" the reference would have to follow each row as it moves on.
        if (replace && value.contains(column))
            value = randomValue(false);
        out->setColumn = column;
        out->setValue = value;
        out->statement = QStringLiteral("UPDATE%1 %2 SET %3 = %4%5")
                             .arg(replace ? QStringLiteral(" OR REPLACE") : QString(),
                                  quoteForTarget(table.name), column, value, where);
        out->features << (replace ? QStringLiteral("update-or-replace") : QStringLiteral("update"));
    }
    out->defer = chance(20);
    if (out->defer)
        out->features << QStringLiteral("defer");
    if (chain)
        out->features << QStringLiteral("chain");
    out->features.removeDuplicates();
    return true;
}

// Random rows, then made consistent by removing what violates a key, as SQLite sees it.
bool DifferentialGenerator::fillRows(DifferentialCase *out, QString *error)
{
    out->inserts.clear();
    const QString connection = QStringLiteral("differential_generator");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : out->script.split(QLatin1String(";\n"), Qt::SkipEmptyParts)) {
            if (ok && !q.exec(sql)) {
                *error = q.lastError().text() + QLatin1Char('\n') + sql;
                ok = false;
            }
        }
        for (const DifferentialCase::Table &table : std::as_const(out->tables)) {
            const int rows = 2 + int(m_random.bounded(5u));
            QStringList quoted;
            for (const QString &c : table.columns)
                quoted << quote(c);
            for (int r = 0; ok && r < rows; ++r) {
                QStringList values;
                for (int c = 0; c < table.columns.size(); ++c) {
                    // The engines have no NULL in a primary key.
                    const QString &name = table.columns.at(c);
                    const bool key = name == QLatin1String("id") || name == QLatin1String("a")
                        || name == QLatin1String("b");
                    values << randomValue(!(forEngine() && key));
                }
                q.exec(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                           .arg(quote(table.name), quoted.join(QLatin1String(", ")),
                                values.join(QLatin1String(", "))));
            }
        }
        for (int round = 0; ok && round < 50; ++round) {
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
                *error = q.lastError().text();
                ok = false;
                break;
            }
            QVector<QPair<QString, qlonglong>> violations;
            while (q.next())
                violations.append({q.value(0).toString(), q.value(1).toLongLong()});
            if (violations.isEmpty())
                break;
            for (const auto &v : violations) {
                QStringList columns;
                for (const DifferentialCase::Table &table : std::as_const(out->tables)) {
                    if (table.name == v.first)
                        columns = table.columns;
                }
                q.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = %3")
                           .arg(quote(v.first), rowidName(columns))
                           .arg(v.second));
            }
        }
        for (const DifferentialCase::Table &table : std::as_const(out->tables)) {
            QStringList quoted;
            for (const QString &c : table.columns)
                quoted << quote(c);
            const QString columns = quoted.join(QLatin1String(", "));
            q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columns, quote(table.name), rowidName(table.columns)));
            while (q.next()) {
                QStringList values;
                for (int c = 0; c < table.columns.size(); ++c)
                    values << literal(q.value(c));
                out->inserts << QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(quote(table.name), columns,
                                         values.join(QLatin1String(", ")));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return false;
    return true;
}

bool DifferentialGenerator::loads(const DifferentialCase &c)
{
    const QString connection = QStringLiteral("differential_check");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (const QString &sql : c.script.split(QLatin1String(";\n"), Qt::SkipEmptyParts))
            ok = ok && q.exec(sql);
        ok = ok && q.exec(QStringLiteral("BEGIN"))
            && q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const QString &sql : c.inserts)
            ok = ok && q.exec(sql);
        ok = ok && q.exec(QStringLiteral("COMMIT"));
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString DifferentialGenerator::rowidName(const QStringList &columns)
{
    for (const char *name : {"_rowid_", "rowid", "oid"}) {
        if (!columns.contains(QLatin1String(name), Qt::CaseInsensitive))
            return QLatin1String(name);
    }
    return {};
}
