#pragma once

#include "id.h"

#include <QStyledItemDelegate>

class Schema;
class ScratchDatabase;

// For a grid column that is the child column of a single-column foreign key: the editor is a
// combo box offering the parent keys that exist (typing another value stays possible; the
// engine then says why it does not fit).
class ForeignKeyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ForeignKeyDelegate(const Schema &schema, ScratchDatabase *db, Id keyId,
                       QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    static constexpr int MaxChoices = 1000;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QStringList parentKeys() const;

    const Schema &m_schema;
    ScratchDatabase *m_db;
    Id m_key;
};
