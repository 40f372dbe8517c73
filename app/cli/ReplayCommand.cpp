// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// patchbay-cli replay: a JSON Lines stream sent to an environment line by line, at most so
// many a second and so many at once. Every answered line is written to a progress file as it
// is answered, so a stopped or killed replay, run again, sends only what was not answered.

#include "CliCommand.h"
#include "LineReader.h"
#include "Sending.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <unistd.h>

namespace cli {

namespace {

int runReplay(const QStringList &arguments);

const Command kReplay{
    "replay",
    "replay --env NAME [--workspace DIR] [--rate N] [--concurrency N] [--progress FILE] "
    "[--sync] IN.jsonl",
    "Sends a JSON Lines stream to an environment, at most N a second and N at once; run "
    "again, it resumes where it stopped.",
    runReplay};
const CommandRegistration kRegistration(kReplay);

constexpr int kRetries = 3; // DCS asks for three retries of a 503, with backoff
constexpr int kFirstBackoffMs = 500;

int g_stopPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_stopPipe[1], &byte, 1);
}

struct Line
{
    int number = 0;
    QByteArray text;
    int attempts = 0;
};

struct Tally
{
    int skipped = 0;  ///< answered by an earlier run
    int accepted = 0; ///< 2xx
    int refused = 0;  ///< 4xx other than 429: the line itself is wrong; not sent again
    int unanswered = 0;
};

/// Sends the lines with the limits, records each answer, and quits the event loop at the end.
class Replayer : public QObject
{
public:
    Replayer(QNetworkRequest request, std::deque<Line> lines, QFile &progress, double rate,
             int concurrency)
        : m_request(std::move(request))
        , m_lines(std::move(lines))
        , m_progress(progress)
        , m_intervalMs(rate > 0 ? 1000.0 / rate : 0)
        , m_concurrency(concurrency)
    {
        m_pace.setSingleShot(true);
        connect(&m_pace, &QTimer::timeout, this, &Replayer::pump);
        m_clock.start();
    }

    void start() { pump(); }

    // Stops taking new lines; what is in flight is still answered and recorded.
    void stop()
    {
        m_stopping = true;
        m_tally.unanswered += int(m_lines.size());
        m_lines.clear();
        finishIfDone();
    }

    const Tally &tally() const { return m_tally; }
    Tally &tally() { return m_tally; }

private:
    void pump()
    {
        while (!m_stopping && !m_lines.empty() && m_inFlight < m_concurrency) {
            const double due = m_sent * m_intervalMs;
            const qint64 now = m_clock.elapsed();
            if (now < due) {
                m_pace.start(int(due - double(now)) + 1);
                return;
            }
            Line line = std::move(m_lines.front());
            m_lines.pop_front();
            send(std::move(line));
        }
        finishIfDone();
    }

    void send(Line line)
    {
        ++m_sent;
        ++m_inFlight;
        ++line.attempts;
        QNetworkReply *reply = m_network.post(m_request, line.text);
        connect(reply, &QNetworkReply::finished, this, [this, reply, line]() mutable {
            reply->deleteLater();
            --m_inFlight;
            answered(reply, std::move(line));
            pump();
        });
    }

    void answered(QNetworkReply *reply, Line line)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool retryable = status == 0 || status == 429 || status >= 500;
        if (retryable && line.attempts <= kRetries && !m_stopping) {
            const int waitMs = retryAfterMs(reply, kFirstBackoffMs << (line.attempts - 1));
            ++m_waiting;
            QTimer::singleShot(waitMs, this, [this, line]() mutable {
                --m_waiting;
                if (m_stopping) {
                    ++m_tally.unanswered;
                } else {
                    m_lines.push_front(std::move(line));
                }
                pump();
            });
            return;
        }
        if (retryable) {
            ++m_tally.unanswered;
            writeErr(
                QStringLiteral("line %1: no answer after %2 tries: %3")
                    .arg(line.number)
                    .arg(line.attempts)
                    .arg(status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString()));
            return;
        }
        record(line.number, status);
        if (status >= 200 && status < 300) {
            ++m_tally.accepted;
        } else {
            ++m_tally.refused;
            writeErr(QStringLiteral("line %1: HTTP %2: %3")
                         .arg(line.number)
                         .arg(status)
                         .arg(QString::fromUtf8(reply->readAll().left(300))));
        }
    }

    static int retryAfterMs(QNetworkReply *reply, int fallbackMs)
    {
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").toInt(&ok);
        return ok && seconds >= 0 ? seconds * 1000 : fallbackMs;
    }

    // One line per answer, flushed at once: the file is what a later run trusts.
    void record(int number, int status)
    {
        m_progress.write(QByteArray::number(number) + ' ' + QByteArray::number(status) + '\n');
        m_progress.flush();
    }

    void finishIfDone()
    {
        if (m_inFlight == 0 && m_waiting == 0 && (m_lines.empty() || m_stopping)) {
            QCoreApplication::quit();
        }
    }

    QNetworkAccessManager m_network;
    QNetworkRequest m_request;
    std::deque<Line> m_lines;
    QFile &m_progress;
    double m_intervalMs;
    int m_concurrency;
    QTimer m_pace;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
    int m_inFlight = 0;
    int m_waiting = 0;
    bool m_stopping = false;
    Tally m_tally;
};

// Line numbers a progress file says were answered.
QSet<int> answeredLines(const QString &path)
{
    QSet<int> done;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return done;
    }
    while (!file.atEnd()) {
        // A kill can cut the last entry short: only whole "LINE STATUS\n" entries count, so a
        // torn "12" of "123 200" cannot pass for line 12.
        const QByteArray raw = file.readLine();
        const QList<QByteArray> fields = raw.trimmed().split(' ');
        bool ok = false;
        const int number = fields.value(0).toInt(&ok);
        if (ok && raw.endsWith('\n') && fields.size() == 2) {
            done.insert(number);
        }
    }
    return done;
}

// The lines still to send. Lines past the reader's bound are not sent: DCS refuses anything
// over 1 MB with 413 anyway, so they are reported as such.
core::Result<std::deque<Line>> readLines(const QString &path, const QSet<int> &done, int *skipped,
                                         int *tooLong)
{
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        return core::Error(core::ErrorCode::Io, QStringLiteral("Cannot read %1.").arg(path));
    }
    std::deque<Line> lines;
    auto reader = std::make_unique<LineReader>(file);
    std::string text;
    bool overLong = false;
    for (int number = 1; reader->next(text, &overLong); ++number) {
        if (overLong) {
            writeErr(QStringLiteral("line %1: longer than 16 MB, not sent (DCS takes up to 1 MB).")
                         .arg(number));
            ++*tooLong;
            continue;
        }
        const QByteArray line = QByteArray::fromStdString(text).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (done.contains(number)) {
            ++*skipped;
            continue;
        }
        lines.push_back({number, line, 0});
    }
    std::fclose(file);
    return lines;
}

void stopOnSignals(Replayer &replayer)
{
    if (::pipe(g_stopPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, &replayer);
    QObject::connect(notifier, &QSocketNotifier::activated, &replayer, [&replayer] {
        writeErr(QStringLiteral("patchbay-cli replay: stopping once the lines in flight are "
                                "answered; run the same command again to go on."));
        replayer.stop();
    });
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}

int runReplay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("env"), QStringLiteral("Environment name."), QStringLiteral("NAME")},
        {QStringLiteral("workspace"), QStringLiteral("Workspace folder (default: here)."),
         QStringLiteral("DIR"), QStringLiteral(".")},
        {QStringLiteral("rate"),
         QStringLiteral("Lines a second at most (default 100; 0: no limit)."), QStringLiteral("N"),
         QStringLiteral("100")},
        {QStringLiteral("concurrency"), QStringLiteral("Requests at once at most (default 4)."),
         QStringLiteral("N"), QStringLiteral("4")},
        {QStringLiteral("progress"),
         QStringLiteral("Progress file (default: IN.jsonl.NAME.progress beside the input)."),
         QStringLiteral("FILE")},
        {QStringLiteral("sync"), QStringLiteral("Ask for synchronous validation.")},
    });
    if (!parser.parse(QStringList{QStringLiteral("replay")} + arguments)) {
        return usageError(kReplay, parser.errorText());
    }
    const QStringList inputs = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("env")) || inputs.size() != 1) {
        return usageError(kReplay, QStringLiteral("give --env NAME and one IN.jsonl."));
    }
    bool rateOk = false;
    bool concurrencyOk = false;
    const double rate = parser.value(QStringLiteral("rate")).toDouble(&rateOk);
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt(&concurrencyOk);
    if (!rateOk || rate < 0 || !concurrencyOk || concurrency < 1 || concurrency > 64) {
        return usageError(kReplay, QStringLiteral("--rate is 0 or more, --concurrency 1 to 64."));
    }
    const QString name = parser.value(QStringLiteral("env"));
    const QString progressPath = parser.isSet(QStringLiteral("progress"))
                                     ? parser.value(QStringLiteral("progress"))
                                     : QStringLiteral("%1.%2.progress").arg(inputs.first(), name);

    core::Result<core::Environment> environment =
        core::Environment::load(parser.value(QStringLiteral("workspace")), name);
    core::Result<QNetworkRequest> request =
        environment ? collectionRequest(*environment, parser.isSet(QStringLiteral("sync")), 30)
                    : environment.error();
    int skipped = 0;
    int tooLong = 0;
    core::Result<std::deque<Line>> lines =
        request ? readLines(inputs.first(), answeredLines(progressPath), &skipped, &tooLong)
                : request.error();
    if (!lines) {
        writeErr(QStringLiteral("patchbay-cli replay: %1").arg(lines.error().message()));
        return ExitCannotRun;
    }
    QFile progress(progressPath);
    if (!progress.open(QIODevice::ReadWrite | QIODevice::Append)) {
        writeErr(QStringLiteral("patchbay-cli replay: cannot write the progress file %1: %2")
                     .arg(progressPath, progress.errorString()));
        return ExitCannotRun;
    }
    // End a torn last entry, so that the next one does not run into it.
    if (progress.size() > 0 && progress.seek(progress.size() - 1) && progress.read(1) != "\n") {
        progress.write("\n");
    }

    Replayer replayer(*request, std::move(lines).value(), progress, rate, concurrency);
    replayer.tally().skipped = skipped;
    replayer.tally().refused = tooLong;
    stopOnSignals(replayer);
    QTimer::singleShot(0, &replayer, [&replayer] { replayer.start(); });
    QCoreApplication::exec();

    const Tally &tally = replayer.tally();
    writeErr(QStringLiteral("patchbay-cli replay: %1 accepted, %2 refused, %3 not answered, "
                            "%4 answered before (progress in %5).")
                 .arg(tally.accepted)
                 .arg(tally.refused)
                 .arg(tally.unanswered)
                 .arg(tally.skipped)
                 .arg(progressPath));
    if (tally.unanswered > 0) {
        return ExitCannotRun;
    }
    return tally.refused > 0 ? ExitInputErrors : ExitOk;
}

} // namespace

} // namespace cli
