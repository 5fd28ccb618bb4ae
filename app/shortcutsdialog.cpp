#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace {
QString plain(QString text)
{
    // "&Save As…" → "Save As…"; "&&" stays one "&".
    text.replace(QLatin1String("&&"), QChar(0x1f));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x1f), QLatin1Char('&'));
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    for (QMenu *menu : menus) {
        auto *group = new QTreeWidgetItem(m_tree, {plain(menu->title())});
        std::function<void(QMenu *, const QString &)> add = [&](QMenu *m, const QString &prefix) {
            for (QAction *action : m->actions()) {
                if (action->menu()) {
                    add(action->menu(), prefix + plain(action->text()) + QStringLiteral(" › "));
                    continue;
                }
                if (action->isSeparator() || action->shortcuts().isEmpty())
                    continue;
                QStringList keys;
                for (const QKeySequence &key : action->shortcuts())
                    keys << key.toString(QKeySequence::NativeText);
                new QTreeWidgetItem(
                    group, {prefix + plain(action->text()), keys.join(QStringLiteral(", "))});
            }
        };
        add(menu, QString());
        if (group->childCount() == 0)
            delete group;
    }
    auto *canvas = new QTreeWidgetItem(m_tree, {tr("Canvas")});
    const QList<QPair<QString, QString>> gestures{
        {tr("Draw a foreign key"), tr("Drag from a column onto the parent table")},
        {tr("Move a table"), tr("Drag its header")},
        {tr("Add a column to the selected table"),
         QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText)},
        {tr("Rename"), tr("Double-click the name")},
        {tr("Nudge the selection"),
         tr("Arrow keys (with %1: one pixel)")
             .arg(QKeySequence(Qt::SHIFT)
                      .toString(QKeySequence::NativeText)
                      .remove(QLatin1Char('+')))},
        {tr("Pan"), tr("Middle button, or Space and drag")},
        {tr("Zoom"),
         tr("%1 and mouse wheel")
             .arg(QKeySequence(Qt::CTRL)
                      .toString(QKeySequence::NativeText)
                      .remove(QLatin1Char('+')))},
    };
    for (const auto &g : gestures)
        new QTreeWidgetItem(canvas, {g.first, g.second});
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(620, 560);
}
