#include "ddlgenerator.h"

#include "mariadbgenerator.h"
#include "mysqlgenerator.h"
#include "postgresqlgenerator.h"
#include "sqlitegenerator.h"
#include "sqlservergenerator.h"

std::unique_ptr<DdlGenerator> DdlGenerator::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return std::make_unique<SqliteGenerator>();
    case Dialect::PostgreSQL:
        return std::make_unique<PostgreSqlGenerator>();
    case Dialect::MySQL:
        return std::make_unique<MySqlGenerator>();
    case Dialect::MariaDB:
        return std::make_unique<MariaDbGenerator>();
    case Dialect::SqlServer:
        return std::make_unique<SqlServerGenerator>();
    }
    return std::make_unique<SqliteGenerator>();
}
