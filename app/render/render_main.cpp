// SPDX-License-Identifier: Apache-2.0
// topograph-render: SVG diagram in, PNG out. It exists so that `topograph-cli export --format
// png` can rasterize through Qt while topograph-cli itself stays free of Qt; it never opens a
// window and needs no display.
#include "app/render/svg_rasterizer.h"

#include <cstdio>
#include <optional>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <string>

namespace {

constexpr int exitOk = 0;
constexpr int exitBadInput = 2;

struct Request {
    QString input;
    QString output;
    topograph::render::RasterOptions options;
};

int usage(const char* reason) {
    std::fprintf(stderr,
                 "topograph-render: %s\nusage: topograph-render IN.svg OUT.png [--scale 1|2|4] "
                 "[--background white|transparent]\n",
                 reason);
    return exitBadInput;
}

std::optional<Request> parse(int argc, char** argv, int& status) {
    Request request;
    QStringList positional;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        const bool hasValue = i + 1 < argc;
        if (word == "--scale" && hasValue) {
            bool ok = false;
            request.options.scale = QString::fromLocal8Bit(argv[++i]).toDouble(&ok);
            if (!ok) {
                status = usage("--scale needs a number such as 1, 2 or 4");
                return std::nullopt;
            }
        } else if (word == "--background" && hasValue) {
            const std::string value = argv[++i];
            if (value == "white") {
                request.options.background = topograph::render::Background::White;
            } else if (value == "transparent") {
                request.options.background = topograph::render::Background::Transparent;
            } else {
                status = usage("--background is white or transparent");
                return std::nullopt;
            }
        } else if (word.starts_with("--")) {
            status = usage(("unknown option or missing value: " + word).c_str());
            return std::nullopt;
        } else {
            positional << QString::fromLocal8Bit(argv[i]);
        }
    }
    if (positional.size() != 2) {
        status = usage("give one SVG file to read and one PNG file to write");
        return std::nullopt;
    }
    request.input = positional[0];
    request.output = positional[1];
    return request;
}

} // namespace

int main(int argc, char** argv) {
    // Text needs the font database, which needs a QGuiApplication; the offscreen platform
    // gives one without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication application(argc, argv);
    int status = exitOk;
    const auto request = parse(argc, argv, status);
    if (!request) {
        return status;
    }
    QFile input(request->input);
    if (!input.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "topograph-render: %s: %s\n", qPrintable(request->input),
                     qPrintable(input.errorString()));
        return exitBadInput;
    }
    const auto result = topograph::render::rasterizeSvg(input.readAll(), request->options);
    if (result.image.isNull()) {
        std::fprintf(stderr, "topograph-render: %s: %s\n", qPrintable(request->input),
                     qPrintable(result.error));
        return exitBadInput;
    }
    // QSaveFile writes a temporary file and renames it: an interrupted export never leaves a
    // truncated PNG behind.
    QSaveFile output(request->output);
    if (!output.open(QIODevice::WriteOnly) || !result.image.save(&output, "PNG") ||
        !output.commit()) {
        std::fprintf(stderr, "topograph-render: %s: cannot write the PNG: %s\n",
                     qPrintable(request->output), qPrintable(output.errorString()));
        return exitBadInput;
    }
    return exitOk;
}
