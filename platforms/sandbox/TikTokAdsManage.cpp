// TikTokAdsApi: reading entities back, switching delivery and budgets.
#include "platforms/sandbox/TikTokAdsApi.h"

namespace cf::sandbox {

namespace {
const QStringList kOperation{QStringLiteral("ENABLE"), QStringLiteral("DISABLE")};

SandboxReply ok(const Json &data)
{
    return tiktokBusinessEnvelope(0, QStringLiteral("OK"), data);
}

} // namespace

using tiktokads::invalid;
using tiktokads::stringArray;

SandboxReply TikTokAdsApi::list(const SandboxRequest &request, std::map<QString, Entity> &entities, const char *idKey)
{
    Json filtering = Json::object();
    if (request.hasQuery(QStringLiteral("filtering"))) {
        filtering = Json::parse(request.queryValue(QStringLiteral("filtering")).toStdString(), nullptr, false);
        if (!filtering.is_object())
            return invalid(QStringLiteral("filtering"), QStringLiteral("must be a JSON object"));
    }
    bool wellFormed = true;
    const QStringList campaigns = stringArray(filtering, "campaign_ids", &wellFormed);
    const QStringList groups = stringArray(filtering, "adgroup_ids", &wellFormed);
    const QByteArray idsKey = QByteArray(idKey) + QByteArray("s");
    const QStringList ids = stringArray(filtering, idsKey.constData(), &wellFormed);
    if (!wellFormed)
        return invalid(QStringLiteral("filtering"), QStringLiteral("id filters are arrays of strings"));
    bool numbers = true;
    const int page = request.hasQuery(QStringLiteral("page")) ? request.queryValue(QStringLiteral("page")).toInt(&numbers) : 1;
    bool sizeOk = true;
    const int pageSize = request.hasQuery(QStringLiteral("page_size")) ? request.queryValue(QStringLiteral("page_size")).toInt(&sizeOk) : 10;
    if (!numbers || !sizeOk || page < 1 || pageSize < 1 || pageSize > 1000)
        return invalid(QStringLiteral("page_size"), QStringLiteral("page >= 1, page_size 1-1000"));
    const QString advertiser = request.queryValue(QStringLiteral("advertiser_id"));
    Json matches = Json::array();
    for (const auto &[id, entity] : entities) {
        if (entity.advertiserId != advertiser || (!ids.isEmpty() && !ids.contains(id)))
            continue;
        const bool isAd = &entities == &m_ads;
        const QString groupId = isAd ? entity.parentId : (&entities == &m_adGroups ? id : QString());
        const QString campaignId = isAd ? m_adGroups[entity.parentId].parentId : (&entities == &m_adGroups ? entity.parentId : id);
        if ((!groups.isEmpty() && !groups.contains(groupId)) || (!campaigns.isEmpty() && !campaigns.contains(campaignId)))
            continue;
        matches.push_back(isAd ? adView(entity) : entity.fields);
    }
    const int total = int(matches.size());
    Json pageItems = Json::array();
    for (int i = (page - 1) * pageSize; i < total && i < page * pageSize; ++i)
        pageItems.push_back(matches[std::size_t(i)]);
    return ok(Json{{"list", pageItems},
                   {"page_info", {{"page", page}, {"page_size", pageSize}, {"total_number", total}, {"total_page", (total + pageSize - 1) / pageSize}}}});
}

SandboxReply TikTokAdsApi::updateStatus(const Json &body, std::map<QString, Entity> &entities, const char *idsKey)
{
    bool wellFormed = true;
    const QStringList ids = stringArray(body, idsKey, &wellFormed);
    if (!wellFormed || ids.isEmpty())
        return invalid(QLatin1String(idsKey), QStringLiteral("is required"));
    const QString status = jsonString(body, "operation_status");
    if (!kOperation.contains(status) && status != QLatin1String("DELETE"))
        return invalid(QStringLiteral("operation_status"), QStringLiteral("must be ENABLE, DISABLE or DELETE"));
    const QString advertiser = jsonString(body, "advertiser_id");
    for (const QString &id : ids) {
        const auto it = entities.find(id);
        if (it == entities.end() || it->second.advertiserId != advertiser)
            return tiktokBusinessEnvelope(40007, QStringLiteral("%1 %2 does not exist.").arg(QLatin1String(idsKey), id));
    }
    for (const QString &id : ids) {
        Entity &entity = entities[id];
        entity.fields["operation_status"] = toStd(status);
        if (&entities == &m_ads && status == QLatin1String("ENABLE") && entity.reviewStartedAt == 0)
            entity.reviewStartedAt = m_context.clock.nowSecs();
    }
    Json data;
    data[idsKey] = body[idsKey];
    data["status"] = toStd(status);
    return ok(data);
}

SandboxReply TikTokAdsApi::updateBudget(const Json &body)
{
    const auto it = body.find("budget");
    if (it == body.end() || !it->is_array() || it->empty())
        return invalid(QStringLiteral("budget"), QStringLiteral("is required: [{adgroup_id, budget}]"));
    const QString advertiser = jsonString(body, "advertiser_id");
    const QString currency = *advertiserCurrency(advertiser);
    for (const Json &item : *it) {
        const auto group = item.is_object() ? m_adGroups.find(jsonString(item, "adgroup_id")) : m_adGroups.end();
        if (group == m_adGroups.end() || group->second.advertiserId != advertiser)
            return tiktokBusinessEnvelope(40007, QStringLiteral("The ad group does not exist."));
        if (!item.contains("budget") || !item["budget"].is_number())
            return invalid(QStringLiteral("budget"), QStringLiteral("each item needs a numeric budget"));
        const bool total = group->second.fields.value("budget_mode", std::string()) == "BUDGET_MODE_TOTAL";
        if (!total && item["budget"].get<double>() < minimumDailyBudget(currency))
            return invalid(QStringLiteral("budget"), QStringLiteral("Budget must be at least %1 %2").arg(QString::number(minimumDailyBudget(currency), 'f', 1), currency));
    }
    for (const Json &item : *it)
        m_adGroups[jsonString(item, "adgroup_id")].fields["budget"] = item["budget"];
    return ok(Json::object());
}

SandboxReply TikTokAdsApi::identityList(const SandboxRequest &request) const
{
    const QString type = request.hasQuery(QStringLiteral("identity_type")) ? request.queryValue(QStringLiteral("identity_type")) : QStringLiteral("CUSTOMIZED_USER");
    if (type != QLatin1String("CUSTOMIZED_USER") && type != QLatin1String("TT_USER") && type != QLatin1String("BC_AUTH_TT") && type != QLatin1String("AUTH_CODE"))
        return invalid(QStringLiteral("identity_type"), QStringLiteral("must be CUSTOMIZED_USER, TT_USER, BC_AUTH_TT or AUTH_CODE"));
    Json list = Json::array();
    for (const auto &[id, identity] : m_identities) {
        if (identity.advertiserId == request.queryValue(QStringLiteral("advertiser_id")) && type == QLatin1String("CUSTOMIZED_USER"))
            list.push_back(identity.fields);
    }
    const int total = int(list.size());
    return ok(Json{{"identity_list", list}, {"page_info", {{"page", 1}, {"page_size", std::max(total, 1)}, {"total_number", total}, {"total_page", 1}}}});
}

SandboxReply TikTokAdsApi::createIdentity(const Json &body)
{
    const QString name = jsonString(body, "display_name");
    if (name.isEmpty() || utf16Length(name) > 40)
        return invalid(QStringLiteral("display_name"), QStringLiteral("is required, 1-40 characters"));
    Entity identity;
    identity.id = m_context.numericId(QStringLiteral("75"));
    identity.advertiserId = jsonString(body, "advertiser_id");
    identity.fields = Json{{"identity_id", toStd(identity.id)}, {"identity_type", "CUSTOMIZED_USER"}, {"display_name", toStd(name)}};
    m_identities[identity.id] = identity;
    return ok(Json{{"identity_id", toStd(identity.id)}});
}

} // namespace cf::sandbox
