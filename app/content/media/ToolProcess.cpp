#include "app/content/media/ToolProcess.h"

#include "app/content/media/MediaLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace cf {

namespace {

constexpr int kSliceMs = 100;
constexpr qsizetype kStderrTail = 4096;

void keepTail(QByteArray &tail, const QByteArray &more)
{
    tail += more;
    if (tail.size() > kStderrTail)
        tail = tail.right(kStderrTail);
}

} // namespace

QString ToolRunResult::failureText(const QString &program) const
{
    const QString name = QFileInfo(program).fileName();
    switch (outcome) {
    case Outcome::FailedToStart:
        return QCoreApplication::translate("cf::ToolProcess", "%1 could not be started.").arg(name);
    case Outcome::Crashed:
        return QCoreApplication::translate("cf::ToolProcess", "%1 stopped unexpectedly.").arg(name);
    case Outcome::TimedOut:
        return QCoreApplication::translate("cf::ToolProcess", "%1 took too long and was stopped.").arg(name);
    case Outcome::Cancelled:
        return QCoreApplication::translate("cf::ToolProcess", "Cancelled.");
    case Outcome::Finished:
        break;
    }
    QString detail = QString::fromUtf8(standardErrorTail).trimmed();
    const qsizetype lastLine = detail.lastIndexOf(QLatin1Char('\n'));
    if (lastLine >= 0)
        detail = detail.mid(lastLine + 1);
    return detail.isEmpty()
               ? QCoreApplication::translate("cf::ToolProcess", "%1 failed with exit code %2.").arg(name).arg(exitCode)
               : QCoreApplication::translate("cf::ToolProcess", "%1 failed with exit code %2: %3")
                     .arg(name)
                     .arg(exitCode)
                     .arg(detail);
}

ToolRunResult runTool(const QString &program, const QStringList &arguments, const CancelToken &cancel, int timeoutMs,
                      const std::function<void(const QByteArray &)> &onOutput)
{
    ToolRunResult result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    qCDebug(lcMedia) << "running" << program << arguments;
    process.start();
    if (!process.waitForStarted(10000)) {
        result.outcome = ToolRunResult::Outcome::FailedToStart;
        keepTail(result.standardErrorTail, process.errorString().toUtf8());
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    const auto drain = [&] {
        const QByteArray out = process.readAllStandardOutput();
        if (!out.isEmpty()) {
            result.standardOutput += out;
            if (onOutput)
                onOutput(out);
        }
        keepTail(result.standardErrorTail, process.readAllStandardError());
    };
    while (!process.waitForFinished(kSliceMs)) {
        drain();
        if (process.state() == QProcess::NotRunning)
            break;
        const bool cancelled = cancel.isCancelled();
        if (cancelled || clock.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            result.outcome = cancelled ? ToolRunResult::Outcome::Cancelled : ToolRunResult::Outcome::TimedOut;
            return result;
        }
    }
    drain();
    if (process.exitStatus() == QProcess::CrashExit) {
        result.outcome = cancel.isCancelled() ? ToolRunResult::Outcome::Cancelled : ToolRunResult::Outcome::Crashed;
        return result;
    }
    result.exitCode = process.exitCode();
    return result;
}

} // namespace cf
