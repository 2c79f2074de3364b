#include "platforms/auth/AuthHttp.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace cf::authhttp {

void send(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &verb, const QByteArray &body,
          QObject *context, std::function<void(const HttpAnswer &)> done)
{
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.networkError = reply->error();
        answer.errorString = reply->errorString();
        answer.body = reply->readAll();
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
        answer.isJsonObject = parseError.error == QJsonParseError::NoError && doc.isObject();
        if (answer.isJsonObject)
            answer.json = doc.object();
        done(answer);
    });
}

QByteArray formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace cf::authhttp
