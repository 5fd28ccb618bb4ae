#include "focusbar.h"

#include "focusmode.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

FocusBar::FocusBar(FocusMode *focus, QWidget *parent)
    : QWidget(parent)
    , m_focus(focus)
    , m_label(new QLabel(this))
    , m_depth(new QSpinBox(this))
    , m_hide(new QCheckBox(tr("&Hide the rest"), this))
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe0));
    setPalette(p);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    layout->addSpacing(12);
    auto depthLabel = new QLabel(tr("&Keys away:"), this);
    m_depthLabel = depthLabel;
    depthLabel->setBuddy(m_depth);
    layout->addWidget(depthLabel);
    m_depth->setRange(1, FocusMode::MaximumDepth);
    m_depth->setToolTip(tr("Show the tables this many foreign keys away from the focused one"));
    layout->addWidget(m_depth);
    layout->addWidget(m_hide);
    layout->addStretch();
    auto showAll = new QPushButton(tr("Show &All"), this);
    layout->addWidget(showAll);
    connect(m_depth, &QSpinBox::valueChanged, focus, &FocusMode::setDepth);
    connect(m_hide, &QCheckBox::toggled, focus, &FocusMode::setHideOthers);
    connect(showAll, &QPushButton::clicked, this, [this] {
        m_focus->clear();
        emit showAllRequested();
    });
    connect(focus, &FocusMode::changed, this, &FocusBar::sync);
    sync();
}

void FocusBar::sync()
{
    setVisible(m_focus->isActive());
    if (!m_focus->isActive())
        return;
    const QSignalBlocker depthBlocker(m_depth);
    const QSignalBlocker hideBlocker(m_hide);
    m_depth->setValue(m_focus->depth());
    m_hide->setChecked(m_focus->hidesOthers());
    // A subject area's view has no depth: its tables are the area's.
    const bool area = m_focus->subjectArea() != 0;
    m_depth->setVisible(!area);
    m_depthLabel->setVisible(!area);
    if (area) {
        m_label->setText(
            tr("Subject area <b>%1</b>: %n table(s)", nullptr, int(m_focus->tables().size()))
                .arg(m_focus->subjectAreaName().toHtmlEscaped()));
        return;
    }
    const QString name = m_focus->tableName();
    m_label->setText(tr("Focus on <b>%1</b>: %n table(s)", nullptr, int(m_focus->tables().size()))
                         .arg(name.toHtmlEscaped()));
}
