#include "serverpassword.h"

#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

bool ServerPassword::isInUrl(const QString &url)
{
    return !QUrl(url).password().isEmpty();
}

QString ServerPassword::notInUrlMessage()
{
    return tr("do not put the password in the URL (it would show in the process list and the "
              "shell history); set JOINERY_PASSWORD or type it at the prompt.");
}

QString ServerPassword::read(const QString &url)
{
    if (qEnvironmentVariableIsSet("JOINERY_PASSWORD"))
        return qEnvironmentVariable("JOINERY_PASSWORD");
    return prompt(tr("Password for %1: ").arg(url));
}

QString ServerPassword::prompt(const QString &question)
{
    if (!isatty(STDIN_FILENO))
        return {};
    QTextStream(stderr) << question << Qt::flush;
    termios saved;
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    QTextStream in(stdin);
    const QString password = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    QTextStream(stderr) << '\n';
    return password;
}
