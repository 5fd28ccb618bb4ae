#include "ddlparser.h"
#include "ddlcollector.h"
#include "importreport.h"
#include "typemapper.h"

#include <algorithm>

namespace {
using Severity = ImportReport::Severity;
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
            Severity::Error,
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

void DdlParser::createAliasType()
{
    // SQL Server: CREATE TYPE name FROM base [NULL | NOT NULL]; a table type (AS TABLE) is not
    // a column type Joinery models.
    UserType type;
    type.kind = UserType::Kind::Domain;
    const QStringList name = qualifiedName().split(QLatin1Char('.'));
    type.name = name.last();
    if (name.size() > 1)
        type.schemaName = name.at(name.size() - 2);
    if (!accept("FROM")) {
        m_report->skipStatement(QStringLiteral("CREATE TYPE"));
        return;
    }
    type.baseType = typeText();
    type.notNull = accept("NOT") && accept("NULL");
    m_collector->schema().userTypes.append(type);
}

void DdlParser::addType()
{
    // SQL Server: EXEC sp_addtype name, 'base' [, 'NULL' | 'NOT NULL'].
    UserType type;
    type.kind = UserType::Kind::Domain;
    if (!peek().isIdentifier() && peek().kind != SqlToken::Kind::String)
        fail(tr("expected the name of the type but found %1").arg(describe(peek())));
    type.name = next().text;
    expectPunctuation(',');
    if (peek().kind != SqlToken::Kind::String)
        fail(tr("expected the base type as a string but found %1").arg(describe(peek())));
    type.baseType = next().text.trimmed();
    if (acceptPunctuation(',') && peek().kind == SqlToken::Kind::String)
        type.notNull
            = next().text.simplified().compare(QLatin1String("NOT NULL"), Qt::CaseInsensitive) == 0;
    m_collector->schema().userTypes.append(type);
}

QString DdlParser::typeText()
{
    if (!peek().isIdentifier() || atTableConstraint())
        fail(tr("expected a type but found %1").arg(describe(peek())));
    // "double precision(8,2) unsigned", "national character varying(20)", "int(11) zerofill"
    QStringList base{qualifiedName()};
    QStringList attributes;
    QString arguments;
    for (;;) {
        if (arguments.isEmpty()
            && (peek().isWord("PRECISION") || peek().isWord("VARYING")
                || ((peek().isWord("CHARACTER") || peek().isWord("CHAR")
                     || peek().isWord("VARCHAR"))
                    && !peek(1).isWord("SET")))) {
            base << next().text;
        } else if (peek().isWord("UNSIGNED") || peek().isWord("SIGNED")
                   || peek().isWord("ZEROFILL")) {
            attributes << next().text;
        } else if (peek().isPunctuation('(') && arguments.isEmpty() && attributes.isEmpty()) {
            const int open = m_pos;
            skipBalanced();
            // "(10, 2)" reads as "(10,2)"; spaces inside quoted ENUM/SET values are kept.
            const QString written = sourceText(open, m_pos);
            bool quoted = false;
            for (const QChar c : written) {
                if (c == QLatin1Char('\''))
                    quoted = !quoted;
                if (quoted || c != QLatin1Char(' '))
                    arguments += c;
            }
        } else {
            break;
        }
    }
    QString text = base.join(QLatin1Char(' ')) + arguments;
    if (!attributes.isEmpty())
        text += QLatin1Char(' ') + attributes.join(QLatin1Char(' '));
    return text;
}

QString DdlParser::defaultExpression()
{
    const int start = m_pos;
    if (peek().isPunctuation('(')) {
        skipBalanced();
    } else {
        if (peek().isPunctuation('-') || peek().isPunctuation('+'))
            next();
        const SqlToken &value = next();
        if (value.kind == SqlToken::Kind::End)
            fail(tr("expected a default value"));
        if (peek().isPunctuation('(')) // a function call: CURRENT_TIMESTAMP(6), getdate()
            skipBalanced();
    }
    QString text = sourceText(start, m_pos);
    // SQL Server writes DEFAULT ((0)) and DEFAULT (getdate()); the value is what is inside.
    while (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        int depth = 0;
        bool wraps = true;
        for (int i = 0; i < text.size() - 1; ++i) {
            if (text.at(i) == QLatin1Char('('))
                ++depth;
            else if (text.at(i) == QLatin1Char(')') && --depth == 0) {
                wraps = false;
                break;
            }
        }
        if (!wraps)
            break;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

ImportedColumn DdlParser::columnDefinition(const QString &table, ColumnExtras *extras)
{
    ImportedColumn column;
    const SqlToken &start = peek();
    column.name = identifier();
    if (accept("AS")) {
        // SQL Server computed column: name AS expression [PERSISTED] [NOT NULL]; the engine
        // infers its type, so it has none.
        const int from = m_pos;
        while (!atEnd() && !peek().isPunctuation(',') && !peek().isPunctuation(')')
               && !peek().isWord("PERSISTED") && !peek().isWord("CONSTRAINT"))
            skipBalanced();
        column.generatedExpression = sourceText(from, m_pos).trimmed();
        column.type = DataType::custom(QString());
        column.typeDeclared = true;
        column.generatedStored = accept("PERSISTED");
        skipToElementEnd();
        return column;
    }
    const int typeStart = m_pos;
    const TypeMapper::Mapped mapped
        = TypeMapper::map(typeText(),
                          m_flavor == SqlTokenizer::Flavor::MySQL ? QStringLiteral("mysql")
                                                                  : QStringLiteral("sqlserver"));
    column.type = mapped.type;
    // As written ("int(11) unsigned", "enum('Deleted Scenes','Trailers')", "NVARCHAR(40)"):
    // what an export to the same dialect writes back.
    column.declaredType = sourceText(typeStart, m_pos).simplified();
    column.typeDeclared = !column.declaredType.isEmpty();
    column.isUnsigned = mapped.isUnsigned;
    column.autoIncrement = mapped.autoIncrement;
    QString constraintName;
    while (!atEnd() && !peek().isPunctuation(',') && !peek().isPunctuation(')')) {
        if (accept("CONSTRAINT")) {
            constraintName = identifier();
            continue;
        }
        if (accept("NOT")) {
            if (accept("NULL"))
                column.nullable = false;
            else if (accept("FOR"))
                expect("REPLICATION");
            else
                fail(tr("expected NULL after NOT but found %1").arg(describe(peek())));
        } else if (accept("NULL")) {
            column.nullable = true;
        } else if (accept("DEFAULT")) {
            column.defaultValue = defaultExpression();
        } else if (accept("AUTO_INCREMENT") || accept("AUTOINCREMENT")) {
            column.autoIncrement = true;
        } else if (accept("IDENTITY")) {
            column.autoIncrement = true;
            if (peek().isPunctuation('('))
                skipBalanced();
        } else if (accept("PRIMARY")) {
            expect("KEY");
            accept("CLUSTERED") || accept("NONCLUSTERED");
            extras->primaryKey = true;
            extras->primaryKeyName = constraintName;
            if (peek().isPunctuation('('))
                extras->primaryKeyColumns = columnList();
            else
                column.nullable = false;
        } else if (m_flavor == SqlTokenizer::Flavor::MySQL && accept("KEY")) {
            extras->primaryKey = true; // MySQL: "KEY" in a column definition means PRIMARY KEY
            column.nullable = false;
        } else if (accept("UNIQUE")) {
            accept("KEY");
            accept("CLUSTERED") || accept("NONCLUSTERED");
            ImportedConstraint unique;
            unique.name = constraintName;
            unique.columns = peek().isPunctuation('(') ? columnList() : QStringList{column.name};
            unique.line = start.line;
            unique.column = start.column;
            extras->uniques.append(unique);
        } else if (peek().isWord("REFERENCES")) {
            ImportedForeignKey key;
            key.name = constraintName;
            key.childTable = table;
            key.childColumns = QStringList{column.name};
            key.line = peek().line;
            key.column = peek().column;
            references(&key);
            extras->keys.append(key);
        } else if (accept("CHECK")) {
            accept("NOT") && accept("FOR") && accept("REPLICATION");
            ImportedCheck check;
            check.name = constraintName;
            check.columnName = column.name;
            check.expression = parenthesized();
            extras->checks.append(check);
        } else if (accept("COMMENT")) {
            if (peek().kind != SqlToken::Kind::String)
                fail(tr("expected a comment string but found %1").arg(describe(peek())));
            column.comment = next().text;
        } else if (accept("COLLATE")) {
            column.collation = next().text;
        } else if (accept("CHARACTER") || accept("CHARSET")) {
            // MySQL: part of the data type ("varchar(20) CHARACTER SET latin1"); the column's
            // collation is then that character set's default, so the type keeps it.
            accept("SET");
            column.declaredType += QStringLiteral(" CHARACTER SET ") + next().text;
        } else if (m_flavor == SqlTokenizer::Flavor::MySQL && accept("BINARY")) {
            column.declaredType += QStringLiteral(" BINARY"); // the charset's binary collation
        } else if (accept("ON")) {
            if (accept("UPDATE"))
                column.onUpdateValue = defaultExpression(); // MySQL: ON UPDATE CURRENT_TIMESTAMP
            else
                skipBalanced(); // SQL Server: the key's filegroup, ON [PRIMARY]
        } else if (accept("WITH")) {
            skipBalanced(); // SQL Server: the key's index options, WITH (PAD_INDEX = OFF, ...)
        } else if (accept("GENERATED")) {
            // GENERATED ALWAYS AS (expr) [VIRTUAL|STORED], or AS IDENTITY
            accept("ALWAYS") || (accept("BY") && accept("DEFAULT"));
            expect("AS");
            if (accept("IDENTITY")) {
                column.autoIncrement = true;
                if (peek().isPunctuation('('))
                    skipBalanced();
            } else if (peek().isPunctuation('(')) {
                column.generatedExpression = parenthesized();
            } else {
                skipBalanced(); // SQL Server: AS ROW START / END of a temporal table
            }
        } else if (accept("AS")) {
            column.generatedExpression = parenthesized(); // MySQL: AS (expr) [VIRTUAL|STORED]
        } else if (accept("STORED") || accept("PERSISTENT")) {
            column.generatedStored = true;
        } else if (accept("VIRTUAL") || accept("PERSISTED") || accept("ROWGUIDCOL")
                   || accept("SPARSE") || accept("FILESTREAM") || accept("VISIBLE")
                   || accept("INVISIBLE") || accept("BINARY") || accept("SERIAL")) {
            // attributes Joinery does not model
        } else if (accept("COLUMN_FORMAT") || accept("STORAGE")) {
            next();
        } else {
            fail(tr("unexpected %1 in the definition of column \"%2\"")
                     .arg(describe(peek()), column.name));
        }
        constraintName.clear();
    }
    return column;
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
