#include "enginesimulation.h"

#include "../ddl/ddlgenerator.h"
#include "../schema.h"
#include "effecttree.h"
#include "tableorder.h"
#include "throwawaydatabase.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace {

QAtomicInt engineConnectionCounter;

bool isPostgresScheme(const QString &scheme)
{
    return scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres");
}

// The engine's words without the drivers' decoration: QPSQL's "ERROR:  " before and
// "(SQLSTATE)" after PostgreSQL's message; the code is in nativeErrorCode() anyway.
QString engineMessage(const QSqlError &error)
{
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL):\\s+"));
    static const QRegularExpression state(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        return error.text().trimmed();
    text.remove(severity);
    text.remove(state);
    return text;
}

// A key the script adds after the tables (ALTER TABLE … ADD … FOREIGN KEY): its parent comes
// later in the script, or it closes a cycle. Run after the data, it needs no order of rows.
bool isLateKey(const Schema &schema, const DdlStatement &statement)
{
    return !statement.objects.isEmpty() && schema.foreignKey(statement.objects.first())
        && statement.sql.startsWith(QLatin1String("ALTER TABLE"));
}

// Rows without a primary key, in an order of their own for stable samples (the engine's
// order is arbitrary, and ORDER BY fails on some types, PostgreSQL's json among them).
void sortRowsByContent(QVector<QVector<QVariant>> *rows)
{
    auto text = [](const QVector<QVariant> &row) {
        QStringList parts;
        for (const QVariant &v : row)
            parts << (v.isNull() ? QStringLiteral("\x01") : v.toString());
        return parts.join(QChar(0x1f));
    };
    std::stable_sort(
        rows->begin(), rows->end(),
        [&](const QVector<QVariant> &a, const QVector<QVariant> &b) { return text(a) < text(b); });
}

// A sample value as the engine takes it: text (BLOBs as bytes), which the engine converts to
// the column's type where PostgreSQL would refuse an integer for a boolean. MariaDB takes no
// time zone in a date-time literal: such a value goes as UTC, in a session set to UTC.
QVariant insertableValue(const QVariant &value, bool mySql)
{
    if (value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    if (value.typeId() == QMetaType::QByteArray)
        return value;
    const QString text = value.toString();
    static const QRegularExpression zoned(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!mySql || !zoned.match(text).hasMatch())
        return text;
    QString iso = text;
    iso[10] = QLatin1Char('T');
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!moment.isValid())
        return text;
    return moment.toUTC().toString(text.contains(QLatin1Char('.'))
                                       ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                       : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

bool EngineSimulation::isEngineUrl(const QString &url)
{
    const QString scheme = QUrl(url).scheme();
    return isPostgresScheme(scheme) || scheme == QLatin1String("mysql")
        || scheme == QLatin1String("mariadb");
}

EngineSimulation::EngineSimulation(const QString &url, const QString &password)
    : m_url(url)
    , m_password(password)
    , m_connection(QStringLiteral("joinery-engine-simulation-%1")
                       .arg(engineConnectionCounter.fetchAndAddRelaxed(1)))
{
}

EngineSimulation::~EngineSimulation()
{
    m_batch.reset(); // drops the batch's database while the admin connection is there
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool EngineSimulation::connect()
{
    const QUrl url(m_url);
    const bool postgres = isPostgresScheme(url.scheme());
    QUrl shown = url;
    shown.setPassword(QString());
    const QString database = url.path().mid(1);
    if (!isEngineUrl(m_url) || !url.isValid() || url.host().isEmpty() || database.isEmpty()) {
        m_error = tr("The engine URL must look like postgresql://USER@HOST:PORT/DATABASE or "
                     "mysql://USER@HOST:PORT/DATABASE, not \"%1\".")
                      .arg(shown.toString());
        return false;
    }
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        m_error = tr("Qt's %1 driver is not installed.").arg(driver);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connection);
    db.setHostName(url.host());
    db.setPort(url.port(postgres ? 5432 : 3306));
    db.setUserName(url.userName());
    db.setPassword(m_password);
    db.setDatabaseName(database);
    db.setConnectOptions(postgres ? QStringLiteral("connect_timeout=10")
                                  : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
    if (!db.open()) {
        m_error
            = tr("Cannot connect to %1: %2").arg(shown.toString(), engineMessage(db.lastError()));
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(postgres ? QStringLiteral("SHOW server_version")
                             : QStringLiteral("SELECT VERSION()"))
        || !query.next()) {
        m_error = tr("Cannot read the version of %1: %2")
                      .arg(shown.toString(), engineMessage(query.lastError()));
        return false;
    }
    const QString version = query.value(0).toString();
    if (postgres) {
        m_dialect = Dialect::PostgreSQL;
        m_version = QStringLiteral("PostgreSQL ") + version;
    } else if (version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)) {
        m_dialect = Dialect::MariaDB;
        m_version = QStringLiteral("MariaDB ") + version;
    } else {
        m_dialect = Dialect::MySQL;
        m_version = QStringLiteral("MySQL ") + version;
    }
    return true;
}

bool EngineSimulation::build(QSqlDatabase &db, const Schema &schema, const SampleData &data)
{
    DdlOptions options;
    options.includeHeader = false;
    const DdlScript script = DdlGenerator::create(m_dialect)->createScript(schema, options);
    QVector<DdlStatement> lateKeys;
    QSqlQuery query(db);
    for (const DdlStatement &statement : script.statements) {
        if (isLateKey(schema, statement)) {
            lateKeys.append(statement);
            continue;
        }
        if (!query.exec(statement.sql)) {
            m_error = tr("The schema cannot be built on %1: %2\nin: %3")
                          .arg(m_version, engineMessage(query.lastError()), statement.sql);
            return false;
        }
    }
    // PostgreSQL checks a self-reference row by row, and a table's rows may come child first
    // (SQLite loads them with the checks deferred): such keys are taken off for the load and
    // put back after it, which checks them then.
    QStringList selfKeys;
    if (m_dialect == Dialect::PostgreSQL) {
        if (!query.exec(QStringLiteral(
                "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE contype = 'f' AND conrelid = confrelid ORDER BY oid"))) {
            m_error = engineMessage(query.lastError());
            return false;
        }
        QStringList drops;
        while (query.next()) {
            const QString table = query.value(0).toString();
            const QString name = query.value(1).toString();
            drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name);
            selfKeys << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                            .arg(table, name, query.value(2).toString());
        }
        for (const QString &sql : std::as_const(drops)) {
            if (!query.exec(sql)) {
                m_error = engineMessage(query.lastError());
                return false;
            }
        }
    }
    if (!load(db, schema, data))
        return false;
    for (const QString &sql : std::as_const(selfKeys)) {
        if (!query.exec(sql)) {
            m_error = tr("The sample data does not satisfy a key on %1: %2\nin: %3")
                          .arg(m_version, engineMessage(query.lastError()), sql);
            return false;
        }
    }
    for (const DdlStatement &statement : std::as_const(lateKeys)) {
        if (!query.exec(statement.sql)) {
            // Rows that break the key, or a key the engine does not take at all (MariaDB: a
            // CHECK on a column the key's action writes).
            const QString code = query.lastError().nativeErrorCode();
            const bool rows = code == QLatin1String("23503") || code == QLatin1String("1452");
            m_error = (rows ? tr("The sample data does not satisfy a key on %1: %2\nin: %3")
                            : tr("The schema cannot be built on %1: %2\nin: %3"))
                          .arg(m_version, engineMessage(query.lastError()), statement.sql);
            return false;
        }
    }
    return true;
}

bool EngineSimulation::load(QSqlDatabase &db, const Schema &schema, const SampleData &data)
{
    const std::unique_ptr<DdlGenerator> generator = DdlGenerator::create(m_dialect);
    const bool mySql = m_dialect != Dialect::PostgreSQL;
    QSqlQuery query(db);
    // MySQL: rows of a self-referencing table may come child first; the keys are checked
    // when the statement runs, which is what matters. PostgreSQL gets its late keys after.
    if (mySql
        && (!query.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"))
            || !query.exec(QStringLiteral("SET time_zone = '+00:00'")))) {
        m_error = engineMessage(query.lastError());
        return false;
    }
    db.transaction();
    for (Id tableId : TableOrder::parentsFirst(schema)) {
        const Table &table = *schema.table(tableId);
        const SampleTable rows = data.tables.value(tableId);
        QVector<int> used; // indexes in rows.columns of the columns that take values
        QStringList names;
        bool identityAlways = false;
        for (int i = 0; i < rows.columns.size(); ++i) {
            const Column *column = table.column(rows.columns.at(i));
            if (!column || column->isGenerated())
                continue;
            identityAlways = identityAlways || column->identity == IdentityGeneration::Always;
            used << i;
            names << generator->quoteIdentifier(column->name, true);
        }
        if (rows.rows.isEmpty() || used.isEmpty())
            continue;
        const QString sql
            = QStringLiteral("INSERT INTO %1 (%2)%3 VALUES (%4)")
                  .arg(generator->quoteIdentifier(table.name, true),
                       names.join(QLatin1String(", ")),
                       identityAlways && !mySql ? QStringLiteral(" OVERRIDING SYSTEM VALUE")
                                                : QString(),
                       QStringList(used.size(), QStringLiteral("?")).join(QLatin1String(", ")));
        if (!query.prepare(sql)) {
            m_error = tr("The sample data cannot be loaded on %1: %2\nin: %3")
                          .arg(m_version, engineMessage(query.lastError()), sql);
            db.rollback();
            return false;
        }
        for (const QVector<QVariant> &row : rows.rows) {
            for (int i = 0; i < used.size(); ++i)
                query.bindValue(i, insertableValue(row.value(used.at(i)), mySql));
            if (!query.exec()) {
                m_error = tr("The sample data cannot be loaded on %1: %2\nin: %3")
                              .arg(m_version, engineMessage(query.lastError()), sql);
                db.rollback();
                return false;
            }
        }
    }
    if (!db.commit()) {
        m_error = tr("The sample data cannot be loaded on %1: %2")
                      .arg(m_version, engineMessage(db.lastError()));
        return false;
    }
    if (mySql && !query.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"))) {
        m_error = engineMessage(query.lastError());
        return false;
    }
    return true;
}

bool EngineSimulation::snapshot(QSqlDatabase &db, const Schema &schema,
                                QHash<Id, QVector<QVector<QVariant>>> *rows)
{
    const std::unique_ptr<DdlGenerator> generator = DdlGenerator::create(m_dialect);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        QStringList columns;
        for (const Column &column : table.columns)
            columns << generator->quoteIdentifier(column.name, true);
        QStringList order;
        for (Id columnId : table.primaryKey)
            order << generator->quoteIdentifier(table.column(columnId)->name, true);
        QString sql = QStringLiteral("SELECT %1 FROM %2")
                          .arg(columns.join(QLatin1String(", ")),
                               generator->quoteIdentifier(table.name, true));
        if (!order.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + order.join(QLatin1String(", "));
        if (!query.exec(sql)) {
            m_error = tr("Cannot read the rows of %1 on %2: %3")
                          .arg(table.name, m_version, engineMessage(query.lastError()));
            return false;
        }
        QVector<QVector<QVariant>> &tableRows = (*rows)[tableId];
        while (query.next()) {
            QVector<QVariant> row;
            for (int c = 0; c < table.columns.size(); ++c)
                row << query.value(c);
            tableRows << row;
        }
        if (order.isEmpty())
            sortRowsByContent(&tableRows);
    }
    return true;
}

SimulationResult EngineSimulation::run(const Schema &schema, const SampleData &data,
                                       const QString &statement, Id table, bool deleting,
                                       bool defer)
{
    m_error.clear();
    m_cleanupError.clear();
    SimulationResult result;
    result.statement = statement;
    result.table = table;
    result.server = m_version;
    auto badInput = [&](const QString &message) {
        result.badInput = true;
        result.error.kind = SimulationError::Kind::Other;
        result.error.message = result.error.explanation = message;
    };
    std::unique_ptr<ThrowAwayDatabase> own;
    if (!m_batch) {
        own = std::make_unique<ThrowAwayDatabase>(m_connection);
        if (!own->create()) {
            badInput(own->error());
            return result;
        }
    }
    ThrowAwayDatabase &scratch = m_batch ? *m_batch : *own;
    if (m_batch && !scratch.empty()) {
        badInput(scratch.error());
        return result;
    }
    {
        QSqlDatabase db = scratch.open();
        QHash<Id, QVector<QVector<QVariant>>> before;
        QHash<Id, QVector<QVector<QVariant>>> after;
        if (!db.isOpen()) {
            badInput(scratch.error());
        } else if (!build(db, schema, data) || !snapshot(db, schema, &before)) {
            badInput(m_error);
        } else if (!db.transaction()) {
            badInput(engineMessage(db.lastError()));
        } else {
            QSqlQuery query(db);
            result.deferred = defer && m_dialect == Dialect::PostgreSQL;
            bool ran
                = !result.deferred || query.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
            ran = ran && query.exec(statement);
            const int statementRows = ran ? query.numRowsAffected() : 0;
            // Keys PostgreSQL defers (by declaration or by --defer) would be checked at a
            // COMMIT that never comes: check them now, inside the transaction.
            if (ran && m_dialect == Dialect::PostgreSQL)
                ran = query.exec(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"));
            if (!ran) {
                result.ok = false;
                result.error.message = engineMessage(query.lastError());
                explainRefusal(schema, query.lastError().nativeErrorCode(), deleting, &result);
            } else if (!snapshot(db, schema, &after)) {
                badInput(m_error);
            } else {
                result.ok = true;
                QHash<Id, RowDiff> diffs;
                for (Id tableId : schema.tableIds()) {
                    const RowDiff diff
                        = RowDiff::compare(schema, *schema.table(tableId), before.value(tableId),
                                           after.value(tableId), deleting);
                    if (!diff.isEmpty())
                        diffs.insert(tableId, diff);
                }
                EffectTree::build(schema, table, deleting, statementRows, diffs, &result);
            }
            query.finish();
            // Always: the statement's changes never outlive the snapshot.
            if (!db.rollback() && !result.badInput && result.ok)
                badInput(engineMessage(db.lastError()));
        }
    }
    if (own && !own->drop())
        m_cleanupError = own->error();
    return result;
}

bool EngineSimulation::beginBatch()
{
    if (m_batch)
        return true;
    m_batch = std::make_unique<ThrowAwayDatabase>(m_connection);
    if (!m_batch->create() || !m_batch->open().isOpen()) {
        m_error = m_batch->error();
        m_batch.reset();
        return false;
    }
    return true;
}

bool EngineSimulation::endBatch()
{
    if (!m_batch)
        return true;
    const bool dropped = m_batch->drop();
    if (!dropped)
        m_cleanupError = m_batch->error();
    m_batch.reset();
    return dropped;
}

void EngineSimulation::explainRefusal(const Schema &schema, const QString &code, bool deleting,
                                      SimulationResult *result) const
{
    using Kind = SimulationError::Kind;
    SimulationError &error = result->error;
    // SQLSTATE for PostgreSQL, the error number for MySQL and MariaDB.
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("23503"), Kind::ForeignKey}, {QStringLiteral("1451"), Kind::ForeignKey},
        {QStringLiteral("1452"), Kind::ForeignKey},  {QStringLiteral("23502"), Kind::NotNull},
        {QStringLiteral("1048"), Kind::NotNull},     {QStringLiteral("23505"), Kind::Unique},
        {QStringLiteral("1062"), Kind::Unique},      {QStringLiteral("23514"), Kind::Check},
        {QStringLiteral("3819"), Kind::Check},       {QStringLiteral("4025"), Kind::Check},
    };
    error.kind = kinds.value(code, Kind::Other);
    // The engine's message is the explanation: it is the answer, not SQLite's guess.
    error.explanation = error.message;
    if (error.kind != Kind::ForeignKey)
        return;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        // PostgreSQL quotes the name with ", MySQL and MariaDB with `.
        const bool named = error.message.contains(QLatin1Char('"') + key->name + QLatin1Char('"'))
            || error.message.contains(QLatin1Char('`') + key->name + QLatin1Char('`'));
        if (key->name.isEmpty() || !named)
            continue;
        error.foreignKey = keyId;
        error.childTable = key->childTable;
        error.parentTable = key->parentTable;
        error.keyAction = deleting ? key->onDelete : key->onUpdate;
        break;
    }
}
