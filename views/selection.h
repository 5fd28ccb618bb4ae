#pragma once

#include "id.h"

#include <QObject>
#include <QVector>

// The one selection of a document window, shared by the canvas, the object tree, the property
// panel and the Problems dock, so that they always show the same thing. It holds ids of tables,
// columns and foreign keys (a column id means "this column of its table"). Views set it when the
// user selects something and follow changed() otherwise; none of them talks to another directly.
class Selection : public QObject
{
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr);

    const QVector<Id> &ids() const { return m_ids; }
    // The first selected id, 0 when nothing is selected.
    Id current() const { return m_ids.value(0); }
    bool contains(Id id) const { return m_ids.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }

    // Emits changed() only when the ids really differ.
    void set(const QVector<Id> &ids);
    void select(Id id) { set(id ? QVector<Id>{id} : QVector<Id>{}); }
    void clear() { set({}); }
    // Drops ids that no longer name anything (after a delete or an undo); `exists` decides.
    template<typename Exists>
    void prune(Exists exists)
    {
        QVector<Id> kept;
        for (Id id : m_ids) {
            if (exists(id))
                kept << id;
        }
        set(kept);
    }

signals:
    void changed();

private:
    QVector<Id> m_ids;
};
