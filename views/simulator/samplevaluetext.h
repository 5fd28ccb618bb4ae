#pragma once

#include <QString>
#include <QVariant>

class DataType;

// How a sample value reads in the grid and the result tree: a decimal with its own number of
// decimals ("12.50", never "12.5" or "7.25e+09"), other numbers without an exponent, NULL as
// NULL. Values are written as SQL would (a point for decimals), whatever the UI's language:
// they are data, and can be copied into a WHERE clause.
class SampleValueText
{
public:
    static QString display(const QVariant &value, const DataType &type);
};
