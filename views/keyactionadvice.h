#pragma once

#include "foreignkey.h"
#include "ddl/dialectrules.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Schema;

// Whether a referential action fits a key, asked by the key panel's ON DELETE / ON UPDATE
// choosers (the reason shows beside the action and in its tooltip): the model-level rules (SET
// NULL needs nullable child columns, SET DEFAULT needs defaults) and, when the schema targets a
// dialect, what that dialect does with the action (DialectRules).
class KeyActionAdvice
{
    Q_DECLARE_TR_FUNCTIONS(KeyActionAdvice)
public:
    // Empty when `action` is fine for `key` on `event`; otherwise sentences saying why not.
    static std::optional<QString> unsupportedReason(const Schema &schema, const ForeignKey &key,
                                                    ReferentialAction action, KeyEvent event);
};
