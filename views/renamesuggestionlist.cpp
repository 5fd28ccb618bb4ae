#include "renamesuggestionlist.h"

#include <QSignalBlocker>

RenameSuggestionList::RenameSuggestionList(QWidget *parent)
    : QListWidget(parent)
{
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit confirmedChanged(confirmed());
    });
}

void RenameSuggestionList::setRenames(const QStringList &confirmed,
                                      const QVector<RenameSuggestion> &suggestions)
{
    m_filling = true;
    clear();
    auto add = [this](const QString &rename, const QString &text, bool checked) {
        auto item = new QListWidgetItem(text, this);
        item->setData(Qt::UserRole, rename);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(checked ? tr("Confirmed: migrated as a rename.")
                                 : tr("Check to migrate this as a rename instead of a drop and an "
                                      "add."));
    };
    for (const QString &rename : confirmed) {
        const QString from = rename.section(QLatin1Char('='), 0, 0);
        const QString to = rename.section(QLatin1Char('='), 1);
        add(rename,
            from.contains(QLatin1Char('.')) ? tr("column %1 → %2").arg(from, to)
                                            : tr("table %1 → %2").arg(from, to),
            true);
    }
    for (const RenameSuggestion &s : suggestions)
        add(s.rename, s.description, false);
    m_filling = false;
}

QStringList RenameSuggestionList::confirmed() const
{
    QStringList renames;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            renames << item(i)->data(Qt::UserRole).toString();
    }
    return renames;
}
