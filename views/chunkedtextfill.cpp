#include "chunkedtextfill.h"

#include <QPlainTextEdit>
#include <QTextCursor>

ChunkedTextFill::ChunkedTextFill(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    // The editor shows generated text: an undo history of it would only hold every script ever
    // shown.
    editor->setUndoRedoEnabled(false);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChunkedTextFill::fillSlice);
}

void ChunkedTextFill::setText(const QString &text)
{
    m_timer.stop();
    if (text.size() <= AtOnce) {
        m_text.clear();
        m_editor->setPlainText(text);
        emit filled();
        return;
    }
    m_text = text;
    m_next = 0;
    m_editor->clear();
    m_timer.start();
}

void ChunkedTextFill::fillSlice()
{
    // Up to the end of a line, so that a line is never highlighted half-written.
    qsizetype end = qMin(m_text.size(), m_next + SliceSize);
    if (end < m_text.size()) {
        const qsizetype newline = m_text.indexOf(QLatin1Char('\n'), end);
        end = newline < 0 ? m_text.size() : newline + 1;
    }
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_text).mid(m_next, end - m_next).toString());
    m_next = end;
    if (m_next < m_text.size())
        return;
    m_timer.stop();
    m_text.clear();
    emit filled();
}
