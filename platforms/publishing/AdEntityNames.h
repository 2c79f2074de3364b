#pragma once

#include <QString>

namespace cf {

// The names CampaignForge gives the entities it creates on ad platforms:
// "<readable label> · CF-<local id>". They are deterministic (a retry or a
// reconcile computes the same name), readable in the platform's own ads
// manager, and unique per local row thanks to the suffix, so an ads adapter
// can find an entity by name after an unclear answer.
//
// The names do not depend on the interface language on purpose: a language
// switch between a send and its reconcile must not change them.
namespace AdEntityNames {

// Longest name produced, in UTF-16 code units; well below the platforms'
// own limits (Meta 400, TikTok 512, Snapchat 375). The label is shortened,
// the suffix never is.
inline constexpr int kMaxLength = 100;

QString campaign(const QString &campaignName, qint64 campaignId);
QString adSet(const QString &adSetName, qint64 adSetId);
// title: the item's title in the target's language (or any fallback).
QString ad(const QString &title, qint64 targetId);

// "<label> · CF-<id>" with the label's white space collapsed and shortened
// to fit kMaxLength; fallbackLabel when label is blank.
QString compose(const QString &label, const QString &fallbackLabel, qint64 id);

} // namespace AdEntityNames
} // namespace cf
