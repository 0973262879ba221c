#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QLabel;
class QSpinBox;

// Asks for the size of an exported chart image: width and height in logical pixels and the device pixel
// ratio (2x by default, so that text stays sharp on high-density screens and in slides).
class ImageSizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageSizeDialog)

public:
    explicit ImageSizeDialog(QWidget* parent = nullptr);

    QSize logicalSize() const;
    void setLogicalSize(QSize size);
    qreal devicePixelRatio() const;
    void setDevicePixelRatio(qreal ratio);

private:
    void updatePixels();

    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_ratio;
    QLabel* m_pixels;
};
