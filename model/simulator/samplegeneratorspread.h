#pragma once

#include <QVector>

class QRandomGenerator;

// Which parent row each child row of a foreign key points at, so that the data tells a story:
// parents with no child, with one, and with many; and, at the front of every parent table, a
// "story" group whose rows a DELETE can take without refusal. Keys whose ON DELETE refuses
// (RESTRICT, NO ACTION) leave the story group childless and give every other parent children;
// keys that cascade or set NULL/DEFAULT give every story parent at least one child. Deleting
// one of the first rows of a parent therefore shows the keys' actions at work, and deleting a
// later one shows a refusal, whatever the schema. The story parents' children come first in the
// plan, so that they fall into the child table's own story group in turn.
//
// One-to-one keys (the child's key columns are unique) give each parent at most one child; the
// plan is then shorter than the rows asked for.
class SampleGeneratorSpread
{
public:
    struct Key
    {
        int parents = 0; // parent rows that exist
        int children = 0; // child rows wanted
        bool refusing = false; // ON DELETE RESTRICT or NO ACTION
        bool oneToOne = false; // the child's key columns are unique
        bool nullable = false; // a child may point at no parent
    };

    // The parent row index per child row; -1 for NULL.
    static QVector<int> plan(const Key &key, QRandomGenerator &random);
    // How many rows at the front of a table of `parents` rows make up the story group.
    static int storyCount(int parents);
    // A parent row for a retry (another pick is needed to keep a unique set unique): any row
    // but the story group's for a refusing key, when there are others.
    static int retryPick(const Key &key, QRandomGenerator &random);
};
