#include "ddlhighlighter.h"

DdlHighlighter::DdlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_keywords(
          QStringLiteral("\\b(CREATE|TABLE|INDEX|UNIQUE|PRIMARY|KEY|FOREIGN|REFERENCES|CONSTRAINT|"
                         "ALTER|ADD|DROP|ON|DELETE|UPDATE|CASCADE|RESTRICT|NO|ACTION|SET|NULL|NOT|"
                         "DEFAULT|DEFERRABLE|INITIALLY|DEFERRED|IMMEDIATE|MATCH|FULL|COLLATE|"
                         "GENERATED|BY|AS|IDENTITY|AUTO_INCREMENT|ENGINE|CHARSET|UNSIGNED)\\b"),
          QRegularExpression::CaseInsensitiveOption)
    , m_typeScriptKeywords(QStringLiteral(
          "\\b(import|export|from|const|type|as|true|false|null|undefined|new|return)\\b"))
    , m_numbers(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"))
{
    m_keywordFormat.setForeground(QColor(0x1f, 0x4e, 0xa8));
    m_keywordFormat.setFontWeight(QFont::Bold);
    m_quotedFormat.setForeground(QColor(0x7a, 0x3e, 0x9d));
    m_stringFormat.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_numberFormat.setForeground(QColor(0xa6, 0x5e, 0x00));
    m_commentFormat.setForeground(QColor(0x75, 0x75, 0x75));
    m_commentFormat.setFontItalic(true);
    m_errorFormat.setForeground(QColor(0xc6, 0x28, 0x28));
    m_errorFormat.setFontWeight(QFont::Bold);
    m_warningFormat.setForeground(QColor(0xb2, 0x6a, 0x00));
}

void DdlHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

void DdlHighlighter::highlightBlock(const QString &text)
{
    if (m_language == Language::TypeScript) {
        highlightTypeScript(text);
        return;
    }
    if (text.startsWith(QLatin1String("--"))) {
        const QString body = text.mid(3);
        setFormat(0, text.size(),
                  body.startsWith(QLatin1String("ERROR"))         ? m_errorFormat
                      : body.startsWith(QLatin1String("WARNING")) ? m_warningFormat
                                                                  : m_commentFormat);
        return;
    }
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(), match.capturedLength(), m_keywordFormat);
    }
    for (auto it = m_numbers.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(), match.capturedLength(), m_numberFormat);
    }
    // Quoted parts last, so that a keyword inside a quoted name is not coloured as one. A
    // doubled closing character is an escaped one and stays inside.
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        QChar close;
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('\''))
            close = c;
        else if (c == QLatin1Char('['))
            close = QLatin1Char(']');
        if (close.isNull()) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < text.size()) {
            if (text.at(end) == close) {
                if (end + 1 < text.size() && text.at(end + 1) == close) {
                    end += 2;
                    continue;
                }
                break;
            }
            ++end;
        }
        const int length = qMin(end + 1, int(text.size())) - i;
        setFormat(i, length, c == QLatin1Char('\'') ? m_stringFormat : m_quotedFormat);
        i += length;
    }
}

void DdlHighlighter::highlightTypeScript(const QString &text)
{
    if (text.trimmed().startsWith(QLatin1String("//"))) {
        setFormat(0, text.size(), m_commentFormat);
        return;
    }
    for (auto it = m_typeScriptKeywords.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(), match.capturedLength(), m_keywordFormat);
    }
    for (auto it = m_numbers.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(), match.capturedLength(), m_numberFormat);
    }
    // Strings last; a backslash escapes the next character. The generator writes SQL inside
    // sql`...` templates on one line too.
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\'') && c != QLatin1Char('"') && c != QLatin1Char('`')) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < text.size() && text.at(end) != c)
            end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
        const int length = qMin(end + 1, int(text.size())) - i;
        setFormat(i, length, c == QLatin1Char('`') ? m_quotedFormat : m_stringFormat);
        i += length;
    }
}
