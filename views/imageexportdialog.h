#pragma once

#include "imageexportoptions.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class SchemaScene;

// File › Export Image: where to (the format follows the suffix: PNG, SVG or PDF), which part
// (the whole schema, the selected tables, or a subject area), on which background, and for a PNG at
// which scale (shown as dpi and pixels). Warns, before anything is written, when the text of a PNG
// would be too small to read.
class ImageExportDialog : public QDialog
{
    Q_OBJECT
public:
    ImageExportDialog(SchemaScene *scene, const QString &path, QWidget *parent = nullptr);

    QString filePath() const;
    ImageExportOptions options() const;
    QString warning() const;

    QLineEdit *fileEdit() const { return m_file; }
    QDoubleSpinBox *scaleBox() const { return m_scale; }
    QComboBox *backgroundBox() const { return m_background; }
    QRadioButton *selectionButton() const { return m_selectionOnly; }
    QRadioButton *subjectAreaButton() const { return m_areaOnly; }
    QComboBox *subjectAreaBox() const { return m_areas; }
    // Chooses "subject area" and that area (from the area's own menu).
    void setSubjectArea(Id areaId);
    QLabel *warningLabel() const { return m_warning; }

    // Writes the file with the chosen options; shows why not and returns false on failure.
    bool exportNow();

public slots:
    void accept() override;

private:
    void browse();
    void refresh();
    bool isBitmap() const;

    SchemaScene *m_scene;
    QLineEdit *m_file;
    QComboBox *m_format;
    QRadioButton *m_whole;
    QRadioButton *m_selectionOnly;
    QRadioButton *m_areaOnly;
    QComboBox *m_areas;
    QComboBox *m_background;
    QDoubleSpinBox *m_scale;
    QLabel *m_size;
    QLabel *m_warning;
    QPushButton *m_export;
};
