#include "wranglerfolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

QString WranglerFolder::nextFile(const QString &directory, const QString &message)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
    int last = 0;
    for (const QString &name : QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const QRegularExpressionMatch m = numbered.match(name);
        if (m.hasMatch())
            last = qMax(last, m.captured(1).toInt());
    }
    QString slug = message.trimmed();
    slug.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("_"));
    slug.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_\\-]")));
    if (slug.isEmpty())
        slug = QStringLiteral("migration");
    return QStringLiteral("%1_%2.sql").arg(last + 1, 4, 10, QLatin1Char('0')).arg(slug);
}

bool WranglerFolder::write(const QString &directory, const QString &message,
                           const QString &script, QString *path, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("cannot create the folder %1.").arg(directory);
        return false;
    }
    const QString name = nextFile(directory, message);
    const QString text = QStringLiteral("-- Migration number: %1 %2\n")
                             .arg(name.left(4),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        + script;
    *path = QDir(directory).filePath(name);
    QFile file(*path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(text.toUtf8()) < 0) {
        *error = tr("%1: %2").arg(*path, file.errorString());
        return false;
    }
    return true;
}
