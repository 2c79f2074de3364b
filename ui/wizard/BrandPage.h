#pragma once

#include "app/workflow/ImageImport.h"
#include "models/domain/ProductFacts.h"
#include "ui/wizard/WizardServices.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cf {

// Wizard step 3: the business and what it sells: business name, product name
// and offer (each in English and Arabic), price, landing page, product photo,
// logo and voice. Filled from the workspace's brand kit, which remembers the
// last answers; picked images are checked off the GUI thread.
class BrandPage : public QWizardPage
{
    Q_OBJECT
public:
    BrandPage(const WizardServices &services, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QString businessName() const;
    QString tone() const;
    ProductFacts product(const QString &currency) const;
    // Newly picked and accepted files; empty when the remembered ones stay.
    QString logoFile() const { return m_logo.accepted; }
    QString productPhotoFile() const { return m_photo.accepted; }

    // Checks a file as if it had been picked in the file dialog (tests, drops).
    void chooseLogo(const QString &path);
    void chooseProductPhoto(const QString &path);

Q_SIGNALS:
    // An image check finished (accepted or refused).
    void imageChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ImageSlot
    {
        QLabel *preview = nullptr;
        QLabel *status = nullptr;
        QPushButton *pick = nullptr;
        QString accepted;
        QString remembered; // the brand kit's file, shown until another is picked
        QFutureWatcher<ImageCheck> watcher;
        QString checking;
    };
    void buildImageSlot(ImageSlot &slot, const QString &name);
    void pickImage(ImageSlot &slot);
    void checkImage(ImageSlot &slot, const QString &path);
    void showImage(ImageSlot &slot);
    void retranslateUi();

    const WizardServices &m_services;
    bool m_loaded = false;
    QLineEdit *m_business;
    QLineEdit *m_productEn;
    QLineEdit *m_productAr;
    QLineEdit *m_offerEn;
    QLineEdit *m_offerAr;
    QDoubleSpinBox *m_price;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QComboBox *m_voice;
    ImageSlot m_photo;
    ImageSlot m_logo;
    QList<QLabel *> m_labels;
};

} // namespace cf
