#pragma once

#include <QWidget>

class Document;
class QComboBox;
class QLabel;
class QLineEdit;

// Properties of the schema itself: shown when nothing is selected.
class SchemaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaPanel(Document *document, QWidget *parent = nullptr);
    void refresh();

private:
    void commit();

    Document *m_document;
    QLineEdit *m_name;
    QComboBox *m_dialect;
    QLabel *m_summary;
};
