#include "importreport.h"

void ImportReport::addNote(Severity severity, const QString &message, int line, int column)
{
    notes.append({severity, line, column, message});
}

void ImportReport::skipStatement(const QString &kind)
{
    for (auto &entry : skippedStatements) {
        if (entry.first == kind) {
            ++entry.second;
            return;
        }
    }
    skippedStatements.append({kind, 1});
}

int ImportReport::count(Severity severity) const
{
    int n = 0;
    for (const Note &note : notes)
        n += note.severity == severity ? 1 : 0;
    return n;
}

int ImportReport::skippedStatementCount() const
{
    int n = 0;
    for (const auto &entry : skippedStatements)
        n += entry.second;
    return n;
}

bool ImportReport::isIncomplete() const
{
    return isFatal() || count(Severity::Error) > 0;
}

QString ImportReport::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Skipped:
        return tr("skipped");
    case Severity::Warning:
        return tr("warning");
    case Severity::Error:
        return tr("error");
    }
    return {};
}

QString ImportReport::toText() const
{
    QString text;
    if (isFatal()) {
        text += tr("Could not import %1: %2").arg(source, fatalError) + QLatin1Char('\n');
        return text;
    }
    text += tr("Imported %1 as %2: %n table(s)", nullptr, tables).arg(source, dialect);
    text += tr(", %n column(s)", nullptr, columns);
    text += tr(", %n foreign key(s)", nullptr, foreignKeys);
    text += tr(", %n primary key(s)", nullptr, primaryKeys);
    text += tr(", %n unique constraint(s)", nullptr, uniqueConstraints);
    text += tr(", %n index(es).", nullptr, indexes);
    text += QLatin1Char('\n');
    if (!skippedStatements.isEmpty()) {
        QStringList parts;
        for (const auto &entry : skippedStatements)
            parts << QStringLiteral("%1 × %2").arg(entry.first).arg(entry.second);
        text += tr("Not modelled, skipped: %1.").arg(parts.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    }
    for (const Note &note : notes) {
        QString where;
        if (note.line > 0)
            where = note.column > 0 ? QStringLiteral("%1:%2: ").arg(note.line).arg(note.column)
                                    : QStringLiteral("%1: ").arg(note.line);
        text += where + severityName(note.severity) + QStringLiteral(": ") + note.message
            + QLatin1Char('\n');
    }
    return text;
}
