#include "migrationscenarios.h"

#include "import/importer.h"
#include "import/importreport.h"

namespace {

const char *family = R"(
CREATE TABLE p (id INTEGER NOT NULL, name VARCHAR(40), CONSTRAINT pk_p PRIMARY KEY (id));
CREATE TABLE c (id INTEGER NOT NULL, pid INTEGER, note VARCHAR(40), CONSTRAINT pk_c PRIMARY KEY (id),
  CONSTRAINT fk_c_p FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE);
CREATE TABLE g (id INTEGER NOT NULL, cid INTEGER, CONSTRAINT pk_g PRIMARY KEY (id),
  CONSTRAINT fk_g_c FOREIGN KEY (cid) REFERENCES c (id) ON DELETE SET NULL);
CREATE TABLE n (id INTEGER NOT NULL, pid INTEGER, CONSTRAINT pk_n PRIMARY KEY (id),
  CONSTRAINT fk_n_p FOREIGN KEY (pid) REFERENCES p (id));
CREATE INDEX ix_c_note ON c (note);
)";

const char *familyRows = R"(
INSERT INTO p (id, name) VALUES (1, 'ada'), (2, 'bob'), (3, 'cy');
INSERT INTO c (id, pid, note) VALUES (10, 1, 'x'), (11, 1, 'y'), (12, 2, NULL);
INSERT INTO g (id, cid) VALUES (100, 10), (101, 11), (102, NULL);
INSERT INTO n (id, pid) VALUES (1000, 1), (1001, 3);
)";

MigrationScenario make(const QString &name, const QString &oldSql, const QString &newSql,
                       const QStringList &renames, const QString &data, const QString &orphan,
                       const QString &orphanNamed)
{
    MigrationScenario scenario;
    scenario.name = name;
    scenario.oldSql = oldSql;
    scenario.newSql = newSql;
    scenario.renames = renames;
    scenario.data = data;
    scenario.orphan = orphan;
    scenario.orphanNamed = orphanNamed;
    return scenario;
}

QString replaced(QString text, const QStringList &pairs)
{
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
        Q_ASSERT(text.contains(pairs.at(i)));
        text.replace(pairs.at(i), pairs.at(i + 1));
    }
    return text;
}

} // namespace

QVector<MigrationScenario> MigrationScenario::all()
{
    const QString base = QString::fromUtf8(family);
    const QString rows = QString::fromUtf8(familyRows);
    QVector<MigrationScenario> scenarios;

    // A parent rebuilt (SQLite cannot add a CHECK in place) under CASCADE, SET NULL and
    // NO ACTION children: no child row may go.
    scenarios.append(make(QStringLiteral("rebuild-parent-with-cascading-children"), base,
                          replaced(base,
                                   {QStringLiteral("name VARCHAR(40), CONSTRAINT pk_p"),
                                    QStringLiteral("name VARCHAR(40), email VARCHAR(80) NOT NULL "
                                                   "DEFAULT '', CONSTRAINT ck_p_name CHECK "
                                                   "(length(name) > 0), CONSTRAINT pk_p")}),
                          {}, rows, {}, {}));

    // Renames are renames: table p → person, column c.note → remark; rows and keys follow.
    scenarios.append(make(
        QStringLiteral("rename-table-and-column"), base,
        replaced(base,
                 {QStringLiteral("CREATE TABLE p "), QStringLiteral("CREATE TABLE person "),
                  QStringLiteral("REFERENCES p (id) ON DELETE CASCADE"),
                  QStringLiteral("REFERENCES person (id) ON DELETE CASCADE"),
                  QStringLiteral("REFERENCES p (id))"), QStringLiteral("REFERENCES person (id))"),
                  QStringLiteral("note VARCHAR(40)"), QStringLiteral("remark VARCHAR(40)"),
                  QStringLiteral("ON c (note)"), QStringLiteral("ON c (remark)")}),
        {QStringLiteral("p=person"), QStringLiteral("c.note=remark")}, rows, {}, {}));

    // Two keys of one table change at once (actions, deferrability): both are emitted.
    scenarios.append(
        make(QStringLiteral("change-key-actions"), base,
             replaced(base,
                      {QStringLiteral("REFERENCES p (id) ON DELETE CASCADE"),
                       QStringLiteral("REFERENCES p (id) ON DELETE SET NULL ON UPDATE CASCADE"),
                       QStringLiteral("REFERENCES c (id) ON DELETE SET NULL"),
                       QStringLiteral("REFERENCES c (id) ON DELETE CASCADE DEFERRABLE INITIALLY "
                                      "DEFERRED")}),
             {}, rows, {}, {}));

    // Deferrability alone changes: PostgreSQL alters the constraint in place.
    scenarios.append(
        make(QStringLiteral("deferrability-only"), base,
             replaced(base,
                      {QStringLiteral("REFERENCES p (id));"),
                       QStringLiteral("REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED);")}),
             {}, rows, {}, {}));

    // A key's columns widen on both ends: MariaDB refuses the type change while the key
    // exists.
    scenarios.append(
        make(QStringLiteral("widen-key-columns"), base,
             replaced(base,
                      {QStringLiteral("CREATE TABLE p (id INTEGER"),
                       QStringLiteral("CREATE TABLE p (id BIGINT"),
                       QStringLiteral("CREATE TABLE c (id INTEGER NOT NULL, pid INTEGER"),
                       QStringLiteral("CREATE TABLE c (id INTEGER NOT NULL, pid BIGINT"),
                       QStringLiteral("CREATE TABLE n (id INTEGER NOT NULL, pid INTEGER"),
                       QStringLiteral("CREATE TABLE n (id INTEGER NOT NULL, pid BIGINT")}),
             {}, rows, {}, {}));

    // A new key over existing rows, with its index; an old index goes. A planted orphan must
    // make the migration fail and name it.
    const QString withoutKey = replaced(base,
                                        {QStringLiteral(",\n  CONSTRAINT fk_n_p FOREIGN KEY "
                                                        "(pid) REFERENCES p (id))"),
                                         QStringLiteral(")")});
    scenarios.append(make(QStringLiteral("add-key-over-rows"), withoutKey,
                          replaced(base,
                                   {QStringLiteral("CREATE INDEX ix_c_note ON c (note);"),
                                    QStringLiteral("CREATE INDEX ix_n_pid ON n (pid);")}),
                          {}, rows, QStringLiteral("INSERT INTO n (id, pid) VALUES (1002, 999);"),
                          QStringLiteral("n")));

    // Columns dropped and added (a NOT NULL one with a default), the rest kept.
    scenarios.append(
        make(QStringLiteral("drop-and-add-columns"), base,
             replaced(base,
                      {QStringLiteral("pid INTEGER, note VARCHAR(40), CONSTRAINT pk_c"),
                       QStringLiteral("pid INTEGER, qty INTEGER, status VARCHAR(10) NOT NULL "
                                      "DEFAULT 'new', CONSTRAINT pk_c"),
                       QStringLiteral("CREATE INDEX ix_c_note ON c (note);\n"), QString()}),
             {}, rows, {}, {}));

    // A new table under an existing parent, and a dropped child table with rows.
    scenarios.append(
        make(QStringLiteral("add-and-drop-tables"), base,
             replaced(base,
                      {QStringLiteral("CREATE TABLE n (id INTEGER NOT NULL, pid INTEGER, "
                                      "CONSTRAINT pk_n PRIMARY KEY (id),\n  CONSTRAINT fk_n_p "
                                      "FOREIGN KEY (pid) REFERENCES p (id));"),
                       QStringLiteral("CREATE TABLE tag (id INTEGER NOT NULL, pid INTEGER NOT "
                                      "NULL, label VARCHAR(20) NOT NULL, CONSTRAINT pk_tag "
                                      "PRIMARY KEY (id), CONSTRAINT uq_tag UNIQUE (pid, label), "
                                      "CONSTRAINT fk_tag_p FOREIGN KEY (pid) REFERENCES p (id) "
                                      "ON DELETE CASCADE);")}),
             {}, rows, {}, {}));

    // Nullability and defaults change: a NOT NULL over rows that have values, a new
    // default.
    scenarios.append(
        make(QStringLiteral("nullability-and-default"), base,
             replaced(base,
                      {QStringLiteral("name VARCHAR(40), CONSTRAINT pk_p"),
                       QStringLiteral("name VARCHAR(40) NOT NULL, CONSTRAINT pk_p"),
                       QStringLiteral("note VARCHAR(40), CONSTRAINT pk_c"),
                       QStringLiteral("note VARCHAR(40) DEFAULT 'none', CONSTRAINT pk_c")}),
             {}, rows, {}, {}));
    return scenarios;
}

QVector<MigrationScenario> MigrationScenario::sqliteOnly()
{
    QVector<MigrationScenario> scenarios;
    const QString sqlite = QStringLiteral("sqlite");

    // A rebuilt AUTOINCREMENT parent keeps its counter (ids of deleted rows never
    // come back), its trigger and index are recreated, and the trigger does not
    // fire for the copied rows.
    const QString counted
        = QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);\n"
                         "CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p (id) ON "
                         "DELETE "
                         "CASCADE, note TEXT);\n"
                         "CREATE TABLE log (msg TEXT);\n"
                         "CREATE INDEX ix_p_name ON p (name);\n"
                         "CREATE TRIGGER p_insert AFTER INSERT ON p BEGIN INSERT INTO log (msg) "
                         "VALUES ('p ' || "
                         "new.id); END;\n");
    MigrationScenario autoincrement = make(
        QStringLiteral("rebuild-keeps-autoincrement-and-triggers"), counted,
        replaced(counted,
                 {QStringLiteral("name TEXT)"), QStringLiteral("name TEXT NOT NULL DEFAULT '')")}),
        {},
        QStringLiteral("INSERT INTO p (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c');\n"
                       "INSERT INTO c (id, pid, note) VALUES (10, 1, 'x'), (11, 2, 'y');\n"),
        {}, {});
    autoincrement.dialect = sqlite;
    autoincrement.setup = QStringLiteral("DELETE FROM p WHERE id = 3;");
    scenarios << autoincrement;

    // A self-referencing tree rebuilt with a SET NULL child elsewhere: the tree's
    // own cascade empties it during the DROP, the stash brings every node and link
    // back.
    const QString tree = QStringLiteral("CREATE TABLE node (id INTEGER PRIMARY KEY, parent "
                                        "INTEGER REFERENCES node (id) ON "
                                        "DELETE CASCADE, label TEXT);\n"
                                        "CREATE TABLE tagged (id INTEGER PRIMARY KEY, node "
                                        "INTEGER REFERENCES node (id) ON DELETE "
                                        "SET NULL, tag TEXT);\n");
    MigrationScenario selfReference = make(
        QStringLiteral("rebuild-self-referencing-tree"), tree,
        replaced(
            tree,
            {QStringLiteral("label TEXT)"), QStringLiteral("label TEXT NOT NULL DEFAULT 'none')")}),
        {},
        QStringLiteral("INSERT INTO node (id, parent, label) VALUES (1, NULL, 'root'), (2, 1, "
                       "'a'), (3, 2, 'b'), (4, 1, 'c');\n"
                       "INSERT INTO tagged (id, node, tag) VALUES (1, 3, 'x'), (2, 4, 'y'), "
                       "(3, "
                       "NULL, 'z');\n"),
        {}, {});
    selfReference.dialect = sqlite;
    scenarios << selfReference;
    return scenarios;
}

QVector<MigrationScenario> MigrationScenario::serverOnly()
{
    QVector<MigrationScenario> scenarios;
    const QString postgres = QStringLiteral("postgresql");
    const QString mariadb = QStringLiteral("mariadb");

    // An enum gains a value in the middle; a new domain is used by a new column; the rows keep
    // their enum values.
    const QString typed = QStringLiteral(
        "CREATE TYPE mood AS ENUM ('sad', 'happy');\n"
        "CREATE TABLE p (id INTEGER NOT NULL, feeling mood, CONSTRAINT pk_p PRIMARY KEY (id));\n");
    MigrationScenario types = make(
        QStringLiteral("pg-enum-value-and-domain"), typed,
        replaced(typed,
                 {QStringLiteral("('sad', 'happy');\n"),
                  QStringLiteral("('sad', 'so-so', 'happy');\nCREATE DOMAIN posint AS INTEGER "
                                 "DEFAULT 1 NOT NULL CONSTRAINT posint_positive CHECK (VALUE > "
                                 "0);\n"),
                  QStringLiteral("feeling mood,"), QStringLiteral("feeling mood, score posint,")}),
        {}, QStringLiteral("INSERT INTO p (id, feeling) VALUES (1, 'sad'), (2, 'happy');\n"), {},
        {});
    types.server = postgres;
    scenarios << types;

    // A sequence added, another altered (increment, bounds, cache, cycle, then owned by a
    // column).
    const QString counted = QStringLiteral(
        "CREATE SEQUENCE ticket_seq;\n"
        "CREATE TABLE t (id INTEGER NOT NULL, CONSTRAINT pk_t PRIMARY KEY (id));\n");
    MigrationScenario sequences = make(
        QStringLiteral("pg-sequence-added-and-altered"), counted,
        replaced(counted,
                 {QStringLiteral("CREATE SEQUENCE ticket_seq;\n"),
                  QStringLiteral("CREATE SEQUENCE ticket_seq INCREMENT BY 5 MAXVALUE 100000 "
                                 "CACHE 10 CYCLE;\nCREATE SEQUENCE order_seq AS integer START "
                                 "WITH 100;\n"),
                  QStringLiteral("PRIMARY KEY (id));\n"),
                  QStringLiteral("PRIMARY KEY (id));\nALTER SEQUENCE ticket_seq OWNED BY t.id;"
                                 "\n")}),
        {}, QStringLiteral("INSERT INTO t (id) VALUES (1), (2);\n"), {}, {});
    sequences.server = postgres;
    scenarios << sequences;

    // An unlogged table becomes logged; another's storage parameters change (one reset, one
    // set, one added).
    const QString unlogged = QStringLiteral(
        "CREATE TABLE cache (id INTEGER NOT NULL, v TEXT, CONSTRAINT pk_cache PRIMARY KEY (id));\n"
        "CREATE TABLE hot (id INTEGER NOT NULL, CONSTRAINT pk_hot PRIMARY KEY (id));\n");
    MigrationScenario logged
        = make(QStringLiteral("pg-unlogged-to-logged"), unlogged, unlogged, {},
               QStringLiteral("INSERT INTO cache (id, v) VALUES (1, 'a');\nINSERT INTO hot (id) "
                              "VALUES (5);\n"),
               {}, {});
    logged.adjust = [](Schema *oldSchema, Schema *newSchema) {
        auto setOptions
            = [](Schema *schema, int index, bool unloggedTable, const QString &parameters) {
                  Table table = *schema->table(schema->tableIds().at(index));
                  table.options.unlogged = unloggedTable;
                  table.options.storageParameters = parameters;
                  schema->replaceTable(table);
              };
        setOptions(oldSchema, 0, true, {});
        setOptions(oldSchema, 1, false, QStringLiteral("fillfactor=90, autovacuum_enabled=false"));
        setOptions(newSchema, 1, false, QStringLiteral("fillfactor=70, toast_tuple_target=256"));
    };
    logged.server = postgres;
    scenarios << logged;

    // A column gets an identity (over rows that have ids) and a collation; a generated
    // column's expression changes (dropped and added again, still last; same values). The
    // script importer reads no generation expression: set after import.
    const QString plain = QStringLiteral(
        "CREATE TABLE k (id INTEGER NOT NULL, label VARCHAR(20), price INTEGER, tax INTEGER, "
        "CONSTRAINT pk_k PRIMARY KEY (id));\n");
    MigrationScenario columns = make(
        QStringLiteral("pg-identity-collation-generated"), plain,
        replaced(plain,
                 {QStringLiteral("id INTEGER NOT NULL"),
                  QStringLiteral("id INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL"),
                  QStringLiteral("label VARCHAR(20)"),
                  QStringLiteral("label VARCHAR(20) COLLATE \"C\"")}),
        {},
        QStringLiteral("INSERT INTO k (id, label, price) VALUES (1, 'a', 100), (2, 'b', 50);\n"),
        {}, {});
    columns.adjust = [](Schema *oldSchema, Schema *newSchema) {
        auto generate = [](Schema *schema, const QString &expression) {
            Table table = *schema->table(schema->tableIds().at(0));
            table.columns.last().generatedExpression = expression;
            table.columns.last().generatedStored = true;
            schema->replaceTable(table);
        };
        generate(oldSchema, QStringLiteral("price / 10"));
        generate(newSchema, QStringLiteral("(price * 2) / 20"));
    };
    columns.server = postgres;
    scenarios << columns;

    // ENGINE and ROW_FORMAT change; a column moves to the front and another after a third.
    const QString stored = QStringLiteral(
        "CREATE TABLE m (id INT NOT NULL, a VARCHAR(10), b INT DEFAULT 3, c DATE, PRIMARY KEY "
        "(id)) ENGINE=MyISAM ROW_FORMAT=FIXED;\n");
    MigrationScenario mariadbTable = make(
        QStringLiteral("mariadb-engine-and-column-order"), stored,
        QStringLiteral("CREATE TABLE m (c DATE, id INT NOT NULL, b INT DEFAULT 3, a VARCHAR(10), "
                       "PRIMARY KEY (id)) ENGINE=InnoDB ROW_FORMAT=DYNAMIC;\n"),
        {}, QStringLiteral("INSERT INTO m (id, a, b, c) VALUES (1, 'x', 4, '2024-01-02');\n"), {},
        {});
    mariadbTable.dialect = mariadb;
    mariadbTable.server = mariadb;
    scenarios << mariadbTable;
    return scenarios;
}

bool MigrationScenario::diff(Schema *oldSchema, Schema *newSchema, SchemaMatch *match,
                             QString *error) const
{
    ImportReport oldReport;
    *oldSchema = Importer::importScript(oldSql, dialect, &oldReport);
    ImportReport newReport;
    *newSchema = Importer::importScript(newSql, dialect, &newReport);
    if (oldReport.isFatal() || newReport.isFatal() || oldReport.isIncomplete()
        || newReport.isIncomplete()) {
        *error = oldReport.toText() + newReport.toText();
        return false;
    }
    if (adjust)
        adjust(oldSchema, newSchema);
    return match->compute(*oldSchema, *newSchema, SchemaMatch::Mode::ByName, renames, error);
}
