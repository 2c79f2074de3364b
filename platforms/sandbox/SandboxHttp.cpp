#include "platforms/sandbox/SandboxHttp.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace cf::sandbox {

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SandboxRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool SandboxRequest::hasQuery(const QString &key) const
{
    return query.hasQueryItem(key);
}

QByteArray SandboxRequest::contentType() const
{
    QByteArray type = header("Content-Type").toLower();
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed();
}

bool SandboxRequest::isForm() const
{
    return contentType() == "application/x-www-form-urlencoded";
}

QUrlQuery SandboxRequest::form() const
{
    if (!isForm())
        return {};
    QByteArray text = body;
    // Form encoding writes spaces as '+'; QUrlQuery only knows %20.
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

QString SandboxRequest::formValue(const QString &key) const
{
    return form().queryItemValue(key, QUrl::FullyDecoded);
}

std::optional<Json> SandboxRequest::json() const
{
    if (body.isEmpty())
        return std::nullopt;
    Json doc = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (doc.is_discarded())
        return std::nullopt;
    return doc;
}

QString SandboxRequest::bearerToken() const
{
    const QByteArray value = header("Authorization");
    if (value.size() > 7 && value.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(value.mid(7).trimmed());
    return {};
}

QString SandboxRequest::hostUrl() const
{
    return baseUrl + QLatin1Char('/') + host;
}

SandboxReply SandboxReply::json(int status, const Json &body)
{
    return jsonWithType(status, body, "application/json; charset=UTF-8");
}

SandboxReply SandboxReply::jsonWithType(int status, const Json &body, const QByteArray &contentType)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = toBytes(body);
    return reply;
}

SandboxReply SandboxReply::html(int status, const QString &html)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = html.toUtf8();
    return reply;
}

SandboxReply SandboxReply::text(int status, const QByteArray &text)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = "text/plain; charset=utf-8";
    reply.body = text;
    return reply;
}

SandboxReply SandboxReply::redirect(const QUrl &location)
{
    SandboxReply reply;
    reply.status = 302;
    reply.headers.append({QByteArray("Location"), location.toEncoded()});
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    return reply;
}

SandboxReply &SandboxReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {
QByteArray headerParameter(const QByteArray &headerValue, const QByteArray &parameter)
{
    const QList<QByteArray> pieces = headerValue.split(';');
    for (const QByteArray &piece : pieces) {
        const QByteArray trimmed = piece.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals <= 0 || trimmed.left(equals).trimmed().toLower() != parameter)
            continue;
        QByteArray value = trimmed.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}
} // namespace

std::optional<std::vector<MultipartPart>> parseMultipart(const SandboxRequest &request)
{
    if (request.contentType() != "multipart/form-data")
        return std::nullopt;
    const QByteArray boundary = headerParameter(request.header("Content-Type"), "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = QByteArray("--") + boundary;
    const QByteArray &body = request.body;
    std::vector<MultipartPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return std::nullopt;
        MultipartPart part;
        const QList<QByteArray> lines = body.mid(pos, headerEnd - pos).split('\n');
        for (const QByteArray &rawLine : lines) {
            const QByteArray line = rawLine.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray key = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (key == "content-disposition") {
                part.name = headerParameter(value, "name");
                part.fileName = headerParameter(value, "filename");
            } else if (key == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headerEnd + 4;
        const QByteArray separator = QByteArray("\r\n") + delimiter;
        const qsizetype next = body.indexOf(separator, dataStart);
        if (next < 0)
            return std::nullopt;
        part.data = body.mid(dataStart, next - dataStart);
        parts.push_back(std::move(part));
        pos = next + 2;
    }
}

const MultipartPart *findPart(const std::vector<MultipartPart> &parts, const QByteArray &name)
{
    for (const MultipartPart &part : parts) {
        if (part.name == name)
            return &part;
    }
    return nullptr;
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray toBytes(const Json &value)
{
    const std::string text = value.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

QString jsonString(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return fromStd(it->get<std::string>());
}

std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int utf16Length(const QString &text)
{
    return int(text.size());
}

int codePointLength(const QString &text)
{
    return int(text.toUcs4().size());
}

} // namespace cf::sandbox
