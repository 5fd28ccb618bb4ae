#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QPlainTextEdit;

// Puts a long text into a QPlainTextEdit a slice per turn of the event loop. Inserting and
// highlighting a 5,000-table script at once held the GUI thread for over a second, with the
// window unable to paint or take a key; a slice is a few milliseconds. Short texts go in at once.
class ChunkedTextFill : public QObject
{
    Q_OBJECT
public:
    explicit ChunkedTextFill(QPlainTextEdit *editor);

    // Replaces the editor's whole text. A text still being put in is dropped for the new one.
    void setText(const QString &text);
    bool isFilling() const { return m_timer.isActive(); }

    static constexpr qsizetype AtOnce = 256 * 1024;
    static constexpr qsizetype SliceSize = 48 * 1024;

signals:
    // The whole text is in the editor (also after a short text went in at once).
    void filled();

private:
    void fillSlice();

    QPlainTextEdit *m_editor;
    QString m_text;
    qsizetype m_next = 0;
    QTimer m_timer;
};
