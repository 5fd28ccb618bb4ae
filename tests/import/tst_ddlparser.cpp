#include "import/importer.h"
#include "import/importreport.h"
#include "integritycheck.h"
#include "schemadump.h"

#include <QtTest>

// MySQL/MariaDB and SQL Server scripts through the tokenizer, the statement splitter and the
// recursive-descent DDL parser.
class TestDdlParser : public QObject
{
    Q_OBJECT
private slots:
    void mysql();
    void sqlServer();
    void errorsNameLineAndColumn_data();
    void errorsNameLineAndColumn();
    void truncatedScript();
    void detection_data();
    void detection();
};

static const char mysqlScript[] = R"sql(/*!40101 SET NAMES utf8 */;
SET FOREIGN_KEY_CHECKS=0;
DROP TABLE IF EXISTS `customer`;
CREATE TABLE `customer` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'the key',
  `e-mail` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1', # MySQL's boolean
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `kind` enum('retail','wholesale') DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_email` (`e-mail`(100)),
  KEY `ix_kind` (`kind`) USING BTREE,
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='People who buy';
CREATE TABLE shop.`order` (
  id BIGINT UNSIGNED NOT NULL,
  customer_id INT UNSIGNED NOT NULL REFERENCES customer (id),
  referrer_id int unsigned,
  total decimal(12, 2) DEFAULT -1.5,
  CONSTRAINT pk_order PRIMARY KEY (id),
  CONSTRAINT fk_order_referrer FOREIGN KEY ix_referrer (referrer_id) REFERENCES customer (id)
    ON DELETE SET NULL ON UPDATE CASCADE
);
DELIMITER ;;
CREATE TRIGGER order_check BEFORE INSERT ON `order` FOR EACH ROW BEGIN
  IF NEW.total < 0 THEN SET NEW.total = 0; END IF;
END;;
DELIMITER ;
ALTER TABLE `order` ADD COLUMN note text, ADD UNIQUE INDEX ux_note (note(20)), DROP FOREIGN KEY fk_order_referrer;
ALTER TABLE `order` MODIFY id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT;
CREATE INDEX ix_total ON `order` (total DESC);
INSERT INTO customer VALUES (1, 'a;b', 1, NOW(), 'retail');
)sql";

void TestDdlParser::mysql()
{
    ImportReport report;
    const Schema schema
        = Importer::importScript(QString::fromUtf8(mysqlScript), QString(), &report);
    QCOMPARE(report.dialect, QStringLiteral("mysql"));
    QVERIFY(IntegrityCheck::check(schema).isEmpty());
    JOINERY_COMPARE_LINES(dumpSchema(schema),
                          QStringLiteral("table customer -- People who buy\n"
                                         "  id integer unsigned not null auto -- the key\n"
                                         "  e-mail varchar(200) not null\n"
                                         "  active boolean not null default '1'\n"
                                         "  updated timestamp not null default CURRENT_TIMESTAMP\n"
                                         "  kind enum('retail','wholesale') default NULL\n"
                                         "  primary key (id)\n"
                                         "  unique index uq_email(e-mail)\n" // a prefix: a unique index

                                         "  index ix_kind(kind)\n"
                                         "table order\n"
                                         "  id bigint unsigned not null auto\n"
                                         "  customer_id integer unsigned not null\n"
                                         "  referrer_id integer unsigned\n"
                                         "  total decimal(12,2) default -1.5\n"
                                         "  note text\n"
                                         "  primary key pk_order(id)\n"
                                         "  unique index ux_note(note)\n"
                                         "  index ix_total(total)\n"
                                         // No action written: InnoDB reports RESTRICT.
                                         "key : order(customer_id) -> customer(id) on delete "
                                         "restrict on update restrict\n"));
    JOINERY_COMPARE_LINES(dumpNotes(report), QString());
    QCOMPARE(report.skippedStatements,
             (QVector<QPair<QString, int>>{{QStringLiteral("SET"), 2},
                                           {QStringLiteral("CREATE TRIGGER"), 1},
                                           {QStringLiteral("INSERT"), 1}}));
}

static const char sqlServerScript[] = R"sql(USE [master]
GO
IF OBJECT_ID('dbo.Orders') IS NOT NULL ALTER TABLE [dbo].[Orders] DROP CONSTRAINT [FK_Orders_Customers]
GO
SET ANSI_NULLS ON
CREATE TABLE [dbo].[Customers](
    [CustomerID] [nchar](5) NOT NULL,
    [CompanyName] [nvarchar](40) NOT NULL,
    [Notes] [nvarchar](max) NULL,
    [Since] [datetime] NOT NULL CONSTRAINT [DF_Customers_Since] DEFAULT (getdate()),
    [Rowguid] uniqueidentifier ROWGUIDCOL NOT NULL,
 CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED ([CustomerID] ASC)
    WITH (PAD_INDEX = OFF) ON [PRIMARY],
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
CREATE TABLE dbo.[Order Details] (
    OrderID int IDENTITY (1, 1) NOT NULL,
    CustomerID nchar (5) NULL CONSTRAINT FK_OD_Customers REFERENCES dbo.Customers (CustomerID) ON DELETE CASCADE,
    Quantity smallint NOT NULL DEFAULT ((1)),
    Discount real NOT NULL
    PRIMARY KEY NONCLUSTERED (OrderID)
)
GO
ALTER TABLE [dbo].[Order Details] WITH CHECK ADD CONSTRAINT [FK_Self] FOREIGN KEY([OrderID])
REFERENCES [dbo].[Order Details] ([OrderID]) NOT FOR REPLICATION
GO
ALTER TABLE [dbo].[Order Details] CHECK CONSTRAINT [FK_Self]
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_Company] ON [dbo].[Customers] ([CompanyName]) ON [PRIMARY]
GO
CREATE PROCEDURE dbo.Ten AS
    SELECT 10; CREATE TABLE not_real (id int);
GO
)sql";

void TestDdlParser::sqlServer()
{
    ImportReport report;
    const Schema schema
        = Importer::importScript(QString::fromUtf8(sqlServerScript), QString(), &report);
    QCOMPARE(report.dialect, QStringLiteral("sqlserver"));
    QVERIFY(IntegrityCheck::check(schema).isEmpty());
    JOINERY_COMPARE_LINES(
        dumpSchema(schema),
        QStringLiteral("table Customers\n"
                       "  CustomerID char(5) not null\n"
                       "  CompanyName varchar(40) not null\n"
                       "  Notes text\n"
                       "  Since timestamp not null default getdate()\n"
                       "  Rowguid uuid not null\n"
                       "  primary key PK_Customers(CustomerID)\n"
                       "  unique index IX_Company(CompanyName)\n"
                       "table Order Details\n"
                       "  OrderID integer not null auto\n"
                       "  CustomerID char(5)\n"
                       "  Quantity smallint not null default 1\n"
                       "  Discount real not null\n"
                       "  primary key (OrderID)\n"
                       "key FK_OD_Customers: Order Details(CustomerID) -> Customers(CustomerID) on "
                       "delete cascade\n"
                       "key FK_Self: Order Details(OrderID) -> Order Details(OrderID)\n"));
    JOINERY_COMPARE_LINES(dumpNotes(report), QString());
    QCOMPARE(
        report.skippedStatements,
        (QVector<QPair<QString, int>>{{QStringLiteral("USE"), 1},
                                      {QStringLiteral("IF"), 1},
                                      {QStringLiteral("ALTER TABLE … DROP (table not created)"), 1},
                                      {QStringLiteral("SET"), 1},
                                      {QStringLiteral("CREATE PROCEDURE"), 1}}));
}

void TestDdlParser::errorsNameLineAndColumn_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<int>("tables");
    QTest::newRow("bad action")
        << QStringLiteral("mysql")
        << QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);\n"
                          "CREATE TABLE b (a_id int,\n  FOREIGN KEY (a_id) REFERENCES a (id) ON "
                          "DELETE EXPLODE);\n"
                          "CREATE TABLE c (id int);")
        << QStringLiteral(
               "3:50: error: This statement cannot be read (expected CASCADE, RESTRICT, NO ACTION, "
               "SET NULL or SET DEFAULT but found \"EXPLODE\"); it is left out.")
        << 2;
    QTest::newRow("unknown column option")
        << QStringLiteral("sqlserver")
        << QStringLiteral(
               "CREATE TABLE a (id int PRIMARY KEY)\nGO\nCREATE TABLE b (id int SHINY)\nGO")
        << QStringLiteral(
               "3:24: error: This statement cannot be read (unexpected \"SHINY\" in the definition "
               "of column \"id\"); it is left out.")
        << 1;
    // Found by fuzz_import_sqlserver: CHECK () made a constraint without an expression, and
    // the schema then could not be saved and read back.
    QTest::newRow("check without expression")
        << QStringLiteral("sqlserver")
        << QStringLiteral("CREATE TABLE a (id int PRIMARY KEY)\nGO\nCREATE TABLE b (id int, "
                          "CHECK ())\nGO")
        << QStringLiteral("3:33: error: This statement cannot be read (expected an expression "
                          "between the parentheses); it is left out.")
        << 1;
    QTest::newRow("prefix length out of range")
        << QStringLiteral("mysql")
        << QStringLiteral("CREATE TABLE b (n varchar(9), KEY k (n(99999)));")
        << QStringLiteral("1:46: error: This statement cannot be read (an index prefix length "
                          "must be a whole number from 1 to 65535); it is left out.")
        << 0;
    QTest::newRow("key to missing column")
        << QStringLiteral("mysql")
        << QStringLiteral(
               "CREATE TABLE a (id int PRIMARY KEY);\n"
               "CREATE TABLE b (x int, CONSTRAINT fk_b FOREIGN KEY (y) REFERENCES a (id));")
        << QStringLiteral(
               "2:24: error: Foreign key \"fk_b\" is left out: table \"b\" has no column \"y\".")
        << 2;
    QTest::newRow("alter of a missing table")
        << QStringLiteral("mysql") << QStringLiteral("ALTER TABLE ghost ADD COLUMN x int;")
        << QStringLiteral(
               "1:1: error: The statement refers to table \"ghost\", which the script has not "
               "created; it is ignored.")
        << 0;
}

void TestDdlParser::errorsNameLineAndColumn()
{
    QFETCH(QString, dialect);
    QFETCH(QString, script);
    QFETCH(QString, notes);
    QFETCH(int, tables);
    ImportReport report;
    const Schema schema = Importer::importScript(script, dialect, &report);
    JOINERY_COMPARE_LINES(dumpNotes(report), notes);
    QCOMPARE(schema.tableCount(), tables);
    QVERIFY(report.isIncomplete());
}

void TestDdlParser::truncatedScript()
{
    ImportReport report;
    const Schema schema
        = Importer::importScript(QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);\nCREATE "
                                                "TABLE b (name varchar(10) DEFAULT 'unfinished"),
                                 QStringLiteral("mysql"), &report);
    QCOMPARE(schema.tableCount(), 1);
    JOINERY_COMPARE_LINES(
        dumpNotes(report),
        QStringLiteral("2:42: error: The string is not closed. The script is read up to the "
                       "statement before; the rest is not imported."));
}

void TestDdlParser::detection_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("dialect");
    QTest::newRow("mysql") << QString::fromUtf8(mysqlScript) << QStringLiteral("mysql");
    QTest::newRow("sqlserver") << QString::fromUtf8(sqlServerScript) << QStringLiteral("sqlserver");
    QTest::newRow("sqlite") << QStringLiteral(
        "CREATE TABLE [a] (id INTEGER PRIMARY KEY AUTOINCREMENT);\n"
        "CREATE TABLE [b] (id INTEGER);")
                            << QStringLiteral("sqlite");
    QTest::newRow("plain") << QStringLiteral("CREATE TABLE a (id int);")
                           << QStringLiteral("postgresql");
}

void TestDdlParser::detection()
{
    QFETCH(QString, script);
    QFETCH(QString, dialect);
    QCOMPARE(Importer::detectDialect(script), dialect);
}

QTEST_GUILESS_MAIN(TestDdlParser)
#include "tst_ddlparser.moc"
