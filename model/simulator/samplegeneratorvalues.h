#pragma once

#include <QString>
#include <QVariant>

class QRandomGenerator;
struct Column;

// Values that look like what a column holds, guessed from its name, its table's name and its
// type: e-mail addresses, people's and products' names, amounts with the column's decimals
// inside its precision, dates in a recent range, ratings from 1 to 5, statuses, SKUs, …
// Anything unrecognised gets a plain value of its type. Every value fits the type (lengths,
// precision, scale).
//
// People are per row, not per column: in row n, `email`, `first_name` and `display_name` belong
// to the same invented person. A `unique` column gets values that differ from row to row (the
// row number is worked into them); the rest is drawn from `random`, so one seed gives one set.
class SampleGeneratorValues
{
public:
    SampleGeneratorValues(const QString &tableName, int rowCount, quint64 seed);

    QVariant value(const Column &column, int row, bool unique, QRandomGenerator &random) const;
    // How often a nullable column (outside any key) is left NULL, in percent.
    static int nullPercent(const Column &column);

private:
    enum class Role;
    Role roleOf(const Column &column) const;
    QVariant text(const Column &column, Role role, int row, bool unique,
                  QRandomGenerator &random) const;
    QVariant number(const Column &column, Role role, int row, bool unique,
                    QRandomGenerator &random) const;
    QVariant temporal(const Column &column, Role role, int row, bool unique,
                      QRandomGenerator &random) const;
    QString firstName(int row) const;
    QString lastName(int row) const;
    int generation(int row) const; // 0 while first and last names alone keep rows apart

    QString m_table; // lower case
    int m_rows;
    quint64 m_seed;
};
