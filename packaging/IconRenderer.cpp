// SPDX-License-Identifier: GPL-3.0-or-later
//
// Renders the application's SVG icon to the PNG sizes of the hicolor theme
// at build time, so the packages carry crisp bitmaps for desktops that do not
// scale SVG: icon-renderer SVG SIZE OUTPUT.PNG
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    bool ok = false;
    const int size = arguments.value(2).toInt(&ok);
    if (arguments.size() != 4 || !ok || size <= 0 || size > 1024) {
        std::fprintf(stderr, "usage: icon-renderer SVG SIZE OUTPUT.PNG\n");
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "icon-renderer: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(arguments.at(3), "PNG")) {
        std::fprintf(stderr, "icon-renderer: cannot write %s\n", qPrintable(arguments.at(3)));
        return 1;
    }
    return 0;
}
