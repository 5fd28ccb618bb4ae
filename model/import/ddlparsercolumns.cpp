#include "ddlcollector.h"
#include "ddlparser.h"
#include "importreport.h"
#include "typemapper.h"

// DdlParser, continued: column definitions, their types and defaults, and the types a script
// defines itself (SQL Server alias types). The statements are in ddlparser.cpp.

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
