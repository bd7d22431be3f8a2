#include "SecretInput.h"

#include <QString>

#include <cctype>
#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace passbook::cli {

namespace {
// While a secret is typed on a terminal, echo is off; a signal that ends the program first puts the
// terminal back as it was (a shell left without echo is the next person's problem otherwise).
struct termios g_saved;
int g_terminal = -1;
volatile std::sig_atomic_t g_echoOff = 0;

void restoreAndExit(int signal)
{
    if (g_echoOff) {
        ::tcsetattr(g_terminal, TCSANOW, &g_saved);
        g_echoOff = 0;
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff
{
public:
    explicit EchoOff(int fd)
    {
        if (!::isatty(fd) || ::tcgetattr(fd, &g_saved) != 0) {
            return;
        }
        struct termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
        g_terminal = fd;
        // Signals that end the program. (Ctrl-Z is left to the shell, which keeps a stopped job's
        // terminal modes and gives them back at `fg`.) An ignored signal stays ignored.
        for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
            void (*previous)(int) = std::signal(s, restoreAndExit);
            if (previous == SIG_IGN) {
                std::signal(s, SIG_IGN);
            }
            m_previous[m_count++] = {s, previous};
        }
        // TCSANOW: a line typed or pasted ahead (the next secret) stays in the queue.
        g_echoOff = ::tcsetattr(fd, TCSANOW, &quiet) == 0 ? 1 : 0;
    }
    ~EchoOff()
    {
        if (g_echoOff) {
            ::tcsetattr(g_terminal, TCSANOW, &g_saved);
            g_echoOff = 0;
            std::fputc('\n', stderr); // the Enter that was not echoed
        }
        for (int i = 0; i < m_count; ++i) {
            std::signal(m_previous[i].first, m_previous[i].second);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    [[nodiscard]] bool active() const { return g_echoOff != 0; }

private:
    std::pair<int, void (*)(int)> m_previous[4];
    int m_count = 0;
};
} // namespace

Result<crypto::SecureBuffer> readSecretLine(std::FILE *in, const char *what)
{
    // Asked only once echo is off.
    EchoOff echoOff(::fileno(in));
    if (echoOff.active()) {
        std::fprintf(stderr, "%c%s: ", std::toupper(static_cast<unsigned char>(what[0])), what + 1);
        std::fflush(stderr);
    }
    constexpr std::size_t kMax = 4096;
    crypto::SecureBuffer buffer(kMax);
    std::size_t n = 0;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n') {
        if (n == kMax) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The %1 is too long.").arg(QLatin1String(what)),
                             QStringLiteral("secret line too long"));
        }
        buffer.data()[n++] = std::uint8_t(c);
    }
    if (c == EOF && n == 0) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("Expected the %1 on standard input, one per line.").arg(QLatin1String(what)),
            QStringLiteral("stdin ended"));
    }
    if (n > 0 && buffer.data()[n - 1] == '\r') {
        --n;
    }
    return crypto::SecureBuffer::copyOf(buffer.data(), n);
}

} // namespace passbook::cli
