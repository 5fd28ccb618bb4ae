// Runs inputs through the harnesses without libFuzzer, so that every build (g++ included)
// replays the committed regression inputs: `fuzz_replay DIR` runs each harness on the files of
// DIR/<harness>/, `fuzz_replay HARNESS FILE...` on the files given. A finding shows as a crash,
// an abort from a broken invariant, or the test's timeout.
#include "replayharnesses.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>
#include <cstring>

#define JOINERY_FUZZ_DECLARE(name)                                                                 \
    extern "C" int joinery_fuzz_##name##_init(int *, char ***);                                    \
    extern "C" int joinery_fuzz_##name##_test(const uint8_t *, size_t);
JOINERY_FUZZ_HARNESSES(JOINERY_FUZZ_DECLARE)

namespace {

struct Harness
{
    const char *name;
    int (*init)(int *, char ***);
    int (*test)(const uint8_t *, size_t);
};

#define JOINERY_FUZZ_ENTRY(name) {#name, joinery_fuzz_##name##_init, joinery_fuzz_##name##_test},
const Harness harnesses[] = {JOINERY_FUZZ_HARNESSES(JOINERY_FUZZ_ENTRY)};

int run(const Harness &harness, const QStringList &files)
{
    int argc = 0;
    char **argv = nullptr;
    harness.init(&argc, &argv);
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read %s\n", harness.name, qPrintable(path));
            return 1;
        }
        const QByteArray data = file.readAll();
        std::printf("%s: %s (%lld bytes)\n", harness.name, qPrintable(path),
                    static_cast<long long>(data.size()));
        std::fflush(stdout);
        harness.test(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 2) {
        const QDir dir(QString::fromLocal8Bit(argv[1]));
        int inputs = 0;
        for (const Harness &harness : harnesses) {
            QStringList files;
            for (const QFileInfo &info : QDir(dir.filePath(QLatin1String(harness.name)))
                                             .entryInfoList(QDir::Files, QDir::Name))
                files << info.filePath();
            inputs += files.size();
            if (run(harness, files) != 0)
                return 1;
        }
        std::printf("%d inputs replayed, no finding.\n", inputs);
        return 0;
    }
    if (argc > 2) {
        for (const Harness &harness : harnesses) {
            if (std::strcmp(harness.name, argv[1]) != 0)
                continue;
            QStringList files;
            for (int i = 2; i < argc; ++i)
                files << QString::fromLocal8Bit(argv[i]);
            return run(harness, files);
        }
    }
    std::fprintf(stderr, "usage: fuzz_replay DIR | fuzz_replay HARNESS FILE...\nharnesses:");
    for (const Harness &harness : harnesses)
        std::fprintf(stderr, " %s", harness.name);
    std::fprintf(stderr, "\n");
    return 2;
}
