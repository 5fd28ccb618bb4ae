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
//
// A subject area opened "as its own view" is the same state with the area's tables in place of
// the neighbourhood, and the rest hidden: see showSubjectArea().
class FocusMode : public QObject
{
    Q_OBJECT
public:
    explicit FocusMode(SchemaScene *scene, QObject *parent = nullptr);

    bool isActive() const { return m_table != 0 || m_area != 0; }
    Id table() const { return m_table; }
    // The subject area shown as its own view; 0 when focusing on a table or inactive.
    Id subjectArea() const { return m_area; }
    QString subjectAreaName() const;
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
    // Shows only the area's tables and the keys between them (the others hidden; "Hide the
    // rest" may be unticked to dim them instead). Why a filter of the one canvas and not a
    // diagram of its own (MySQL Workbench's extra diagrams, pgModeler's layers): the area's
    // tables keep their places, every edit made there is an edit of the document with its
    // one undo history, and a big schema is not drawn twice. Show All is the way back.
    void showSubjectArea(Id areaId);
    void setDepth(int depth);
    void setHideOthers(bool hide);
    void clear();

signals:
    // Entered, left, or the set of tables or the way the rest is shown changed.
    void changed();

private:
    void recompute();
    void apply();
    void leaveSubjectArea();

    SchemaScene *m_scene;
    Id m_table = 0;
    Id m_area = 0;
    int m_depth = 1;
    bool m_hideOthers = false;
    bool m_hideOthersOutsideArea = false;
    QSet<Id> m_tables;
    QTimer m_followEdits;
};
