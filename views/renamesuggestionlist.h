#pragma once

#include "migration/renamesuggestions.h"

#include <QListWidget>

// The renames of a comparison matched by name, one checkbox each: the confirmed ones checked,
// the likely ones the diff suggests unchecked. Checking or unchecking one emits the new list
// of confirmed renames; the comparison then matches again.
class RenameSuggestionList : public QListWidget
{
    Q_OBJECT
public:
    explicit RenameSuggestionList(QWidget *parent = nullptr);

    // `confirmed` as "old=new" strings; `suggestions` are shown after them.
    void setRenames(const QStringList &confirmed, const QVector<RenameSuggestion> &suggestions);
    QStringList confirmed() const;

signals:
    void confirmedChanged(const QStringList &renames);

private:
    bool m_filling = false;
};
