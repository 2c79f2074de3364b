#pragma once

#include "app/content/text/SocialCopyComposer.h"

namespace cf {

// E-mails: subject, preheader, and complete HTML and plain-text bodies in
// the brand's colours and fonts, with the sending platform's unsubscribe
// merge tag (Mailchimp *|UNSUB|*, Kit {{ unsubscribe_url }}).
class EmailCopyComposer
{
public:
    EmailCopyComposer(const PhraseBank &bank, const PlatformLimits &limits, const SocialCopyComposer &social)
        : m_bank(bank), m_limits(limits), m_social(social)
    {
    }
    EmailCopy compose(const CopyContext &context, const LanguageCopy &social, quint64 seed) const;

private:
    const PhraseBank &m_bank;
    const PlatformLimits &m_limits;
    const SocialCopyComposer &m_social;
};

// Blog articles: title, slug, excerpt and an HTML body with <h2> sections
// (no inline styles: the site's theme styles it).
class BlogCopyComposer
{
public:
    BlogCopyComposer(const PhraseBank &bank, const PlatformLimits &limits) : m_bank(bank), m_limits(limits) {}
    BlogCopy compose(const CopyContext &context, const LanguageCopy &social, quint64 seed) const;
    // Lower-case words joined by '-', Latin or Arabic letters kept, at most
    // maxEncoded characters once percent-encoded.
    static QString slugify(const QString &title, int maxEncoded = 200);

private:
    const PhraseBank &m_bank;
    const PlatformLimits &m_limits;
};

// Short-video scripts: hook, message, offer and call-to-action scenes with
// on-screen text, a spoken line (no links, hashtags or emoji) and seconds
// from the language's speaking rate.
class VideoScriptComposer
{
public:
    explicit VideoScriptComposer(const PhraseBank &bank) : m_bank(bank) {}
    VideoScript compose(const CopyContext &context, const LanguageCopy &social, quint64 seed) const;

private:
    const PhraseBank &m_bank;
};

} // namespace cf
