<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cf::AdStructureBuilder</name>
    <message>
        <source>Ads cannot target people under 18, so the ads reach parents aged 25-54; organic content still speaks to the younger audience.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ads target ages from 18; younger people see only the organic content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ads need a target location; add one before publishing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TikTok targets fixed age groups, so ages %1-%2 become %3-%4 there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::BriefInference</name>
    <message>
        <source>No platform was named; a %1 campaign is mostly e-mail, so Mailchimp was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No platform was named; Facebook and Instagram reach the widest audience, so both were chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not in the location table, so its time zone and currency are unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No location was named; the budget is in %1, which is used in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No location was named; the instruction is in Arabic, so Saudi Arabia was assumed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No location was named: times are planned in UTC and ads cannot be targeted until a location is added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The locations span several time zones; times are planned in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posting times follow the audience's local time in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content is written in the instruction's language and in the languages spoken where the audience is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content is written in the instruction's language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" was read as %2 because the audience is there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" was read as %2; name a location to pick another country's day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The objective "%1" is not supported; another was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign type "%1" is not supported; another was chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 objective is best served by a %2 campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 campaigns are usually %2 campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The theme "%1" calls for a %2 campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neither a campaign type nor an objective was named, so the campaign builds awareness.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 campaign usually aims at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 campaigns usually aim at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The theme "%1" usually aims at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date %1 is already past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 begins on %2; the campaign starts %3 days earlier to build up to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is close or under way, so the campaign starts tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No start date was named; the campaign starts tomorrow, leaving today for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign runs until %1 ends on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 campaign runs %2 days by default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No currency or location was named, so amounts are in US dollars.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the currency where the audience is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The budget did not say "per day", so it is the total for the whole campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in the exchange table, so platform minimums cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No minimum age was named; adults from 18 are targeted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No maximum age was named; 65 means everyone 65 and older on the ad platforms.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::BudgetAllocator</name>
    <message>
        <source>No budget was named, so no ads are planned; the content is published organically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the chosen platforms has a paid-ads API in CampaignForge (Meta, TikTok and Snapchat do), so the budget is not allocated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A daily budget of %1 is below the %2 a day that %3 need at their platforms' minimums.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A total budget of %1 is below the %2 that %3 need for at least %4 days at their platforms' minimums.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose fewer platforms (%1 alone needs %2), a shorter flight, or a larger budget of at least %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a shorter flight on fewer platforms, or a larger budget of at least %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 budget cannot fund %2 audience splits at %3 a day each, so it runs one combined audience.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs at least %2 a day; its %3 share runs for %4 days (%5 to %6) instead of the whole campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some platforms were given more than their usual share so that each meets its minimum budget.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::CalendarPage</name>
    <message>
        <source>Nothing scheduled yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar will show every post, story, email and ad of your campaigns on the day it goes out, so you can see busy and quiet days at a glance and move items around. Create a campaign and its schedule appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today: %1 (Hijri: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::Campaign</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product launch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nurture sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand awareness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App installs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video views</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::CampaignCommand</name>
    <message>
        <source>List, export or import campaigns: campaign list|export ID|import FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: campaignforge-cli campaign list [--json] | campaign export ID [--output FILE] | campaign import FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a campaign id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 exported to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported "%1" as campaign %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::CampaignListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::CampaignPlanner</name>
    <message>
        <source>The reference date is not a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time zone %1 is not known on this system; times are planned in UTC.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::CampaignTransfer</name>
    <message>
        <source>The campaign file cannot be imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two ad sets share the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asset %1 has no checksum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>content item %1 refers to ad set %2, which is not in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>content item %1 refers to asset %2, which is not in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a CampaignForge campaign export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was written by a newer CampaignForge (format %1; this version reads up to %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign file is not valid JSON (byte %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign file cannot be imported: a value is missing or has the wrong form (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the campaign list again, for example after importing a campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns cannot be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CampaignForge has not changed or deleted the file. Once the problem is solved, restart CampaignForge to see your campaigns again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your campaigns will be listed here with their status, dates, budget, platforms and next scheduled post. A campaign starts from one sentence, for example: "Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To add one now, import a campaign file with "campaignforge-cli campaign import FILE", then refresh this list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign list could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::Cli</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CampaignForge command line: plan, store, export and publish campaigns without the GUI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use DIR for the database and assets (also CAMPAIGNFORGE_DATA_DIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redirect platform hosts as FILE says (also CAMPAIGNFORGE_ENDPOINTS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of messages: en or ar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command to run, then its arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1": use en or ar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::ConnectionsPage</name>
    <message>
        <source>No accounts connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect the accounts CampaignForge publishes to: %1. You sign in on each platform's own page, and the access it grants is kept in your system's keychain, never in the campaign database. Until an account is connected, campaigns can still be planned, generated, reviewed and exported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::ContentCalendarBuilder</name>
    <message>
        <source>A %1 campaign has no content that %2 can publish.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::ContentItem</name>
    <message>
        <source>Text post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carousel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blog post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::DataPaths</name>
    <message>
        <source>Cannot create the data folder %1. Check that the disk is writable, or choose another folder with --data-dir.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::Database</name>
    <message>
        <source>The change refers to a record that does not exist, or removes one that others still use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A record with the same identity already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is read-only; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not complete the operation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database holds a value CampaignForge cannot read in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating the database to version %1 failed, so it was left unchanged at version %2. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write a backup to %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The finished copy could not be renamed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a CampaignForge database, or it is damaged or truncated. The file was left untouched; move it aside or restore a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is damaged. It was left untouched; restore a backup from the backups folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 could not be set up safely (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database connection "%1" is already in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was written by a newer version of CampaignForge (schema %1; this version knows up to %2). It is open read-only: update CampaignForge to make changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database at %1. Run "db init" or start CampaignForge once to create it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 needs updating from version %2; open it in CampaignForge first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no workspace with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no ad set with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no content item with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An asset needs the checksum of its file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no asset with checksum %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::DbCommand</name>
    <message>
        <source>Create, check or back up the database: db init|check|backup FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: campaignforge-cli db init | db check | db backup FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up the old database to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database ready at %1 (schema version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 has records that refer to missing records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is healthy: schema version %2, %3 campaign(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::EndpointMap</name>
    <message>
        <source>The endpoints file is not valid: it must be a JSON object with a "hosts" object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoints file maps "%1" to something that is not an absolute URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the endpoints file %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::Gui</name>
    <message>
        <source>CampaignForge: plan, review and publish marketing campaigns from one sentence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use DIR for the database and assets (also CAMPAIGNFORGE_DATA_DIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redirect platform hosts as FILE says (also CAMPAIGNFORGE_ENDPOINTS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language for this run only: en or ar (the saved choice is kept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1": use en or ar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::InstructionParser</name>
    <message>
        <source>%1 or %2</source>
        <comment>list of platforms</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instruction is empty. Describe the campaign, for example: "Instagram and TikTok campaign for Ramadan with a 1000 SAR budget in Riyadh".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No supported platform is named. Say where to publish: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not supported yet. Choose from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The age range %1-%2 is reversed: the first age must not be above the second.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid age: use ages up to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ads cannot target people under %2, and this audience includes age %1. Raise the youngest age to %2 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The budget must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This budget is too large to be real: it must be below %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date %1 is in the past (today is %2). Choose today or a later date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign must last at least one day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A campaign of %1 days is too long: plan at most %2 days (one year) at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — CampaignForge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign database is open read-only: you can look at your campaigns, but changes cannot be saved. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign database could not be opened, so campaigns cannot be shown or saved. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns: %1 (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::ParseCommand</name>
    <message>
        <source>Show what an instruction says, as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today instead of the clock's date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instruction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No instruction given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: campaignforge-cli parse [--today YYYY-MM-DD] TEXT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::PlanCommand</name>
    <message>
        <source>Plan a whole campaign from an instruction, as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today instead of the clock's date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the plan as a draft campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instruction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No instruction given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: campaignforge-cli plan [--today YYYY-MM-DD] [--save] TEXT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::PlanningData</name>
    <message>
        <source>The planning table %1 is invalid: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::ReviewPage</name>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts, ads and emails generated for your campaigns wait here for your approval, with their Arabic and English text and a preview for each platform. You can approve them, edit them or ask for changes; nothing is published before it is approved. Create a campaign to generate its content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show campaigns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interface switches at once and keeps this language the next time you start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show Hijri dates next to Gregorian dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns, generated images and backups are kept in this folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language "%1" is not available in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cf::TimelineOptimizer</name>
    <message numerus="yes">
        <source>%n item(s) could not fit the best posting windows and were placed at other times of the same day.</source>
        <translation><numerusform>%n item could not fit the best posting windows and was placed at another time of the same day.</numerusform><numerusform>%n items could not fit the best posting windows and were placed at other times of the same day.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are closer than the recommended spacing because their day is full.</source>
        <translation><numerusform>%n item is closer than the recommended spacing because its day is full.</numerusform><numerusform>%n items are closer than the recommended spacing because their day is full.</numerusform></translation>
    </message>
</context>
</TS>
