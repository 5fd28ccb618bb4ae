#pragma once

#include "dialect.h"

#include "../referentialaction.h"

#include <QCoreApplication>
#include <QString>

enum class KeyEvent { Delete, Update };

// What a dialect does with one referential action, for the FK property panel (which marks the
// actions it cannot use in the chooser) and for the dialect checks.
struct ActionSupport
{
    enum Kind {
        Supported,
        Changed, // written as another action (writtenAs), with a different behaviour
        Rejected, // the engine refuses it or silently stores something else
    };
    Kind kind = Supported;
    ReferentialAction writtenAs = ReferentialAction::NoAction;
    QString reason; // empty when supported as is

    bool isSupported() const { return kind == Supported; }
};

class DialectRules
{
    Q_DECLARE_TR_FUNCTIONS(DialectRules)
public:
    static ActionSupport action(Dialect dialect, KeyEvent event, ReferentialAction action);
    static bool supportsDeferrable(Dialect dialect);
    static bool supportsMatchFull(Dialect dialect);
    // Longest name the engine keeps, in UTF-8 bytes for PostgreSQL and characters elsewhere;
    // 0: no practical limit.
    static int maxIdentifierLength(Dialect dialect);
    static QString eventKeyword(KeyEvent event); // "ON DELETE", "ON UPDATE"
};
