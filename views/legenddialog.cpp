#include "legenddialog.h"

#include "canvasstyle.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

LegendDialog::LegendDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Arrow legend"));
    auto layout = new QVBoxLayout(this);
    auto intro = new QLabel(tr("An arrow runs from the child table's key columns to the parent's. "
                               "Its badge shows <b>D</b> the ON DELETE action and <b>U</b> the ON "
                               "UPDATE action. A dashed red arrow has an error; hover an arrow "
                               "for the full text."),
                            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto grid = new QGridLayout;
    int row = 0;
    for (ReferentialAction action : CanvasStyle::allActions()) {
        auto icon = new QLabel(this);
        icon->setPixmap(CanvasStyle::actionIcon(action).pixmap(20, 20));
        auto name = new QLabel(QStringLiteral("<b>%1</b>").arg(CanvasStyle::actionName(action)), this);
        auto text = new QLabel(CanvasStyle::actionExplanation(action), this);
        text->setWordWrap(true);
        grid->addWidget(icon, row, 0);
        grid->addWidget(name, row, 1);
        grid->addWidget(text, row, 2);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}
