#pragma once

#include "platforms/publishing/PublicMediaHost.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// The user's connected WordPress site as a PublicMediaHost: files go to the
// media library through the REST API (raw body + Content-Disposition) with
// the site's application password, the attachment's source_url is the
// public URL, and remove() deletes the attachment for good (force=true).
class WordPressMediaHost : public PublicMediaHost
{
public:
    // siteUrl: "https://blog.example.com"; the password is the application
    // password as WordPress shows it (spaces allowed).
    WordPressMediaHost(QNetworkAccessManager &network, const EndpointMap &endpoints, const QString &siteUrl,
                       const QString &username, const QString &applicationPassword);

    void upload(const PublishMedia &media, QObject *context, UploadDone done) override;
    void remove(const QString &handle, QObject *context, RemoveDone done) override;

private:
    QUrl apiUrl(const QString &path) const;
    QByteArray authorization() const;

    PublishHttp m_http;
    QString m_siteUrl;
    QString m_username;
    QString m_password;
};

} // namespace cf
