#include "ddlpreview.h"

#include "chunkedtextfill.h"
#include "ddlhighlighter.h"
#include "document.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace {

QPlainTextEdit *makeEditor(QWidget *parent, DdlHighlighter **highlighter)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setReadOnly(true);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setUndoRedoEnabled(false);
    *highlighter = new DdlHighlighter(editor->document());
    return editor;
}

// Highlights the given ranges; returns how many; scrolls the first into view.
int highlightRanges(QPlainTextEdit *editor, const QVector<QPair<int, int>> &ranges)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor background = editor->palette().color(QPalette::Highlight).lighter(175);
    for (const auto &range : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(editor->document());
        selection.cursor.setPosition(range.first);
        selection.cursor.setPosition(range.first + range.second - 1, QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    }
    editor->setExtraSelections(selections);
    if (!ranges.isEmpty()) {
        QTextCursor cursor(editor->document());
        // Scroll so that the end and then the start are visible: the whole statement when it fits.
        cursor.setPosition(ranges.first().first + ranges.first().second - 1);
        editor->setTextCursor(cursor);
        editor->ensureCursorVisible();
        cursor.setPosition(ranges.first().first);
        editor->setTextCursor(cursor);
        editor->ensureCursorVisible();
    }
    return ranges.size();
}

// Replaces only the part of the text that changed: an edit of one table changes a few lines of
// a 5,000-table script, and re-laying out and re-highlighting all of it on the GUI thread would
// hold up typing. Plain-text positions in QTextDocument are QString indices.
// A long new text, or one that changed in more than a slice, goes in through `fill`.
void replaceText(QPlainTextEdit *editor, ChunkedTextFill *fill, const QString &oldText,
                 const QString &newText)
{
    if (fill->isFilling() || editor->document()->isEmpty()
        || editor->document()->characterCount() != oldText.size() + 1) {
        fill->setText(newText);
        return;
    }
    const int common = int(qMin(oldText.size(), newText.size()));
    int prefix = 0;
    while (prefix < common && oldText.at(prefix) == newText.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < common - prefix
           && oldText.at(oldText.size() - 1 - suffix) == newText.at(newText.size() - 1 - suffix))
        ++suffix;
    if (prefix == oldText.size() && prefix == newText.size())
        return;
    if (newText.size() - suffix - prefix > ChunkedTextFill::AtOnce) {
        fill->setText(newText); // another dialect: nearly all of it changes
        return;
    }
    QTextCursor cursor(editor->document());
    cursor.setPosition(prefix);
    cursor.setPosition(int(oldText.size()) - suffix, QTextCursor::KeepAnchor);
    cursor.insertText(newText.mid(prefix, newText.size() - suffix - prefix));
}

QVector<QPair<int, int>> rangesOf(const DdlScript &script, const QVector<QPair<int, int>> &ranges,
                                  const QSet<Id> &objects)
{
    QVector<QPair<int, int>> result;
    if (objects.isEmpty())
        return result;
    for (int i = 0; i < script.statements.size() && i < ranges.size(); ++i) {
        for (Id id : script.statements.at(i).objects) {
            if (objects.contains(id)) {
                result << ranges.at(i);
                break;
            }
        }
    }
    return result;
}

DdlHighlighter::Language languageOf(const ExportTarget &target)
{
    return target.isDrizzle() ? DdlHighlighter::Language::TypeScript
                              : DdlHighlighter::Language::Sql;
}

} // namespace

QString DdlPreview::fileFilter(const ExportTarget &target)
{
    return target.isDrizzle() ? tr("TypeScript modules (*.ts);;All files (*)")
                              : tr("SQL scripts (*.sql);;All files (*)");
}

DdlPreview::DdlPreview(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_dialectBox = new QComboBox(this);
    m_compareBox = new QComboBox(this);
    m_compareBox->addItem(tr("No second dialect"), QString());
    // Item data: the target's id. A separator between the SQL dialects and the Drizzle modules.
    bool drizzleListed = false;
    for (const ExportTarget &target : ExportTarget::all()) {
        const bool separate = target.isDrizzle() && !drizzleListed;
        drizzleListed = drizzleListed || target.isDrizzle();
        for (QComboBox *box : {m_dialectBox, m_compareBox}) {
            if (separate)
                box->insertSeparator(box->count());
            box->addItem(target.displayName(), target.id());
        }
    }
    m_dialectBox->setToolTip(tr("The SQL dialect of the script, or a Drizzle ORM module"));
    m_compareBox->setToolTip(tr("A second dialect or module shown side by side"));

    auto *copyButton = new QToolButton(this);
    copyButton->setText(tr("Copy"));
    copyButton->setToolTip(tr("Copy the script to the clipboard"));
    auto *saveButton = new QToolButton(this);
    saveButton->setText(tr("Save As…"));
    saveButton->setToolTip(tr("Save the script as an .sql file, or the module as a .ts file"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Dialect:"), this));
    bar->addWidget(m_dialectBox);
    bar->addWidget(new QLabel(tr("Compare with:"), this));
    bar->addWidget(m_compareBox);
    bar->addStretch();
    bar->addWidget(copyButton);
    bar->addWidget(saveButton);

    m_text = makeEditor(this, &m_highlighter);
    m_compareTextEdit = makeEditor(this, &m_compareHighlighter);
    m_textFill = new ChunkedTextFill(m_text);
    m_compareFill = new ChunkedTextFill(m_compareTextEdit);
    connect(m_textFill, &ChunkedTextFill::filled, this, &DdlPreview::textsFilled);
    connect(m_compareFill, &ChunkedTextFill::filled, this, &DdlPreview::textsFilled);
    m_compareTextEdit->hide();
    // Names for tests and style sheets.
    m_dialectBox->setObjectName(QStringLiteral("dialect"));
    m_compareBox->setObjectName(QStringLiteral("compareDialect"));
    m_text->setObjectName(QStringLiteral("script"));
    m_compareTextEdit->setObjectName(QStringLiteral("compareScript"));
    m_problemList = new QListWidget(this);
    m_problemList->setWordWrap(true);
    m_problemList->setObjectName(QStringLiteral("problems"));

    m_textSplitter = new QSplitter(Qt::Horizontal, this);
    m_textSplitter->addWidget(m_text);
    m_textSplitter->addWidget(m_compareTextEdit);
    m_textSplitter->addWidget(m_problemList);
    m_textSplitter->setStretchFactor(0, 3);
    m_textSplitter->setStretchFactor(1, 3);
    m_textSplitter->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_textSplitter, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMilliseconds);
    connect(&m_debounce, &QTimer::timeout, this, &DdlPreview::startJob);
    connect(&m_watcher, &QFutureWatcher<DdlPreviewResult>::finished, this,
            &DdlPreview::jobFinished);

    connect(m_dialectBox, &QComboBox::activated, this, [this](int index) {
        ExportTarget target;
        if (!ExportTarget::fromId(m_dialectBox->itemData(index).toString(), &target))
            return;
        m_dialectChosenByUser = true;
        setTarget(target);
    });
    connect(m_compareBox, &QComboBox::activated, this, [this](int index) {
        ExportTarget target;
        if (ExportTarget::fromId(m_compareBox->itemData(index).toString(), &target))
            setCompareTarget(target);
        else
            setCompareTarget(std::nullopt);
    });
    connect(copyButton, &QToolButton::clicked, this, &DdlPreview::copyToClipboard);
    connect(saveButton, &QToolButton::clicked, this, &DdlPreview::saveAs);
    connect(m_problemList, &QListWidget::itemActivated, this, &DdlPreview::problemItemActivated);
    connect(m_problemList, &QListWidget::itemClicked, this, &DdlPreview::problemItemActivated);

    connect(document, &Document::changed, this, &DdlPreview::scheduleRegeneration);
    connect(document, &Document::schemaReset, this, &DdlPreview::syncDialectFromDocument);
    connect(document, &Document::schemaPropertiesChanged, this,
            &DdlPreview::syncDialectFromDocument);
    syncDialectFromDocument();
    regenerateNow();
}

DdlPreview::~DdlPreview()
{
    // The worker holds its own schema copy, but its result must not arrive at a dead widget.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DdlPreview::syncDialectFromDocument()
{
    // The document's target dialect is the default until the user picks one here.
    ExportTarget target;
    if (!m_dialectChosenByUser && ExportTarget::fromId(m_document->schema().targetDialect, &target)
        && target != m_target)
        setTarget(target);
    scheduleRegeneration();
}

void DdlPreview::setTarget(ExportTarget target)
{
    m_dialectBox->setCurrentIndex(m_dialectBox->findData(target.id()));
    if (target == m_target)
        return;
    m_target = target;
    regenerateNow();
}

void DdlPreview::setCompareTarget(std::optional<ExportTarget> target)
{
    m_compareBox->setCurrentIndex(m_compareBox->findData(target ? target->id() : QString()));
    if (target == m_compareTarget)
        return;
    m_compareTarget = target;
    m_compareTextEdit->setVisible(target.has_value());
    regenerateNow();
}

bool DdlPreview::isRegenerationPending() const
{
    return m_debounce.isActive() || m_jobRunning || m_shown.generation != m_generation
        || m_textFill->isFilling() || m_compareFill->isFilling();
}

void DdlPreview::scheduleRegeneration()
{
    ++m_generation;
    m_debounce.start();
}

void DdlPreview::regenerateNow()
{
    ++m_generation;
    m_debounce.stop();
    startJob();
}

void DdlPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Once the event loop is back: a window that shows shows its tabbed docks' contents too, and
    // its layout hides those behind another tab again only then.
    QTimer::singleShot(0, this, [this] {
        if (m_waitingForShow && isVisible()) {
            m_waitingForShow = false;
            regenerateNow();
        }
    });
}

void DdlPreview::startJob()
{
    if (m_idleWhileHidden && !isVisible()) {
        m_waitingForShow = true; // showEvent() starts it
        return;
    }
    if (m_jobRunning)
        return; // jobFinished() starts the next one: one worker at a time, never a queue
    m_jobRunning = true;
    const Schema schema = m_document->schema(); // shared copy, detached by the next edit
    // QtCore's pool with a promise: the watcher and waitForFinished() work as with any future.
    auto promise = std::make_shared<QPromise<DdlPreviewResult>>();
    m_watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, schema, target = m_target, compare = m_compareTarget, generation = m_generation] {
            promise->start();
            promise->addResult(DdlPreviewJob::run(schema, target, compare, generation));
            promise->finish();
        });
}

void DdlPreview::jobFinished()
{
    m_jobRunning = false;
    const DdlPreviewResult result = m_watcher.result();
    const bool current = result.generation == m_generation && result.target == m_target
        && result.compareTarget == m_compareTarget;
    if (!current) {
        // Stale: an edit or a dialect change came in meanwhile. Regenerate unless the debounce
        // timer is about to.
        if (!m_debounce.isActive())
            startJob();
        return;
    }
    showResult(result);
}

void DdlPreview::showResult(const DdlPreviewResult &result)
{
    if (!m_textFill->isFilling() && !m_compareFill->isFilling())
        m_scrollToRestore = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    // Set before the text, so that it is highlighted once, in its own language.
    m_highlighter->setLanguage(languageOf(result.target));
    if (result.compareTarget)
        m_compareHighlighter->setLanguage(languageOf(*result.compareTarget));
    const QString oldText = m_shown.text;
    const QString oldCompareText = m_shown.compareText;
    m_shown = result; // before the texts: textsFilled() highlights the selection in it
    m_problemList->clear();
    const QStyle *style = this->style();
    for (const Problem &p : result.problems) {
        const QStyle::StandardPixmap icon = p.severity == Severity::Error
            ? QStyle::SP_MessageBoxCritical
            : p.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
        auto *item
            = new QListWidgetItem(style->standardIcon(icon),
                                  QStringLiteral("%1: %2").arg(p.object, p.message), m_problemList);
        item->setData(Qt::UserRole, QVariant::fromValue<qulonglong>(p.objectId));
        item->setToolTip(p.code);
    }
    m_replacingTexts = true;
    replaceText(m_text, m_textFill, oldText, result.text);
    replaceText(m_compareTextEdit, m_compareFill, oldCompareText, result.compareText);
    m_replacingTexts = false;
    textsFilled();
}

void DdlPreview::textsFilled()
{
    if (m_replacingTexts || m_textFill->isFilling() || m_compareFill->isFilling())
        return;
    m_text->verticalScrollBar()->setValue(m_scrollToRestore);
    applySelection();
    emit previewUpdated();
}

void DdlPreview::setSelectedObjects(const QVector<Id> &objectIds)
{
    m_selection = objectIds;
    applySelection();
}

void DdlPreview::applySelection()
{
    if (m_textFill->isFilling() || m_compareFill->isFilling())
        return; // positions are the whole text's: done when it is in (textsFilled)
    // A column stands for its table; a key's statements come with its own id.
    QSet<Id> objects;
    for (Id id : std::as_const(m_selection)) {
        objects.insert(id);
        if (const Id table = m_document->schema().tableOfColumn(id))
            objects.insert(table);
    }
    m_highlighted = highlightRanges(m_text, rangesOf(m_shown.script, m_shown.ranges, objects));
    if (m_compareTarget)
        highlightRanges(m_compareTextEdit,
                        rangesOf(m_shown.compareScript, m_shown.compareRanges, objects));
}

void DdlPreview::problemItemActivated(QListWidgetItem *item)
{
    const Id id = item->data(Qt::UserRole).toULongLong();
    if (id != 0)
        emit problemActivated(id);
}

void DdlPreview::copyToClipboard()
{
    QApplication::clipboard()->setText(m_shown.text);
}

bool DdlPreview::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray data = m_shown.text.toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(data) != data.size()
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void DdlPreview::saveAs()
{
    const QString schemaName
        = m_document->schema().name.isEmpty() ? tr("schema") : m_document->schema().name;
    // The shown text's target, which is the chosen one unless a regeneration is under way.
    const ExportTarget target = m_shown.target;
    QFileDialog dialog(this, tr("Save DDL Script"));
    dialog.setObjectName(QStringLiteral("saveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(fileFilter(target));
    dialog.setDefaultSuffix(target.fileSuffix()); // "orders" is saved as orders.ts
    dialog.selectFile(QStringLiteral("%1-%2.%3").arg(schemaName, target.id(), target.fileSuffix()));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save DDL Script"),
                             tr("The script could not be saved to %1:\n%2").arg(path, error));
}
