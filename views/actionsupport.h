#pragma once

#include "foreignkey.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Schema;

enum class KeyEvent { Delete, Update };

// Whether a referential action fits a key, asked by the key panel's ON DELETE / ON UPDATE
// choosers (the reason shows beside the action and in its tooltip).
//
// Hook for the DDL work: today only the model-level rules answer (SET NULL needs nullable child
// columns, SET DEFAULT needs defaults). Per-dialect support ("SQL Server has no RESTRICT",
// "InnoDB rejects SET DEFAULT") belongs in unsupportedReason() too, looked up from
// schema.targetDialect, so that the panel needs no change when it arrives.
class ActionSupport
{
    Q_DECLARE_TR_FUNCTIONS(ActionSupport)
public:
    // Empty when `action` is fine for `key` on `event`; otherwise one sentence saying why not.
    static std::optional<QString> unsupportedReason(const Schema &schema, const ForeignKey &key,
                                                    ReferentialAction action, KeyEvent event);
};
