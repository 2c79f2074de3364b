#include "platforms/net/EndpointMap.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace cf {
std::optional<EndpointMap> EndpointMap::fromJson(const QByteArray &json, QString *error)
{
    const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("hosts") || !doc["hosts"].is_object()) {
        if (error)
            *error = QCoreApplication::translate("cf::EndpointMap", "The endpoints file is not valid: it must be a JSON object with a \"hosts\" object.");
        return std::nullopt;
    }
    EndpointMap map;
    for (const auto &[host, target] : doc["hosts"].items()) {
        const QUrl base(QString::fromStdString(target.is_string() ? target.get<std::string>() : std::string()));
        const QString pattern = QString::fromStdString(host).toLower();
        if (pattern.isEmpty() || !base.isValid() || base.scheme().isEmpty() || base.host().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("cf::EndpointMap", "The endpoints file maps \"%1\" to something that is not an absolute URL.")
                             .arg(QString::fromStdString(host));
            return std::nullopt;
        }
        map.m_rules.push_back({pattern, base});
    }
    // Exact hosts win over wildcards, whatever order the file lists them in.
    std::stable_partition(map.m_rules.begin(), map.m_rules.end(),
                          [](const Rule &r) { return !r.hostPattern.startsWith(QLatin1String("*.")); });
    return map;
}

std::optional<EndpointMap> EndpointMap::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("cf::EndpointMap", "Cannot read the endpoints file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<EndpointMap> EndpointMap::load(const QString &explicitPath, QString *error)
{
    const QString path = explicitPath.isEmpty() ? qEnvironmentVariable(kEnvironmentVariable) : explicitPath;
    if (path.isEmpty())
        return EndpointMap();
    return fromFile(path, error);
}

bool EndpointMap::hostMatches(const QString &pattern, const QString &host)
{
    if (pattern.startsWith(QLatin1String("*.")))
        return host.endsWith(QStringView(pattern).mid(1)) && host.size() > pattern.size() - 1;
    return pattern == host;
}

QUrl EndpointMap::rewrite(const QUrl &url) const
{
    const QString host = url.host().toLower();
    for (const Rule &rule : m_rules) {
        if (!hostMatches(rule.hostPattern, host))
            continue;
        QUrl out = rule.base;
        QString basePath = out.path();
        if (basePath.endsWith(QLatin1Char('/')))
            basePath.chop(1);
        out.setPath(basePath + url.path());
        out.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        out.setFragment(url.fragment());
        return out;
    }
    return url;
}

bool EndpointMap::sameEndpoint(const QUrl &url, const QUrl &target) const
{
    const QUrl a = rewrite(url).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    const QUrl b = rewrite(target).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return a == b;
}

} // namespace cf
