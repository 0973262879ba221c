#include "imagesizedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

ImageSizeDialog::ImageSizeDialog(QWidget* parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_ratio(new QComboBox(this))
    , m_pixels(new QLabel(this))
{
    setWindowTitle(tr("Image Size"));
    setObjectName(u"imageSizeDialog"_s);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(100, 10000);
        box->setSingleStep(10);
        box->setSuffix(tr(" px"));
        connect(box, &QSpinBox::valueChanged, this, &ImageSizeDialog::updatePixels);
    }
    m_width->setObjectName(u"width"_s);
    m_height->setObjectName(u"height"_s);
    m_ratio->setObjectName(u"ratio"_s);
    for (int r = 1; r <= 4; ++r)
        m_ratio->addItem(tr("%1×").arg(r), r);
    m_ratio->setToolTip(tr("Device pixels per logical pixel: 2× keeps text sharp on high-density screens "
                           "and slides"));
    connect(m_ratio, &QComboBox::currentIndexChanged, this, &ImageSizeDialog::updatePixels);
    setLogicalSize(QSize(900, 560));
    setDevicePixelRatio(2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_ratio);
    form->addRow(QString(), m_pixels);
    form->addRow(buttons);
}

QSize ImageSizeDialog::logicalSize() const
{
    return QSize(m_width->value(), m_height->value());
}

void ImageSizeDialog::setLogicalSize(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

qreal ImageSizeDialog::devicePixelRatio() const
{
    return m_ratio->currentData().toReal();
}

void ImageSizeDialog::setDevicePixelRatio(qreal ratio)
{
    const int index = m_ratio->findData(qRound(ratio));
    m_ratio->setCurrentIndex(index >= 0 ? index : 1);
}

void ImageSizeDialog::updatePixels()
{
    const qreal r = devicePixelRatio();
    m_pixels->setText(tr("The PNG file will be %1 × %2 pixels.")
                          .arg(qRound(m_width->value() * r))
                          .arg(qRound(m_height->value() * r)));
}
