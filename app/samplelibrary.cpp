#include "samplelibrary.h"

QList<SampleLibrary::Sample> SampleLibrary::all()
{
    return {
        {defaultSample(), tr("Shop"),
         tr("Users, orders and reviews: a delete cascades into one table, sets NULL in another, "
            "and is refused by a third.")},
        {QStringLiteral(":/samples/employees.joinery"), tr("Employees"),
         tr("Departments and employees with a manager: a self-reference.")},
        {QStringLiteral(":/samples/composite-key.joinery"), tr("Multi-tenant products"),
         tr("Keys of two columns: the tenant is part of every key.")},
        {QStringLiteral(":/samples/cycle.joinery"), tr("Stores and staff"),
         tr("Two tables that reference each other: a cycle, with deferred checks.")},
    };
}
