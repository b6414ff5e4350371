// SPDX-License-Identifier: Apache-2.0
#include "app/find/word_match.h"

#include <algorithm>
#include <vector>

namespace topograph {

QStringList matchWords(const QString& text) {
    QStringList words;
    QString word;
    for (const QChar character : text) {
        if (character.isLetterOrNumber()) {
            word += character.toLower();
        } else if (!word.isEmpty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.push_back(word);
    }
    return words;
}

bool matchesEveryWord(const QStringList& typed, const QStringList& haystack) {
    // Longest typed word first, each taking the first free word it starts: two typed words can
    // only compete for a word when one is a prefix of the other, and then every word the longer
    // one may take the shorter one may take too, so serving the longer one first never strands
    // a typed word that another order would have placed.
    QStringList ordered = typed;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    std::vector<bool> taken(static_cast<std::size_t>(haystack.size()), false);
    for (const QString& word : ordered) {
        bool placed = false;
        for (qsizetype i = 0; i < haystack.size() && !placed; ++i) {
            if (!taken[static_cast<std::size_t>(i)] && haystack[i].startsWith(word)) {
                taken[static_cast<std::size_t>(i)] = true;
                placed = true;
            }
        }
        if (!placed) {
            return false;
        }
    }
    return true;
}

} // namespace topograph
