#pragma once

#include <QString>
#include <QVector>

// One lexical token of an SQL script. Identifiers carry their unquoted text in `text` and
// whether they were quoted (a quoted identifier is never a keyword); strings carry their value.
struct SqlToken
{
    enum class Kind {
        Word, // bare identifier or keyword
        Quoted, // "x", `x`, [x]
        String, // 'x', E'x', N'x', $tag$x$tag$
        Number,
        Punctuation, // one character: ( ) , ; . = and the rest
        End,
    };

    Kind kind = Kind::End;
    QString text;
    int offset = 0; // in the script, in QChars
    int length = 0;
    int line = 1; // 1-based
    int column = 1; // 1-based

    bool isWord(const char *keyword) const
    {
        return kind == Kind::Word && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
    bool isPunctuation(char c) const
    {
        return kind == Kind::Punctuation && text.size() == 1 && text.at(0) == QLatin1Char(c);
    }
    bool isIdentifier() const { return kind == Kind::Word || kind == Kind::Quoted; }
};

using SqlTokens = QVector<SqlToken>;
