#include "migrationchangetree.h"

#include "migration/schemadiff.h"

#include <QHeaderView>

MigrationChangeTree::MigrationChangeTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Table / change"), tr("Details")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void MigrationChangeTree::setDiff(const SchemaDiff *diff)
{
    clear();
    if (!diff)
        return;
    if (diff->isEmpty()) {
        auto item = new QTreeWidgetItem(this, {tr("No changes: the schemas are the same.")});
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    // Built apart and added at once: tens of thousands of changes (a script of another
    // dialect against the document) would otherwise update the view item by item.
    QHash<QString, QTreeWidgetItem *> tables;
    QList<QTreeWidgetItem *> order;
    QFont bold = font();
    bold.setBold(true);
    for (const SchemaChange &change : diff->changes()) {
        const Table *table = diff->newSchema().table(change.newTable);
        if (!table)
            table = diff->oldSchema().table(change.oldTable);
        const QString name = table ? table->name : tr("Schema");
        QTreeWidgetItem *&parent = tables[name];
        if (!parent) {
            parent = new QTreeWidgetItem({name});
            parent->setFont(0, bold);
            order << parent;
        }
        new QTreeWidgetItem(parent, {kindName(change.kind), change.description});
    }
    addTopLevelItems(order);
    expandAll();
}

QString MigrationChangeTree::kindName(SchemaChange::Kind kind)
{
    using K = SchemaChange::Kind;
    switch (kind) {
    case K::DropForeignKey: return tr("drop foreign key");
    case K::DropIndex: return tr("drop index");
    case K::DropUnique: return tr("drop unique constraint");
    case K::DropCheck: return tr("drop CHECK constraint");
    case K::DropTable: return tr("drop table");
    case K::RenameTable: return tr("rename table");
    case K::RenameColumn: return tr("rename column");
    case K::AddTable: return tr("add table");
    case K::DropColumn: return tr("drop column");
    case K::AddColumn: return tr("add column");
    case K::AlterColumnType: return tr("change type");
    case K::AlterColumnNullability: return tr("change nullability");
    case K::AlterColumnDefault: return tr("change default");
    case K::AlterColumnOther: return tr("change column");
    case K::MoveColumn: return tr("reorder columns");
    case K::ChangePrimaryKey: return tr("change primary key");
    case K::ChangeTableOptions: return tr("change table options");
    case K::ChangeTriggers: return tr("change triggers");
    case K::AddUnique: return tr("add unique constraint");
    case K::AddCheck: return tr("add CHECK constraint");
    case K::AddIndex: return tr("add index");
    case K::AlterForeignKey: return tr("alter foreign key");
    case K::AddForeignKey: return tr("add foreign key");
    case K::ChangeSchemaObjects: return tr("change schema objects");
    }
    return {};
}
