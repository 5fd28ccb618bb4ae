#pragma once

struct DdlOptions
{
    bool quoteAllIdentifiers = false;
    bool includeHeader = true;
};
