#pragma once

#include "id.h"

#include <QObject>
#include <QRectF>
#include <QSet>
#include <QTimer>

class SchemaScene;

// "Focus": one table and the tables up to `depth` keys away from it (either direction) stay
// as they are; the rest of the diagram is dimmed, or hidden. A state of the canvas, not of the
// document: nothing is saved or undone, and the model is untouched. It follows edits (a key
// drawn to the focused table brings its other end in) and ends when the table is deleted or
// another document is opened.
class FocusMode : public QObject
{
    Q_OBJECT
public:
    explicit FocusMode(SchemaScene *scene, QObject *parent = nullptr);

    bool isActive() const { return m_table != 0; }
    Id table() const { return m_table; }
    QString tableName() const;
    int depth() const { return m_depth; }
    bool hidesOthers() const { return m_hideOthers; }
    // The tables in focus (the focused one included); empty when inactive.
    const QSet<Id> &tables() const { return m_tables; }
    // The cards in focus, in scene coordinates.
    QRectF focusedRect() const;

    static constexpr int MaximumDepth = 9;
    static constexpr qreal DimmedOpacity = 0.12;

public slots:
    void focus(Id tableId, int depth = 1);
    void setDepth(int depth);
    void setHideOthers(bool hide);
    void clear();

signals:
    // Entered, left, or the set of tables or the way the rest is shown changed.
    void changed();

private:
    void recompute();
    void apply();

    SchemaScene *m_scene;
    Id m_table = 0;
    int m_depth = 1;
    bool m_hideOthers = false;
    QSet<Id> m_tables;
    QTimer m_followEdits;
};
