#include "corpus/textdecoder.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
};

namespace {
const QString kChinese =
    u"湘潭高新区新签约亿元以上项目10个，总投资额39亿元。允哲半导体科技（浙江）有限公司"_s;
const QString kTraditional = u"招商引資簽約項目，總投資額39億元，有限公司"_s;
} // namespace

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << QByteArray("plain ASCII text\n") << u"UTF-8"_s << u"plain ASCII text\n"_s;
    QTest::newRow("utf-8") << kChinese.toUtf8() << u"UTF-8"_s << kChinese;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + kChinese.toUtf8() << u"UTF-8"_s
                                    << kChinese;
    QTest::newRow("utf-16le with BOM")
        << QByteArray("\xFF\xFE") + TestSupport::encoded(kChinese, "UTF-16LE") << u"UTF-16LE"_s << kChinese;
    QTest::newRow("utf-16be with BOM")
        << QByteArray("\xFE\xFF") + TestSupport::encoded(kChinese, "UTF-16BE") << u"UTF-16BE"_s << kChinese;
    QTest::newRow("gb18030") << TestSupport::encoded(kChinese, "GB18030") << u"GB18030"_s << kChinese;
    QTest::newRow("gbk subset") << TestSupport::encoded(u"招商引资签约项目总投资"_s, "GBK") << u"GB18030"_s
                                << u"招商引资签约项目总投资"_s;
    QTest::newRow("gb18030 traditional")
        << TestSupport::encoded(kTraditional, "GB18030") << u"GB18030"_s << kTraditional;
    QTest::newRow("full-width and mixed")
        << u"ＡＢＣ１２３，abc 123"_s.toUtf8() << u"UTF-8"_s << u"ＡＢＣ１２３，abc 123"_s;
    QTest::newRow("crlf") << QByteArray("a\r\nb") << u"UTF-8"_s << u"a\r\nb"_s;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.text, text);
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("NUL bytes") << QByteArray("PK\x03\x04\x00\x00\x08\x00", 8) << u"binary"_s;
    QTest::newRow("control bytes") << QByteArray(200, '\x01') << u"binary"_s;
    // 0xFF is valid neither in UTF-8 nor as a GB18030 or Big5 lead byte.
    QTest::newRow("invalid byte") << kChinese.toUtf8() + QByteArray("\xFF\xFF abc") << u"not valid UTF-8"_s;
    QTest::newRow("invalid utf-8 after BOM") << QByteArray("\xEF\xBB\xBF"
                                                           "abc\xFF")
                                             << u"UTF-8"_s;
    QTest::newRow("truncated gb18030")
        << TestSupport::encoded(kChinese, "GB18030") + QByteArray("\x81") << u"not valid UTF-8"_s;
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonContains);
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(reasonContains), qPrintable(r.error));
}

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
