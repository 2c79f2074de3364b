#pragma once

#include "platforms/sandbox/FaultInjector.h"
#include "platforms/sandbox/OAuthEmulator.h"
#include "platforms/sandbox/PlatformEmulator.h"
#include "platforms/sandbox/RequestRecorder.h"
#include "platforms/sandbox/SandboxClock.h"
#include "platforms/sandbox/SandboxControl.h"
#include "platforms/sandbox/SandboxSeed.h"

#include <QAbstractHttpServer>

#include <memory>
#include <vector>

namespace cf::sandbox {

// The HTTP server behind campaignforge-sandbox. Bound to 127.0.0.1 only. It
// serves each real platform host under a path prefix named after the host
// (see HostRoute), records every request, applies planned faults, and hands
// the rest to the emulator that owns the host. /_sandbox/ is the control API.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxSeed seed, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0 = any free port); 0 on failure.
    quint16 start(quint16 port);
    QString baseUrl() const;
    // {"hosts": {"graph.facebook.com": "http://127.0.0.1:P/graph.facebook.com", ...}}
    Json endpointsJson() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxRequest toSandboxRequest(const QHttpServerRequest &request) const;
    PlatformEmulator *emulatorFor(const QString &prefix) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply);
    void resetAll();

    SandboxSeed m_startSeed;
    SandboxSeed m_seed;
    SandboxClock m_clock;
    OAuthEmulator m_oauth;
    SandboxContext m_context;
    RequestRecorder m_recorder;
    FaultInjector m_faults;
    SandboxControl m_control;
    std::vector<std::unique_ptr<PlatformEmulator>> m_emulators;
    quint16 m_port = 0;
};

} // namespace cf::sandbox
