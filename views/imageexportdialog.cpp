#include "imageexportdialog.h"

#include "document.h"
#include "imageexporter.h"
#include "schemascene.h"
#include "tableitem.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

ImageExportDialog::ImageExportDialog(SchemaScene *scene, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_scene(scene)
    , m_file(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_whole(new QRadioButton(tr("&Whole schema"), this))
    , m_selectionOnly(new QRadioButton(tr("Selected &tables and the keys between them"), this))
    , m_areaOnly(new QRadioButton(tr("Subject &area:"), this))
    , m_areas(new QComboBox(this))
    , m_background(new QComboBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_size(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(tr("Export Image"));
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setText(QDir::toNativeSeparators(path));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_format->addItem(tr("PNG image (bitmap)"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing (vector)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document (vector)"), QStringLiteral("pdf"));

    auto *regions = new QButtonGroup(this);
    regions->addButton(m_whole);
    regions->addButton(m_selectionOnly);
    m_whole->setChecked(true);
    bool anyTable = false;
    for (QGraphicsItem *item : scene->selectedItems())
        anyTable = anyTable || qgraphicsitem_cast<TableItem *>(item);
    m_selectionOnly->setEnabled(anyTable);
    if (!anyTable)
        m_selectionOnly->setToolTip(tr("Select tables on the canvas first."));
    regions->addButton(m_areaOnly);
    for (const SubjectArea &area : scene->document()->schema().subjectAreas)
        m_areas->addItem(area.name, QVariant::fromValue(area.id));
    m_areaOnly->setEnabled(m_areas->count() > 0);
    m_areas->setEnabled(false);
    if (m_areas->count() == 0)
        m_areaOnly->setToolTip(tr("The schema has no subject area."));
    auto *areaRow = new QHBoxLayout;
    areaRow->addWidget(m_areaOnly);
    areaRow->addWidget(m_areas, 1);
    auto *regionBox = new QVBoxLayout;
    regionBox->addWidget(m_whole);
    regionBox->addWidget(m_selectionOnly);
    regionBox->addLayout(areaRow);

    m_background->addItem(tr("White"), int(ImageExportOptions::Background::White));
    m_background->addItem(tr("Transparent"), int(ImageExportOptions::Background::Transparent));
    m_background->addItem(tr("Canvas with grid"), int(ImageExportOptions::Background::Canvas));

    m_scale->setRange(25, 800);
    m_scale->setDecimals(0);
    m_scale->setSingleStep(25);
    m_scale->setSuffix(tr(" %"));
    m_scale->setValue(200);
    m_scale->setToolTip(tr("100 % is the canvas at actual size (96 dpi)."));
    m_size->setObjectName(QStringLiteral("pixelSize"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35c00;"));

    auto *form = new QFormLayout;
    // Rows whose field is a layout get no buddy from QFormLayout; set it so that the
    // mnemonic works and the "&" is not shown.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    auto *regionLabel = new QLabel(tr("Show:"), this);
    form->addRow(regionLabel, regionBox);
    form->addRow(tr("&Background:"), m_background);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(QString(), m_size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(browse, &QToolButton::clicked, this, &ImageExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImageExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        const QString suffix = QFileInfo(m_file->text()).suffix().toLower();
        const int index = m_format->findData(suffix);
        if (index >= 0 && index != m_format->currentIndex()) {
            const QSignalBlocker blocker(m_format);
            m_format->setCurrentIndex(index);
        }
        refresh();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // The file's suffix follows the format.
        QString text = m_file->text().trimmed();
        const QString suffix = QFileInfo(text).suffix();
        if (!suffix.isEmpty())
            text.chop(suffix.size() + 1);
        if (text.isEmpty())
            text = QStringLiteral("diagram");
        const QSignalBlocker blocker(m_file);
        m_file->setText(text + QLatin1Char('.') + m_format->currentData().toString());
        refresh();
    });
    connect(regions, &QButtonGroup::buttonToggled, this, &ImageExportDialog::refresh);
    connect(m_areaOnly, &QRadioButton::toggled, m_areas, &QWidget::setEnabled);
    connect(m_areas, &QComboBox::currentIndexChanged, this, &ImageExportDialog::refresh);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ImageExportDialog::refresh);

    const int index = m_format->findData(QFileInfo(path).suffix().toLower());
    if (index > 0)
        m_format->setCurrentIndex(index);
    else if (index < 0) // no known suffix: PNG's
        emit m_format->currentIndexChanged(0);
    refresh();
}

QString ImageExportDialog::filePath() const
{
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + m_format->currentData().toString();
    return path;
}

ImageExportOptions ImageExportDialog::options() const
{
    ImageExportOptions options;
    options.region = m_selectionOnly->isChecked() ? ImageExportOptions::Region::Selection
                                                  : ImageExportOptions::Region::Whole;
    if (m_areaOnly->isChecked()) {
        options.region = ImageExportOptions::Region::SubjectArea;
        options.subjectArea = m_areas->currentData().value<Id>();
    }
    options.background = ImageExportOptions::Background(m_background->currentData().toInt());
    options.scale = m_scale->value() / 100.0;
    return options;
}

void ImageExportDialog::setSubjectArea(Id areaId)
{
    const int index = m_areas->findData(QVariant::fromValue(areaId));
    if (index < 0)
        return;
    m_areas->setCurrentIndex(index);
    m_areaOnly->setChecked(true);
}

bool ImageExportDialog::isBitmap() const
{
    return m_format->currentData().toString() == QLatin1String("png");
}

QString ImageExportDialog::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void ImageExportDialog::refresh()
{
    const ImageExportOptions o = options();
    const QRectF source = ImageExporter::sourceRect(m_scene, o);
    m_scale->setEnabled(isBitmap());
    QString warning;
    if (source.isEmpty()) {
        m_size->clear();
    } else if (isBitmap()) {
        qreal used = o.scale;
        const QSize size = ImageExporter::pixelSize(source, o.scale, &used);
        m_size->setText(tr("%1 × %2 pixels, %3 dpi")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(qRound(used * ImageExportOptions::ScreenDpi)));
        warning = ImageExporter::legibilityWarning(source, o.scale);
    } else {
        m_size->setText(tr("A drawing: text and lines stay sharp at any size."));
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_export->setEnabled(!filePath().isEmpty() && !source.isEmpty());
}

void ImageExportDialog::browse()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    const QStringList filters{png, svg, pdf};
    QString filter = filters.value(m_format->currentIndex());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export image"), filePath(),
                                                      filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    if (QFileInfo(path).suffix().isEmpty())
        m_format->setCurrentIndex(int(qMax<qsizetype>(0, filters.indexOf(filter))));
}

bool ImageExportDialog::exportNow()
{
    QString error;
    if (!ImageExporter::exportTo(m_scene, filePath(), options(), &error)) {
        QMessageBox::critical(this, tr("Cannot export"), error);
        return false;
    }
    return true;
}

void ImageExportDialog::accept()
{
    if (!warning().isEmpty()
        && QMessageBox::warning(this, tr("Text too small"),
                                warning() + QStringLiteral("\n\n") + tr("Export anyway?"),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    if (exportNow())
        QDialog::accept();
}
