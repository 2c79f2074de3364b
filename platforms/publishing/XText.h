#pragma once

#include <QString>
#include <QStringList>

namespace cf::xtext {

// X's weighted length (twitter-text v3): code points in the Latin, Arabic
// and general punctuation ranges weigh 1, everything else 2; an emoji
// (however many code points its sequence has) weighs 2; each URL 23.
int weightedLength(const QString &text);

constexpr int kMaxWeightedLength = 280;

// Splits a thread's text into posts: one per paragraph (blank line), long
// paragraphs broken at sentence or word boundaries so that each post fits
// kMaxWeightedLength.
QStringList splitThread(const QString &text);

} // namespace cf::xtext
