#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace cf {

// One HTTP answer as the auth code needs it.
struct HttpAnswer
{
    int status = 0;                    // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;               // Qt's text; may contain the URL, so never logged
    QByteArray body;
    QJsonObject json;                  // the body as an object, empty when it is not one
    bool isJsonObject = false;

    bool transportFailed() const { return status == 0; }
};

namespace authhttp {

// How long one token or identity request may take.
constexpr int kTransferTimeoutMs = 30000;

// Sends a request and calls done once with the answer, on context's thread;
// nothing is called if context is destroyed first.
void send(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &verb, const QByteArray &body,
          QObject *context, std::function<void(const HttpAnswer &)> done);

// application/x-www-form-urlencoded body from name/value pairs.
QByteArray formBody(const QList<std::pair<QString, QString>> &fields);

} // namespace authhttp
} // namespace cf
