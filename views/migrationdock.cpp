#include "migrationdock.h"

#include "ddlhighlighter.h"
#include "document.h"
#include "migration/rehearsaldata.h"
#include "migration/wranglerfolder.h"
#include "migrationchangetree.h"
#include "migrationcomparison.h"
#include "migrationrehearsalview.h"
#include "renamesuggestionlist.h"
#include "simulator/sampledatastore.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto box = new QWidget(parent);
    auto layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

MigrationDock::MigrationDock(Document *document, SampleDataStore *sampleData, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_sampleData(sampleData)
    , m_comparison(new MigrationComparison(document, this))
    , m_sides(new QLabel(this))
    , m_swap(new QPushButton(tr("S&wap"), this))
    , m_target(new QComboBox(this))
    , m_message(new QLineEdit(this))
    , m_rehearse(new QToolButton(this))
    , m_save(new QPushButton(tr("Sa&ve…"), this))
    , m_changes(new MigrationChangeTree(this))
    , m_renamesLabel(new QLabel(this))
    , m_renames(new RenameSuggestionList(this))
    , m_preview(new QPlainTextEdit(this))
    , m_highlighter(new DdlHighlighter(m_preview->document()))
    , m_problems(new QListWidget(this))
    , m_rehearsal(new MigrationRehearsalView(this))
    , m_findings(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    buildHeader();
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setObjectName(QStringLiteral("migrationScript"));
    m_problems->setObjectName(QStringLiteral("migrationProblems"));
    m_changes->setObjectName(QStringLiteral("migrationChanges"));
    m_problems->setWordWrap(true);
    m_renamesLabel->setWordWrap(true);
    m_renamesLabel->setText(tr("Likely renames: the sides are matched by name, so a renamed "
                               "table or column looks dropped and added. Check the ones that are "
                               "renames."));

    auto left = new QSplitter(Qt::Vertical, this);
    left->addWidget(titled(tr("Changes"), m_changes, left));
    auto renameBox = new QWidget(left);
    auto renameLayout = new QVBoxLayout(renameBox);
    renameLayout->setContentsMargins(0, 0, 0, 0);
    renameLayout->addWidget(m_renamesLabel);
    renameLayout->addWidget(m_renames, 1);
    left->addWidget(renameBox);
    left->setSizes({3000, 1000});

    // The script is what is read most: it gets the height, the findings a tab each below it.
    auto right = new QSplitter(Qt::Vertical, this);
    right->addWidget(titled(tr("Migration script"), m_preview, right));
    m_findings->addTab(m_problems, tr("Problems"));
    m_findings->addTab(m_rehearsal, tr("Rehearsal"));
    right->addWidget(m_findings);
    right->setSizes({2000, 1000});

    auto body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(left);
    body->addWidget(right);
    body->setSizes({2000, 3000});

    auto layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(body, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_comparison, &MigrationComparison::updated, this, &MigrationDock::refresh);
    // Queued: matching again refills the list, which must not happen inside its own signal.
    connect(m_renames, &RenameSuggestionList::confirmedChanged, m_comparison,
            &MigrationComparison::setConfirmedRenames, Qt::QueuedConnection);
    connect(m_swap, &QPushButton::clicked, m_comparison, &MigrationComparison::swap);
    connect(m_save, &QPushButton::clicked, this, &MigrationDock::save);
    refresh();
}

void MigrationDock::buildHeader()
{
    m_sides->setObjectName(QStringLiteral("migrationSides"));
    m_swap->setObjectName(QStringLiteral("migrationSwap"));
    m_target->setObjectName(QStringLiteral("migrationTarget"));
    m_rehearse->setObjectName(QStringLiteral("migrationRehearse"));
    m_save->setObjectName(QStringLiteral("migrationSave"));
    m_swap->setToolTip(tr("Exchange the old and the new side"));
    const QList<QPair<QString, QString>> targets{
        {QStringLiteral("SQLite"), QStringLiteral("sqlite")},
        {tr("SQLite (D1)"), QStringLiteral("d1")},
        {QStringLiteral("PostgreSQL"), QStringLiteral("postgresql")},
        {QStringLiteral("MySQL"), QStringLiteral("mysql")},
        {QStringLiteral("MariaDB"), QStringLiteral("mariadb")},
        {QStringLiteral("SQL Server"), QStringLiteral("sqlserver")}};
    for (const auto &t : targets)
        m_target->addItem(t.first, t.second);
    const int start = m_target->findData(m_document->schema().targetDialect);
    m_target->setCurrentIndex(qMax(start, 0));
    connect(m_target, &QComboBox::currentIndexChanged, this, &MigrationDock::targetChosen);
    m_message->setPlaceholderText(tr("migration"));
    m_message->setToolTip(tr("The name of the wrangler migration file: NNNN_name.sql"));
    m_message->setObjectName(QStringLiteral("migrationMessage"));

    m_rehearse->setText(tr("&Rehearse"));
    m_rehearse->setToolTip(tr("Run the SQLite migration on a scratch copy of the document's "
                              "sample data; the arrow offers a data file instead"));
    m_rehearse->setPopupMode(QToolButton::MenuButtonPopup);
    auto menu = new QMenu(m_rehearse);
    menu->addAction(tr("On the Document's Sample Data"), this,
                    &MigrationDock::rehearseOnSampleData);
    menu->addAction(tr("On a Data File…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Rehearse on data"), QString(),
            tr("INSERT scripts or SQLite databases (*.sql *.sqlite *.sqlite3 *.db);;All files "
               "(*)"));
        if (!path.isEmpty())
            rehearseOnFile(path);
    });
    m_rehearse->setMenu(menu);
    connect(m_rehearse, &QToolButton::clicked, this, &MigrationDock::rehearseOnSampleData);

    auto row = new QHBoxLayout;
    row->addWidget(m_sides, 1);
    row->addWidget(m_swap);
    auto targetLabel = new QLabel(tr("Tar&get:"), this);
    targetLabel->setBuddy(m_target);
    row->addWidget(targetLabel);
    row->addWidget(m_target);
    row->addWidget(m_message);
    row->addWidget(m_rehearse);
    row->addWidget(m_save);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(row);
    targetChosen();
}

QString MigrationDock::scriptText() const
{
    return m_preview->toPlainText();
}

void MigrationDock::targetChosen()
{
    const QString id = m_target->currentData().toString();
    const bool d1 = id == QLatin1String("d1");
    Dialect dialect = Dialect::SQLite;
    if (!d1)
        Dialects::fromId(id, &dialect);
    m_message->setVisible(d1);
    m_comparison->setTarget(dialect, d1);
}

void MigrationDock::updateButtons()
{
    const bool ready = m_comparison->diff() != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_swap, m_rehearse, m_save})
        w->setEnabled(ready && !m_rehearsal->isRunning());
}

void MigrationDock::refresh()
{
    updateButtons();
    if (!m_comparison->diff()) {
        m_sides->setText(m_comparison->hasOther()
                             ? tr("Comparing with %1…").arg(m_comparison->otherLabel())
                             : tr("Compare the document with another version of its schema: "
                                  "File › Compare with…"));
        m_changes->setDiff(nullptr);
        m_renames->clear();
        m_renamesLabel->hide();
        m_renames->hide();
        m_preview->clear();
        m_problems->clear();
        m_rehearsal->clear();
        return;
    }
    const QString other = m_comparison->otherLabel();
    const QString document = tr("this document");
    const bool byName = m_comparison->mode() == SchemaMatch::Mode::ByName;
    m_sides->setText(tr("Old: %1 → New: %2 (matched by %3)")
                         .arg(m_comparison->documentIsNew() ? other : document,
                              m_comparison->documentIsNew() ? document : other,
                              byName ? tr("name") : tr("id")));
    m_changes->setDiff(m_comparison->diff());
    m_renames->setRenames(m_comparison->confirmedRenames(), m_comparison->suggestions());
    const bool showRenames = byName && m_renames->count() > 0;
    m_renamesLabel->setVisible(showRenames);
    m_renames->setVisible(showRenames);
    const QString text = m_comparison->diff()->isEmpty() ? QString()
                                                         : m_comparison->script().text();
    if (m_preview->toPlainText() != text)
        m_preview->setPlainText(text);
    showProblems();
}

void MigrationDock::showProblems()
{
    m_problems->clear();
    const MigrationScript &script = m_comparison->script();
    // Refusals first, then what destroys data, what may fail, and notes; the script itself
    // carries every problem before its statement, so a long list stops after the first
    // ShownProblems (word-wrapped rows of tens of thousands took seconds to lay out).
    QVector<const MigrationProblem *> ordered;
    for (auto kind : {MigrationProblem::Kind::Refused, MigrationProblem::Kind::DataLoss,
                      MigrationProblem::Kind::MayFail, MigrationProblem::Kind::Note}) {
        for (const MigrationProblem &p : script.problems) {
            if (p.kind == kind)
                ordered << &p;
        }
    }
    if (ordered.size() > ShownProblems)
        ordered.resize(ShownProblems);
    for (const MigrationProblem *problem : std::as_const(ordered)) {
        const MigrationProblem &p = *problem;
        QString kind;
        QColor colour;
        switch (p.kind) {
        case MigrationProblem::Kind::Refused:
            kind = tr("Refused");
            colour = QColor(0xc6, 0x28, 0x28);
            break;
        case MigrationProblem::Kind::DataLoss:
            kind = tr("Data loss");
            colour = QColor(0xc6, 0x28, 0x28);
            break;
        case MigrationProblem::Kind::MayFail:
            kind = tr("May fail");
            colour = QColor(0xb2, 0x6a, 0x00);
            break;
        case MigrationProblem::Kind::Note:
            kind = tr("Note");
            break;
        }
        const QString where = p.statement >= 0
            ? tr("statement %1").arg(p.statement + 1)
            : tr("whole migration");
        auto item = new QListWidgetItem(tr("%1 (%2): %3").arg(kind, where, p.message), m_problems);
        if (colour.isValid())
            item->setForeground(colour);
    }
    if (script.problems.size() > ordered.size())
        new QListWidgetItem(tr("… and %n more: the script names each before its statement.",
                               nullptr, int(script.problems.size() - ordered.size())),
                            m_problems);
    if (script.problems.isEmpty() && m_comparison->diff() && !m_comparison->diff()->isEmpty())
        new QListWidgetItem(tr("No problems found before running."), m_problems);
    m_findings->setTabText(m_findings->indexOf(m_problems),
                           tr("Problems (%1)").arg(script.problems.size()));
}

void MigrationDock::rehearseOnSampleData()
{
    const SchemaDiff *diff = m_comparison->diff();
    if (!diff)
        return;
    if (m_sampleData->data().isEmpty()) {
        m_status->setText(tr("The document has no sample data to rehearse on: add rows in the "
                             "Sample data dock, or rehearse on a data file."));
        return;
    }
    rehearseWith(RehearsalData::fromSampleData(*diff, m_sampleData->data(),
                                               m_comparison->documentIsNew()),
                 tr("the sample data"));
}

void MigrationDock::rehearseOnFile(const QString &path)
{
    const SchemaDiff *diff = m_comparison->diff();
    if (!diff)
        return;
    QByteArray data;
    QString error;
    if (path.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_status->setText(tr("%1: %2").arg(path, file.errorString()));
            return;
        }
        data = file.readAll();
    } else if (!RehearsalData::fromSqliteFile(path, diff->oldSchema(), &data, &error)) {
        m_status->setText(error);
        return;
    }
    rehearseWith(data, QFileInfo(path).fileName());
}

void MigrationDock::rehearseWith(const QByteArray &data, const QString &where)
{
    m_status->clear();
    m_rehearse->setEnabled(false);
    connect(m_rehearsal, &MigrationRehearsalView::finished, this, &MigrationDock::updateButtons,
            Qt::SingleShotConnection);
    m_findings->setCurrentWidget(m_rehearsal);
    m_rehearsal->run(*m_comparison->diff(), data, where);
}

bool MigrationDock::confirmDataLoss()
{
    const MigrationScript &script = m_comparison->script();
    if (!script.losesData())
        return true;
    QStringList losses;
    for (const MigrationProblem &p : script.problems) {
        if (p.kind == MigrationProblem::Kind::DataLoss)
            losses << QStringLiteral("• ") + p.message;
    }
    QMessageBox box(QMessageBox::Warning, tr("The migration destroys data"),
                    tr("Running this migration destroys data:\n%1\n\nWrite it anyway?")
                        .arg(losses.join(QLatin1Char('\n'))),
                    QMessageBox::Cancel, this);
    QPushButton *write = box.addButton(tr("Write, Destroying Data"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == write;
}

void MigrationDock::save()
{
    if (!m_comparison->diff())
        return;
    if (m_comparison->script().isRefused()) {
        QMessageBox::warning(this, tr("Migration refused"),
                             tr("The migration cannot be written safely for this target; the "
                                "Problems list says why. Nothing was written."));
        return;
    }
    const QString path = m_comparison->script().d1
        ? QFileDialog::getExistingDirectory(this, tr("Wrangler migrations folder"))
        : QFileDialog::getSaveFileName(this, tr("Save migration"), QString(),
                                       tr("SQL scripts (*.sql);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool MigrationDock::saveTo(const QString &path, QString *written)
{
    const MigrationScript &script = m_comparison->script();
    if (!m_comparison->diff() || script.isRefused() || !confirmDataLoss())
        return false;
    QString file = path;
    QString error;
    if (script.d1) {
        if (!WranglerFolder::write(path, m_message->text(), script.text(), &file, &error)) {
            m_status->setText(error);
            return false;
        }
    } else {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(script.text().toUtf8()) < 0) {
            m_status->setText(tr("%1: %2").arg(path, out.errorString()));
            return false;
        }
    }
    m_status->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(file)));
    if (written)
        *written = file;
    emit saved(file);
    return true;
}
