#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a generated script: keywords, quoted identifiers and strings, numbers, and comments
// (problem notes that start with ERROR / WARNING stand out). Quoting in generated scripts never
// spans lines, so a line-by-line pass is exact.
class DdlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DdlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QRegularExpression m_numbers;
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_quotedFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_commentFormat;
    QTextCharFormat m_errorFormat;
    QTextCharFormat m_warningFormat;
};
