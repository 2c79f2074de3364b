<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>cf::AdStructureBuilder</name>
    <message>
        <source>Ads cannot target people under 18, so the ads reach parents aged 25-54; organic content still speaks to the younger audience.</source>
        <translation>لا يمكن توجيه الإعلانات لمن هم دون 18 عامًا، لذا تستهدف الإعلانات الآباء والأمهات من 25 إلى 54 عامًا، بينما يبقى المحتوى غير المدفوع موجّهًا إلى الفئة الأصغر.</translation>
    </message>
    <message>
        <source>Ads target ages from 18; younger people see only the organic content.</source>
        <translation>تستهدف الإعلانات الأعمار من 18 عامًا فما فوق؛ أما الأصغر سنًا فيرون المحتوى غير المدفوع فقط.</translation>
    </message>
    <message>
        <source>Ads need a target location; add one before publishing.</source>
        <translation>تحتاج الإعلانات إلى موقع مستهدف؛ أضف موقعًا قبل النشر.</translation>
    </message>
    <message>
        <source>TikTok targets fixed age groups, so ages %1-%2 become %3-%4 there.</source>
        <translation>يستهدف تيك توك فئات عمرية ثابتة، لذا تصبح الأعمار من %1 إلى %2 هناك من %3 إلى %4.</translation>
    </message>
</context>
<context>
    <name>cf::BriefInference</name>
    <message>
        <source>No platform was named; a %1 campaign is mostly e-mail, so Mailchimp was chosen.</source>
        <translation>لم تُذكر أي منصة؛ وحملة "%1" تعتمد غالبًا على البريد الإلكتروني، لذا اختير Mailchimp.</translation>
    </message>
    <message>
        <source>No platform was named; Facebook and Instagram reach the widest audience, so both were chosen.</source>
        <translation>لم تُذكر أي منصة؛ ولأن فيسبوك وإنستغرام يصلان إلى أوسع جمهور، اختيرا كلاهما.</translation>
    </message>
    <message>
        <source>"%1" is not in the location table, so its time zone and currency are unknown.</source>
        <translation>"%1" غير موجود في جدول المواقع، لذا لا تُعرف منطقته الزمنية ولا عملته.</translation>
    </message>
    <message>
        <source>No location was named; the budget is in %1, which is used in %2.</source>
        <translation>لم يُذكر أي موقع؛ والميزانية بعملة %1 المستخدمة في %2.</translation>
    </message>
    <message>
        <source>No location was named; the instruction is in Arabic, so Saudi Arabia was assumed.</source>
        <translation>لم يُذكر أي موقع؛ ولأن التعليمات مكتوبة بالعربية، افتُرض أن الجمهور في السعودية.</translation>
    </message>
    <message>
        <source>No location was named: times are planned in UTC and ads cannot be targeted until a location is added.</source>
        <translation>لم يُذكر أي موقع: خُططت المواعيد بالتوقيت العالمي (UTC)، ولا يمكن توجيه الإعلانات حتى يُضاف موقع.</translation>
    </message>
    <message>
        <source>The locations span several time zones; times are planned in %1.</source>
        <translation>تمتد المواقع على عدة مناطق زمنية؛ خُططت المواعيد بتوقيت %1.</translation>
    </message>
    <message>
        <source>Posting times follow the audience's local time in %1.</source>
        <translation>تتبع مواعيد النشر التوقيت المحلي للجمهور في %1.</translation>
    </message>
    <message>
        <source>Content is written in the instruction's language and in the languages spoken where the audience is.</source>
        <translation>يُكتب المحتوى بلغة التعليمات وباللغات المستخدمة حيث يوجد الجمهور.</translation>
    </message>
    <message>
        <source>Content is written in the instruction's language.</source>
        <translation>يُكتب المحتوى بلغة التعليمات.</translation>
    </message>
    <message>
        <source>"%1" was read as %2 because the audience is there.</source>
        <translation>فُهم "%1" على أنه %2 لأن الجمهور هناك.</translation>
    </message>
    <message>
        <source>"%1" was read as %2; name a location to pick another country's day.</source>
        <translation>فُهم "%1" على أنه %2؛ اذكر موقعًا لاختيار اليوم الوطني لبلد آخر.</translation>
    </message>
    <message>
        <source>The objective "%1" is not supported; another was chosen.</source>
        <translation>الهدف "%1" غير مدعوم، فاختير هدف آخر.</translation>
    </message>
    <message>
        <source>The campaign type "%1" is not supported; another was chosen.</source>
        <translation>نوع الحملة "%1" غير مدعوم، فاختير نوع آخر.</translation>
    </message>
    <message>
        <source>A %1 objective is best served by a %2 campaign.</source>
        <translation>أنسب حملة لهدف "%1" هي حملة "%2".</translation>
    </message>
    <message>
        <source>%1 campaigns are usually %2 campaigns.</source>
        <translation>حملات "%1" تكون عادةً من نوع "%2".</translation>
    </message>
    <message>
        <source>The theme "%1" calls for a %2 campaign.</source>
        <translation>تناسب مناسبةُ "%1" حملةً من نوع "%2".</translation>
    </message>
    <message>
        <source>Neither a campaign type nor an objective was named, so the campaign builds awareness.</source>
        <translation>لم يُذكر نوع الحملة ولا هدفها، لذا تركّز الحملة على التعريف والانتشار.</translation>
    </message>
    <message>
        <source>A %1 campaign usually aims at %2.</source>
        <translation>حملة "%1" تهدف عادةً إلى "%2".</translation>
    </message>
    <message>
        <source>%1 campaigns usually aim at %2.</source>
        <translation>حملات "%1" تهدف عادةً إلى "%2".</translation>
    </message>
    <message>
        <source>The theme "%1" usually aims at %2.</source>
        <translation>مناسبة "%1" تهدف عادةً إلى "%2".</translation>
    </message>
    <message>
        <source>The start date %1 is already past.</source>
        <translation>تاريخ البدء %1 قد مضى.</translation>
    </message>
    <message>
        <source>%1 begins on %2; the campaign starts %3 days earlier to build up to it.</source>
        <translation>يبدأ %1 في %2؛ وتنطلق الحملة قبله بـ%3 أيام لتمهّد له.</translation>
    </message>
    <message>
        <source>%1 is close or under way, so the campaign starts tomorrow.</source>
        <translation>%1 قريب أو بدأ بالفعل، لذا تنطلق الحملة غدًا.</translation>
    </message>
    <message>
        <source>No start date was named; the campaign starts tomorrow, leaving today for review.</source>
        <translation>لم يُذكر تاريخ البدء؛ تنطلق الحملة غدًا ليبقى اليوم للمراجعة.</translation>
    </message>
    <message>
        <source>The campaign runs until %1 ends on %2.</source>
        <translation>تستمر الحملة حتى نهاية %1 في %2.</translation>
    </message>
    <message>
        <source>A %1 campaign runs %2 days by default.</source>
        <translation>مدة حملة "%1" الافتراضية %2 يومًا.</translation>
    </message>
    <message>
        <source>No currency or location was named, so amounts are in US dollars.</source>
        <translation>لم تُذكر عملة ولا موقع، لذا المبالغ بالدولار الأمريكي.</translation>
    </message>
    <message>
        <source>%1 is the currency where the audience is.</source>
        <translation>%1 هي العملة المستخدمة حيث يوجد الجمهور.</translation>
    </message>
    <message>
        <source>The budget did not say "per day", so it is the total for the whole campaign.</source>
        <translation>لم تذكر الميزانية أنها "يومية"، لذا فهي إجمالي الحملة كلها.</translation>
    </message>
    <message>
        <source>%1 is not in the exchange table, so platform minimums cannot be checked.</source>
        <translation>العملة %1 غير موجودة في جدول أسعار الصرف، لذا لا يمكن التحقق من الحدود الدنيا للمنصات.</translation>
    </message>
    <message>
        <source>No minimum age was named; adults from 18 are targeted.</source>
        <translation>لم يُذكر حد أدنى للعمر؛ تُستهدف الفئة من 18 عامًا فما فوق.</translation>
    </message>
    <message>
        <source>No maximum age was named; 65 means everyone 65 and older on the ad platforms.</source>
        <translation>لم يُذكر حد أعلى للعمر؛ والعمر 65 على منصات الإعلان يعني كل من بلغ 65 عامًا فأكثر.</translation>
    </message>
</context>
<context>
    <name>cf::BudgetAllocator</name>
    <message>
        <source>No budget was named, so no ads are planned; the content is published organically.</source>
        <translation>لم تُذكر ميزانية، لذا لا إعلانات مدفوعة في الخطة؛ يُنشر المحتوى دون ترويج مدفوع.</translation>
    </message>
    <message>
        <source>None of the chosen platforms has a paid-ads API in CampaignForge (Meta, TikTok and Snapchat do), so the budget is not allocated.</source>
        <translation>لا تدعم أي من المنصات المختارة الإعلانات المدفوعة في CampaignForge (المدعومة هي ميتا وتيك توك وسناب شات)، لذا لم تُوزَّع الميزانية.</translation>
    </message>
    <message>
        <source>A daily budget of %1 is below the %2 a day that %3 need at their platforms' minimums.</source>
        <translation>الميزانية اليومية %1 أقل من %2 يوميًا، وهو ما تحتاجه %3 وفق الحدود الدنيا لمنصاتها.</translation>
    </message>
    <message>
        <source>A total budget of %1 is below the %2 that %3 need for at least %4 days at their platforms' minimums.</source>
        <translation>الميزانية الإجمالية %1 أقل من %2، وهو ما تحتاجه %3 لمدة %4 أيام على الأقل وفق الحدود الدنيا لمنصاتها.</translation>
    </message>
    <message>
        <source>Choose fewer platforms (%1 alone needs %2), a shorter flight, or a larger budget of at least %3.</source>
        <translation>اختر منصات أقل (%1 وحدها تحتاج %2)، أو مدة أقصر، أو ميزانية أكبر لا تقل عن %3.</translation>
    </message>
    <message>
        <source>Choose a shorter flight on fewer platforms, or a larger budget of at least %1.</source>
        <translation>اختر مدة أقصر على منصات أقل، أو ميزانية أكبر لا تقل عن %1.</translation>
    </message>
    <message>
        <source>The %1 budget cannot fund %2 audience splits at %3 a day each, so it runs one combined audience.</source>
        <translation>لا تكفي ميزانية %1 لتمويل %2 من شرائح الجمهور بمبلغ %3 يوميًا لكل منها، لذا تُوجَّه إلى جمهور واحد مجمّع.</translation>
    </message>
    <message>
        <source>%1 needs at least %2 a day; its %3 share runs for %4 days (%5 to %6) instead of the whole campaign.</source>
        <translation>تحتاج %1 إلى %2 يوميًا على الأقل؛ لذا تكفي حصتها البالغة %3 لمدة %4 أيام (من %5 إلى %6) بدلًا من مدة الحملة كلها.</translation>
    </message>
    <message>
        <source>Some platforms were given more than their usual share so that each meets its minimum budget.</source>
        <translation>حصلت بعض المنصات على أكثر من حصتها المعتادة لتبلغ كل منها حدها الأدنى من الميزانية.</translation>
    </message>
</context>
<context>
    <name>cf::CalendarPage</name>
    <message>
        <source>Nothing scheduled yet</source>
        <translation>لا يوجد شيء مجدول بعد</translation>
    </message>
    <message>
        <source>The calendar will show every post, story, email and ad of your campaigns on the day it goes out, so you can see busy and quiet days at a glance and move items around. Create a campaign and its schedule appears here.</source>
        <translation>سيعرض التقويم كل منشور وقصة ورسالة بريد وإعلان من حملاتك في يوم نشره، لترى الأيام المزدحمة والهادئة بنظرة واحدة وتنقل العناصر بين الأيام. أنشئ حملة وسيظهر جدولها هنا.</translation>
    </message>
    <message>
        <source>Show campaigns</source>
        <translation>عرض الحملات</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>Today: %1 (Hijri: %2)</source>
        <translation>اليوم: %1 (هجريًا: %2)</translation>
    </message>
</context>
<context>
    <name>cf::Campaign</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation>إطلاق منتج</translation>
    </message>
    <message>
        <source>Nurture sequence</source>
        <translation>سلسلة رعاية العملاء</translation>
    </message>
    <message>
        <source>Re-engagement</source>
        <translation>إعادة تفاعل العملاء</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>التعريف بالعلامة التجارية</translation>
    </message>
    <message>
        <source>Sales conversion</source>
        <translation>تحويل إلى مبيعات</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>الوعي</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>App installs</source>
        <translation>تثبيت التطبيق</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>مشاهدات الفيديو</translation>
    </message>
</context>
<context>
    <name>cf::CampaignCommand</name>
    <message>
        <source>List, export or import campaigns: campaign list|export ID|import FILE.</source>
        <translation>عرض الحملات أو تصديرها أو استيرادها: campaign list|export ID|import FILE.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli campaign list [--json] | campaign export ID [--output FILE] | campaign import FILE</source>
        <translation>الاستخدام: campaignforge-cli campaign list [--json] | campaign export ID [--output FILE] | campaign import FILE</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>لا توجد حملات بعد.</translation>
    </message>
    <message>
        <source>"%1" is not a campaign id.</source>
        <translation>"%1" ليس معرّف حملة.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>Campaign %1 exported to %2.</source>
        <translation>صُدّرت الحملة %1 إلى %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>Imported "%1" as campaign %2.</source>
        <translation>استُوردت "%1" بصفتها الحملة %2.</translation>
    </message>
</context>
<context>
    <name>cf::CampaignListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 يوميًا</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>لا يوجد شيء مجدول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>العنصر التالي</translation>
    </message>
</context>
<context>
    <name>cf::CampaignPlanner</name>
    <message>
        <source>The reference date is not a valid date.</source>
        <translation>التاريخ المرجعي ليس تاريخًا صالحًا.</translation>
    </message>
    <message>
        <source>The time zone %1 is not known on this system; times are planned in UTC.</source>
        <translation>المنطقة الزمنية %1 غير معروفة على هذا النظام؛ خُططت المواعيد بالتوقيت العالمي (UTC).</translation>
    </message>
</context>
<context>
    <name>cf::CampaignTransfer</name>
    <message>
        <source>The campaign file cannot be imported: %1</source>
        <translation>تعذّر استيراد ملف الحملة: %1</translation>
    </message>
    <message>
        <source>two ad sets share the id %1.</source>
        <translation>توجد مجموعتان إعلانيتان بالمعرّف نفسه %1.</translation>
    </message>
    <message>
        <source>asset %1 has no checksum.</source>
        <translation>ملف الوسائط %1 بلا بصمة.</translation>
    </message>
    <message>
        <source>content item %1 refers to ad set %2, which is not in the file.</source>
        <translation>عنصر المحتوى %1 يشير إلى المجموعة الإعلانية %2، وهي غير موجودة في الملف.</translation>
    </message>
    <message>
        <source>content item %1 refers to asset %2, which is not in the file.</source>
        <translation>عنصر المحتوى %1 يشير إلى ملف الوسائط %2، وهو غير موجود في الملف.</translation>
    </message>
    <message>
        <source>it is not a CampaignForge campaign export.</source>
        <translation>الملف ليس حملة مُصدّرة من CampaignForge.</translation>
    </message>
    <message>
        <source>it was written by a newer CampaignForge (format %1; this version reads up to %2).</source>
        <translation>كُتب الملف بإصدار أحدث من CampaignForge (التنسيق %1، وهذا الإصدار يقرأ حتى %2).</translation>
    </message>
    <message>
        <source>it has no campaign.</source>
        <translation>لا يحتوي الملف على حملة.</translation>
    </message>
    <message>
        <source>The campaign file is not valid JSON (byte %1).</source>
        <translation>ملف الحملة ليس JSON صالحًا (عند البايت %1).</translation>
    </message>
    <message>
        <source>The campaign file cannot be imported: a value is missing or has the wrong form (%1).</source>
        <translation>تعذّر استيراد ملف الحملة: هناك قيمة ناقصة أو بصيغة خاطئة (%1).</translation>
    </message>
</context>
<context>
    <name>cf::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the campaign list again, for example after importing a campaign.</source>
        <translation>أعد قراءة قائمة الحملات، بعد استيراد حملة مثلًا.</translation>
    </message>
    <message>
        <source>Campaigns cannot be shown</source>
        <translation>لا يمكن عرض الحملات</translation>
    </message>
    <message>
        <source>CampaignForge has not changed or deleted the file. Once the problem is solved, restart CampaignForge to see your campaigns again.</source>
        <translation>لم يغيّر CampaignForge الملف ولم يحذفه. بعد حل المشكلة، أعد تشغيل CampaignForge لترى حملاتك من جديد.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>لا توجد حملات بعد</translation>
    </message>
    <message>
        <source>Your campaigns will be listed here with their status, dates, budget, platforms and next scheduled post. A campaign starts from one sentence, for example: "Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh".</source>
        <translation>ستظهر حملاتك هنا مع حالتها وتواريخها وميزانيتها ومنصاتها وموعد المنشور التالي. تبدأ الحملة بجملة واحدة، مثل: "حملة على إنستغرام وتيك توك لتخفيضات رمضان بميزانية 1000 ريال تستهدف النساء من 25 إلى 40 سنة في الرياض".</translation>
    </message>
    <message>
        <source>To add one now, import a campaign file with "campaignforge-cli campaign import FILE", then refresh this list.</source>
        <translation>لإضافة حملة الآن، استورد ملف حملة بالأمر "campaignforge-cli campaign import FILE"، ثم حدّث هذه القائمة.</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>تحديث القائمة</translation>
    </message>
    <message>
        <source>The campaign list could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة الحملات: %1</translation>
    </message>
</context>
<context>
    <name>cf::Cli</name>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>CampaignForge command line: plan, store, export and publish campaigns without the GUI.</source>
        <translation>سطر أوامر CampaignForge: خطّط لحملاتك واحفظها وصدّرها وانشرها دون الواجهة الرسومية.</translation>
    </message>
    <message>
        <source>Use DIR for the database and assets (also CAMPAIGNFORGE_DATA_DIR).</source>
        <translation>استخدم المجلد DIR لقاعدة البيانات والملفات (أو المتغير CAMPAIGNFORGE_DATA_DIR).</translation>
    </message>
    <message>
        <source>Redirect platform hosts as FILE says (also CAMPAIGNFORGE_ENDPOINTS).</source>
        <translation>وجّه عناوين المنصات كما يحدد الملف FILE (أو المتغير CAMPAIGNFORGE_ENDPOINTS).</translation>
    </message>
    <message>
        <source>Language of messages: en or ar.</source>
        <translation>لغة الرسائل: en أو ar.</translation>
    </message>
    <message>
        <source>The command to run, then its arguments.</source>
        <translation>الأمر المطلوب تشغيله، ثم معاملاته.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use en or ar.</source>
        <translation>اللغة "%1" غير معروفة: استخدم en أو ar.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>الأمر "%1" غير معروف.</translation>
    </message>
</context>
<context>
    <name>cf::ConnectionsPage</name>
    <message>
        <source>No accounts connected</source>
        <translation>لا توجد حسابات مرتبطة</translation>
    </message>
    <message>
        <source>Connect the accounts CampaignForge publishes to: %1. You sign in on each platform's own page, and the access it grants is kept in your system's keychain, never in the campaign database. Until an account is connected, campaigns can still be planned, generated, reviewed and exported.</source>
        <translation>اربط الحسابات التي ينشر عليها CampaignForge: %1. تسجّل الدخول من صفحة كل منصة نفسها، ويُحفظ إذن الوصول الذي تمنحه في سلسلة مفاتيح نظامك، ولا يُحفظ أبدًا في قاعدة بيانات الحملات. وإلى أن تربط حسابًا، يمكنك التخطيط للحملات وإنشاء محتواها ومراجعته وتصديره.</translation>
    </message>
</context>
<context>
    <name>cf::ContentCalendarBuilder</name>
    <message>
        <source>A %1 campaign has no content that %2 can publish.</source>
        <translation>لا تتضمن حملة "%1" أي محتوى يمكن نشره على %2.</translation>
    </message>
</context>
<context>
    <name>cf::ContentItem</name>
    <message>
        <source>Text post</source>
        <translation>منشور نصي</translation>
    </message>
    <message>
        <source>Image post</source>
        <translation>منشور بصورة</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>منشور دوّار</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Short video</source>
        <translation>فيديو قصير</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <source>Blog post</source>
        <translation>تدوينة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>رسالة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>سلسلة تغريدات</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديله</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>خارج قائمة النشر</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في قائمة النشر</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>جارٍ النشر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل النشر</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>النتيجة غير معروفة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>cf::DataPaths</name>
    <message>
        <source>Cannot create the data folder %1. Check that the disk is writable, or choose another folder with --data-dir.</source>
        <translation>تعذّر إنشاء مجلد البيانات ⁨%1⁩. تأكد من إمكانية الكتابة على القرص، أو اختر مجلدًا آخر باستخدام ‎--data-dir.</translation>
    </message>
</context>
<context>
    <name>cf::Database</name>
    <message>
        <source>The change refers to a record that does not exist, or removes one that others still use.</source>
        <translation>يشير التعديل إلى سجل غير موجود، أو يحذف سجلًا ما زالت سجلات أخرى تعتمد عليه.</translation>
    </message>
    <message>
        <source>A record with the same identity already exists.</source>
        <translation>يوجد سجل بالمعرّف نفسه.</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was changed.</source>
        <translation>قاعدة البيانات للقراءة فقط، ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة في نافذة أو برنامج آخر. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>ملف قاعدة البيانات تالف.</translation>
    </message>
    <message>
        <source>The database could not complete the operation.</source>
        <translation>تعذّر على قاعدة البيانات إتمام العملية.</translation>
    </message>
    <message>
        <source>The database holds a value CampaignForge cannot read in %1.</source>
        <translation>تحتوي قاعدة البيانات على قيمة لا يستطيع CampaignForge قراءتها في %1.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed, so it was left unchanged at version %2. %3</source>
        <translation>فشل تحديث قاعدة البيانات إلى الإصدار %1، فبقيت كما هي على الإصدار %2. %3</translation>
    </message>
    <message>
        <source>Could not write a backup to %1. %2</source>
        <translation>تعذّرت كتابة نسخة احتياطية في ⁨%1⁩. %2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>الملف ⁨%1⁩ موجود مسبقًا. اختر اسمًا جديدًا للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>تعذّر إنشاء المجلد.</translation>
    </message>
    <message>
        <source>The finished copy could not be renamed.</source>
        <translation>تعذّرت إعادة تسمية النسخة المكتملة.</translation>
    </message>
    <message>
        <source>%1 is not a CampaignForge database, or it is damaged or truncated. The file was left untouched; move it aside or restore a backup.</source>
        <translation>الملف ⁨%1⁩ ليس قاعدة بيانات CampaignForge، أو أنه تالف أو ناقص. لم يُمسّ الملف؛ انقله إلى مكان آخر أو استرجع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Cannot open the database %1. Check that the folder exists and is writable.</source>
        <translation>تعذّر فتح قاعدة البيانات ⁨%1⁩. تأكد من وجود المجلد ومن إمكانية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was left untouched; restore a backup from the backups folder.</source>
        <translation>قاعدة البيانات ⁨%1⁩ تالفة. لم تُمسّ؛ استرجع نسخة احتياطية من مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The database %1 could not be set up safely (%2).</source>
        <translation>تعذّر إعداد قاعدة البيانات ⁨%1⁩ بأمان (%2).</translation>
    </message>
    <message>
        <source>The database connection "%1" is already in use.</source>
        <translation>اتصال قاعدة البيانات "%1" مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>الملف ⁨%1⁩ غير قابل للقراءة.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CampaignForge (schema %1; this version knows up to %2). It is open read-only: update CampaignForge to make changes.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من CampaignForge (المخطط %1، وهذا الإصدار يعرف حتى %2). فُتحت للقراءة فقط: حدّث CampaignForge لتتمكن من التعديل.</translation>
    </message>
    <message>
        <source>There is no database at %1. Run "db init" or start CampaignForge once to create it.</source>
        <translation>لا توجد قاعدة بيانات في ⁨%1⁩. شغّل الأمر "db init" أو افتح CampaignForge مرة واحدة لإنشائها.</translation>
    </message>
    <message>
        <source>The database %1 needs updating from version %2; open it in CampaignForge first.</source>
        <translation>قاعدة البيانات ⁨%1⁩ تحتاج إلى تحديث من الإصدار %2؛ افتحها في CampaignForge أولًا.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>There is no workspace with id %1.</source>
        <translation>لا توجد مساحة عمل بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>لا توجد حملة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>My business</source>
        <translation>نشاطي التجاري</translation>
    </message>
    <message>
        <source>There is no ad set with id %1.</source>
        <translation>لا توجد مجموعة إعلانية بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no content item with id %1.</source>
        <translation>لا يوجد عنصر محتوى بالمعرّف %1.</translation>
    </message>
    <message>
        <source>An asset needs the checksum of its file.</source>
        <translation>يحتاج كل ملف وسائط إلى بصمة (checksum) لملفه.</translation>
    </message>
    <message>
        <source>There is no asset with id %1.</source>
        <translation>لا يوجد ملف وسائط بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no asset with checksum %1.</source>
        <translation>لا يوجد ملف وسائط بالبصمة %1.</translation>
    </message>
</context>
<context>
    <name>cf::DbCommand</name>
    <message>
        <source>Create, check or back up the database: db init|check|backup FILE.</source>
        <translation>إنشاء قاعدة البيانات أو فحصها أو نسخها احتياطيًا: db init|check|backup FILE.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli db init | db check | db backup FILE</source>
        <translation>الاستخدام: campaignforge-cli db init | db check | db backup FILE</translation>
    </message>
    <message>
        <source>Backed up the old database to %1.</source>
        <translation>نُسخت قاعدة البيانات القديمة احتياطيًا إلى ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Database ready at %1 (schema version %2).</source>
        <translation>قاعدة البيانات جاهزة في ⁨%1⁩ (إصدار المخطط %2).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>قاعدة البيانات ⁨%1⁩ تالفة: %2</translation>
    </message>
    <message>
        <source>The database %1 has records that refer to missing records.</source>
        <translation>في قاعدة البيانات ⁨%1⁩ سجلات تشير إلى سجلات مفقودة.</translation>
    </message>
    <message>
        <source>The database %1 is healthy: schema version %2, %3 campaign(s).</source>
        <translation>قاعدة البيانات ⁨%1⁩ سليمة: إصدار المخطط %2، وعدد الحملات %3.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>كُتبت النسخة الاحتياطية في ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>cf::EndpointMap</name>
    <message>
        <source>The endpoints file is not valid: it must be a JSON object with a "hosts" object.</source>
        <translation>ملف العناوين غير صالح: يجب أن يكون كائن JSON يحتوي على كائن "hosts".</translation>
    </message>
    <message>
        <source>The endpoints file maps "%1" to something that is not an absolute URL.</source>
        <translation>ملف العناوين يوجّه "⁨%1⁩" إلى قيمة ليست عنوان URL كاملًا.</translation>
    </message>
    <message>
        <source>Cannot read the endpoints file %1: %2</source>
        <translation>تعذّرت قراءة ملف العناوين ⁨%1⁩: %2</translation>
    </message>
</context>
<context>
    <name>cf::Gui</name>
    <message>
        <source>CampaignForge: plan, review and publish marketing campaigns from one sentence.</source>
        <translation>CampaignForge: خطّط لحملاتك التسويقية وراجعها وانشرها انطلاقًا من جملة واحدة.</translation>
    </message>
    <message>
        <source>Use DIR for the database and assets (also CAMPAIGNFORGE_DATA_DIR).</source>
        <translation>استخدم المجلد DIR لقاعدة البيانات والملفات (أو المتغير CAMPAIGNFORGE_DATA_DIR).</translation>
    </message>
    <message>
        <source>Redirect platform hosts as FILE says (also CAMPAIGNFORGE_ENDPOINTS).</source>
        <translation>وجّه عناوين المنصات كما يحدد الملف FILE (أو المتغير CAMPAIGNFORGE_ENDPOINTS).</translation>
    </message>
    <message>
        <source>Language for this run only: en or ar (the saved choice is kept).</source>
        <translation>اللغة لهذا التشغيل فقط: en أو ar (يبقى الاختيار المحفوظ كما هو).</translation>
    </message>
    <message>
        <source>Unknown language "%1": use en or ar.</source>
        <translation>اللغة "%1" غير معروفة: استخدم en أو ar.</translation>
    </message>
</context>
<context>
    <name>cf::InstructionParser</name>
    <message>
        <source>%1 or %2</source>
        <comment>list of platforms</comment>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>The instruction is empty. Describe the campaign, for example: "Instagram and TikTok campaign for Ramadan with a 1000 SAR budget in Riyadh".</source>
        <translation>التعليمات فارغة. صف حملتك، مثل: "حملة على إنستغرام وتيك توك لرمضان بميزانية 1000 ريال في الرياض".</translation>
    </message>
    <message>
        <source>No supported platform is named. Say where to publish: %1.</source>
        <translation>لم تُذكر أي منصة مدعومة. حدّد أين تريد النشر: %1.</translation>
    </message>
    <message>
        <source>%1 is not supported yet. Choose from %2.</source>
        <translation>%1 غير مدعومة بعد. اختر من بين: %2.</translation>
    </message>
    <message>
        <source>The age range %1-%2 is reversed: the first age must not be above the second.</source>
        <translation>الفئة العمرية %1-%2 معكوسة: يجب ألا يزيد العمر الأول على الثاني.</translation>
    </message>
    <message>
        <source>%1 is not a valid age: use ages up to %2.</source>
        <translation>%1 ليس عمرًا صالحًا: استخدم أعمارًا حتى %2.</translation>
    </message>
    <message>
        <source>Ads cannot target people under %2, and this audience includes age %1. Raise the youngest age to %2 or more.</source>
        <translation>لا يمكن توجيه الإعلانات لمن هم دون %2 عامًا، وهذا الجمهور يشمل عمر %1. ارفع أصغر عمر إلى %2 أو أكثر.</translation>
    </message>
    <message>
        <source>The budget must be more than zero.</source>
        <translation>يجب أن تكون الميزانية أكبر من صفر.</translation>
    </message>
    <message>
        <source>This budget is too large to be real: it must be below %1.</source>
        <translation>هذه الميزانية أكبر من أن تكون حقيقية: يجب أن تكون أقل من %1.</translation>
    </message>
    <message>
        <source>The start date %1 is in the past (today is %2). Choose today or a later date.</source>
        <translation>تاريخ البدء %1 في الماضي (اليوم %2). اختر اليوم أو تاريخًا لاحقًا.</translation>
    </message>
    <message>
        <source>The campaign must last at least one day.</source>
        <translation>يجب أن تستمر الحملة يومًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>A campaign of %1 days is too long: plan at most %2 days (one year) at a time.</source>
        <translation>حملة مدتها %1 يومًا طويلة جدًا: خطّط لمدة %2 يومًا (سنة واحدة) كحد أقصى في كل مرة.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
</context>
<context>
    <name>cf::MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>الحسابات المرتبطة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>%1 — CampaignForge</source>
        <translation>%1 — CampaignForge</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>The campaign database is open read-only: you can look at your campaigns, but changes cannot be saved. %1</source>
        <translation>قاعدة بيانات الحملات مفتوحة للقراءة فقط: يمكنك الاطلاع على حملاتك، لكن لا يمكن حفظ أي تعديل. %1</translation>
    </message>
    <message>
        <source>Read-only database: %1</source>
        <translation>قاعدة البيانات للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>The campaign database could not be opened, so campaigns cannot be shown or saved. %1</source>
        <translation>تعذّر فتح قاعدة بيانات الحملات، لذا لا يمكن عرض الحملات أو حفظها. %1</translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation>قاعدة البيانات غير متاحة: %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>ملف قاعدة البيانات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Campaigns: %1</source>
        <translation>الحملات: %1</translation>
    </message>
    <message>
        <source>Campaigns: %1 (read-only)</source>
        <translation>الحملات: %1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>لا توجد قاعدة بيانات</translation>
    </message>
</context>
<context>
    <name>cf::ParseCommand</name>
    <message>
        <source>Show what an instruction says, as JSON.</source>
        <translation>اعرض ما تتضمنه التعليمات بصيغة JSON.</translation>
    </message>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today instead of the clock's date.</source>
        <translation>اعتبر التاريخ DATE (بصيغة YYYY-MM-DD) تاريخ اليوم بدلًا من تاريخ ساعة النظام.</translation>
    </message>
    <message>
        <source>The instruction.</source>
        <translation>التعليمات.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as YYYY-MM-DD.</source>
        <translation>"%1" ليس تاريخًا: اكتبه بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No instruction given.</source>
        <translation>لم تُكتب أي تعليمات.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli parse [--today YYYY-MM-DD] TEXT</source>
        <translation>الاستخدام: campaignforge-cli parse [--today YYYY-MM-DD] TEXT</translation>
    </message>
</context>
<context>
    <name>cf::PlanCommand</name>
    <message>
        <source>Plan a whole campaign from an instruction, as JSON.</source>
        <translation>خطّط لحملة كاملة انطلاقًا من التعليمات، بصيغة JSON.</translation>
    </message>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today instead of the clock's date.</source>
        <translation>اعتبر التاريخ DATE (بصيغة YYYY-MM-DD) تاريخ اليوم بدلًا من تاريخ ساعة النظام.</translation>
    </message>
    <message>
        <source>Store the plan as a draft campaign.</source>
        <translation>احفظ الخطة كحملة في وضع المسودة.</translation>
    </message>
    <message>
        <source>The instruction.</source>
        <translation>التعليمات.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as YYYY-MM-DD.</source>
        <translation>"%1" ليس تاريخًا: اكتبه بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No instruction given.</source>
        <translation>لم تُكتب أي تعليمات.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli plan [--today YYYY-MM-DD] [--save] TEXT</source>
        <translation>الاستخدام: campaignforge-cli plan [--today YYYY-MM-DD] [--save] TEXT</translation>
    </message>
</context>
<context>
    <name>cf::PlanningData</name>
    <message>
        <source>The planning table %1 is invalid: %2.</source>
        <translation>جدول التخطيط %1 غير صالح: %2.</translation>
    </message>
</context>
<context>
    <name>cf::ReviewPage</name>
    <message>
        <source>Nothing to review</source>
        <translation>لا يوجد ما تراجعه</translation>
    </message>
    <message>
        <source>Posts, ads and emails generated for your campaigns wait here for your approval, with their Arabic and English text and a preview for each platform. You can approve them, edit them or ask for changes; nothing is published before it is approved. Create a campaign to generate its content.</source>
        <translation>تنتظر هنا المنشورات والإعلانات ورسائل البريد التي أُنشئت لحملاتك حتى تعتمدها، بنصوصها العربية والإنجليزية ومعاينة لكل منصة. يمكنك اعتمادها أو تعديلها أو طلب تغييرات عليها، ولا يُنشر شيء قبل اعتماده. أنشئ حملة ليُنشأ محتواها.</translation>
    </message>
    <message>
        <source>Show campaigns</source>
        <translation>عرض الحملات</translation>
    </message>
</context>
<context>
    <name>cf::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>The interface switches at once and keeps this language the next time you start.</source>
        <translation>تتغير لغة الواجهة فورًا، وتبقى على هذه اللغة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Show Hijri dates next to Gregorian dates</source>
        <translation>عرض التاريخ الهجري بجانب التاريخ الميلادي</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Campaigns, generated images and backups are kept in this folder.</source>
        <translation>تُحفظ الحملات والصور المُنشأة والنسخ الاحتياطية في هذا المجلد.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>The language "%1" is not available in this build.</source>
        <translation>اللغة "%1" غير متوفرة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation>مجلد البيانات ⁨%1⁩ غير موجود.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>لم يتمكن أي مدير ملفات من فتح ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>cf::TimelineOptimizer</name>
    <message numerus="yes">
        <source>%n item(s) could not fit the best posting windows and were placed at other times of the same day.</source>
        <translation><numerusform>لا توجد عناصر تعذّر وضعها في أفضل أوقات النشر.</numerusform><numerusform>تعذّر وضع عنصر واحد في أفضل أوقات النشر، فوُضع في وقت آخر من اليوم نفسه.</numerusform><numerusform>تعذّر وضع عنصرين في أفضل أوقات النشر، فوُضعا في أوقات أخرى من اليوم نفسه.</numerusform><numerusform>تعذّر وضع %n عناصر في أفضل أوقات النشر، فوُضعت في أوقات أخرى من اليوم نفسه.</numerusform><numerusform>تعذّر وضع %n عنصرًا في أفضل أوقات النشر، فوُضعت في أوقات أخرى من اليوم نفسه.</numerusform><numerusform>تعذّر وضع %n عنصر في أفضل أوقات النشر، فوُضعت في أوقات أخرى من اليوم نفسه.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are closer than the recommended spacing because their day is full.</source>
        <translation><numerusform>لا توجد عناصر أقرب من التباعد الموصى به.</numerusform><numerusform>عنصر واحد أقرب إلى غيره من التباعد الموصى به لأن يومه ممتلئ.</numerusform><numerusform>عنصران أقرب إلى غيرهما من التباعد الموصى به لأن يومهما ممتلئ.</numerusform><numerusform>%n عناصر أقرب إلى غيرها من التباعد الموصى به لأن أيامها ممتلئة.</numerusform><numerusform>%n عنصرًا أقرب إلى غيرها من التباعد الموصى به لأن أيامها ممتلئة.</numerusform><numerusform>%n عنصر أقرب إلى غيرها من التباعد الموصى به لأن أيامها ممتلئة.</numerusform></translation>
    </message>
</context>
</TS>
