#include "platforms/sandbox/SandboxServer.h"

#include "platforms/sandbox/GoogleEmulator.h"
#include "platforms/sandbox/KitEmulator.h"
#include "platforms/sandbox/LinkedInEmulator.h"
#include "platforms/sandbox/MailchimpEmulator.h"
#include "platforms/sandbox/MetaGraphEmulator.h"
#include "platforms/sandbox/SnapchatEmulator.h"
#include "platforms/sandbox/TikTokBusinessEmulator.h"
#include "platforms/sandbox/TikTokEmulator.h"
#include "platforms/sandbox/WordPressEmulator.h"
#include "platforms/sandbox/XEmulator.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "cf.sandbox")

namespace cf::sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}
} // namespace

SandboxServer::SandboxServer(SandboxSeed seed, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_startSeed(seed)
    , m_seed(std::move(seed))
    , m_oauth(m_clock, m_seed)
    , m_context{m_clock, m_seed, m_oauth}
    , m_control({m_recorder, m_faults, m_clock, m_seed, [this] { resetAll(); }, [this] { return endpointsJson(); }})
{
    m_emulators.push_back(std::make_unique<MetaGraphEmulator>(m_context));
    m_emulators.push_back(std::make_unique<XEmulator>(m_context));
    m_emulators.push_back(std::make_unique<LinkedInEmulator>(m_context));
    m_emulators.push_back(std::make_unique<TikTokEmulator>(m_context));
    m_emulators.push_back(std::make_unique<TikTokBusinessEmulator>(m_context));
    m_emulators.push_back(std::make_unique<GoogleEmulator>(m_context));
    m_emulators.push_back(std::make_unique<WordPressEmulator>(m_context));
    m_emulators.push_back(std::make_unique<MailchimpEmulator>(m_context));
    m_emulators.push_back(std::make_unique<KitEmulator>(m_context));
    m_emulators.push_back(std::make_unique<SnapchatEmulator>(m_context));
    QStringList hosts;
    for (const auto &emulator : m_emulators) {
        for (const HostRoute &route : emulator->routes()) {
            if (!route.realHost.startsWith(QLatin1String("*.")))
                hosts.append(route.realHost);
        }
    }
    m_oauth.setEmulatedHosts(hosts);
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

Json SandboxServer::endpointsJson() const
{
    Json hosts = Json::object();
    for (const auto &emulator : m_emulators) {
        for (const HostRoute &route : emulator->routes())
            hosts[toStd(route.realHost)] = toStd(baseUrl() + QLatin1Char('/') + route.prefix);
    }
    return Json{{"hosts", hosts}};
}

PlatformEmulator *SandboxServer::emulatorFor(const QString &prefix) const
{
    for (const auto &emulator : m_emulators) {
        for (const HostRoute &route : emulator->routes()) {
            if (route.prefix == prefix)
                return emulator.get();
        }
    }
    return nullptr;
}

SandboxRequest SandboxServer::toSandboxRequest(const QHttpServerRequest &request) const
{
    SandboxRequest out;
    out.method = methodName(request.method());
    out.headers = request.headers();
    out.body = request.body();
    out.baseUrl = baseUrl();
    const QUrl url = request.url();
    // The first segment names the real host; the rest is that host's path.
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    const qsizetype slash = encodedPath.indexOf(QLatin1Char('/'), 1);
    const QString first = encodedPath.mid(1, slash < 0 ? -1 : slash - 1);
    out.host = QUrl::fromPercentEncoding(first.toUtf8()).toLower();
    out.path = slash < 0 ? QStringLiteral("/") : QUrl::fromPercentEncoding(encodedPath.mid(slash).toUtf8());
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QLatin1String("%20"));
    out.query = QUrlQuery(query);
    return out;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const SandboxRequest request = toSandboxRequest(httpRequest);
    if (request.host == QLatin1String("_sandbox")) {
        send(httpRequest, socket, m_control.handle(request));
        return true;
    }
    const qint64 sequence = m_recorder.record(request, m_clock.now().toString(Qt::ISODateWithMs));
    PlatformEmulator *emulator = emulatorFor(request.host);
    if (!emulator) {
        const SandboxReply reply = SandboxReply::text(404, QStringLiteral("The sandbox does not emulate the host \"%1\".").arg(request.host).toUtf8());
        m_recorder.setOutcome(sequence, reply.status, QString());
        send(httpRequest, socket, reply);
        return true;
    }
    const std::optional<FaultRule> fault = m_faults.take(request);
    if (fault && fault->kind != FaultKind::Slow && fault->kind != FaultKind::DropAfterAccept) {
        const SandboxReply reply = emulator->faultReply(fault->kind, *fault, request);
        m_recorder.setOutcome(sequence, reply.status, faultName(fault->kind));
        send(httpRequest, socket, reply);
        return true;
    }
    const SandboxReply reply = emulator->handle(request);
    if (fault && fault->kind == FaultKind::DropAfterAccept) {
        // The request was applied; the client never hears about it.
        m_recorder.setOutcome(sequence, 0, faultName(fault->kind));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    }
    m_recorder.setOutcome(sequence, reply.status, fault ? faultName(fault->kind) : QString());
    if (fault && fault->kind == FaultKind::Slow) {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(httpRequest, socket));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, this, [this, responder, guard, reply] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return; // the client gave up waiting
            QHttpServerResponse response(reply.contentType, reply.body, QHttpServerResponse::StatusCode(reply.status));
            for (const auto &[name, value] : reply.headers)
                response.addHeader(name, value);
            response.write(std::move(*responder));
            Q_UNUSED(this);
        });
        return true;
    }
    send(httpRequest, socket, reply);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, SandboxReply::text(404, "Not found"));
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply)
{
    QHttpServerResponse response(reply.contentType, reply.body, QHttpServerResponse::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    response.write(makeResponder(request, socket));
}

void SandboxServer::resetAll()
{
    m_seed = m_startSeed;
    m_clock.reset();
    m_oauth.reset();
    m_recorder.clear();
    m_faults.clear();
    for (const auto &emulator : m_emulators)
        emulator->reset();
    qCInfo(lcSandbox) << "sandbox reset";
}

} // namespace cf::sandbox
