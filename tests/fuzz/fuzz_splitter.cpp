// Harness: SqlTokenizer and StatementSplitter, the first steps of every script import, in all
// four flavours (the first byte chooses one), and Importer::detectDialect.
#include "fuzzsupport.h"

#include "import/importer.h"
#include "import/sqltokenizer.h"
#include "import/statementsplitter.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using FuzzSupport::check;
    if (size < 1)
        return 0;
    static const SqlTokenizer::Flavor flavors[]
        = {SqlTokenizer::Flavor::SQLite, SqlTokenizer::Flavor::PostgreSQL,
           SqlTokenizer::Flavor::MySQL, SqlTokenizer::Flavor::SqlServer};
    const SqlTokenizer::Flavor flavor = flavors[data[0] % 4];
    QString script;
    if (!FuzzSupport::decodeScript(data + 1, size - 1, &script))
        return 0;
    Importer::detectDialect(script);

    SqlTokenizer tokenizer(script, flavor);
    const SqlTokens tokens = tokenizer.tokenize();
    check(!tokens.isEmpty() && tokens.last().kind == SqlToken::Kind::End,
          "the tokens end with one End token");
    int offset = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const SqlToken &t = tokens.at(i);
        check(t.kind != SqlToken::Kind::End || i == tokens.size() - 1, "End comes last");
        check(t.offset >= offset && t.length >= 0 && t.offset + t.length <= script.size(),
              "tokens lie in the script, in order, without overlapping",
              QStringLiteral("token %1 at %2+%3").arg(i).arg(t.offset).arg(t.length));
        offset = t.offset + t.length;
    }
    int previousEnd = 0;
    for (const StatementSplitter::Range &range : StatementSplitter::split(tokens, flavor)) {
        check(range.begin >= previousEnd && range.begin < range.end
                  && range.end <= tokens.size() - 1,
              "statements are non-empty token ranges, in order, before the End token",
              QStringLiteral("[%1, %2) after %3 of %4 tokens")
                  .arg(range.begin)
                  .arg(range.end)
                  .arg(previousEnd)
                  .arg(tokens.size()));
        previousEnd = range.end;
    }
    return 0;
}
