<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cf::AdReview</name>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta</source>
        <comment>the company whose ads manager runs Facebook and Instagram ads</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected this ad. Read the reason in %2&apos;s ads manager and change the text or image there to follow its advertising policies (the ad is reviewed again), or cancel the item here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AdStructureBuilder</name>
    <message>
        <source>Ads cannot target people under 18, so the ads reach parents aged 25-54; organic content still speaks to the younger audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads target ages from 18; younger people see only the organic content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads need a target location; add one before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok targets fixed age groups, so ages %1-%2 become %3-%4 there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AdsCommand</name>
    <message>
        <source>Pause, resume or show a campaign&apos;s paid ads: ads pause|resume|show --campaign ID [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no ads on any platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads paused by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads may run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3 (account %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli ads pause|resume|show --campaign ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AdsControl</name>
    <message>
        <source>“%1” is not running (%2), so its ads stay paused. Resume the campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no ads on any platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused the ads of “%1”; they are paused on every platform at the next publishing pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You resumed the ads of “%1”; they start again at the next publishing pass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AiCommand</name>
    <message>
        <source>Set up the optional AI copy provider: ai set|status|clear|test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli ai set --base-url URL --model MODEL [--keep-key]   (the API key is read from standard input)
       campaignforge-cli ai status | ai clear | ai test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider&apos;s settings and key were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key on standard input (use --keep-key to keep the stored one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI provider saved: %1, model %2 (key in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider is not set up: run &quot;ai set --base-url URL --model MODEL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AiCopyClient</name>
    <message>
        <source>The provider answered correctly (model %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the key (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s rate limit was reached (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer was not the expected JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL, the model and the key first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AiCopyWriter</name>
    <message>
        <source>it repeats another item&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 headline is longer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 text is too long for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AiPromptBuilder</name>
    <message>
        <source>The AI prompt resource is missing or has no system or user lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AiProvider</name>
    <message>
        <source>Enter the provider&apos;s base URL, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a query, a fragment or a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider is not set up (base URL, model and key are needed); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider could not be reached (%1); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider did not answer in time; template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider refused the key (HTTP %1); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider&apos;s rate limit was reached (HTTP 429); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider answered with an error (HTTP %1); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider&apos;s answer was not the expected JSON (%1); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI copy did not pass the checks (%1); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AiProviderSection</name>
    <message>
        <source>AI copy provider (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let an AI model improve the generated copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in your keychain; type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any OpenAI-compatible chat-completions service works. The key is kept in your system keychain, never in the settings or the database. When the service is unreachable or its text fails the brand checks, the built-in templates are used and the item says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The key is in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but no key is stored yet: paste the API key and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider was removed; copy comes from the templates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AiProviderStore</name>
    <message>
        <source>Enter the model name, e.g. gpt-4o-mini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AppsCommand</name>
    <message>
        <source>Store platform app credentials: apps set PLATFORM --client-id ID [--client-secret-stdin].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli apps set PLATFORM --client-id ID [--client-secret-stdin] [--redirect-uri URI] [--redirect KIND]
       campaignforge-cli apps show PLATFORM | apps clear PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the app credentials of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support the redirect &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the app credentials of %1 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no app credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret: stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(built-in defaults of this build)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AssetStore</name>
    <message>
        <source>Cannot store the file &quot;%1&quot; in the assets folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AuthorizationSession</name>
    <message>
        <source>This sign-in has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a client id and a client secret under Platform apps before you can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a client id under Platform apps before you can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support this way of returning to CampaignForge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the https redirect URL registered for your %1 app under Platform apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is over. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the address the sign-in ended on. Copy the whole address from the browser&apos;s address bar; it starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long and was stopped. Start again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not match the request CampaignForge made, so it was refused. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not grant access: the sign-in was declined or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AutomationActivityDialog</name>
    <message>
        <source>Automation activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign is not AI-optimised, so the optimiser leaves it alone. The limits below apply once you choose the AI-optimised level. Everything the automation did is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once results come in, the optimiser moves remaining posts to the hours when people engaged most and shifts ad budget towards the ad set with the lowest cost per result. Every change is listed here and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits for this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move remaining posts to the best hours of the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift ad budget towards the best ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest budget change per ad set per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the post&apos;s time or the ad budgets back as they were before this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::AutomationLogRepository</name>
    <message>
        <source>There is no automation log entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::BrandGuard</name>
    <message>
        <source>&quot;%1&quot; is on the brand&apos;s list of banned words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; promises guaranteed or unrealistic results, which ad platforms reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as a health or weight-loss claim, which ad platforms restrict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; suggests a before-and-after comparison, which ad platforms restrict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; asserts or implies a personal attribute of the reader, which ad platforms forbid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Arabic text is mostly in another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English text contains Arabic or another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 long; %3 allows %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 long; inboxes show about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty or too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not contain emoji on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not contain &lt; or &gt; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Arabic text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no English text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call to action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hashtags; %2 takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail has no unsubscribe link (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s required disclaimer is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no landing page: add the product&apos;s URL or the brand&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the brand&apos;s hashtags is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::BrandPage</name>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered from the last campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your brand and product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy and images use these. They are remembered for your next campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (Arabic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer (Arabic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30% off every abaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. خصم 30٪ على كل العبايات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the full address, starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playful</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::BriefInference</name>
    <message>
        <source>No platform was named; a %1 campaign is mostly e-mail, so Mailchimp was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform was named; Facebook and Instagram reach the widest audience, so both were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the location table, so its time zone and currency are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location was named; the budget is in %1, which is used in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location was named; the instruction is in Arabic, so Saudi Arabia was assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location was named: times are planned in UTC and ads cannot be targeted until a location is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locations span several time zones; times are planned in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting times follow the audience&apos;s local time in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content is written in the instruction&apos;s language and in the languages spoken where the audience is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content is written in the instruction&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was read as %2 because the audience is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was read as %2; name a location to pick another country&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective &quot;%1&quot; is not supported; another was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign type &quot;%1&quot; is not supported; another was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 objective is best served by a %2 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaigns are usually %2 campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; calls for a %2 campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a campaign type nor an objective was named, so the campaign builds awareness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 campaign usually aims at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaigns usually aim at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; usually aims at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 begins on %2; the campaign starts %3 days earlier to build up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is close or under way, so the campaign starts tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start date was named; the campaign starts tomorrow, leaving today for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign runs until %1 ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 campaign runs %2 days by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No currency or location was named, so amounts are in US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the currency where the audience is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget did not say &quot;per day&quot;, so it is the total for the whole campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the exchange table, so platform minimums cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum age was named; adults from 18 are targeted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum age was named; 65 means everyone 65 and older on the ad platforms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::BriefPage</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-optimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approve and publish every item yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items you approve are published on schedule by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is published on schedule without asking you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published automatically, and budget and timing follow what performs best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — connected as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content for %1 will be published to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account needs to be connected again on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 on the Connections page before publishing; you can plan and review without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the sentence says. Correct anything; values marked &quot;inferred&quot; were chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities or countries, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::BudgetAllocator</name>
    <message>
        <source>No budget was named, so no ads are planned; the content is published organically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen platforms has a paid-ads API in CampaignForge (Meta, TikTok and Snapchat do), so the budget is not allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily budget of %1 is below the %2 a day that %3 need at their platforms&apos; minimums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total budget of %1 is below the %2 that %3 need for at least %4 days at their platforms&apos; minimums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fewer platforms (%1 alone needs %2), a shorter flight, or a larger budget of at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shorter flight on fewer platforms, or a larger budget of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 budget cannot fund %2 audience splits at %3 a day each, so it runs one combined audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 a day; its %3 share runs for %4 days (%5 to %6) instead of the whole campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some platforms were given more than their usual share so that each meets its minimum budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CalendarFilterBar</name>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CalendarPage</name>
    <message>
        <source>Nothing scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar will show every post, story, email and ad of your campaigns on the day it goes out, so you can see busy and quiet days at a glance and move items around. Create a campaign and its schedule appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 (Hijri: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in this computer&apos;s time zone, %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the campaign&apos;s time zone, %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduling rules are still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new time could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of the week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>Gregorian period, then Hijri months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last Hijri month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CalendarViewBase</name>
    <message>
        <source>%1
%2 · %3 · %4
%5
Campaign: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, then item title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::Campaign</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignAdsBar</name>
    <message>
        <source>You paused these ads; they are being paused on the platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused these ads. They stay paused on every platform until you resume them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ads are running on the platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ads exist on the platforms and are paused. They start when all of them are published and the campaign runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the spend: the campaign, its ad sets and ads are paused on every platform. Organic posts are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the ads paused here on again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignCardDelegate</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignCommand</name>
    <message>
        <source>List, export or import campaigns: campaign list|export ID|import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli campaign list [--json] | campaign export ID [--output FILE] | campaign import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as campaign %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignCreationService</name>
    <message>
        <source>Planning the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Arabic and English copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making images, voice-overs and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My business</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 media files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved, %2 published of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignPlanner</name>
    <message>
        <source>The reference date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone %1 is not known on this system; times are planned in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignStructureView</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad squad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paid part of the campaign: each platform&apos;s ad sets (ad groups on TikTok, ad squads on Snapchat) with their budget and audience. Select one to change its budget or targeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignTransfer</name>
    <message>
        <source>The campaign file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two ad sets share the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset %1 has no checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content item %1 refers to ad set %2, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content item %1 refers to asset %2, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a CampaignForge campaign export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer CampaignForge (format %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file is not valid JSON (byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file cannot be imported: a value is missing or has the wrong form (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignWizard</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the campaign list again, for example after importing a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge has not changed or deleted the file. Once the problem is solved, restart CampaignForge to see your campaigns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your campaigns will be listed here with their status, dates, budget, platforms and next scheduled post. A campaign starts from one sentence, for example: &quot;Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add one now, import a campaign file with &quot;campaignforge-cli campaign import FILE&quot;, then refresh this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planning tables could not be read; reinstall CampaignForge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be archived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the campaign &quot;%1&quot; with all its content? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a campaign from one sentence (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the campaigns as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the campaigns as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the campaign&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a draft copy of the campaign and its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press New campaign (Ctrl+N) and write what you want in English or Arabic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the campaign back as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the campaign from the list without deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation ac&amp;tivity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the automation did for this campaign, with undo, and the optimiser&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CancelsScheduledPosts</name>
    <message>
        <source>It is already out on %1; delete it there if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::Cli</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge command line: plan, store, export and publish campaigns without the GUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DIR for the database and assets (also CAMPAIGNFORGE_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect platform hosts as FILE says (also CAMPAIGNFORGE_ENDPOINTS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: en or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run, then its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; runs only from campaignforge-cli&apos;s event loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ConnectCommand</name>
    <message>
        <source>Unknown platform &quot;%1&quot;. Use one of: %2, wordpress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account: connect PLATFORM [--no-browser].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can return to CampaignForge by: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sign-in needs the CampaignForge window; use --redirect paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli connect PLATFORM [--no-browser] [--redirect KIND]
       campaignforge-cli connect wordpress --site URL --user NAME  (the application password is read from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 account &quot;%2&quot; (connection %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser and sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No browser could be started: open the address yourself.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the browser shows %1, copy the whole address from its address bar and paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ConnectionService</name>
    <message>
        <source>There is no sign-in for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a registered developer app. Enter its client id under Platform apps (or run: campaignforge-cli apps set %2 --client-id ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge cannot read accounts of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web site address. Enter it as https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the WordPress user name and an application password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site ignored the sign-in: its web server may strip the Authorization header. Ask the host to pass it to WordPress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress refused the user name or application password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a WordPress site with the REST API enabled (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ConnectionStateText</name>
    <message>
        <source>Connected as %1, but the keychain holding its sign-in is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs you to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnect the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired: reconnect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1, expires within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1, expires in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Keychain Access and unlock the login keychain, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Windows with your own account (Credential Manager needs it), then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start GNOME Keyring or KWallet and unlock the login keyring (for example by logging in to the desktop again), then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ConnectionTester</name>
    <message>
        <source>CampaignForge cannot check %1 accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working: %1 answered as %2 (checked at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in was found for this account: reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered for a different account (%2): reconnect this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress refused the saved application password: reconnect the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site answered unexpectedly (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ConnectionsCommand</name>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List connected accounts, or remove one: connections [remove ID].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli connections | connections remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access revoked at the platform and the connection removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. The account it belongs to stays connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was removed here, but revoking it at the platform failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was removed. This platform offers no revocation: remove the app from your account settings there if you wish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connected accounts. Connect one with: campaignforge-cli connect PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ConnectionsPage</name>
    <message>
        <source>Connect the accounts CampaignForge publishes to: %1. You sign in on each platform&apos;s own page, and the access it grants is kept in your system&apos;s keychain, never in the campaign database. Until an account is connected, campaigns can still be planned, generated, reviewed and exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the sign-in that is already open first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge will withdraw its access at %1 where the platform allows it, delete the saved sign-in from the keychain and forget the account and what was found through it. Scheduled posts to it will not be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed here, but the platform did not confirm that access was withdrawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ConnectionsSettingsSection</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The developer apps (client id and secret) CampaignForge signs in with, kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode (rehearse with the local platform emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect test accounts and rehearse whole campaigns against campaignforge-sandbox on this computer. Sandbox accounts and campaigns are kept apart from your real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode starts the next time you open CampaignForge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode ends the next time you open CampaignForge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ContentCalendarBuilder</name>
    <message>
        <source>A %1 campaign has no content that %2 can publish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ContentCalendarModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ContentItem</name>
    <message>
        <source>Text post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CreativeRenderer</name>
    <message>
        <source>Cannot read the image &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::CreativeSpec</name>
    <message>
        <source>Cannot read the image &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported creative size; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space kept for captions must be between 0 and 40 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A creative needs a headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to action is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::DashboardPage</name>
    <message>
        <source>The results could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every measured value of this campaign as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear here after the first sync, about an hour after publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no campaigns yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result row(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The results were not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach is added up across posts and ad sets; people reached by more than one count more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks divided by impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend divided by clicks; shown when the platforms report spend (paid ads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted vs actual, whole campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::DataPaths</name>
    <message>
        <source>Cannot create the data folder %1. Check that the disk is writable, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::Database</name>
    <message>
        <source>The change refers to a record that does not exist, or removes one that others still use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same identity already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds a value CampaignForge cannot read in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed, so it was left unchanged at version %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a backup to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished copy could not be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CampaignForge database, or it is damaged or truncated. The file was left untouched; move it aside or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was left untouched; restore a backup from the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be set up safely (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection &quot;%1&quot; is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of CampaignForge (schema %1; this version knows up to %2). It is open read-only: update CampaignForge to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Run &quot;db init&quot; or start CampaignForge once to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 needs updating from version %2; open it in CampaignForge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ad set with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no content item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asset needs the checksum of its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no asset with checksum %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no generation job with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publishing target with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publishing attempt with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit entry&apos;s details are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry needs an action and a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric sample needs a campaign, a time and a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ad set entity with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::DbCommand</name>
    <message>
        <source>Create, check or back up the database: db init|check|backup FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli db init | db check | db backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the old database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready at %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has records that refer to missing records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is healthy: schema version %2, %3 campaign(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::EndpointMap</name>
    <message>
        <source>The endpoints file is not valid: it must be a JSON object with a &quot;hosts&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints file maps &quot;%1&quot; to something that is not an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the endpoints file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ExportMetricsCommand</name>
    <message>
        <source>Write a campaign&apos;s measured results as CSV: export-metrics --campaign ID [--out FILE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli export-metrics --campaign ID [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ExternalSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the sign-in link, open it in your browser and sign in to %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow CampaignForge. The browser then shows a page whose address you paste below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow CampaignForge. This window closes by itself when the browser hands the answer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address the browser ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::FacebookPagePublisher</name>
    <message>
        <source>The post text has %1 characters; Facebook allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 is larger than Facebook&apos;s 4 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook cannot post the file %1 of type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Facebook post carries either one video or photos, not both or several videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Facebook post carries at most %1 photos; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has no text, link or media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook schedules posts between 10 minutes and 30 days ahead; this one is due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page&apos;s recent posts could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the post among the Page&apos;s recent posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled post of the Page has this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Page&apos;s posts from the last two days has this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled post could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is already live on the Page; delete it there if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook did not delete the scheduled post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s upload status could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook reports the video&apos;s upload as finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video&apos;s upload was never finished, so it was not posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook reports the video as &quot;%1&quot;; check the Page&apos;s videos on Facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page&apos;s videos could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the video among the Page&apos;s videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Page&apos;s videos from the last two days has this description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 is larger than Facebook&apos;s 10 GB limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::FinalApprovalDialog</name>
    <message>
        <source>Final approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be queued for publishing as listed below; %1 rejected item(s) will not be sent. After this the campaign is locked until you unlock it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ready for final approval:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::FontRegistry</name>
    <message>
        <source>The bundled font %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::GenerateCommand</name>
    <message>
        <source>Write Arabic and English copy for a saved campaign&apos;s items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary the copy with seed N (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite only item ITEM_ID, as a new variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name in Arabic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer in Arabic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount in percent (1-99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in the campaign&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make the creatives, voice-overs and videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign id and the seed must be whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item id must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has no item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount must be a whole number from 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ai runs only from campaignforge-cli&apos;s event loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the AI provider (see &quot;ai set&quot;) improve the copy; template copy is kept where it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli generate CAMPAIGN_ID [--seed N] [--regenerate ITEM_ID] [--product-en TEXT] [--product-ar TEXT] [--offer-en TEXT] [--offer-ar TEXT] [--discount N] [--price AMOUNT] [--url URL] [--code CODE] [--ai] [--media]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI key could not be read (%1); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider is not set up (run &quot;campaignforge-cli ai set --base-url URL --model MODEL&quot;); template copy was used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::Gui</name>
    <message>
        <source>CampaignForge: plan, review and publish marketing campaigns from one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DIR for the database and assets (also CAMPAIGNFORGE_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect platform hosts as FILE says (also CAMPAIGNFORGE_ENDPOINTS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this run only: en or ar (the saved choice is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts cannot be connected while the campaign database is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::IdentityFetcher</name>
    <message>
        <source>%1 could not be reached to read the account. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to show the account (HTTP %2): the sign-in may lack a permission. Sign in again and allow every permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not show the account (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 described the account in a way CampaignForge cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ImageImport</name>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image CampaignForge can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only %2×%3 pixels; use an image of at least %4×%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::InstagramPublisher</name>
    <message>
        <source>Instagram fetches media from a public web address. Connect a WordPress site or an S3 bucket as the media host in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container was already published by an earlier attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption has %1 characters; Instagram allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has %1 hashtags; Instagram allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram posts need an image or a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Instagram carousel has %1 to %2 items; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Instagram story carries one image or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram cannot post the file %1 of type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 is larger than Instagram&apos;s 300 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 lasts %2 s; Instagram takes %3 to %4 s here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is larger than Instagram&apos;s 8 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is %2×%3; Instagram feed images are between 4:5 and 1.91:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram had already returned the post&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s recent posts could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the post among the account&apos;s recent posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram says the post was published, but it is not among the recent posts; check the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the account&apos;s posts from the last two days has this caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media container&apos;s status could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media container was not published (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram did not name a valid upload address for the video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::InstructionArguments</name>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today instead of the clock&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instruction given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::InstructionPage</name>
    <message>
        <source>%1 per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Describe your campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence is enough, in English or Arabic: platforms, budget, audience, place and occasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the campaign do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples (click one to use it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::InstructionParser</name>
    <message>
        <source>%1 or %2</source>
        <comment>list of platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction is empty. Describe the campaign, for example: &quot;Instagram and TikTok campaign for Ramadan with a 1000 SAR budget in Riyadh&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supported platform is named. Say where to publish: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported yet. Choose from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age range %1-%2 is reversed: the first age must not be above the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid age: use ages up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ads cannot target people under %2, and this audience includes age %1. Raise the youngest age to %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This budget is too large to be real: it must be below %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is in the past (today is %2). Choose today or a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign must last at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign of %1 days is too long: plan at most %2 days (one year) at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::KeychainPublishBackend</name>
    <message>
        <source>No sign-in is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress user name is missing from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::KeychainS3MediaHost</name>
    <message>
        <source>The media host&apos;s endpoint must be a web address such as https://s3.eu-central-1.amazonaws.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media host&apos;s bucket name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media host&apos;s access key ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Correct it in Settings, Publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media host&apos;s secret access key is not in the keychain. Enter it again in Settings, Publishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::KeychainStore</name>
    <message>
        <source>The system keychain is not available or is locked. CampaignForge keeps sign-ins only in the keychain, never in a file: unlock or start it (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to change a saved sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved sign-in in the keychain is damaged. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved sign-in in the keychain is incomplete. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in is too large to keep in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::KeychainWordPressMediaHost</name>
    <message>
        <source>The WordPress site chosen as media host is no longer connected. Choose a media host again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media host %1 needs attention under Connections before files can be put on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application password of the media host %1 is not in the keychain. Connect the site again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::KitPublisher</name>
    <message>
        <source>The e-mail has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail subject has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit broadcasts are sent without attachments; put images in the e-mail&apos;s HTML instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast is due %1, which has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit&apos;s list of broadcasts could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the broadcast in the Kit account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent Kit broadcast has this subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled broadcast was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::LinkedInPublisher</name>
    <message>
        <source>The post text has %1 characters; LinkedIn allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has no text or image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LinkedIn post carries at most %1 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge posts images to LinkedIn; %1 (%2) cannot be sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is larger than LinkedIn&apos;s 36 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn does not let CampaignForge read this account&apos;s posts; check the account on LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s recent posts could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the post among the account&apos;s recent posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the account&apos;s posts from the last two days has this text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::LoopbackRedirectListener</name>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1 port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a request this window expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in CampaignForge started. Return to CampaignForge and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this window and return to CampaignForge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge received the answer. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MailchimpPublisher</name>
    <message>
        <source>The e-mail has no subject line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject line has %1 characters; Mailchimp allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview text has %1 characters; at most %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp campaigns are sent without attachments; put images in the e-mail&apos;s HTML instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mailchimp connection has no API address; connect the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is due %1, which has passed or is too close to schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mailchimp account has no audience to send to; create one in Mailchimp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp&apos;s campaigns could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign exists in Mailchimp but was neither sent nor scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the campaign in Mailchimp, sent or scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp has no campaign for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled campaign was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled campaign could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CampaignForge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign database is open read-only: you can look at your campaigns, but changes cannot be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign database could not be opened, so campaigns cannot be shown or saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publishing status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MediaHostCommand</name>
    <message>
        <source>No media host: Instagram and TikTok photos cannot be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection id; the connections command lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media host: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 is not a connected WordPress site. Connect one with: campaignforge-cli connect wordpress --site URL --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media host: WordPress connection %1, which is no longer a connected WordPress site. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media host: WordPress site %1 (%2), connection %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the public media host for Instagram and TikTok photos: media-host set WORDPRESS_CONNECTION_ID | s3 ... | test | clear | show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli media-host set WORDPRESS_CONNECTION_ID | clear | show | test
       campaignforge-cli media-host s3 --endpoint URL [--region REGION] --bucket NAME --key-id ACCESS_KEY_ID &lt; secret-access-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli media-host s3 --endpoint URL [--region REGION] --bucket NAME --key-id ACCESS_KEY_ID &lt; secret-access-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media host: %1 The secret access key is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret access key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media host is not an S3-compatible bucket; choose one with: campaignforge-cli media-host s3 ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MediaJob</name>
    <message>
        <source>Text is not generated by media jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the voice-over to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MediaLimits</name>
    <message>
        <source>The built-in video limits table is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MetaAdsPublisher</name>
    <message>
        <source>This item belongs to no ad set, so it cannot go out as a Meta ad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Meta ad speaks for a Facebook Page: connect a Page under the same Facebook account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram placements need the Instagram account connected to the Page; connect it or remove the Instagram placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App promotion ads need an app, which CampaignForge does not manage yet; choose another objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad set names no city to target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad set has no budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total (lifetime) budget needs an end date for the ad set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad set&apos;s end date (%1) has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Meta ad needs an image or a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is larger than Meta&apos;s 30 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 is larger than Meta&apos;s 4 GB limit for ad videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad needs a landing page link for its call to action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad&apos;s primary text has %1 characters; Meta allows about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad&apos;s headline has %1 characters; keep it under %2 (Meta shows about 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta knows no city called &quot;%1&quot; for ad targeting; correct the place name in the ad set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad account bills in %1 but the ad set&apos;s budget is in %2; use an ad account in %2 or change the campaign&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad has no name to look it up by; check Ads Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad account&apos;s ads could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the ad &quot;%1&quot; in the ad account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad account has no ad named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Meta campaign, ad set or ad to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget change needs the ad set&apos;s Meta id and an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta has not made a thumbnail for the video yet; attach an image to the ad or wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta could not process the ad&apos;s video; check its format and length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta is still processing the ad&apos;s video; the ad is created when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MetricText</name>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MetricsCsvExport</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MetricsReader</name>
    <message>
        <source>The platform&apos;s answer could not be read (%1 missing or malformed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::NativeScheduleActions</name>
    <message>
        <source>Cancel on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the post from %1&apos;s scheduler so it does not go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is waiting in %2&apos;s scheduler for %3. To move it to %4, CampaignForge deletes the scheduled post on %2 and schedules it again at the new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing is not available, so nothing can be changed on %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving “%1” on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling “%1” on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was taken back from %2&apos;s scheduler and is scheduled again at its new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not moved on %2 and keeps its time: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was only partly moved on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted from %2&apos;s scheduler and will not go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not cancelled on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was only partly cancelled on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::OAuthBrowserDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the %1 sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection to %1 (only expected for the local sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Reading your %1 account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody finished signing in to %1 within %2 minutes, so the sign-in was stopped. Connect again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody finished signing in to %1 in time, so the sign-in was stopped. Connect again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::OAuthProviderTable</name>
    <message>
        <source>The OAuth provider table is damaged: provider &quot;%1&quot; has no valid &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth provider table is not a JSON object with a &quot;providers&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::OptimisationUndo</name>
    <message>
        <source>Entry %1 is not a change made by the optimiser, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry does not say what was changed, so it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was moved again since (it is now at %1), so the change was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has already gone out or is on its way, so its time cannot change now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its earlier time (%1) has already passed, so the post stays at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid a schedule change: the %1 post is back at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the ad sets of this change no longer exists, so nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget of the ad set “%1” was changed since (it is now %2), so nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undid a budget shift: %n ad set(s) are back at their earlier budgets.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cf::OptimiseCommand</name>
    <message>
        <source>Move an AI-optimised campaign&apos;s remaining posts to its best hours and shift ad budget: optimise --campaign ID [--dry-run] [--json] | --undo LOG_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli optimise --campaign ID [--dry-run] [--json]
       campaignforge-cli optimise --undo LOG_ID [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2): %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad set %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) proposed, nothing saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made and logged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cf::Optimiser</name>
    <message>
        <source>This campaign is not AI-optimised, so nothing is moved automatically. Choose the AI-optimised automation level for it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is %1, so nothing is optimised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this campaign has too little data of its own, so the best hours come from the workspace&apos;s other campaigns too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough measured results yet (%2 posts, %3 impressions; at least %4 posts with %5 impressions at two different hours are needed), so its posts keep their times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving posts to better hours is switched off for this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifting budget between ad sets is switched off for this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough ad results yet to compare the ad sets (at least %1 results and some spend in every ad set are needed), so budgets stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the %1 post from %2 to %3: posts at %4:00 engaged %5 % of the people who saw them, against %6 % at %7:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the %1 post from %2 to %3: posts at %4:00 engaged %5 % of the people who saw them; nothing was measured yet at %6:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget of the ad set “%1” changed while it was being optimised; nothing was shifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (cost per result %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifted %1 of daily budget to the ad set “%2”, which has the lowest cost per result (%3), from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifted %1 of total budget to the ad set “%2”, which has the lowest cost per result (%3), from %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ParseCommand</name>
    <message>
        <source>Show what an instruction says, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli parse [--today YYYY-MM-DD] TEXT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PhraseBank</name>
    <message>
        <source>The phrase bank %1 is missing or not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PlanCommand</name>
    <message>
        <source>Plan a whole campaign from an instruction, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the plan as a draft campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instruction given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli plan [--today YYYY-MM-DD] [--save] TEXT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PlanSummaryHtml</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid budget: organic posts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 content items in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ad sets, %2 ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign cannot be planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and correct the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PlanningData</name>
    <message>
        <source>The planning table %1 is invalid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PlatformAppsDialog</name>
    <message>
        <source>Inside CampaignForge (registered https page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web browser, any local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web browser, fixed local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web browser, then paste the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most platforms only let registered developer apps sign in. Enter the client id (and, where the platform needs one, the client secret) of your or your agency&apos;s app. They are kept in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect address (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if your app registered a different redirect address than the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app is set up for this platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build carries an app for this platform; what you save here replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the client secret too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PlatformCard</name>
    <message>
        <source>Sign in inside CampaignForge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your web browser, then paste the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up app credentials first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a registered developer app: enter its client id under Platform apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs you to sign in again: its sign-in is missing from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted permissions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, through %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: campaigns can publish here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PlatformLimits</name>
    <message>
        <source>The platform limits table has a bad entry for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform limits table is missing or not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishDueCommand</name>
    <message>
        <source>Publish everything that is due, once: publish-due [--once] [--settle-secs N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli publish-due [--once] [--settle-secs N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1: %2 sent, %3 published, %4 retrying later, %5 failed, %6 unknown, %7 deferred, %8 reconciled, %9 still unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishErrorText</name>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is below the platform&apos;s minimum or the ad account has no funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the budget or add a payment method to the ad account, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform rejected the audience targeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen or correct the audience (places, ages, interests) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform rejected the content under its policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text or media so it follows the platform&apos;s rules, or appeal on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is limiting how often this account can publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: CampaignForge retries automatically after the platform&apos;s waiting time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the account has expired or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the account in Connections, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected account lacks a permission this post needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the account and grant every permission asked for, or ask the Page or account admin for the right role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform rejected the image or video (format, size, length or address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate or replace the media in a supported format and size, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the post as a duplicate of an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text before publishing again, or check whether the earlier post is already live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached or had a temporary failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection; CampaignForge retries automatically when it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content exceeds the platform&apos;s limits, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the text or change the media as listed, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the platform applied the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account on the platform and check whether the post exists before publishing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (The platform said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishHttp</name>
    <message>
        <source>The media file %1 cannot be read or is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishNowAction</name>
    <message>
        <source>Publishing is unavailable: the campaign database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved items are published: approve this item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is being published right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is already published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether this item was published: settle it in Publishing status first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing of this item was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is cancelled or archived, so nothing of it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account that can publish this item is connected and selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was released: every account of this item is already handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publishing now to %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released to %n account(s); it is sent when publishing is resumed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this item to its accounts now, before its scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishQueue</name>
    <message>
        <source>No %1 account is connected and selected for item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved automatically: the brand guard and the safety checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not approved, so it cannot be published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishStatusReport</name>
    <message>
        <source>Nothing is queued for publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  item %2  %3 (%4)  %5  %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets by state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishWorker</name>
    <message>
        <source>The app stopped while this was being sent, so it may or may not have been published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the item and its account, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of CampaignForge cannot publish to %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this item by hand on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to wait before the next post; it will go out then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the account again under Connections, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to %1&apos;s scheduler (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CampaignForge could not confirm whether this reached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check on %1, then mark it published or not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on %1 after an unclear answer: published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on %1 after an unclear answer: it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not waiting in %1&apos;s scheduler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not let apps delete a scheduled post. Delete it on %1 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was deleted on the platform, but the item changed here meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back from %1&apos;s scheduler to be scheduled again (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from %1&apos;s scheduler (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of CampaignForge cannot create paid ads on %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this ad by hand in %1&apos;s ads manager, or remove it from its ad set to publish it as an ordinary post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ads of “%1” on %2 were created but could not be switched on, so they stay paused: %3 CampaignForge tries again at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s) of “%1” switched on at %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The new budget %1 of ad set “%2” could not be sent to %3: %4 CampaignForge tries again at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget of ad set “%1” on %2 is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ads of “%1” on %2 could not be switched on again: %3 CampaignForge tries again at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ads of “%1” on %2 could not be paused and may still be spending: %3 CampaignForge tries again at %4; you can also pause them in %2&apos;s ads manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ads of “%1” are paused on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s) of “%1” switched on again at %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled ad(s) of “%1” paused at %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cf::PublishingCoordinator</name>
    <message>
        <source>Quit CampaignForge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishing targets are waiting. If you quit now they are sent the next time CampaignForge starts (or when campaignforge-cli publish-due runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishingSettingsSection</name>
    <message>
        <source>None (Instagram and TikTok photos cannot be published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My WordPress media library: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress connection %1 (no longer connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen WordPress site is no longer connected. Connect it again or choose another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media host: Instagram and TikTok photos will wait until you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Photos for Instagram and TikTok go to %1 while they are published, and are deleted again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep publishing when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge stays in the system tray and sends scheduled items on time. Without this, closing the window asks first while items are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public media host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram and TikTok fetch photos from a public web address. CampaignForge puts each photo on this host only while the platform fetches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3-compatible bucket (Amazon S3, Cloudflare R2, MinIO…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the bucket&apos;s details and press Save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Photos for Instagram and TikTok go to the bucket %1 while they are published, and are deleted again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishingStatusDialog</name>
    <message>
        <source>Reading the publishing queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: check on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is queued for publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting, %2 need attention, %3 published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the post (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column header: when the item is due to go out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>column header: whether a paid ad is running</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform review</source>
        <comment>column header: the ad network&apos;s review of a paid ad</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::PublishingTray</name>
    <message>
        <source>%1
Click to open the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge is still publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued items keep going out while the window is closed. Use Quit in this menu to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CampaignForge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing: on (click to pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing: paused (click to resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items waiting / %2 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge: %1 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge: %1 items waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::RenderCommand</name>
    <message>
        <source>Draw one image creative to a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas size: 1080x1080, 1080x1350, 1080x1920, 1200x628 or 1280x720.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the text: ar or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer, shown on a badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to action, shown as a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s main colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s second colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s accent colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the image (.png or .jpg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported size: use 1080x1080, 1080x1350, 1080x1920, 1200x628 or 1280x720.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: write it as #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline was too long for this size and was shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli render [--size WxH] [--lang ar|en] --headline TEXT [--offer TEXT] [--cta TEXT] [--brand-color #RRGGBB] [--secondary-color #RRGGBB] [--accent-color #RRGGBB] [--logo FILE] [--photo FILE] --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::RescheduleRules</name>
    <message>
        <source>“%1” is already published and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being published right now and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may already be published (its last attempt has no recorded outcome), so it cannot be moved until that is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items cannot be moved into the past (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a time span</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside the Ramadan quiet hours (%2, %3), when nothing is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside the quiet hours (%2, %3), when nothing is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 minutes between items; “%3” is at %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ResultsCharts</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far. The plan has no estimate for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far. The campaign has not started yet, so nothing is expected by now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind plan: %1 so far; %2 expected by day %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead of plan: %1 so far; %2 expected by day %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track: %1 so far; %2 expected by day %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ReviewField</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hashtags: %2 takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2: too long, %3 refuses more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2: longer than %3 shows in full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ReviewItemEditor</name>
    <message>
        <source>Brand guard: no findings (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand guard findings (score %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ReviewPage</name>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts, ads and emails generated for your campaigns wait here for your approval, with their Arabic and English text and a preview for each platform. You can approve them, edit them or ask for changes; nothing is published before it is approved. Create a campaign to generate its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this item rejected? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was not rejected: a reason is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Final approval given: %n item(s) are queued for publishing. The campaign is locked; unlock it to make changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this item to its accounts now, before its scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ReviewQueueTree</name>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4</source>
        <extracomment>A queue row: time, content type, approval state, headline.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ReviewService</name>
    <message>
        <source>This campaign has its final approval and is locked. Unlock it to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the item is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new text could be written for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign already has its final approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled or archived campaign cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need approving or rejecting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved item(s) have brand-guard errors; fix them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved item(s) have no text yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is approved, so there is nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youngest age must not be above the oldest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scheduled campaign can be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than 30 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1×%2 pixels; platforms need at least %3 on each side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::S3BucketForm</name>
    <message>
        <source>Testing the bucket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Photos for Instagram and TikTok go to this bucket while they are published, and are deleted again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us-east-1 when empty; &quot;auto&quot; for Cloudflare R2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves, then uploads a tiny test file and deletes it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::S3MediaHost</name>
    <message>
        <source>The storage bucket refused the upload (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::S3MediaHostSetup</name>
    <message>
        <source>S3-compatible bucket &quot;%1&quot; at %2 (region %3), access key ID %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test file could not be written in the temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test upload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test file was uploaded but could not be deleted again; delete %1 from the bucket and check that the key may delete objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket works: a test file was uploaded and deleted again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::SafetyChecks</name>
    <message>
        <source>The %1 account &quot;%2&quot; is not connected (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the account under Connections, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account &quot;%2&quot; is not chosen for publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it under Connections, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the ad set&apos;s budget or the campaign&apos;s budget, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no budget for ads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad set&apos;s budget is in %1 but the campaign&apos;s is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad set would spend more than the campaign&apos;s budget allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand guard found a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the item&apos;s copy, approve it again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten or change the item, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the end of quiet hours (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::SandboxBadge</name>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode: platform calls go to the local platform emulator; nothing is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode: platform calls go to the local platform emulator at %1; nothing is published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::SandboxMode</name>
    <message>
        <source>The platform sandbox stopped (exit code %1). Restart CampaignForge to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sandbox (campaignforge-sandbox) was not found next to CampaignForge. Install it, or set CAMPAIGNFORGE_SANDBOX to its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sandbox did not report its address in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sandbox started but did not answer as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sandbox did not list its test apps, so sandbox sign-ins need app credentials entered under Platform apps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface switches at once and keeps this language the next time you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Hijri dates next to Gregorian dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns, generated images and backups are kept in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::SnapchatAdsPublisher</name>
    <message>
        <source>This item belongs to no ad squad, so it cannot run as a Snapchat ad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Snapchat ad squad needs at least one location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CampaignForge does not know where %1 is, so Snapchat cannot target it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapchat has no targetable area named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Snapchat ad needs an image or a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Snapchat ad squad was created for this ad, so the ad cannot exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapchat did not list the ads of ad squad %1 (HTTP %2); check Snapchat Ads Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapchat lists the ad &quot;%1&quot; in its ad squad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapchat lists no ad named &quot;%1&quot; in its ad squad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapchat needs a daily budget of at least 5 %1 for an ad squad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::StatusCommand</name>
    <message>
        <source>Show the publishing queue and each target&apos;s state: status [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli status [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::SummaryPage</name>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the plan, then press Generate to write the copy and make the images and videos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::SyncMetricsCommand</name>
    <message>
        <source>Read published posts&apos; and ads&apos; numbers and statuses once: sync-metrics [--once] [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli sync-metrics [--once] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published targets read, %2 values stored, %3 statuses changed, %4 need attention, %5 tokens renewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::TikTokAdsPublisher</name>
    <message>
        <source>This item belongs to no ad group, so it cannot run as a TikTok ad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok has no targetable location named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok has no cover image for the uploaded video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TikTok ad group was created for this ad, so the ad cannot exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok did not list the ads of ad group %1 (%2); check TikTok Ads Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok lists the ad &quot;%1&quot; in its ad group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok lists no ad named &quot;%1&quot; in its ad group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok needs at least %1 %2 a day for an ad group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::TikTokPublisher</name>
    <message>
        <source>A TikTok post needs a video or photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TikTok video post carries one video and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption has %1 characters; TikTok allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is larger than TikTok&apos;s 4 GB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok takes MP4, MOV or WebM videos, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TikTok photo post carries at most %1 photos; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok photo posts take JPEG or WebP images; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 is larger than TikTok&apos;s 20 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo post title has %1 characters; TikTok allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has %1 characters; TikTok allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok offers this account no privacy level to post with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video lasts %1 s; this TikTok account may post at most %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok refused a part of the video (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok fetches photos from a public address: choose a media host (your WordPress site or an S3 bucket) in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is in the creator&apos;s TikTok inbox; they finish posting it in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok did not post it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok is still processing the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video was never uploaded to TikTok, so it cannot have been posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok gave no publish id for these photos; check the account&apos;s posts in the TikTok app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok reports the post as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok reports the post as failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok has not finished the post %1 (status %2); check again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::TimelineOptimizer</name>
    <message numerus="yes">
        <source>%n item(s) could not fit the best posting windows and were placed at other times of the same day.</source>
        <translation>
            <numerusform>%n item could not fit the best posting windows and was placed at another time of the same day.</numerusform>
            <numerusform>%n items could not fit the best posting windows and were placed at other times of the same day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are closer than the recommended spacing because their day is full.</source>
        <translation>
            <numerusform>%n item is closer than the recommended spacing because its day is full.</numerusform>
            <numerusform>%n items are closer than the recommended spacing because their day is full.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cf::TokenExchange</name>
    <message>
        <source>This connection cannot be renewed automatically. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform offers no way to revoke access from an app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the app credentials. Check the client id and secret under Platform apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server problem (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something CampaignForge cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::TokenRefresher</name>
    <message>
        <source>The sign-in for %1 is no longer in the keychain. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in for %1 has expired and cannot be renewed automatically. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no app credentials under Platform apps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::TokenVault</name>
    <message>
        <source>A saved sign-in in the keychain is damaged. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ToolLocator</name>
    <message>
        <source>Download the espeak-ng installer (.msi) from https://github.com/espeak-ng/espeak-ng/releases and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with &quot;winget install Gyan.FFmpeg&quot; (or from https://ffmpeg.org/download.html) and make sure ffmpeg.exe is on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with Homebrew: brew install espeak-ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with Homebrew: brew install ffmpeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with your package manager, for example &quot;sudo apt install espeak-ng&quot; (Debian, Ubuntu) or &quot;sudo dnf install espeak-ng&quot; (Fedora).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with your package manager, for example &quot;sudo apt install ffmpeg&quot; (Debian, Ubuntu) or &quot;sudo dnf install ffmpeg&quot; (Fedora, from RPM Fusion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos need %1, which is not installed. Text and images still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice-overs need %1, which is not installed. Text and images still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::ToolProcess</name>
    <message>
        <source>%1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::TrackingScheduler</name>
    <message>
        <source>The tracking thread has no access to the connected accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::TrackingWorker</name>
    <message>
        <source>%1: the numbers could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the status could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected &quot;%2&quot; (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; has a problem on %1 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::VideoComposer</name>
    <message>
        <source>A video needs at least one frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame is %1x%2 pixels; this video needs %3x%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video would last %1 seconds; this platform accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video came out at %1 MB, over the platform&apos;s limit of %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::VideoFrames</name>
    <message>
        <source>The video script has no scenes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::VoiceOver</name>
    <message>
        <source>There is no voice for the language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video script has no scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine changed its audio format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the voice-over &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::VoiceTrackCache</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice-over cache is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::WavAudio</name>
    <message>
        <source>The speech engine did not produce a readable WAV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAV file is not 16-bit PCM audio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::WeekView</name>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::WizardText</name>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::WordPressConnectDialog</name>
    <message>
        <source>Connect a WordPress site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an application password in WordPress (Users → Profile → Application Passwords) and enter it here. CampaignForge checks it with the site and keeps it only in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::WordPressMediaHost</name>
    <message>
        <source>The WordPress site did not give the file a public https address; Instagram cannot fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::WordPressPublisher</name>
    <message>
        <source>The WordPress user name or application password is missing; connect the site again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog post has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog post title has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog post has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress connection has no site address; connect the site again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images can be attached to a blog post; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has %1 tags; at most %2 are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled blog post must be due at least a minute ahead; this one is due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s posts could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the post on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published or scheduled post on the site has this title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled post was not moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled post could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::XPublisher</name>
    <message>
        <source>Post %1 weighs %2 characters on X; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has no text or media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 is larger than X&apos;s 512 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 lasts %2 s; X takes 0.5 to 140 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is larger than X&apos;s 5 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X cannot post the file %1 of type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An X post carries up to 4 images or one video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s recent posts could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the post among the account&apos;s recent posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the account&apos;s recent posts has this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the thread is on X (%1 of %2 posts); check the account before publishing again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cf::YouTubePublisher</name>
    <message>
        <source>The video has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video title has %1 characters; YouTube allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 bytes long; YouTube allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube titles and descriptions cannot contain &lt; or &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A YouTube upload needs exactly one video; this item has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail %1 is larger than YouTube&apos;s 2 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is due %1, which has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video was uploaded but its thumbnail was refused (HTTP %1); set it in YouTube Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upload to YouTube was started for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload finished and the video exists on YouTube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload session is incomplete: YouTube has not created the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube could not say whether the video exists (HTTP %1); check YouTube Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled video could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled video was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
