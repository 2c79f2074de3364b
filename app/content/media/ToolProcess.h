#pragma once

#include "app/content/media/CancelToken.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace cf {

// How a run of an external tool ended.
struct ToolRunResult
{
    enum class Outcome { Finished, FailedToStart, Crashed, TimedOut, Cancelled };
    Outcome outcome = Outcome::Finished;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardErrorTail; // the last few KB, for logs and error details

    bool succeeded() const { return outcome == Outcome::Finished && exitCode == 0; }
    // A translated sentence for a failed run of `program`.
    QString failureText(const QString &program) const;
};

// Runs one external program to completion on the calling (worker) thread,
// with QProcess's blocking waits in short slices so that cancellation and the
// timeout are honoured within a tenth of a second. No event loop is needed or
// started. onOutput receives standard output as it arrives (ffmpeg progress).
ToolRunResult runTool(const QString &program, const QStringList &arguments, const CancelToken &cancel, int timeoutMs,
                      const std::function<void(const QByteArray &)> &onOutput = {});

} // namespace cf
