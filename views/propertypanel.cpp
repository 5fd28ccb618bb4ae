#include "propertypanel.h"

#include "columnpanel.h"
#include "document.h"
#include "foreignkeypanel.h"
#include "schemapanel.h"
#include "selection.h"
#include "tablepanel.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>

namespace {
QScrollArea *scrolled(QWidget *panel)
{
    auto area = new QScrollArea;
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Panels wrap and shrink to the dock's width; a sideways scroll bar would hide the fields.
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QComboBox *box : panel->findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // take the width given
    }
    return area;
}
} // namespace

PropertyPanel::PropertyPanel(Document *document, Selection *selection, QWidget *parent)
    : QStackedWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_schema(new SchemaPanel(document))
    , m_table(new TablePanel(document))
    , m_column(new ColumnPanel(document))
    , m_key(new ForeignKeyPanel(document))
    , m_several(new QLabel)
{
    m_several->setAlignment(Qt::AlignCenter);
    addWidget(scrolled(m_schema));
    addWidget(scrolled(m_table));
    addWidget(scrolled(m_column));
    addWidget(scrolled(m_key));
    addWidget(m_several);
    connect(selection, &Selection::changed, this, &PropertyPanel::follow);
    connect(document, &Document::schemaReset, this, &PropertyPanel::follow);
    follow();
}

void PropertyPanel::follow()
{
    const Schema &schema = m_document->schema();
    const QVector<Id> &ids = m_selection->ids();
    if (ids.isEmpty()) {
        m_schema->refresh();
        setCurrentIndex(0);
    } else if (ids.size() > 1) {
        m_several->setText(tr("%n objects selected", nullptr, int(ids.size())));
        setCurrentWidget(m_several);
    } else if (schema.table(ids.first())) {
        m_table->setTable(ids.first());
        setCurrentIndex(1);
    } else if (schema.column(ids.first())) {
        m_column->setColumn(ids.first());
        setCurrentIndex(2);
    } else if (schema.foreignKey(ids.first())) {
        m_key->setForeignKey(ids.first());
        setCurrentIndex(3);
    } else {
        m_schema->refresh();
        setCurrentIndex(0);
    }
}
