#include "ddlparser.h"
#include "ddlcollector.h"
#include "importreport.h"
#include "typemapper.h"

#include <algorithm>

namespace {
using ReportSeverity = ImportReport::Severity;
} // namespace

DdlParser::DdlParser(const QString &script, const SqlTokens &tokens, SqlTokenizer::Flavor flavor,
                     DdlCollector *collector, ImportReport *report)
    : DdlCursor(script, tokens)
    , m_flavor(flavor)
    , m_collector(collector)
    , m_report(report)
{
}

// --- statements ---------------------------------------------------------------------------

void DdlParser::parseStatement(int begin, int end)
{
    m_pos = begin;
    m_end = end;
    const SqlToken &first = m_tokens.at(begin);
    m_collector->setPosition(first.line, first.column);
    auto label = [&](int words) {
        QStringList parts;
        for (int i = 0; i < words && begin + i < end; ++i) {
            if (m_tokens.at(begin + i).kind == SqlToken::Kind::Word)
                parts << m_tokens.at(begin + i).text.toUpper();
        }
        if (parts.isEmpty())
            parts << tr("(a statement not starting with a keyword)");
        return parts.join(QLatin1Char(' '));
    };
    try {
        if (accept("CREATE")) {
            if (accept("OR"))
                accept("REPLACE") || accept("ALTER");
            accept("TEMPORARY") || accept("TEMP");
            if (peek().isWord("TABLE")) {
                createTable();
                return;
            }
            const bool unique = accept("UNIQUE");
            accept("CLUSTERED") || accept("NONCLUSTERED");
            if (peek().isWord("FULLTEXT") || peek().isWord("SPATIAL") || peek().isWord("XML")
                || peek().isWord("PRIMARY") || peek().isWord("COLUMNSTORE")) {
                // Search and XML indexes: not what Joinery models as an index.
                m_report->skipStatement(
                    QStringLiteral("CREATE %1 INDEX").arg(peek().text.toUpper()));
                return;
            }
            if (peek().isWord("INDEX")) {
                createIndex(unique);
                return;
            }
            if (peek().isWord("TYPE") && peek(1).isIdentifier()) {
                ++m_pos;
                createAliasType();
                return;
            }
            if (peek().isWord("VIEW") && peek(1).isIdentifier()) {
                ++m_pos;
                m_collector->addView(qualifiedName());
                m_report->skipStatement(QStringLiteral("CREATE VIEW"));
                return;
            }
            m_report->skipStatement(label(2));
            return;
        }
        if ((accept("EXEC") || accept("EXECUTE")) && peek().isWord("sp_addtype")) {
            ++m_pos;
            addType();
            return;
        }
        m_pos = begin;
        if (accept("ALTER") && peek().isWord("TABLE")) {
            alterTable();
            return;
        }
        m_pos = begin;
        if (accept("DROP") && peek().isWord("TABLE")) {
            dropTable();
            return;
        }
        m_pos = begin;
        const bool twoWords
            = first.isWord("CREATE") || first.isWord("ALTER") || first.isWord("DROP");
        m_report->skipStatement(label(twoWords ? 2 : 1));
    } catch (const Failure &failure) {
        const SqlToken &at
            = failure.token < end ? m_tokens.at(failure.token) : m_tokens.at(end - 1);
        m_report->addNote(
            ReportSeverity::Error,
            tr("This statement cannot be read (%1); it is left out.").arg(failure.message), at.line,
            at.column);
    }
}

void DdlParser::createTable()
{
    expect("TABLE");
    if (accept("IF")) {
        expect("NOT");
        expect("EXISTS");
    }
    ImportedTable table;
    table.name = qualifiedName();
    if (peek().isWord("LIKE") || peek().isWord("AS") || peek().isWord("SELECT")) {
        m_report->skipStatement(QStringLiteral("CREATE TABLE … ") + peek().text.toUpper());
        return;
    }
    QVector<ImportedConstraint> uniques;
    QVector<ImportedConstraint> indexes;
    QVector<ImportedForeignKey> keys;
    bool primaryKeySet = false;
    ImportedConstraint primaryKey;
    expectPunctuation('(');
    do {
        if (peek().isPunctuation(')'))
            break; // SQL Server and MySQL accept a comma before the closing parenthesis
        if (atTableConstraint()) {
            tableConstraint(&table, &uniques, &indexes, &keys, &primaryKeySet, &primaryKey);
        } else if (peek().isWord("PERIOD")) {
            skipToElementEnd();
        } else {
            ColumnExtras extras;
            const ImportedColumn column = columnDefinition(table.name, &extras);
            table.columns.append(column);
            if (extras.primaryKey) {
                if (primaryKeySet)
                    fail(tr("the table has two primary keys"));
                primaryKeySet = true;
                primaryKey.name = extras.primaryKeyName;
                primaryKey.columns = extras.primaryKeyColumns.isEmpty() ? QStringList{column.name}
                                                                        : extras.primaryKeyColumns;
            }
            uniques += extras.uniques;
            keys += extras.keys;
            table.checks += extras.checks;
        }
    } while (acceptPunctuation(','));
    expectPunctuation(')');
    // Table options: MySQL's as the model holds them (TableOptions), the rest as written;
    // SQL Server's (ON [PRIMARY], TEXTIMAGE_ON ...) are storage placement, not modelled.
    const bool mysql = m_flavor == SqlTokenizer::Flavor::MySQL;
    QStringList others;
    while (!atEnd()) {
        const int from = m_pos;
        auto value = [this] {
            acceptPunctuation('=');
            return next().text;
        };
        accept("DEFAULT");
        if (accept("COMMENT")) {
            acceptPunctuation('=');
            if (peek().kind == SqlToken::Kind::String)
                table.comment = next().text;
        } else if (mysql && accept("ENGINE")) {
            table.options.engine = value();
        } else if (mysql && (accept("CHARSET") || (accept("CHARACTER") && accept("SET")))) {
            table.options.charset = value();
        } else if (mysql && accept("COLLATE")) {
            table.options.collation = value();
        } else if (mysql && accept("ROW_FORMAT")) {
            table.options.rowFormat = value();
        } else if (mysql && accept("AUTO_INCREMENT")) {
            table.options.autoIncrementStart = value();
        } else {
            skipBalanced();
            const QString text = m_pos > from ? sourceText(from, m_pos).trimmed() : QString();
            if (mysql && !text.isEmpty() && text != QLatin1String(","))
                others << text;
        }
    }
    if (mysql)
        table.options.otherOptions = others.join(QLatin1Char(' ')).simplified();
    m_collector->createTable(table);
    if (primaryKeySet)
        m_collector->setPrimaryKey(table.name, primaryKey);
    for (const ImportedConstraint &unique : std::as_const(uniques))
        m_collector->addUnique(table.name, unique);
    for (const ImportedConstraint &index : std::as_const(indexes))
        m_collector->addIndex(table.name, index);
    for (const ImportedForeignKey &key : std::as_const(keys))
        m_collector->addForeignKey(key);
}

bool DdlParser::atTableConstraint() const
{
    const SqlToken &t = peek();
    return t.isWord("CONSTRAINT") || t.isWord("PRIMARY") || t.isWord("UNIQUE")
        || t.isWord("FOREIGN") || t.isWord("CHECK") || t.isWord("KEY") || t.isWord("INDEX")
        || t.isWord("FULLTEXT") || t.isWord("SPATIAL");
}

void DdlParser::tableConstraint(ImportedTable *table, QVector<ImportedConstraint> *uniques,
                                QVector<ImportedConstraint> *indexes,
                                QVector<ImportedForeignKey> *keys, bool *primaryKeySet,
                                ImportedConstraint *primaryKey)
{
    const SqlToken &start = peek();
    QString name;
    if (accept("CONSTRAINT")) {
        if (peek().isIdentifier() && !peek().isWord("PRIMARY") && !peek().isWord("UNIQUE")
            && !peek().isWord("FOREIGN") && !peek().isWord("CHECK"))
            name = identifier();
    }
    ImportedConstraint constraint;
    constraint.name = name;
    constraint.line = start.line;
    constraint.column = start.column;
    if (accept("PRIMARY")) {
        expect("KEY");
        accept("CLUSTERED") || accept("NONCLUSTERED");
        if (accept("USING"))
            next();
        constraint.columns = columnList();
        if (*primaryKeySet)
            fail(tr("the table has two primary keys"));
        *primaryKeySet = true;
        *primaryKey = constraint;
    } else if (accept("UNIQUE")) {
        accept("KEY") || accept("INDEX");
        if (peek().isIdentifier() && !peek().isWord("CLUSTERED") && !peek().isWord("NONCLUSTERED")
            && !peek().isWord("USING")) {
            const QString indexName = identifier();
            if (constraint.name.isEmpty())
                constraint.name = indexName;
        }
        accept("CLUSTERED") || accept("NONCLUSTERED");
        if (accept("USING"))
            next();
        bool expression = false;
        constraint.columns = indexColumns(&constraint.parts, &expression);
        if (expression) {
            constraint.columns.clear();
            constraint.parts.clear();
            indexes->append(constraint); // the assembler notes the expression
        } else if (m_flavor == SqlTokenizer::Flavor::MySQL
                   && std::any_of(constraint.parts.cbegin(), constraint.parts.cend(),
                                  [](const IndexPart &part) { return !part.isDefault(); })) {
            // A prefix or a descending part: a unique index (MySQL's UNIQUE KEY is one).
            indexes->append(constraint);
        } else {
            constraint.parts.clear();
            uniques->append(constraint);
        }
    } else if (accept("FOREIGN")) {
        expect("KEY");
        if (peek().isIdentifier()) {
            const QString indexName = identifier(); // MySQL: FOREIGN KEY index_name (...)
            if (name.isEmpty())
                name = indexName;
        }
        ImportedForeignKey key;
        key.name = name;
        key.childTable = table->name;
        key.line = start.line;
        key.column = start.column;
        key.childColumns = columnList();
        references(&key);
        keys->append(key);
    } else if (accept("CHECK")) {
        accept("NOT") && accept("FOR") && accept("REPLICATION");
        ImportedCheck check;
        check.name = name;
        check.expression = parenthesized();
        table->checks.append(check);
    } else if (accept("FULLTEXT") || accept("SPATIAL")) {
        // MySQL's search and geometry indexes: TableIndex::kind.
        constraint.kind = m_tokens.at(m_pos - 1).text.toUpper();
        constraint.unique = false;
        accept("KEY") || accept("INDEX");
        if (peek().isIdentifier() && !peek().isPunctuation('('))
            constraint.name = identifier();
        bool expression = false;
        constraint.columns = indexColumns(&constraint.parts, &expression);
        indexes->append(constraint);
    } else if (accept("KEY") || accept("INDEX")) {
        if (peek().isIdentifier() && !peek().isWord("USING"))
            constraint.name = identifier();
        constraint.unique = accept("UNIQUE");
        accept("CLUSTERED") || accept("NONCLUSTERED");
        if (accept("USING"))
            next();
        bool expression = false;
        constraint.columns = indexColumns(&constraint.parts, &expression);
        if (expression) {
            constraint.columns.clear();
            constraint.parts.clear();
        }
        indexes->append(constraint);
    } else if (!name.isEmpty() && accept("DEFAULT")) {
        // SQL Server: CONSTRAINT DF_x DEFAULT (0) FOR column (in ALTER TABLE ... ADD)
        const QString value = defaultExpression();
        expect("FOR");
        const QString column = identifier();
        const int index = table->columnIndex(column);
        if (index < 0)
            fail(tr("table \"%1\" has no column \"%2\"").arg(table->name, column));
        table->columns[index].defaultValue = value;
    } else {
        fail(tr("expected a constraint but found %1").arg(describe(peek())));
    }
    skipToElementEnd(); // index options: WITH (...), ON [PRIMARY], COMMENT '...'
}

QString DdlParser::parenthesized()
{
    // What is inside "( … )", as written; nothing inside is an error of the statement.
    if (!peek().isPunctuation('('))
        fail(tr("expected ( but found %1").arg(describe(peek())));
    const int open = m_pos;
    skipBalanced();
    const QString text = m_pos - open >= 2 ? sourceText(open + 1, m_pos - 1).trimmed() : QString();
    if (text.isEmpty())
        fail(tr("expected an expression between the parentheses"));
    return text;
}

QStringList DdlParser::indexColumns(QVector<IndexPart> *parts, bool *expression)
{
    // Like columnList(), keeping each part's prefix length and order: KEY k (name(20) DESC).
    QStringList names;
    parts->clear();
    expectPunctuation('(');
    do {
        IndexPart part;
        if (peek().isPunctuation('(')) {
            skipBalanced(); // MySQL 8 functional key part: ((expr))
            *expression = true;
            names << QString();
        } else {
            names << identifier();
            if (peek().isPunctuation('(')) {
                bool ok = false;
                part.prefixLength = parenthesized().toInt(&ok);
                if (!ok || part.prefixLength < 1 || part.prefixLength > 65535)
                    fail(tr("an index prefix length must be a whole number from 1 to 65535"));
            }
        }
        if (accept("DESC"))
            part.descending = true;
        else
            accept("ASC");
        parts->append(part);
    } while (acceptPunctuation(','));
    expectPunctuation(')');
    return names;
}

ReferentialAction DdlParser::referentialAction()
{
    if (accept("CASCADE"))
        return ReferentialAction::Cascade;
    if (accept("RESTRICT"))
        return ReferentialAction::Restrict;
    if (accept("NO")) {
        expect("ACTION");
        return ReferentialAction::NoAction;
    }
    if (accept("SET")) {
        if (accept("NULL"))
            return ReferentialAction::SetNull;
        expect("DEFAULT");
        return ReferentialAction::SetDefault;
    }
    fail(tr("expected CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT but found %1")
             .arg(describe(peek())));
}

void DdlParser::references(ImportedForeignKey *key)
{
    expect("REFERENCES");
    key->parentTable = qualifiedName();
    if (peek().isPunctuation('('))
        key->parentColumns = columnList();
    // InnoDB's catalog reports an action left out as RESTRICT (and an explicit NO ACTION as
    // NO ACTION; both check at once): the model holds what the engine has.
    if (m_flavor == SqlTokenizer::Flavor::MySQL) {
        key->onDelete = ReferentialAction::Restrict;
        key->onUpdate = ReferentialAction::Restrict;
    }
    for (;;) {
        if (accept("ON")) {
            if (accept("DELETE"))
                key->onDelete = referentialAction();
            else if (accept("UPDATE"))
                key->onUpdate = referentialAction();
            else
                fail(tr("expected DELETE or UPDATE after ON but found %1").arg(describe(peek())));
        } else if (accept("MATCH")) {
            if (accept("FULL"))
                key->match = MatchType::Full;
            else if (!accept("SIMPLE") && !accept("PARTIAL"))
                fail(tr("expected FULL, PARTIAL or SIMPLE after MATCH"));
        } else if (peek().isWord("NOT") && peek(1).isWord("FOR")) {
            next();
            next();
            expect("REPLICATION");
        } else {
            break;
        }
    }
}

void DdlParser::createIndex(bool unique)
{
    expect("INDEX");
    ImportedConstraint index;
    const SqlToken &start = peek();
    index.line = start.line;
    index.column = start.column;
    index.name = identifier();
    index.unique = unique;
    if (accept("USING"))
        next();
    expect("ON");
    const QString table = qualifiedName();
    bool expression = false;
    index.columns = indexColumns(&index.parts, &expression);
    if (expression) {
        index.columns.clear();
        index.parts.clear();
    }
    m_collector->addIndex(table, index);
}

void DdlParser::dropTable()
{
    expect("TABLE");
    if (accept("IF"))
        expect("EXISTS");
    do
        m_collector->dropTable(qualifiedName());
    while (acceptPunctuation(','));
}

void DdlParser::alterTable()
{
    expect("TABLE");
    accept("ONLY");
    const QString name = qualifiedName();
    // Dropping from a table that is not there is what guarded drop preambles do
    // (IF OBJECT_ID(...) IS NOT NULL ALTER TABLE x DROP CONSTRAINT y): nothing to report.
    if (!m_collector->schema().findTable(name)) {
        bool adds = false;
        for (int i = m_pos; i < m_end; ++i)
            adds = adds || m_tokens.at(i).isWord("ADD") || m_tokens.at(i).isWord("MODIFY")
                || m_tokens.at(i).isWord("CHANGE");
        if (!adds) {
            m_report->skipStatement(QStringLiteral("ALTER TABLE … DROP (table not created)"));
            return;
        }
    }
    // Work on a copy and apply only when the whole statement has been read.
    ImportedTable *existing = m_collector->table(name);
    if (!existing)
        return;
    ImportedTable table = *existing;
    QVector<ImportedConstraint> uniques;
    QVector<ImportedConstraint> indexes;
    QVector<ImportedForeignKey> keys;
    QStringList dropped;
    bool primaryKeySet = !table.primaryKey.columns.isEmpty();
    ImportedConstraint primaryKey = table.primaryKey;
    if (accept("WITH"))
        accept("CHECK") || accept("NOCHECK");
    bool adding = false;
    do {
        // "ADD CONSTRAINT a ..., CONSTRAINT b ...": one ADD for several constraints.
        if (accept("ADD") || (adding && atTableConstraint())) {
            adding = true;
            if (atTableConstraint()) {
                tableConstraint(&table, &uniques, &indexes, &keys, &primaryKeySet, &primaryKey);
            } else {
                accept("COLUMN");
                const bool parenthesised = acceptPunctuation('(');
                do {
                    ColumnExtras extras;
                    table.columns.append(columnDefinition(table.name, &extras));
                    uniques += extras.uniques;
                    keys += extras.keys;
                    if (extras.primaryKey) {
                        primaryKeySet = true;
                        primaryKey.columns = QStringList{table.columns.last().name};
                        primaryKey.name = extras.primaryKeyName;
                    }
                } while (m_flavor == SqlTokenizer::Flavor::SqlServer && acceptPunctuation(','));
                if (parenthesised)
                    expectPunctuation(')');
            }
        } else if (accept("DROP")) {
            adding = false;
            if (accept("PRIMARY")) {
                expect("KEY");
                primaryKeySet = false;
                primaryKey = ImportedConstraint();
            } else if (accept("FOREIGN") || accept("CONSTRAINT") || accept("INDEX")
                       || accept("KEY")) {
                accept("KEY");
                if (accept("IF"))
                    expect("EXISTS");
                dropped << identifier();
            } else {
                m_report->skipStatement(QStringLiteral("ALTER TABLE … DROP COLUMN"));
                skipToElementEnd();
            }
        } else if (accept("MODIFY") || accept("CHANGE") || (accept("ALTER") && accept("COLUMN"))) {
            const bool change = m_tokens.at(m_pos - 1).isWord("CHANGE");
            accept("COLUMN");
            const QString old = change ? identifier() : peek().text;
            const int index = table.columnIndex(old);
            if (index < 0)
                fail(tr("table \"%1\" has no column \"%2\"").arg(table.name, old));
            ColumnExtras extras;
            ImportedColumn column = columnDefinition(table.name, &extras);
            table.columns[index] = column;
            if (extras.primaryKey) {
                primaryKeySet = true;
                primaryKey.columns = QStringList{column.name};
            }
            keys += extras.keys;
            uniques += extras.uniques;
            accept("FIRST") || (accept("AFTER") && !identifier().isEmpty());
        } else if (accept("CHECK") || accept("NOCHECK")) {
            // SQL Server: (re-)enable or disable checking; the constraint stays as it is.
            expect("CONSTRAINT");
            skipToElementEnd();
        } else {
            m_report->skipStatement(QStringLiteral("ALTER TABLE … ") + peek().text.toUpper());
            while (!atEnd())
                next();
        }
    } while (acceptPunctuation(','));
    if (!atEnd())
        fail(tr("unexpected %1").arg(describe(peek())));

    // Apply: the table (columns, defaults), then its constraints through the collector.
    ImportedTable *target = m_collector->table(name);
    const ImportedConstraint oldPrimaryKey = target->primaryKey;
    table.primaryKey = ImportedConstraint();
    *target = table;
    if (primaryKeySet) {
        if (primaryKey.line == 0 && oldPrimaryKey.columns == primaryKey.columns)
            primaryKey = oldPrimaryKey;
        m_collector->setPrimaryKey(name, primaryKey);
    }
    for (const QString &constraint : std::as_const(dropped))
        m_collector->dropConstraint(name, constraint);
    for (const ImportedConstraint &unique : std::as_const(uniques))
        m_collector->addUnique(name, unique);
    for (const ImportedConstraint &index : std::as_const(indexes))
        m_collector->addIndex(name, index);
    for (const ImportedForeignKey &key : std::as_const(keys))
        m_collector->addForeignKey(key);
}
