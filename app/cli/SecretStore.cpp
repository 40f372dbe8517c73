// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace cli {

namespace {

const QString kService = QStringLiteral("Patchbay");

QString keyOf(const QString &environment)
{
    return QStringLiteral("environment/%1/token").arg(environment);
}

// Runs a keychain job to its end; the jobs are asynchronous, the commands are not.
bool finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

core::Error keychainError(const QKeychain::Job &job, const QString &what)
{
    return core::Error(core::ErrorCode::Io,
                       QStringLiteral("The keychain could not %1: %2 (on Linux it needs a running "
                                      "Secret Service, such as gnome-keyring).")
                           .arg(what, job.errorString()));
}

} // namespace

core::Result<QString> SecretStore::readToken(const QString &environment)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyOf(environment));
    if (finish(job)) {
        return job.textData();
    }
    if (job.error() == QKeychain::EntryNotFound) {
        return core::Error(core::ErrorCode::NotFound,
                           QStringLiteral("No token is stored for environment %1: store one with "
                                          "patchbay-cli token set --env %1 (it reads the token "
                                          "from standard input).")
                               .arg(environment));
    }
    return keychainError(job, QStringLiteral("read the token of %1").arg(environment));
}

core::Result<void> SecretStore::writeToken(const QString &environment, const QString &token)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyOf(environment));
    job.setTextData(token);
    if (!finish(job)) {
        return keychainError(job, QStringLiteral("store the token of %1").arg(environment));
    }
    return {};
}

core::Result<void> SecretStore::deleteToken(const QString &environment)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyOf(environment));
    if (!finish(job) && job.error() != QKeychain::EntryNotFound) {
        return keychainError(job, QStringLiteral("delete the token of %1").arg(environment));
    }
    return {};
}

} // namespace cli
