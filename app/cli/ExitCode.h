// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

namespace OmsSync::Cli {

// The exit codes are an interface: scripts branch on them.
enum ExitCode : int {
    Success = 0,
    UsageError = 2, // usage or invalid input; nothing was sent
    SignInRefused = 3, // wrong or missing credentials, or a 401 a fresh sign-in did not cure
    ServiceRefused = 4, // the service answered 4xx
    Unreachable = 5, // network, TLS, timeout, malformed reply or 5xx after retries
    KeychainUnavailable = 6, // a secret was needed from the keychain and none answered
    StorageFailed = 7, // the settings file could not be locked, read or written
};

inline int exitCodeFor(const ApiError& error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Validation:
        return UsageError;
    case ApiError::Kind::Authentication:
        return SignInRefused;
    case ApiError::Kind::Service:
        return error.httpStatus() >= 500 ? Unreachable : ServiceRefused;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::MalformedReply:
        return Unreachable;
    case ApiError::Kind::Keychain:
        return KeychainUnavailable;
    case ApiError::Kind::Storage:
        return StorageFailed;
    }
    return Unreachable;
}

} // namespace OmsSync::Cli
