#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a generated script: keywords, quoted identifiers and strings, numbers, and comments
// (problem notes that start with ERROR / WARNING stand out). Quoting in generated scripts never
// spans lines, so a line-by-line pass is exact. The TypeScript mode colours a Drizzle module
// the same way with TypeScript's rules: "//" comments, backslash escapes in strings, its own
// keywords (SQL's would colour `index` or `primaryKey` in the middle of builder calls).
class DdlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { Sql, TypeScript };

    explicit DdlHighlighter(QTextDocument *document);

    Language language() const { return m_language; }
    void setLanguage(Language language); // re-highlights when it changes

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightTypeScript(const QString &text);

    Language m_language = Language::Sql;
    QRegularExpression m_keywords;
    QRegularExpression m_typeScriptKeywords;
    QRegularExpression m_numbers;
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_quotedFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_commentFormat;
    QTextCharFormat m_errorFormat;
    QTextCharFormat m_warningFormat;
};
