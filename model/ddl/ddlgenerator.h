#pragma once

#include "ddloptions.h"
#include "ddlscript.h"
#include "dialect.h"

#include <memory>

class Schema;

// One generator per dialect behind this interface: a pure function from a schema to a script.
// The base class holds the statement skeleton; each dialect overrides quoting, types and what
// its engine accepts.
class DdlGenerator
{
public:
    virtual ~DdlGenerator() = default;
    static std::unique_ptr<DdlGenerator> create(Dialect dialect);

    virtual Dialect dialect() const = 0;
    virtual DdlScript createScript(const Schema &schema, const DdlOptions &options = {}) const = 0;
    virtual DdlScript dropScript(const Schema &schema, const DdlOptions &options = {}) const = 0;
    // The identifier as this dialect needs it written: quoted only when required (or always
    // with force), embedded quote characters escaped.
    virtual QString quoteIdentifier(const QString &name, bool force = false) const = 0;
};
