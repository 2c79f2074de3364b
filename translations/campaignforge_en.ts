<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>No accounts connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the accounts CampaignForge publishes to: %1. You sign in on each platform&apos;s own page, and the access it grants is kept in your system&apos;s keychain, never in the campaign database. Until an account is connected, campaigns can still be planned, generated, reviewed and exported.</source>
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
        <source>Usage: campaignforge-cli generate CAMPAIGN_ID [--seed N] [--regenerate ITEM_ID] [--product-en TEXT] [--product-ar TEXT] [--offer-en TEXT] [--offer-ar TEXT] [--discount N] [--price AMOUNT] [--url URL] [--code CODE] [--media]</source>
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
</context>
<context>
    <name>cf::MediaJob</name>
    <message>
        <source>Text is not generated by media jobs.</source>
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
    <name>cf::PlanningData</name>
    <message>
        <source>The planning table %1 is invalid: %2.</source>
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
</TS>
