// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

// QSettings keeps what it parsed per path for the life of the process, and
// trusts it while size and modification time look the same. A path this
// process never used before is always parsed from its bytes.
QString freshWorkDirTemplate()
{
    static std::atomic<quint64> counter {0};
    return QDir::tempPath()
        + u"/oms-sync-settings-%1-%2-XXXXXX"_s.arg(
            QString::number(QCoreApplication::applicationPid()), QString::number(++counter));
}

// Why nothing can be created in `dir`, in the system's words, or empty.
QString creationFailure(const QString& dir)
{
    QTemporaryFile probe(dir + u"/.probe-XXXXXX"_s);
    if (!probe.open()) {
        return probe.errorString();
    }
    if (probe.write("probe", 5) != 5 || !probe.flush()) {
        return probe.errorString();
    }
    return {};
}

} // namespace

SettingsFile::SettingsFile(const QString& fileName)
    : m_fileName(fileName)
{ }

ApiError SettingsFile::storageError(const QString& cause) const
{
    return ApiError::storage(m_fileName, cause);
}

ApiError SettingsFile::read(QVariantMap* values, quint64* generation) const
{
    values->clear();
    if (generation) {
        *generation = 0;
    }
    QFile file(m_fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists()) {
            return {};
        }
        return storageError(tr("it cannot be read: %1").arg(file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return storageError(tr("it cannot be read: %1").arg(file.errorString()));
    }
    if (!m_parsed || bytes != m_parsedBytes) {
        QVariantMap parsed;
        if (const ApiError error = parse(bytes, &parsed); error.isError()) {
            return error;
        }
        m_parsedBytes = bytes;
        m_parsedValues = std::move(parsed);
        m_parsed = true;
        ++m_generation;
    }
    *values = m_parsedValues;
    if (generation) {
        *generation = m_generation;
    }
    return {};
}

ApiError SettingsFile::parse(const QByteArray& bytes, QVariantMap* values) const
{
    // QSettings is the only reader of its format; it is handed a copy under
    // a new name so that it cannot answer from what it parsed before.
    QTemporaryDir work(freshWorkDirTemplate());
    const QString copyName = work.filePath(u"settings.ini"_s);
    QFile copy(copyName);
    if (!work.isValid() || !copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size()
        || !copy.flush()) {
        return storageError(
            tr("no temporary copy could be made in %1: %2")
                .arg(QDir::tempPath(), work.isValid() ? copy.errorString() : work.errorString()));
    }
    copy.close();
    QSettings settings(copyName, QSettings::IniFormat);
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys) {
        values->insert(key, settings.value(key));
    }
    if (settings.status() == QSettings::FormatError) {
        return storageError(tr("it is not in the settings format"));
    }
    return {};
}

ApiError SettingsFile::write(const QVariantMap& values)
{
    // QSettings writes its own format on a private copy, and the bytes
    // replace the real file by a rename: on any failure the old file stays.
    QTemporaryDir work(freshWorkDirTemplate());
    const QString copyName = work.filePath(u"settings.ini"_s);
    QByteArray bytes;
    {
        QSettings settings(copyName, QSettings::IniFormat);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            settings.setValue(it.key(), it.value());
        }
        settings.sync();
        QFile copy(copyName);
        if (!work.isValid() || settings.status() != QSettings::NoError
            || !copy.open(QIODevice::ReadOnly)) {
            return storageError(tr("no temporary copy could be made in %1").arg(QDir::tempPath()));
        }
        bytes = copy.readAll();
    }
    // QSettings writes through a buffered QSaveFile, which (Qt 6.4) reports
    // success even when its buffer could not be flushed: on a full disk the
    // copy may have lost its end. Such a copy never replaces the file.
    QVariantMap written;
    if (parse(bytes, &written).isError() || written.keys() != values.keys()
        || (!bytes.isEmpty() && !bytes.endsWith('\n'))) {
        const QString why = creationFailure(QDir::tempPath());
        return storageError(
            why.isEmpty()
                ? tr("no temporary copy could be made in %1").arg(QDir::tempPath())
                : tr("no temporary copy could be made in %1: %2").arg(QDir::tempPath(), why));
    }

    // Unbuffered: QSaveFile (Qt 6.4) commits even when the flush of its
    // buffer failed, which on a full disk would rename a truncated file over
    // the settings. Written directly, a failed write cancels the commit.
    QSaveFile out(m_fileName);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || out.write(bytes) != bytes.size()
        || !out.flush()) {
        const QString cause = out.errorString();
        out.cancelWriting();
        return storageError(cause);
    }
    if (!out.commit()) {
        return storageError(out.errorString());
    }
    // What the next read will find, parsed already.
    m_parsedBytes = bytes;
    m_parsedValues = written;
    m_parsed = true;
    ++m_generation;
    return {};
}

ApiError SettingsFile::edit(const Change& change, bool* written)
{
    if (written) {
        *written = false;
    }
    const QString dir = QFileInfo(m_fileName).absolutePath();
    if (!QDir().mkpath(dir)) {
        return storageError(tr("its folder %1 cannot be created").arg(dir));
    }
    // Not "<file>.lock": QSettings takes that one itself while it writes.
    QLockFile lock(m_fileName + u".edit-lock"_s);
    lock.setStaleLockTime(10000);
    // QLockFile::tryLock(timeout) doubles its sleep between attempts, so
    // with a dozen processes waiting one of them can miss every release for
    // seconds. Short, random pauses keep the wait fair.
    const QDeadlineTimer deadline(m_lockTimeout);
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError) {
            QString cause = creationFailure(dir);
            if (cause.isEmpty()) {
                cause = tr("its lock file %1 cannot be created").arg(lock.fileName());
            }
            return storageError(cause);
        }
        if (deadline.hasExpired()) {
            return storageError(tr("locked by another program for more than %1 s")
                                    .arg(QString::number(double(m_lockTimeout.count()) / 1000)));
        }
        const qint64 pause = QRandomGenerator::global()->bounded(2, 20);
        QThread::msleep(static_cast<unsigned long>(std::min(pause, deadline.remainingTime() + 1)));
    }

    // Read again under the lock, whatever was read before: the last holder
    // may have written a file that looks like the previous one.
    QVariantMap values;
    if (const ApiError error = read(&values); error.isError()) {
        return error;
    }
    const QVariantMap before = values;
    if (const ApiError error = change(values); error.isError()) {
        return error;
    }
    if (values == before) {
        return {};
    }
    if (const ApiError error = write(values); error.isError()) {
        return error;
    }
    if (written) {
        *written = true;
    }
    return {};
}

} // namespace OmsSync
