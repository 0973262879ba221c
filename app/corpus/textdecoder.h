#pragma once

#include <QByteArrayView>
#include <QString>

// Turns the bytes of a text file into text, detecting the encoding:
// a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) first; then strict UTF-8; then the legacy Chinese encodings
// (GB18030, which covers GBK and GB2312, and Big5) as ICU's detector ranks them, each checked by a strict
// decode. Empty files and binary data are refused with a reason.
class TextDecoder final
{
public:
    struct Result {
        bool ok = false;
        QString text;     // decoded text, BOM removed
        QString encoding; // canonical name of the encoding used
        QString error;    // why the bytes could not be decoded (when !ok)
    };

    static Result decode(QByteArrayView bytes);
};
