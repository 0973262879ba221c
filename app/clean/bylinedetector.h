#pragma once

#include <QString>
#include <QStringView>

// Recognises author lines: `■胡佳英`, `► 吕科 汤天伦`, `丁玉洁`, `许晨威 刘潇`, `本报记者 张三`.
// A byline is a whole line of one to four personal names (a known family name plus one to three characters),
// optionally after a layout marker (■►▲●◆★) or a role word (记者, 通讯员, 文/图).
class BylineDetector final
{
public:
    static bool isByline(QStringView line);
    // The names of a byline, markers and role words removed, separated by single spaces; empty if no byline.
    static QString names(QStringView line);
    // True when `name` starts with a known family name and has two to four characters in all.
    static bool looksLikePersonalName(QStringView name);
};
