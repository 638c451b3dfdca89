// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <chrono>
#include <functional>

namespace OmsSync {

// One QSettings IniFormat file that several processes edit at once.
//
// QSettings cannot be trusted for a read-modify-write across processes: it
// keeps parsed files per path for the whole process and decides from size
// and modification time whether to parse again, so a write by another
// process of the same size within one timestamp tick goes unseen, and the
// next write drops it. Here every edit takes a lock, reads the file's bytes
// afresh, and replaces the file by an atomic rename: a reader sees the old or
// the new file, never half of one, and a failed write leaves the old one.
// The format stays exactly QSettings' own, so older versions read the file.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::SettingsFile)

public:
    static constexpr std::chrono::milliseconds defaultLockTimeout {5000};

    explicit SettingsFile(const QString& fileName);

    QString fileName() const { return m_fileName; }

    // How long an edit waits for another program's edit to end.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }
    std::chrono::milliseconds lockTimeout() const { return m_lockTimeout; }

    // Every key ("group/key") with its value, as the file is now; a missing
    // file is empty. Needs no lock: writes replace the file whole. Parses
    // only when the bytes differ from the last ones parsed. `generation`,
    // when given, names what was parsed: the same number means the same
    // values (0: no file, or an error).
    ApiError read(QVariantMap* values, quint64* generation = nullptr) const;

    // Locks, reads the file afresh, lets `change` edit the values and, when
    // it succeeds and changed anything, replaces the file. `*written` says
    // whether it did. An error of `change` is returned as it is.
    using Change = std::function<ApiError(QVariantMap& values)>;
    ApiError edit(const Change& change, bool* written = nullptr);

private:
    ApiError parse(const QByteArray& bytes, QVariantMap* values) const;
    ApiError write(const QVariantMap& values);
    ApiError storageError(const QString& cause) const;

    QString m_fileName;
    std::chrono::milliseconds m_lockTimeout = defaultLockTimeout;
    // The last bytes parsed and what they held: a cache, not state.
    mutable QByteArray m_parsedBytes;
    mutable QVariantMap m_parsedValues;
    mutable bool m_parsed = false;
    mutable quint64 m_generation = 0;
};

} // namespace OmsSync
