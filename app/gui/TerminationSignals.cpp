// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminationSignals.h"

#include <QSocketNotifier>

#include <array>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace OmsSync::Gui {

namespace {

int g_socket[2] = {-1, -1};
constexpr std::array handledSignals {SIGINT, SIGTERM, SIGHUP};

void onSignal(int signalNumber)
{
    const auto byte = static_cast<unsigned char>(signalNumber);
    // Nothing to do about a full socket: one pending byte already quits.
    [[maybe_unused]] const ssize_t written = ::write(g_socket[0], &byte, 1);
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent)
{
    if (g_socket[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_socket) != 0) {
        return;
    }
    ::fcntl(g_socket[0], F_SETFL, ::fcntl(g_socket[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_socket[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : handledSignals) {
        ::sigaction(signalNumber, &action, nullptr);
    }
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier) {
        return;
    }
    for (int signalNumber : handledSignals) {
        std::signal(signalNumber, SIG_DFL);
    }
    ::close(g_socket[0]);
    ::close(g_socket[1]);
    g_socket[0] = g_socket[1] = -1;
}

void TerminationSignals::onReadable()
{
    unsigned char byte = 0;
    if (::read(g_socket[1], &byte, 1) == 1) {
        Q_EMIT terminationRequested(byte);
    }
}

} // namespace OmsSync::Gui
