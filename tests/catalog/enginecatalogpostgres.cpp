#include "enginecatalog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// PostgreSQL's catalog (pg_catalog, as pg_dump reads it) in EngineCatalog's grammar. Every user
// schema is read; objects that belong to an extension (PostGIS's spatial_ref_sys, cube's types
// and functions ...) are the extension's, stated once as "extension <name>". Expressions,
// defaults and types are printed by the engine itself (pg_get_expr, format_type,
// pg_get_constraintdef ...), so two databases built from different spellings of the same DDL
// compare equal.

namespace {

QString list(const QStringList &items)
{
    return QLatin1Char('(') + items.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString actionFromCode(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("a"), QStringLiteral("no-action")},
        {QStringLiteral("r"), QStringLiteral("restrict")},
        {QStringLiteral("c"), QStringLiteral("cascade")},
        {QStringLiteral("n"), QStringLiteral("set-null")},
        {QStringLiteral("d"), QStringLiteral("set-default")},
    };
    return names.value(code, QStringLiteral("?") + code);
}

QString deferrability(bool deferrable, bool deferred)
{
    if (!deferrable)
        return QStringLiteral("not-deferrable");
    return deferred ? QStringLiteral("initially-deferred") : QStringLiteral("initially-immediate");
}

bool yes(const QVariant &value)
{
    return value.toBool();
}

// Relations, types and routines of user schemas that no extension owns.
const char userNamespace[]
    = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
      "AND n.nspname NOT LIKE 'pg\\_temp%'";

QString notExtensionMember(const QString &classTable, const QString &oid)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '%1'::regclass "
                          "AND e.objid = %2 AND e.deptype = 'e')")
        .arg(classTable, oid);
}

class Reader
{
public:
    explicit Reader(QSqlDatabase db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }

    bool run(const QString &sql)
    {
        if (m_query.exec(sql))
            return true;
        m_error = m_query.lastError().text() + QStringLiteral("\nin: ") + sql;
        return false;
    }
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QString text(int i) const { return m_query.value(i).toString(); }
    QString error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_error;
};

// The user tables (plain and partitioned), as "schema.name" by oid.
const QString tableFilter
    = QStringLiteral("SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE c.relkind IN ('r', 'p') AND %1 AND %2")
          .arg(QLatin1String(userNamespace),
               notExtensionMember(QStringLiteral("pg_class"), QStringLiteral("c.oid")));

bool readTables(Reader &r, QStringList *facts)
{
    if (!r.run(
            QStringLiteral(
                "SELECT n.nspname || '.' || c.relname, c.relpersistence, "
                "CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, "
                "(SELECT pn.nspname || '.' || p.relname FROM pg_inherits i JOIN pg_class p ON "
                "p.oid = "
                "i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = "
                "c.oid "
                "AND c.relispartition), "
                "pg_get_expr(c.relpartbound, c.oid), "
                "(SELECT string_agg(pn.nspname || '.' || p.relname, ',' ORDER BY i.inhseqno) FROM "
                "pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON "
                "pn.oid "
                "= p.relnamespace WHERE i.inhrelid = c.oid AND NOT c.relispartition), "
                "array_to_string(c.reloptions, ','), ts.spcname, obj_description(c.oid, "
                "'pg_class'), "
                "c.relrowsecurity, c.relforcerowsecurity, c.relreplident "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace "
                "WHERE c.oid IN (%1)")
                .arg(tableFilter)))
        return false;
    while (r.next()) {
        QStringList fact{QStringLiteral("table"), r.text(0)};
        // Options in key order.
        if (!r.text(8).isEmpty())
            fact << QStringLiteral("comment=") + EngineCatalog::quoted(r.text(8));
        if (!r.text(3).isEmpty())
            fact << QStringLiteral("bound=") + EngineCatalog::quoted(r.text(4));
        if (!r.text(5).isEmpty())
            fact << QStringLiteral("inherits=(%1)").arg(r.text(5));
        if (!r.text(6).isEmpty())
            fact << QStringLiteral("options=") + EngineCatalog::quoted(r.text(6));
        if (!r.text(2).isEmpty())
            fact << QStringLiteral("partition_by=") + EngineCatalog::quoted(r.text(2));
        if (!r.text(3).isEmpty())
            fact << QStringLiteral("partition_of=") + r.text(3);
        if (r.text(1) == QLatin1String("u"))
            fact << QStringLiteral("persistence=unlogged");
        if (r.text(11) != QLatin1String("d"))
            fact << QStringLiteral("replica_identity=") + r.text(11);
        if (yes(r.value(9)))
            fact << QStringLiteral("row_security=%1")
                        .arg(yes(r.value(10)) ? QStringLiteral("forced")
                                              : QStringLiteral("enabled"));
        if (!r.text(7).isEmpty())
            fact << QStringLiteral("tablespace=") + r.text(7);
        *facts << fact.join(QLatin1Char(' '));
    }
    return true;
}

bool readColumns(Reader &r, QStringList *facts)
{
    // The sequence behind an identity column, for its options.
    if (!r.run(
            QStringLiteral(
                "SELECT n.nspname || '.' || c.relname, a.attname, "
                "row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum), "
                "format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                "pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, "
                "CASE WHEN a.attcollation <> t.typcollation THEN "
                "  (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE cn.nspname || "
                "'.' "
                "   || co.collname END FROM pg_collation co JOIN pg_namespace cn ON cn.oid = "
                "   co.collnamespace WHERE co.oid = a.attcollation) END, "
                "col_description(a.attrelid, a.attnum), a.attislocal, "
                "(SELECT format('seq=%s.%s start=%s increment=%s min=%s max=%s cache=%s cycle=%s', "
                "   sn.nspname, sc.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, "
                "s.seqcache, "
                "   CASE WHEN s.seqcycle THEN 'yes' ELSE 'no' END) "
                " FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid "
                " JOIN pg_class sc ON sc.oid = s.seqrelid JOIN pg_namespace sn ON sn.oid = "
                " sc.relnamespace WHERE dep.classid = 'pg_class'::regclass AND dep.refobjid = "
                " a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'), "
                "a.attstorage <> t.typstorage, a.attstorage, a.attcompression, a.attstattarget "
                "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_type t ON t.oid = a.atttypid "
                "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                "WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attrelid IN (%1)")
                .arg(tableFilter)))
        return false;
    while (r.next()) {
        QStringList fact{QStringLiteral("column"), r.text(0) + QLatin1Char('.') + r.text(1),
                         r.text(2), QStringLiteral("type=") + EngineCatalog::quoted(r.text(3)),
                         QStringLiteral("null=") + (yes(r.value(4)) ? "no" : "yes")};
        const QString identity = r.text(6);
        const bool generated = r.text(7) == QLatin1String("s");
        if (!r.text(5).isEmpty() && !generated)
            fact << QStringLiteral("default=") + EngineCatalog::quoted(r.text(5));
        if (!identity.isEmpty()) {
            fact << QStringLiteral("identity=")
                    + (identity == QLatin1String("a") ? QStringLiteral("always")
                                                      : QStringLiteral("by-default"));
            fact << QStringLiteral("identity_options=") + EngineCatalog::quoted(r.text(11));
        }
        if (generated)
            fact << QStringLiteral("generated=") + EngineCatalog::quoted(r.text(5))
                    + QStringLiteral(" stored=yes");
        if (!r.text(8).isEmpty())
            fact << QStringLiteral("collation=") + r.text(8);
        if (!r.text(9).isEmpty())
            fact << QStringLiteral("comment=") + EngineCatalog::quoted(r.text(9));
        if (!yes(r.value(10)))
            fact << QStringLiteral("local=no");
        if (yes(r.value(12)))
            fact << QStringLiteral("storage=") + r.text(13);
        if (!r.text(14).isEmpty())
            fact << QStringLiteral("compression=") + r.text(14);
        if (r.value(15).toInt() >= 0)
            fact << QStringLiteral("statistics=") + r.text(15);
        *facts << fact.join(QLatin1Char(' '));
    }
    return true;
}

bool readConstraints(Reader &r, QStringList *facts)
{
    // Column names of conkey/confkey/confdelsetcols in their order.
    auto names = [](const QString &relation, const QString &keys) {
        return QStringLiteral("(SELECT string_agg(a.attname, ',' ORDER BY k.o) FROM unnest(%2) "
                              "WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = %1 "
                              "AND a.attnum = k.n)")
            .arg(relation, keys);
    };
    if (!r.run(
            QStringLiteral(
                "SELECT n.nspname || '.' || c.relname, con.conname, con.contype, %1, "
                "(SELECT pn.nspname || '.' || p.relname FROM pg_class p JOIN pg_namespace pn ON "
                " pn.oid = p.relnamespace WHERE p.oid = con.confrelid), %2, con.confdeltype, "
                "con.confupdtype, con.confmatchtype, con.condeferrable, con.condeferred, "
                "con.convalidated, con.conislocal, con.connoinherit, "
                "pg_get_expr(con.conbin, con.conrelid), pg_get_constraintdef(con.oid), "
                "(SELECT i.indnullsnotdistinct FROM pg_index i WHERE i.indexrelid = con.conindid), "
                "(SELECT array_to_string(ic.reloptions, ',') FROM pg_class ic WHERE ic.oid = "
                " con.conindid), "
                "(SELECT ts.spcname FROM pg_class ic JOIN pg_tablespace ts ON ts.oid = "
                " ic.reltablespace WHERE ic.oid = con.conindid), %3 "
                "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE con.conrelid IN (%4)")
                .arg(names(QStringLiteral("con.conrelid"), QStringLiteral("con.conkey")),
                     names(QStringLiteral("con.confrelid"), QStringLiteral("con.confkey")),
                     names(QStringLiteral("con.conrelid"), QStringLiteral("con.confdelsetcols")),
                     tableFilter)))
        return false;
    while (r.next()) {
        const QString table = r.text(0);
        const QString name = QStringLiteral("name=") + r.text(1);
        const QString type = r.text(2);
        const QString columns = QLatin1Char('(') + r.text(3) + QLatin1Char(')');
        QStringList fact;
        auto indexOptions = [&] {
            if (!r.text(17).isEmpty())
                fact << QStringLiteral("options=") + EngineCatalog::quoted(r.text(17));
            if (!r.text(18).isEmpty())
                fact << QStringLiteral("tablespace=") + r.text(18);
        };
        if (type == QLatin1String("p")) {
            fact << QStringLiteral("pk") << table << name << columns;
            if (yes(r.value(9)))
                fact << QStringLiteral("deferrable=") + deferrability(true, yes(r.value(10)));
            indexOptions();
        } else if (type == QLatin1String("u")) {
            fact << QStringLiteral("unique") << table << name << columns;
            if (yes(r.value(9)))
                fact << QStringLiteral("deferrable=") + deferrability(true, yes(r.value(10)));
            if (yes(r.value(16)))
                fact << QStringLiteral("nulls_not_distinct=yes");
            indexOptions();
        } else if (type == QLatin1String("f")) {
            static const QHash<QString, QString> matches = {{QStringLiteral("s"), "simple"},
                                                            {QStringLiteral("f"), "full"},
                                                            {QStringLiteral("p"), "partial"}};
            fact << QStringLiteral("fk") << table << name << columns << QStringLiteral("->")
                 << r.text(4) << QLatin1Char('(') + r.text(5) + QLatin1Char(')')
                 << QStringLiteral("delete=") + actionFromCode(r.text(6))
                 << QStringLiteral("update=") + actionFromCode(r.text(7))
                 << QStringLiteral("match=") + matches.value(r.text(8), r.text(8))
                 << QStringLiteral("deferrable=")
                    + deferrability(yes(r.value(9)), yes(r.value(10)));
            if (!r.text(19).isEmpty())
                fact << QStringLiteral("delete_set=(%1)").arg(r.text(19));
            if (!yes(r.value(11)))
                fact << QStringLiteral("not_valid=yes");
        } else if (type == QLatin1String("c")) {
            fact << QStringLiteral("check") << table << name;
            if (!yes(r.value(12)))
                fact << QStringLiteral("local=no");
            if (yes(r.value(13)))
                fact << QStringLiteral("no_inherit=yes");
            if (!yes(r.value(11)))
                fact << QStringLiteral("not_valid=yes");
            fact << EngineCatalog::quoted(r.text(14));
        } else {
            // Exclusion constraints and constraint triggers: what Joinery does not model, named
            // so that a lost one shows.
            fact << QStringLiteral("constraint") << table << name << QStringLiteral("type=") + type
                 << EngineCatalog::quoted(r.text(15));
        }
        *facts << fact.join(QLatin1Char(' '));
    }
    return true;
}

bool readIndexes(Reader &r, QStringList *facts)
{
    // One row per key part; the indexes behind constraints are the constraints' own.
    if (!r.run(
            QStringLiteral(
                "SELECT n.nspname || '.' || c.relname, ic.relname, i.indisunique, am.amname, k.o, "
                "pg_get_indexdef(i.indexrelid, k.o::int, true), k.attnum = 0, "
                "CASE WHEN k.coll <> 0 AND k.coll IS DISTINCT FROM (CASE WHEN k.attnum = 0 THEN "
                "  (SELECT t.typcollation FROM pg_attribute ia JOIN pg_type t ON t.oid = "
                "ia.atttypid "
                "   WHERE ia.attrelid = i.indexrelid AND ia.attnum = k.o) ELSE (SELECT "
                "a.attcollation "
                "   FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum) "
                "END) "
                "  THEN (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE "
                "cn.nspname "
                "   || '.' || co.collname END FROM pg_collation co JOIN pg_namespace cn ON cn.oid "
                "= "
                "   co.collnamespace WHERE co.oid = k.coll) END, "
                "(SELECT CASE WHEN op.opcdefault THEN NULL ELSE op.opcname END FROM pg_opclass op "
                " WHERE op.oid = k.cls), k.opt, k.o > i.indnkeyatts, "
                "pg_get_expr(i.indpred, i.indrelid), array_to_string(ic.reloptions, ','), "
                "ts.spcname, i.indnullsnotdistinct, "
                "(SELECT count(*) FROM pg_depend dep WHERE dep.classid = 'pg_class'::regclass "
                " AND dep.objid = i.indexrelid AND dep.deptype IN ('P', 'S')) > 0 "
                "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
                "JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = "
                "c.relnamespace "
                "JOIN pg_am am ON am.oid = ic.relam "
                "LEFT JOIN pg_tablespace ts ON ts.oid = ic.reltablespace "
                "CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indcollation::oid[], "
                "  i.indclass::oid[], i.indoption::int2[]) WITH ORDINALITY k(attnum, coll, cls, "
                "opt, o) "
                "WHERE i.indrelid IN (%1) AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE "
                "con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')) "
                "ORDER BY 1, 2, k.o")
                .arg(tableFilter)))
        return false;
    struct Index
    {
        QStringList head;
        QStringList parts;
        QStringList include;
        QStringList tail;
    };
    QMap<QString, Index> indexes;
    QStringList order;
    while (r.next()) {
        const QString key = r.text(0) + QLatin1Char(' ') + r.text(1);
        Index &index = indexes[key];
        if (index.head.isEmpty()) {
            order << key;
            index.head << QStringLiteral("index") << r.text(0)
                       << QStringLiteral("name=") + r.text(1)
                       << QStringLiteral("unique=") + (yes(r.value(2)) ? "yes" : "no")
                       << QStringLiteral("method=") + r.text(3);
            if (!r.text(12).isEmpty())
                index.tail << QStringLiteral("options=") + EngineCatalog::quoted(r.text(12));
            if (!r.text(13).isEmpty())
                index.tail << QStringLiteral("tablespace=") + r.text(13);
            if (yes(r.value(14)))
                index.tail << QStringLiteral("nulls_not_distinct=yes");
            // An index of a partition that its partitioned table's index made.
            if (yes(r.value(15)))
                index.tail << QStringLiteral("attached=yes");
            if (!r.text(11).isEmpty())
                index.tail << QStringLiteral("where=") + EngineCatalog::quoted(r.text(11));
        }
        QString part = r.text(5);
        if (yes(r.value(6)) && !part.startsWith(QLatin1Char('(')))
            part = QLatin1Char('(') + part + QLatin1Char(')');
        if (yes(r.value(10))) {
            index.include << part;
            continue;
        }
        if (!r.text(7).isEmpty())
            part += QStringLiteral(":collation=") + r.text(7);
        if (!r.text(8).isEmpty())
            part += QStringLiteral(":opclass=") + r.text(8);
        const int option = r.value(9).toInt();
        const bool descending = option & 1;
        const bool nullsFirst = option & 2;
        if (descending)
            part += QStringLiteral(":desc");
        if (nullsFirst != descending)
            part += nullsFirst ? QStringLiteral(":nulls=first") : QStringLiteral(":nulls=last");
        index.parts << part;
    }
    for (const QString &key : std::as_const(order)) {
        const Index &index = indexes.value(key);
        QStringList fact = index.head;
        fact << list(index.parts);
        if (!index.include.isEmpty())
            fact << QStringLiteral("include=") + list(index.include);
        fact += index.tail;
        *facts << fact.join(QLatin1Char(' '));
    }
    return true;
}

bool readTypes(Reader &r, QStringList *facts)
{
    const QString userTypes
        = QStringLiteral(
              "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE %1 AND %2 ")
              .arg(QLatin1String(userNamespace),
                   notExtensionMember(QStringLiteral("pg_type"), QStringLiteral("t.oid")));
    if (!r.run(
            QStringLiteral("SELECT n.nspname || '.' || t.typname, (SELECT string_agg(quote_literal("
                           "e.enumlabel), ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE "
                           "e.enumtypid = t.oid) %1 AND t.typtype = 'e'")
                .arg(userTypes)))
        return false;
    while (r.next())
        *facts << QStringLiteral("type enum %1 (%2)").arg(r.text(0), r.text(1));

    if (!r.run(
            QStringLiteral(
                "SELECT n.nspname || '.' || t.typname, format_type(t.typbasetype, t.typtypmod), "
                "t.typnotnull, pg_get_expr(t.typdefaultbin, 0), "
                "CASE WHEN t.typcollation <> (SELECT b.typcollation FROM pg_type b WHERE b.oid = "
                " t.typbasetype) THEN (SELECT co.collname FROM pg_collation co WHERE co.oid = "
                " t.typcollation) END, "
                "(SELECT string_agg(format('CONSTRAINT %s %s', con.conname, "
                " pg_get_constraintdef(con.oid)), ' | ' ORDER BY con.conname) FROM pg_constraint "
                "con "
                " WHERE con.contypid = t.oid) "
                "%1 AND t.typtype = 'd'")
                .arg(userTypes)))
        return false;
    while (r.next()) {
        QStringList fact{QStringLiteral("type domain"), r.text(0),
                         QStringLiteral("base=") + EngineCatalog::quoted(r.text(1))};
        if (yes(r.value(2)))
            fact << QStringLiteral("null=no");
        if (!r.text(3).isEmpty())
            fact << QStringLiteral("default=") + EngineCatalog::quoted(r.text(3));
        if (!r.text(4).isEmpty())
            fact << QStringLiteral("collation=") + r.text(4);
        if (!r.text(5).isEmpty())
            fact << QStringLiteral("check=") + EngineCatalog::quoted(r.text(5));
        *facts << fact.join(QLatin1Char(' '));
    }

    // Composite types (not the row types of tables), ranges, base types: their definition as
    // the engine reports it.
    if (!r.run(QStringLiteral(
                   "SELECT n.nspname || '.' || t.typname, t.typtype, "
                   "(SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, "
                   " a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = "
                   " t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), "
                   "(SELECT format('subtype=%s opclass=%s collation=%s canonical=%s subdiff=%s', "
                   " format_type(rg.rngsubtype, NULL), rg.rngsubopc::regclass, rg.rngcollation, "
                   " rg.rngcanonical, rg.rngsubdiff) FROM pg_range rg WHERE rg.rngtypid = t.oid), "
                   "format('input=%s output=%s length=%s', t.typinput, t.typoutput, t.typlen) "
                   "%1 AND (t.typtype IN ('r', 'b') AND t.typelem = 0 OR t.typtype = 'c' AND "
                   "(SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')")
                   .arg(userTypes)))
        return false;
    while (r.next()) {
        const QString kind = r.text(1);
        const QString definition = kind == QLatin1String("c") ? r.text(2)
            : kind == QLatin1String("r")                      ? r.text(3)
                                                              : r.text(4);
        *facts
            << QStringLiteral("type other %1 %2").arg(r.text(0), EngineCatalog::quoted(definition));
    }
    return true;
}

bool readSequences(Reader &r, QStringList *facts)
{
    // Identity sequences are their column's (identity_options); the rest are schema objects.
    if (!r.run(
            QStringLiteral(
                "SELECT n.nspname || '.' || c.relname, format_type(s.seqtypid, NULL), s.seqstart, "
                "s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, "
                "(SELECT tn.nspname || '.' || tc.relname || '.' || a.attname FROM pg_depend d "
                " JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = "
                " tc.relnamespace JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = "
                " d.refobjsubid WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND "
                " d.refclassid = 'pg_class'::regclass AND d.deptype = 'a') "
                "FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE %1 AND %2 AND NOT EXISTS "
                "(SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = "
                "c.oid AND d.deptype = 'i')")
                .arg(QLatin1String(userNamespace),
                     notExtensionMember(QStringLiteral("pg_class"), QStringLiteral("c.oid")))))
        return false;
    while (r.next()) {
        QString fact = QStringLiteral("sequence %1 type=%2 start=%3 increment=%4 min=%5 max=%6 "
                                      "cache=%7 cycle=%8")
                           .arg(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                                r.text(6), yes(r.value(7)) ? "yes" : "no");
        if (!r.text(8).isEmpty())
            fact += QStringLiteral(" owned_by=") + r.text(8);
        *facts << fact;
    }
    return true;
}

// What Joinery does not model but a round trip must not lose without saying so: extensions
// (modelled), triggers (PostgreSQL's are not modelled: they call functions), views, routines,
// rules, policies, extended statistics, schemas.
bool readOtherObjects(Reader &r, QStringList *facts)
{
    if (!r.run(QStringLiteral("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'")))
        return false;
    while (r.next())
        *facts << QStringLiteral("extension ") + r.text(0);

    if (!r.run(
            QStringLiteral("SELECT n.nspname FROM pg_namespace n WHERE %1 AND n.nspname <> "
                           "'public' AND %2")
                .arg(QLatin1String(userNamespace),
                     notExtensionMember(QStringLiteral("pg_namespace"), QStringLiteral("n.oid")))))
        return false;
    while (r.next())
        *facts << QStringLiteral("schema ") + r.text(0);

    if (!r.run(QStringLiteral("SELECT n.nspname || '.' || c.relname, t.tgname, "
                              "pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON "
                              "c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE NOT t.tgisinternal AND %1 AND %2")
                   .arg(QLatin1String(userNamespace),
                        notExtensionMember(QStringLiteral("pg_class"), QStringLiteral("c.oid")))))
        return false;
    while (r.next())
        *facts << QStringLiteral("trigger %1 name=%2 %3")
                      .arg(r.text(0), r.text(1), EngineCatalog::quoted(r.text(2)));

    if (!r.run(QStringLiteral("SELECT n.nspname || '.' || c.relname, c.relkind, "
                              "pg_get_viewdef(c.oid, true) FROM pg_class c JOIN pg_namespace n "
                              "ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm', 'f') AND "
                              "%1 AND %2")
                   .arg(QLatin1String(userNamespace),
                        notExtensionMember(QStringLiteral("pg_class"), QStringLiteral("c.oid")))))
        return false;
    while (r.next()) {
        const QString kind = r.text(1) == QLatin1String("m") ? QStringLiteral("materialized-view")
            : r.text(1) == QLatin1String("f")                ? QStringLiteral("foreign-table")
                                                             : QStringLiteral("view");
        *facts << QStringLiteral("%1 %2 %3").arg(kind, r.text(0), EngineCatalog::quoted(r.text(2)));
    }

    if (!r.run(QStringLiteral("SELECT n.nspname || '.' || p.proname || '(' || "
                              "pg_get_function_identity_arguments(p.oid) || ')', p.prokind "
                              "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                              "WHERE %1 AND %2")
                   .arg(QLatin1String(userNamespace),
                        notExtensionMember(QStringLiteral("pg_proc"), QStringLiteral("p.oid")))))
        return false;
    while (r.next())
        *facts << QStringLiteral("routine %1 kind=%2").arg(r.text(0), r.text(1));

    if (!r.run(QStringLiteral("SELECT n.nspname || '.' || c.relname, ru.rulename FROM pg_rewrite "
                              "ru JOIN pg_class c ON c.oid = ru.ev_class JOIN pg_namespace n ON "
                              "n.oid = c.relnamespace WHERE ru.rulename <> '_RETURN' AND %1")
                   .arg(QLatin1String(userNamespace))))
        return false;
    while (r.next())
        *facts << QStringLiteral("rule %1 name=%2").arg(r.text(0), r.text(1));

    if (!r.run(QStringLiteral("SELECT n.nspname || '.' || c.relname, po.polname FROM pg_policy "
                              "po JOIN pg_class c ON c.oid = po.polrelid JOIN pg_namespace n ON "
                              "n.oid = c.relnamespace")))
        return false;
    while (r.next())
        *facts << QStringLiteral("policy %1 name=%2").arg(r.text(0), r.text(1));

    if (!r.run(QStringLiteral("SELECT n.nspname || '.' || s.stxname FROM pg_statistic_ext s "
                              "JOIN pg_namespace n ON n.oid = s.stxnamespace")))
        return false;
    while (r.next())
        *facts << QStringLiteral("statistics ") + r.text(0);
    return true;
}

} // namespace

EngineCatalog EngineCatalog::readPostgres(QSqlDatabase db)
{
    EngineCatalog catalog;
    Reader reader(db);
    QStringList facts;
    const bool ok = readTables(reader, &facts) && readColumns(reader, &facts)
        && readConstraints(reader, &facts) && readIndexes(reader, &facts)
        && readTypes(reader, &facts) && readSequences(reader, &facts)
        && readOtherObjects(reader, &facts);
    if (!ok) {
        catalog.error = reader.error();
        return catalog;
    }
    facts.sort();
    catalog.facts = facts;
    return catalog;
}
