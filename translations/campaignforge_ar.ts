<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>cf::AdReview</name>
    <message>
        <source>Not checked yet</source>
        <translation>لم تُراجَع بعد</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>بانتظار المراجعة</translation>
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
        <source>Problem (%1)</source>
        <translation>مشكلة (%1)</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>يُعرَض الآن</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Paused until switched on</source>
        <translation>متوقف حتى يُشغَّل</translation>
    </message>
    <message>
        <source>Meta</source>
        <comment>the company whose ads manager runs Facebook and Instagram ads</comment>
        <translation>ميتا</translation>
    </message>
    <message>
        <source>%1 rejected this ad. Read the reason in %2's ads manager and change the text or image there to follow its advertising policies (the ad is reviewed again), or cancel the item here.</source>
        <translation>رفضت %1 هذا الإعلان. اقرأ السبب في مدير إعلانات %2، وعدّل النص أو الصورة هناك بما يوافق سياساتها الإعلانية (فيُراجَع الإعلان من جديد)، أو ألغِ العنصر من هنا.</translation>
    </message>
</context>
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
    <name>cf::AdsCommand</name>
    <message>
        <source>Pause, resume or show a campaign's paid ads: ads pause|resume|show --campaign ID [--json].</source>
        <translation>أوقِف إعلانات حملة مدفوعة أو استأنفها أو اعرضها: ads pause|resume|show --campaign ID [--json].</translation>
    </message>
    <message>
        <source>The campaign has no ads on any platform yet.</source>
        <translation>لا إعلانات لهذه الحملة على أي منصة بعد.</translation>
    </message>
    <message>
        <source>Ads paused by you.</source>
        <translation>الإعلانات أوقفتَها أنت.</translation>
    </message>
    <message>
        <source>Ads may run.</source>
        <translation>يُسمح للإعلانات بالعمل.</translation>
    </message>
    <message>
        <source>%1 %2 on %3 (account %4): %5</source>
        <translation>%1 %2 على %3 (الحساب %4): %5</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>حملة</translation>
    </message>
    <message>
        <source>ad set</source>
        <translation>مجموعة إعلانية</translation>
    </message>
    <message>
        <source>delivering</source>
        <translation>يُعرَض</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli ads pause|resume|show --campaign ID [--json]</source>
        <translation>الاستخدام: campaignforge-cli ads pause|resume|show --campaign ID [--json]</translation>
    </message>
</context>
<context>
    <name>cf::AdsControl</name>
    <message>
        <source>“%1” is not running (%2), so its ads stay paused. Resume the campaign first.</source>
        <translation>الحملة «%1» لا تعمل الآن (%2)، لذا تبقى إعلاناتها متوقفة. استأنف الحملة أولًا.</translation>
    </message>
    <message>
        <source>“%1” has no ads on any platform yet.</source>
        <translation>لا إعلانات للحملة «%1» على أي منصة حتى الآن.</translation>
    </message>
    <message>
        <source>You paused the ads of “%1”; they are paused on every platform at the next publishing pass.</source>
        <translation>أوقفتَ إعلانات «%1»؛ وستتوقف على كل المنصات في جولة النشر التالية.</translation>
    </message>
    <message>
        <source>You resumed the ads of “%1”; they start again at the next publishing pass.</source>
        <translation>استأنفتَ إعلانات «%1»؛ وستعود للعمل في جولة النشر التالية.</translation>
    </message>
</context>
<context>
    <name>cf::AiCommand</name>
    <message>
        <source>Set up the optional AI copy provider: ai set|status|clear|test.</source>
        <translation>إعداد مزوّد الذكاء الاصطناعي الاختياري لكتابة النصوص: ai set|status|clear|test.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli ai set --base-url URL --model MODEL [--keep-key]   (the API key is read from standard input)
       campaignforge-cli ai status | ai clear | ai test</source>
        <translation>الاستخدام: campaignforge-cli ai set --base-url URL --model MODEL [--keep-key]   (يُقرأ مفتاح الواجهة البرمجية من الإدخال القياسي)
       campaignforge-cli ai status | ai clear | ai test</translation>
    </message>
    <message>
        <source>The AI provider's settings and key were removed.</source>
        <translation>حُذفت إعدادات مزوّد الذكاء الاصطناعي ومفتاحه.</translation>
    </message>
    <message>
        <source>No API key on standard input (use --keep-key to keep the stored one).</source>
        <translation>لا يوجد مفتاح واجهة برمجية في الإدخال القياسي (استخدم --keep-key للإبقاء على المفتاح المحفوظ).</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>تعذّرت قراءة الإدخال القياسي.</translation>
    </message>
    <message>
        <source>AI provider saved: %1, model %2 (key in the system keychain).</source>
        <translation>حُفظ مزوّد الذكاء الاصطناعي: %1، النموذج %2 (المفتاح في سلسلة مفاتيح النظام).</translation>
    </message>
    <message>
        <source>The AI provider is not set up: run "ai set --base-url URL --model MODEL".</source>
        <translation>مزوّد الذكاء الاصطناعي غير مُعَد: شغّل ‏"ai set --base-url URL --model MODEL".</translation>
    </message>
</context>
<context>
    <name>cf::AiCopyClient</name>
    <message>
        <source>The provider answered correctly (model %1).</source>
        <translation>استجاب المزوّد بشكل صحيح (النموذج %1).</translation>
    </message>
    <message>
        <source>The provider could not be reached: %1</source>
        <translation>تعذّر الوصول إلى المزوّد: %1</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>لم يستجب المزوّد في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The provider refused the key (HTTP %1).</source>
        <translation>رفض المزوّد المفتاح (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider's rate limit was reached (HTTP 429).</source>
        <translation>بلغت الطلبات الحد الذي يسمح به المزوّد (HTTP 429).</translation>
    </message>
    <message>
        <source>The provider answered with an error (HTTP %1).</source>
        <translation>ردّ المزوّد بخطأ (HTTP %1).</translation>
    </message>
    <message>
        <source>The provider's answer was not the expected JSON (%1).</source>
        <translation>ردّ المزوّد لم يكن بصيغة JSON المتوقعة (%1).</translation>
    </message>
    <message>
        <source>Enter the base URL, the model and the key first.</source>
        <translation>أدخل العنوان الأساسي والنموذج والمفتاح أولًا.</translation>
    </message>
</context>
<context>
    <name>cf::AiCopyWriter</name>
    <message>
        <source>it repeats another item's text</source>
        <translation>يكرر نص عنصر آخر</translation>
    </message>
    <message>
        <source>the %1 headline is longer than %2</source>
        <translation>عنوان %1 أطول من %2</translation>
    </message>
    <message>
        <source>the %1 text is too long for %2</source>
        <translation>نص %1 أطول مما تسمح به %2</translation>
    </message>
</context>
<context>
    <name>cf::AiPromptBuilder</name>
    <message>
        <source>The AI prompt resource is missing or has no system or user lines.</source>
        <translation>ملف توجيهات الذكاء الاصطناعي مفقود أو لا يحتوي على أسطر النظام أو المستخدم.</translation>
    </message>
</context>
<context>
    <name>cf::AiProvider</name>
    <message>
        <source>Enter the provider's base URL, e.g. https://api.openai.com/v1.</source>
        <translation>أدخل العنوان الأساسي للمزوّد، مثل https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>"%1" is not an http or https address.</source>
        <translation>«%1» ليس عنوان http أو https.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query, a fragment or a user name.</source>
        <translation>يجب ألا يحتوي العنوان الأساسي على استعلام أو جزء (#) أو اسم مستخدم.</translation>
    </message>
    <message>
        <source>The AI provider is not set up (base URL, model and key are needed); template copy was used.</source>
        <translation>مزوّد الذكاء الاصطناعي غير مُعَد (يلزم العنوان الأساسي والنموذج والمفتاح)؛ استُخدم نص القوالب.</translation>
    </message>
    <message>
        <source>The AI provider could not be reached (%1); template copy was used.</source>
        <translation>تعذّر الوصول إلى مزوّد الذكاء الاصطناعي (%1)؛ استُخدم نص القوالب.</translation>
    </message>
    <message>
        <source>The AI provider did not answer in time; template copy was used.</source>
        <translation>لم يستجب مزوّد الذكاء الاصطناعي في الوقت المحدد؛ استُخدم نص القوالب.</translation>
    </message>
    <message>
        <source>The AI provider refused the key (HTTP %1); template copy was used.</source>
        <translation>رفض مزوّد الذكاء الاصطناعي المفتاح (HTTP %1)؛ استُخدم نص القوالب.</translation>
    </message>
    <message>
        <source>The AI provider's rate limit was reached (HTTP 429); template copy was used.</source>
        <translation>بلغت الطلبات الحد الذي يسمح به مزوّد الذكاء الاصطناعي (HTTP 429)؛ استُخدم نص القوالب.</translation>
    </message>
    <message>
        <source>The AI provider answered with an error (HTTP %1); template copy was used.</source>
        <translation>ردّ مزوّد الذكاء الاصطناعي بخطأ (HTTP %1)؛ استُخدم نص القوالب.</translation>
    </message>
    <message>
        <source>The AI provider's answer was not the expected JSON (%1); template copy was used.</source>
        <translation>ردّ مزوّد الذكاء الاصطناعي لم يكن بصيغة JSON المتوقعة (%1)؛ استُخدم نص القوالب.</translation>
    </message>
    <message>
        <source>The AI copy did not pass the checks (%1); template copy was used.</source>
        <translation>لم يجتز نص الذكاء الاصطناعي الفحوص (%1)؛ استُخدم نص القوالب.</translation>
    </message>
</context>
<context>
    <name>cf::AiProviderSection</name>
    <message>
        <source>AI copy provider (optional)</source>
        <translation>مزوّد الذكاء الاصطناعي للنصوص (اختياري)</translation>
    </message>
    <message>
        <source>Let an AI model improve the generated copy</source>
        <translation>اسمح لنموذج ذكاء اصطناعي بتحسين النصوص المُنشأة</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>العنوان الأساسي:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>مفتاح الواجهة البرمجية:</translation>
    </message>
    <message>
        <source>Stored in your keychain; type a new key to replace it</source>
        <translation>محفوظ في سلسلة المفاتيح؛ اكتب مفتاحًا جديدًا لاستبداله</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>الصق مفتاح الواجهة البرمجية</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible chat-completions service works. The key is kept in your system keychain, never in the settings or the database. When the service is unreachable or its text fails the brand checks, the built-in templates are used and the item says why.</source>
        <translation>تعمل أي خدمة محادثة متوافقة مع OpenAI. يُحفظ المفتاح في سلسلة مفاتيح النظام، ولا يُحفظ أبدًا في الإعدادات أو قاعدة البيانات. إذا تعذّر الوصول إلى الخدمة أو لم يجتز نصها فحوص العلامة التجارية، تُستخدم القوالب المدمجة ويوضّح العنصر السبب.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Saved. The key is in your keychain.</source>
        <translation>حُفظ. المفتاح في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Saved, but no key is stored yet: paste the API key and save again.</source>
        <translation>حُفظ، لكن لا يوجد مفتاح محفوظ بعد: الصق مفتاح الواجهة البرمجية واحفظ مرة أخرى.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>جارٍ سؤال %1…</translation>
    </message>
    <message>
        <source>The AI provider was removed; copy comes from the templates.</source>
        <translation>أُزيل مزوّد الذكاء الاصطناعي؛ تأتي النصوص من القوالب.</translation>
    </message>
</context>
<context>
    <name>cf::AiProviderStore</name>
    <message>
        <source>Enter the model name, e.g. gpt-4o-mini.</source>
        <translation>أدخل اسم النموذج، مثل gpt-4o-mini.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>مفتاح الواجهة البرمجية فارغ.</translation>
    </message>
</context>
<context>
    <name>cf::AppsCommand</name>
    <message>
        <source>Store platform app credentials: apps set PLATFORM --client-id ID [--client-secret-stdin].</source>
        <translation>احفظ بيانات اعتماد تطبيق المنصة: apps set PLATFORM --client-id ID [--client-secret-stdin].</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli apps set PLATFORM --client-id ID [--client-secret-stdin] [--redirect-uri URI] [--redirect KIND]
       campaignforge-cli apps show PLATFORM | apps clear PLATFORM</source>
        <translation>الاستخدام: campaignforge-cli apps set PLATFORM --client-id ID [--client-secret-stdin] [--redirect-uri URI] [--redirect KIND]
       campaignforge-cli apps show PLATFORM | apps clear PLATFORM</translation>
    </message>
    <message>
        <source>Removed the app credentials of %1.</source>
        <translation>أُزيلت بيانات اعتماد تطبيق %1.</translation>
    </message>
    <message>
        <source>%1 does not support the redirect "%2".</source>
        <translation>لا يدعم %1 طريقة إعادة التوجيه "%2".</translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation>لا يوجد سرّ التطبيق (client secret) في الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>تعذّرت قراءة الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Saved the app credentials of %1 in the system keychain.</source>
        <translation>حُفظت بيانات اعتماد تطبيق %1 في سلسلة مفاتيح النظام (Keychain).</translation>
    </message>
    <message>
        <source>%1 has no app credentials.</source>
        <translation>لا توجد بيانات اعتماد تطبيق محفوظة للمنصة %1.</translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation>معرّف التطبيق (client ID): %1</translation>
    </message>
    <message>
        <source>Client secret: none</source>
        <translation>سرّ التطبيق (client secret): غير موجود</translation>
    </message>
    <message>
        <source>Client secret: stored</source>
        <translation>سرّ التطبيق (client secret): محفوظ</translation>
    </message>
    <message>
        <source>Redirect URI: %1</source>
        <translation>عنوان إعادة التوجيه (redirect URI): ⁨%1⁩</translation>
    </message>
    <message>
        <source>Redirect: %1</source>
        <translation>طريقة إعادة التوجيه: %1</translation>
    </message>
    <message>
        <source>(built-in defaults of this build)</source>
        <translation>(الإعدادات الافتراضية المضمّنة في هذا الإصدار)</translation>
    </message>
</context>
<context>
    <name>cf::AssetStore</name>
    <message>
        <source>Cannot store the file "%1" in the assets folder: %2</source>
        <translation>تعذّر حفظ الملف "⁨%1⁩" في مجلد الوسائط: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation>تعذّر إنشاء المجلد.</translation>
    </message>
    <message>
        <source>copying failed.</source>
        <translation>فشل النسخ.</translation>
    </message>
</context>
<context>
    <name>cf::AuthorizationSession</name>
    <message>
        <source>This sign-in has already started.</source>
        <translation>بدأت عملية تسجيل الدخول هذه بالفعل.</translation>
    </message>
    <message>
        <source>%1 needs a client id and a client secret under Platform apps before you can connect.</source>
        <translation>لربط حساب %1، أدخل أولًا معرّف التطبيق (client ID) وسرّ التطبيق (client secret) في "تطبيقات المنصات".</translation>
    </message>
    <message>
        <source>%1 needs a client id under Platform apps before you can connect.</source>
        <translation>لربط حساب %1، أدخل أولًا معرّف التطبيق (client ID) في "تطبيقات المنصات".</translation>
    </message>
    <message>
        <source>%1 does not support this way of returning to CampaignForge.</source>
        <translation>لا يدعم %1 طريقة العودة هذه إلى CampaignForge.</translation>
    </message>
    <message>
        <source>Enter the https redirect URL registered for your %1 app under Platform apps.</source>
        <translation>أدخل في "تطبيقات المنصات" عنوان إعادة التوجيه بصيغة https المسجّل لتطبيقك على %1.</translation>
    </message>
    <message>
        <source>This sign-in is over. Start again.</source>
        <translation>انتهت عملية تسجيل الدخول هذه. ابدأ من جديد.</translation>
    </message>
    <message>
        <source>That is not the address the sign-in ended on. Copy the whole address from the browser's address bar; it starts with %1</source>
        <translation>هذا ليس العنوان الذي انتهى إليه تسجيل الدخول. انسخ العنوان كاملًا من شريط العناوين في المتصفح؛ وهو يبدأ بـ ⁨%1⁩</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>أُلغي تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The sign-in took too long and was stopped. Start again when you are ready.</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا فأُوقف. ابدأ من جديد عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <source>The sign-in answer did not match the request CampaignForge made, so it was refused. Start again.</source>
        <translation>رُفض ردّ تسجيل الدخول لأنه لا يطابق الطلب الذي أرسله CampaignForge. ابدأ من جديد.</translation>
    </message>
    <message>
        <source>%1 did not grant access: the sign-in was declined or failed.</source>
        <translation>لم يمنح %1 إذن الوصول: رُفض تسجيل الدخول أو فشل.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code. Start again.</source>
        <translation>لا يتضمن ردّ تسجيل الدخول رمز التفويض (authorization code). ابدأ من جديد.</translation>
    </message>
</context>
<context>
    <name>cf::AutomationActivityDialog</name>
    <message>
        <source>Automation activity</source>
        <translation>نشاط الأتمتة</translation>
    </message>
    <message>
        <source>Automation activity: %1</source>
        <translation>نشاط الأتمتة: %1</translation>
    </message>
    <message>
        <source>This campaign is not AI-optimised, so the optimiser leaves it alone. The limits below apply once you choose the AI-optimised level. Everything the automation did is listed here.</source>
        <translation>هذه الحملة ليست على مستوى التحسين بالذكاء الاصطناعي، فلا يغيّر المُحسِّن فيها شيئًا. تسري الحدود أدناه متى اخترت ذلك المستوى. وكل ما فعلته الأتمتة مسجَّل هنا.</translation>
    </message>
    <message>
        <source>Once results come in, the optimiser moves remaining posts to the hours when people engaged most and shifts ad budget towards the ad set with the lowest cost per result. Every change is listed here and can be undone.</source>
        <translation>حين تصل النتائج ينقل المُحسِّن المنشورات المتبقية إلى الساعات التي تفاعل فيها الناس أكثر، ويحوّل ميزانية الإعلانات نحو المجموعة الإعلانية الأقل تكلفة للنتيجة. كل تغيير مسجَّل هنا ويمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>Limits for this campaign</source>
        <translation>حدود هذه الحملة</translation>
    </message>
    <message>
        <source>Move remaining posts to the best hours of the same day</source>
        <translation>انقل المنشورات المتبقية إلى أفضل ساعات اليوم نفسه</translation>
    </message>
    <message>
        <source>Shift ad budget towards the best ad set</source>
        <translation>حوّل ميزانية الإعلانات نحو أفضل مجموعة إعلانية</translation>
    </message>
    <message>
        <source>Largest budget change per ad set per day:</source>
        <translation>أقصى تغيير في ميزانية المجموعة الإعلانية يوميًا:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي جرى</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Undo change</source>
        <translation>ت&amp;راجع عن التغيير</translation>
    </message>
    <message>
        <source>Put the post's time or the ad budgets back as they were before this change</source>
        <translation>أعِد وقت المنشور أو ميزانيات الإعلانات إلى ما كانت عليه قبل هذا التغيير</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>The activity could not be read: %1</source>
        <translation>تعذّرت قراءة النشاط: %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع عنه</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>تعذّر التراجع عن التغيير: %1</translation>
    </message>
</context>
<context>
    <name>cf::AutomationLogRepository</name>
    <message>
        <source>There is no automation log entry %1.</source>
        <translation>لا يوجد قيد أتمتة برقم %1.</translation>
    </message>
</context>
<context>
    <name>cf::BrandGuard</name>
    <message>
        <source>"%1" is on the brand's list of banned words.</source>
        <translation>الكلمة "%1" مدرجة في قائمة الكلمات المحظورة لدى العلامة التجارية.</translation>
    </message>
    <message>
        <source>"%1" promises guaranteed or unrealistic results, which ad platforms reject.</source>
        <translation>العبارة "%1" تَعِد بنتائج مضمونة أو غير واقعية، وهذا ما ترفضه منصات الإعلان.</translation>
    </message>
    <message>
        <source>"%1" reads as a health or weight-loss claim, which ad platforms restrict.</source>
        <translation>العبارة "%1" تبدو ادعاءً صحيًا أو متعلقًا بإنقاص الوزن، وهذا ما تقيّده منصات الإعلان.</translation>
    </message>
    <message>
        <source>"%1" suggests a before-and-after comparison, which ad platforms restrict.</source>
        <translation>العبارة "%1" توحي بمقارنة بين ما قبل وما بعد، وهذا ما تقيّده منصات الإعلان.</translation>
    </message>
    <message>
        <source>"%1" asserts or implies a personal attribute of the reader, which ad platforms forbid.</source>
        <translation>العبارة "%1" تنسب إلى القارئ صفة شخصية صراحةً أو ضمنًا، وهذا ما تحظره منصات الإعلان.</translation>
    </message>
    <message>
        <source>The Arabic text is mostly in another language.</source>
        <translation>معظم النص العربي مكتوب بلغة أخرى.</translation>
    </message>
    <message>
        <source>The English text contains Arabic or another language.</source>
        <translation>يحتوي النص الإنجليزي على كلام بالعربية أو بلغة أخرى.</translation>
    </message>
    <message>
        <source>%1 is %2 long; %3 allows %4.</source>
        <translation>طول الحقل %1 يبلغ %2، والحد الأقصى على %3 هو %4.</translation>
    </message>
    <message>
        <source>%1 is %2 long; inboxes show about %3.</source>
        <translation>طول الحقل %1 يبلغ %2، بينما تعرض صناديق البريد نحو %3 فقط.</translation>
    </message>
    <message>
        <source>%1 is empty or too short.</source>
        <translation>الحقل %1 فارغ أو قصير جدًا.</translation>
    </message>
    <message>
        <source>%1 may not contain emoji on %2.</source>
        <translation>لا يُسمح بالرموز التعبيرية (emoji) في الحقل %1 على %2.</translation>
    </message>
    <message>
        <source>%1 may not contain &lt; or &gt; on %2.</source>
        <translation>لا يُسمح بالرمزين &lt; و &gt; في الحقل %1 على %2.</translation>
    </message>
    <message>
        <source>There is no Arabic text.</source>
        <translation>لا يوجد نص عربي.</translation>
    </message>
    <message>
        <source>There is no English text.</source>
        <translation>لا يوجد نص إنجليزي.</translation>
    </message>
    <message>
        <source>There is no call to action.</source>
        <translation>لا توجد عبارة حث على اتخاذ إجراء.</translation>
    </message>
    <message>
        <source>%1 hashtags; %2 takes at most %3.</source>
        <translation>عدد الوسوم %1، والحد الأقصى على %2 هو %3.</translation>
    </message>
    <message>
        <source>The e-mail has no unsubscribe link (%1).</source>
        <translation>لا تحتوي رسالة البريد الإلكتروني على رابط إلغاء الاشتراك (%1).</translation>
    </message>
    <message>
        <source>The brand's required disclaimer is missing.</source>
        <translation>إخلاء المسؤولية الذي تشترطه العلامة التجارية غير موجود.</translation>
    </message>
    <message>
        <source>There is no landing page: add the product's URL or the brand's website.</source>
        <translation>لا توجد صفحة هبوط: أضف رابط المنتج أو موقع العلامة التجارية.</translation>
    </message>
    <message>
        <source>None of the brand's hashtags is used.</source>
        <translation>لم يُستخدم أي وسم من وسوم العلامة التجارية.</translation>
    </message>
</context>
<context>
    <name>cf::BrandPage</name>
    <message>
        <source>Images (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Remembered from the last campaign</source>
        <translation>محفوظ من الحملة السابقة</translation>
    </message>
    <message>
        <source>Your brand and product</source>
        <translation>علامتك التجارية ومنتجك</translation>
    </message>
    <message>
        <source>The copy and images use these. They are remembered for your next campaign.</source>
        <translation>تُستخدم هذه البيانات في النصوص والصور، وتُحفظ لحملتك القادمة.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>اسم النشاط التجاري:</translation>
    </message>
    <message>
        <source>Product (English):</source>
        <translation>المنتج (بالإنجليزية):</translation>
    </message>
    <message>
        <source>Product (Arabic):</source>
        <translation>المنتج (بالعربية):</translation>
    </message>
    <message>
        <source>Offer (English):</source>
        <translation>العرض (بالإنجليزية):</translation>
    </message>
    <message>
        <source>Offer (Arabic):</source>
        <translation>العرض (بالعربية):</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>السعر:</translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation>صفحة الهبوط:</translation>
    </message>
    <message>
        <source>Product photo:</source>
        <translation>صورة المنتج:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>أسلوب الخطاب:</translation>
    </message>
    <message>
        <source>e.g. 30% off every abaya</source>
        <translation>e.g. 30% off every abaya</translation>
    </message>
    <message>
        <source>e.g. خصم 30٪ على كل العبايات</source>
        <translation>مثال: خصم 30٪ على كل العبايات</translation>
    </message>
    <message>
        <source>Write the full address, starting with https:// or http://.</source>
        <translation>اكتب العنوان كاملًا، بدءًا بـ https://‎ أو http://‎.</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>اختر صورة…</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>اختر شعارًا…</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>رسمي</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>ودّي</translation>
    </message>
    <message>
        <source>Playful</source>
        <translation>مرح</translation>
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
    <name>cf::BriefPage</name>
    <message>
        <source>Manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>Semi-automated</source>
        <translation>شبه تلقائي</translation>
    </message>
    <message>
        <source>Fully automated</source>
        <translation>تلقائي بالكامل</translation>
    </message>
    <message>
        <source>AI-optimised</source>
        <translation>محسَّن بالذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>You approve and publish every item yourself.</source>
        <translation>تعتمد كل عنصر وتنشره بنفسك.</translation>
    </message>
    <message>
        <source>Items you approve are published on schedule by themselves.</source>
        <translation>تُنشر العناصر التي تعتمدها تلقائيًا في مواعيدها.</translation>
    </message>
    <message>
        <source>Everything is published on schedule without asking you first.</source>
        <translation>يُنشر كل شيء في موعده دون الرجوع إليك أولًا.</translation>
    </message>
    <message>
        <source>Published automatically, and budget and timing follow what performs best.</source>
        <translation>يُنشر تلقائيًا، وتتبع الميزانية والتوقيت ما يحقق أفضل أداء.</translation>
    </message>
    <message>
        <source>%1 — connected as %2</source>
        <translation>%1 — مرتبط باسم %2</translation>
    </message>
    <message>
        <source>Content for %1 will be published to this account.</source>
        <translation>سيُنشر محتوى %1 على هذا الحساب.</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — غير مرتبط</translation>
    </message>
    <message>
        <source>The %1 account needs to be connected again on the Connections page.</source>
        <translation>يجب إعادة ربط حساب %1 من صفحة الحسابات المرتبطة.</translation>
    </message>
    <message>
        <source>Connect %1 on the Connections page before publishing; you can plan and review without it.</source>
        <translation>اربط %1 من صفحة الحسابات المرتبطة قبل النشر؛ ويمكنك التخطيط والمراجعة من دونه.</translation>
    </message>
    <message>
        <source>Check the details</source>
        <translation>راجع التفاصيل</translation>
    </message>
    <message>
        <source>This is what the sentence says. Correct anything; values marked "inferred" were chosen for you.</source>
        <translation>هذا ما فهمناه من جملتك. صحّح ما تشاء؛ فالقيم المعلَّمة بـ«مُستنتَج» اختيرت لك.</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>المنصات:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>الميزانية:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>الجمهور:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>الأماكن:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>تاريخ البدء:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>تاريخ الانتهاء:</translation>
    </message>
    <message>
        <source>Campaign type:</source>
        <translation>نوع الحملة:</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>الهدف:</translation>
    </message>
    <message>
        <source>Automation:</source>
        <translation>الأتمتة:</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>مُستنتَج</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Cities or countries, separated by commas</source>
        <translation>مدن أو دول، مفصولة بفواصل</translation>
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
    <name>cf::CalendarFilterBar</name>
    <message>
        <source>All campaigns</source>
        <translation>كل الحملات</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>Platforms: %1 of %2</source>
        <translation>المنصات: %1 من %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Statuses: %1 of %2</source>
        <translation>الحالات: %1 من %2</translation>
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
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>تعذّرت قراءة التقويم: %1</translation>
    </message>
    <message>
        <source>Times in this computer's time zone, %1 (%2)</source>
        <translation>الأوقات بتوقيت هذا الجهاز، %1 (%2)</translation>
    </message>
    <message>
        <source>Times in the campaign's time zone, %1 (%2)</source>
        <translation>الأوقات بتوقيت الحملة، %1 (%2)</translation>
    </message>
    <message>
        <source>The scheduling rules are still loading; try again in a moment.</source>
        <translation>ما زالت قواعد الجدولة قيد التحميل؛ حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>لم يُنقل: %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>نقل «%1» إلى %2</translation>
    </message>
    <message>
        <source>The new time could not be saved: %1</source>
        <translation>تعذّر حفظ الموعد الجديد: %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of the week</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>Gregorian period, then Hijri months</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last Hijri month</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>cf::CalendarViewBase</name>
    <message>
        <source>%1
%2 · %3 · %4
%5
Campaign: %6</source>
        <translation>%1
%2 · %3 · %4
%5
الحملة: %6</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, then item title</comment>
        <translation>%1 %2</translation>
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
    <name>cf::CampaignAdsBar</name>
    <message>
        <source>You paused these ads; they are being paused on the platforms.</source>
        <translation>أوقفتَ هذه الإعلانات، وجارٍ إيقافها على المنصات.</translation>
    </message>
    <message>
        <source>You paused these ads. They stay paused on every platform until you resume them.</source>
        <translation>أوقفتَ هذه الإعلانات، وستبقى متوقفة على كل المنصات حتى تستأنفها.</translation>
    </message>
    <message>
        <source>The ads are running on the platforms.</source>
        <translation>الإعلانات تعمل على المنصات.</translation>
    </message>
    <message>
        <source>The ads exist on the platforms and are paused. They start when all of them are published and the campaign runs.</source>
        <translation>الإعلانات موجودة على المنصات ومتوقفة، وتبدأ حين تُنشَر كلها وتبدأ الحملة.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pause ads</source>
        <translation>إيقاف الإعلانات</translation>
    </message>
    <message>
        <source>Stop the spend: the campaign, its ad sets and ads are paused on every platform. Organic posts are not affected.</source>
        <translation>أوقِف الإنفاق: تتوقف الحملة ومجموعاتها الإعلانية وإعلاناتها على كل المنصات، ولا تتأثر المنشورات العادية.</translation>
    </message>
    <message>
        <source>Resume ads</source>
        <translation>استئناف الإعلانات</translation>
    </message>
    <message>
        <source>Switch the ads paused here on again.</source>
        <translation>أعِد تشغيل الإعلانات التي أُوقفت من هنا.</translation>
    </message>
</context>
<context>
    <name>cf::CampaignCardDelegate</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
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
    <name>cf::CampaignCreationService</name>
    <message>
        <source>Planning the campaign</source>
        <translation>جارٍ تخطيط الحملة</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>جارٍ حفظ المسودة</translation>
    </message>
    <message>
        <source>Writing the Arabic and English copy</source>
        <translation>جارٍ كتابة النصوص العربية والإنجليزية</translation>
    </message>
    <message>
        <source>Making images, voice-overs and videos</source>
        <translation>جارٍ إنشاء الصور والتعليقات الصوتية والفيديوهات</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>My business</source>
        <translation>نشاطي التجاري</translation>
    </message>
    <message numerus="yes">
        <source>%n items written</source>
        <translation>
            <numerusform>لم يُكتب أي عنصر</numerusform>
            <numerusform>كُتب عنصر واحد</numerusform>
            <numerusform>كُتب عنصران</numerusform>
            <numerusform>كُتبت %n عناصر</numerusform>
            <numerusform>كُتب %n عنصرًا</numerusform>
            <numerusform>كُتب %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 media files</source>
        <translation>%1 من %2 من ملفات الوسائط</translation>
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
    <message>
        <source>No items</source>
        <translation>لا توجد عناصر</translation>
    </message>
    <message>
        <source>%1 approved, %2 published of %3</source>
        <translation>%1 معتمد و%2 منشور من %3</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
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
    <name>cf::CampaignStructureView</name>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>مجموعة إعلانية</translation>
    </message>
    <message>
        <source>Ad squad</source>
        <translation>فرقة إعلانية</translation>
    </message>
    <message>
        <source>Ad set</source>
        <translation>مجموعة إعلانية</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>الحملة %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>all ages</source>
        <translation>كل الأعمار</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Ad: %1 (%2)</source>
        <translation>إعلان: %1 (%2)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>The paid part of the campaign: each platform's ad sets (ad groups on TikTok, ad squads on Snapchat) with their budget and audience. Select one to change its budget or targeting.</source>
        <translation>الجزء المدفوع من الحملة: المجموعات الإعلانية لكل منصة (المجموعات الإعلانية على تيك توك، والفرق الإعلانية على سناب شات) بميزانيتها وجمهورها. اختر إحداها لتغيير ميزانيتها أو استهدافها.</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>الهيكل</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>الاستهداف</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>الميزانية:</translation>
    </message>
    <message>
        <source>Ages:</source>
        <translation>الأعمار:</translation>
    </message>
    <message>
        <source>Genders:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>Places (comma-separated):</source>
        <translation>الأماكن (مفصولة بفواصل):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>على المنصة</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
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
    <name>cf::CampaignWizard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Creating the campaign</source>
        <translation>جارٍ إنشاء الحملة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The campaign could not be created</source>
        <translation>تعذّر إنشاء الحملة</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي &lt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&gt; السابق</translation>
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
    <message>
        <source>The planning tables could not be read; reinstall CampaignForge.</source>
        <translation>تعذّرت قراءة جداول التخطيط؛ أعد تثبيت CampaignForge.</translation>
    </message>
    <message>
        <source>The campaign could not be duplicated: %1</source>
        <translation>تعذّر تكرار الحملة: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>The campaign could not be archived: %1</source>
        <translation>تعذّرت أرشفة الحملة: %1</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>حذف الحملة</translation>
    </message>
    <message>
        <source>Delete the campaign "%1" with all its content? This cannot be undone.</source>
        <translation>هل تريد حذف الحملة «%1» بكل محتواها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The campaign could not be deleted: %1</source>
        <translation>تعذّر حذف الحملة: %1</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>Start a campaign from one sentence (Ctrl+N).</source>
        <translation>ابدأ حملة من جملة واحدة (Ctrl+N).</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Show the campaigns as a table</source>
        <translation>اعرض الحملات في جدول</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>بطاقات</translation>
    </message>
    <message>
        <source>Show the campaigns as cards</source>
        <translation>اعرض الحملات كبطاقات</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>عرض المؤرشفة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Review the campaign's content</source>
        <translation>راجع محتوى الحملة</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Make a draft copy of the campaign and its content</source>
        <translation>أنشئ نسخة مسودة من الحملة ومحتواها</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Press New campaign (Ctrl+N) and write what you want in English or Arabic.</source>
        <translation>اضغط «حملة جديدة» (Ctrl+N) واكتب ما تريد بالعربية أو الإنجليزية.</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Bring the campaign back as a draft</source>
        <translation>أعد الحملة كمسودة</translation>
    </message>
    <message>
        <source>Hide the campaign from the list without deleting it</source>
        <translation>أخفِ الحملة من القائمة دون حذفها</translation>
    </message>
    <message>
        <source>Automation ac&amp;tivity…</source>
        <translation>&amp;نشاط الأتمتة…</translation>
    </message>
    <message>
        <source>What the automation did for this campaign, with undo, and the optimiser's limits</source>
        <translation>ما فعلته الأتمتة لهذه الحملة مع إمكانية التراجع، وحدود المُحسِّن</translation>
    </message>
</context>
<context>
    <name>cf::CancelsScheduledPosts</name>
    <message>
        <source>It is already out on %1; delete it there if it should go.</source>
        <translation>نُشر بالفعل على %1؛ احذفه من هناك إن أردت إزالته.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
    <message>
        <source>The command "%1" runs only from campaignforge-cli's event loop.</source>
        <translation>لا يعمل الأمر "%1" إلا من حلقة الأحداث في campaignforge-cli.</translation>
    </message>
</context>
<context>
    <name>cf::ConnectCommand</name>
    <message>
        <source>Unknown platform "%1". Use one of: %2, wordpress.</source>
        <translation>المنصة "%1" غير معروفة. استخدم إحدى المنصات التالية: %2، wordpress.</translation>
    </message>
    <message>
        <source>Connect an account: connect PLATFORM [--no-browser].</source>
        <translation>اربط حسابًا: connect PLATFORM [--no-browser].</translation>
    </message>
    <message>
        <source>%1 can return to CampaignForge by: %2.</source>
        <translation>يمكن للمنصة %1 العودة إلى CampaignForge عبر: %2.</translation>
    </message>
    <message>
        <source>The embedded sign-in needs the CampaignForge window; use --redirect paste.</source>
        <translation>يتطلب تسجيل الدخول المضمّن نافذة CampaignForge؛ استخدم ‎--redirect paste.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli connect PLATFORM [--no-browser] [--redirect KIND]
       campaignforge-cli connect wordpress --site URL --user NAME  (the application password is read from standard input)</source>
        <translation>الاستخدام: campaignforge-cli connect PLATFORM [--no-browser] [--redirect KIND]
       campaignforge-cli connect wordpress --site URL --user NAME  (تُقرأ كلمة مرور التطبيق من الإدخال القياسي)</translation>
    </message>
    <message>
        <source>Connected %1 account "%2" (connection %3).</source>
        <translation>تم ربط حساب %1 "%2" (معرّف الحساب المرتبط: %3).</translation>
    </message>
    <message>
        <source>Open this address in your browser and sign in:</source>
        <translation>افتح هذا العنوان في المتصفح وسجّل الدخول:</translation>
    </message>
    <message>
        <source>(No browser could be started: open the address yourself.)</source>
        <translation>(تعذّر تشغيل المتصفح: افتح العنوان بنفسك.)</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 …</source>
        <translation>بانتظار عودة المتصفح إلى ⁨%1⁩ …</translation>
    </message>
    <message>
        <source>When the browser shows %1, copy the whole address from its address bar and paste it here:</source>
        <translation>عندما يعرض المتصفح ⁨%1⁩، انسخ العنوان كاملًا من شريط العناوين والصقه هنا:</translation>
    </message>
    <message>
        <source>Application password for %1:</source>
        <translation>كلمة مرور التطبيق للمستخدم %1:</translation>
    </message>
    <message>
        <source>No application password was given.</source>
        <translation>لم تُدخَل كلمة مرور التطبيق.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>تعذّرت قراءة الإدخال القياسي.</translation>
    </message>
</context>
<context>
    <name>cf::ConnectionService</name>
    <message>
        <source>There is no sign-in for "%1".</source>
        <translation>لا تتوفر طريقة لتسجيل الدخول إلى "%1".</translation>
    </message>
    <message>
        <source>%1 needs a registered developer app. Enter its client id under Platform apps (or run: campaignforge-cli apps set %2 --client-id ID).</source>
        <translation>يتطلب %1 تطبيق مطوّر مسجّلًا. أدخل معرّف التطبيق (client ID) في "تطبيقات المنصات" (أو شغّل: campaignforge-cli apps set %2 --client-id ID).</translation>
    </message>
    <message>
        <source>CampaignForge cannot read accounts of %1 yet.</source>
        <translation>لا يستطيع CampaignForge قراءة حسابات %1 بعد.</translation>
    </message>
    <message>
        <source>"%1" is not a web site address. Enter it as https://example.com.</source>
        <translation>"⁨%1⁩" ليس عنوان موقع ويب. أدخله بصيغة https://example.com.</translation>
    </message>
    <message>
        <source>Enter the WordPress user name and an application password.</source>
        <translation>أدخل اسم مستخدم WordPress وكلمة مرور التطبيق.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and the internet connection.</source>
        <translation>تعذّر الوصول إلى ⁨%1⁩. تحقق من العنوان ومن الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>The site ignored the sign-in: its web server may strip the Authorization header. Ask the host to pass it to WordPress.</source>
        <translation>تجاهل الموقع تسجيل الدخول: ربما يحذف خادم الويب الترويسة Authorization. اطلب من مزوّد الاستضافة تمريرها إلى WordPress.</translation>
    </message>
    <message>
        <source>WordPress refused the user name or application password.</source>
        <translation>رفض WordPress اسم المستخدم أو كلمة مرور التطبيق.</translation>
    </message>
    <message>
        <source>%1 does not answer like a WordPress site with the REST API enabled (HTTP %2).</source>
        <translation>لا يستجيب ⁨%1⁩ كموقع WordPress مفعّلة فيه واجهة REST API ‏(HTTP %2).</translation>
    </message>
</context>
<context>
    <name>cf::ConnectionStateText</name>
    <message>
        <source>Connected as %1, but the keychain holding its sign-in is unavailable</source>
        <translation>مرتبط باسم %1، لكن سلسلة المفاتيح التي تحفظ بيانات دخوله غير متاحة</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again</source>
        <translation>يحتاج %1 إلى تسجيل دخولك من جديد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Problem with %1: %2</source>
        <translation>مشكلة في %1: %2</translation>
    </message>
    <message>
        <source>reconnect the account</source>
        <translation>أعد ربط الحساب</translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired: reconnect it</source>
        <translation>انتهت صلاحية تسجيل الدخول إلى %1: أعد ربطه</translation>
    </message>
    <message>
        <source>Connected as %1, expires within a day</source>
        <translation>مرتبط باسم %1، وتنتهي الصلاحية خلال يوم</translation>
    </message>
    <message>
        <source>Connected as %1, expires in %2 days</source>
        <translation>مرتبط باسم %1، وتنتهي الصلاحية بعد %2 يومًا</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>مرتبط باسم %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Instagram account</source>
        <translation>حساب إنستغرام</translation>
    </message>
    <message>
        <source>Ad account</source>
        <translation>حساب إعلاني</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>معلن</translation>
    </message>
    <message>
        <source>Open Keychain Access and unlock the login keychain, then press Try again.</source>
        <translation>افتح تطبيق Keychain Access وألغِ قفل سلسلة مفاتيح تسجيل الدخول، ثم اضغط «حاول مرة أخرى».</translation>
    </message>
    <message>
        <source>Sign in to Windows with your own account (Credential Manager needs it), then press Try again.</source>
        <translation>سجّل الدخول إلى ويندوز بحسابك الخاص (يحتاجه مدير بيانات الاعتماد)، ثم اضغط «حاول مرة أخرى».</translation>
    </message>
    <message>
        <source>Start GNOME Keyring or KWallet and unlock the login keyring (for example by logging in to the desktop again), then press Try again.</source>
        <translation>شغّل GNOME Keyring أو KWallet وألغِ قفل سلسلة مفاتيح تسجيل الدخول (مثلًا بتسجيل الدخول إلى سطح المكتب من جديد)، ثم اضغط «حاول مرة أخرى».</translation>
    </message>
</context>
<context>
    <name>cf::ConnectionTester</name>
    <message>
        <source>CampaignForge cannot check %1 accounts yet.</source>
        <translation>لا يستطيع CampaignForge فحص حسابات %1 بعد.</translation>
    </message>
    <message>
        <source>Working: %1 answered as %2 (checked at %3).</source>
        <translation>يعمل: استجابت %1 باسم %2 (فُحص الساعة %3).</translation>
    </message>
    <message>
        <source>No saved sign-in was found for this account: reconnect it.</source>
        <translation>لم يُعثر على بيانات دخول محفوظة لهذا الحساب: أعد ربطه.</translation>
    </message>
    <message>
        <source>%1 answered for a different account (%2): reconnect this one.</source>
        <translation>استجابت %1 لحساب مختلف (%2): أعد ربط هذا الحساب.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the address and the internet connection.</source>
        <translation>تعذّر الوصول إلى %1. تحقّق من العنوان واتصال الإنترنت.</translation>
    </message>
    <message>
        <source>WordPress refused the saved application password: reconnect the site.</source>
        <translation>رفض ووردبريس كلمة مرور التطبيق المحفوظة: أعد ربط الموقع.</translation>
    </message>
    <message>
        <source>The site answered unexpectedly (HTTP %1).</source>
        <translation>استجاب الموقع بشكل غير متوقع (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>cf::ConnectionsCommand</name>
    <message>
        <source>connected</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>يتطلب تسجيل الدخول</translation>
    </message>
    <message>
        <source>List connected accounts, or remove one: connections [remove ID].</source>
        <translation>اعرض الحسابات المرتبطة أو أزل أحدها: connections [remove ID].</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli connections | connections remove ID</source>
        <translation>الاستخدام: campaignforge-cli connections | connections remove ID</translation>
    </message>
    <message>
        <source>"%1" is not a connection id.</source>
        <translation>"%1" ليس معرّف حساب مرتبط.</translation>
    </message>
    <message>
        <source>Access revoked at the platform and the connection removed.</source>
        <translation>أُلغي إذن الوصول لدى المنصة وأُزيل الحساب المرتبط.</translation>
    </message>
    <message>
        <source>Removed. The account it belongs to stays connected.</source>
        <translation>أُزيل. ويبقى الحساب الذي يتبع له مرتبطًا.</translation>
    </message>
    <message>
        <source>The connection was removed here, but revoking it at the platform failed: %1</source>
        <translation>أُزيل الحساب المرتبط هنا، لكن تعذّر إلغاء إذن الوصول لدى المنصة: %1</translation>
    </message>
    <message>
        <source>The connection was removed. This platform offers no revocation: remove the app from your account settings there if you wish.</source>
        <translation>أُزيل الحساب المرتبط. لا توفر هذه المنصة طريقة لإلغاء إذن الوصول: أزل التطبيق من إعدادات حسابك فيها إن أردت.</translation>
    </message>
    <message>
        <source>No connected accounts. Connect one with: campaignforge-cli connect PLATFORM</source>
        <translation>لا توجد حسابات مرتبطة. اربط حسابًا بالأمر: campaignforge-cli connect PLATFORM</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(تنتهي صلاحيته في %1)</translation>
    </message>
</context>
<context>
    <name>cf::ConnectionsPage</name>
    <message>
        <source>Connect the accounts CampaignForge publishes to: %1. You sign in on each platform's own page, and the access it grants is kept in your system's keychain, never in the campaign database. Until an account is connected, campaigns can still be planned, generated, reviewed and exported.</source>
        <translation>اربط الحسابات التي ينشر عليها CampaignForge: %1. تسجّل الدخول من صفحة كل منصة نفسها، ويُحفظ إذن الوصول الذي تمنحه في سلسلة مفاتيح نظامك، ولا يُحفظ أبدًا في قاعدة بيانات الحملات. وإلى أن تربط حسابًا، يمكنك التخطيط للحملات وإنشاء محتواها ومراجعته وتصديره.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>تم الربط باسم %1.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>The connected accounts could not be read: %1</source>
        <translation>تعذّرت قراءة الحسابات المرتبطة: %1</translation>
    </message>
    <message>
        <source>Finish the sign-in that is already open first.</source>
        <translation>أكمل تسجيل الدخول المفتوح حاليًا أولًا.</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>هل تريد فصل %1؟</translation>
    </message>
    <message>
        <source>CampaignForge will withdraw its access at %1 where the platform allows it, delete the saved sign-in from the keychain and forget the account and what was found through it. Scheduled posts to it will not be published.</source>
        <translation>سيسحب CampaignForge صلاحية وصوله لدى %1 حيث تسمح المنصة، ويحذف بيانات الدخول المحفوظة من سلسلة المفاتيح، وينسى الحساب وما وُجد من خلاله. ولن تُنشر المنشورات المجدولة عليه.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>%1 was removed here, but the platform did not confirm that access was withdrawn: %2</source>
        <translation>أُزيل %1 هنا، لكن المنصة لم تؤكد سحب الصلاحية: %2</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>فُصل %1.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>لا توجد حسابات مرتبطة</translation>
    </message>
</context>
<context>
    <name>cf::ConnectionsSettingsSection</name>
    <message>
        <source>Connections</source>
        <translation>الحسابات المرتبطة</translation>
    </message>
    <message>
        <source>&amp;Platform apps…</source>
        <translation>تطبيقات المنصات…</translation>
    </message>
    <message>
        <source>The developer apps (client id and secret) CampaignForge signs in with, kept in the keychain.</source>
        <translation>تطبيقات المطوّرين (معرّف العميل وسرّه) التي يسجّل CampaignForge الدخول بها، محفوظة في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Sandbox mode (rehearse with the local platform emulator)</source>
        <translation>وضع التجربة (تدرّب باستخدام محاكي المنصات المحلي)</translation>
    </message>
    <message>
        <source>Connect test accounts and rehearse whole campaigns against campaignforge-sandbox on this computer. Sandbox accounts and campaigns are kept apart from your real ones.</source>
        <translation>اربط حسابات تجريبية وتدرّب على حملات كاملة باستخدام campaignforge-sandbox على هذا الجهاز. تبقى حسابات وحملات وضع التجربة منفصلة عن حساباتك وحملاتك الحقيقية.</translation>
    </message>
    <message>
        <source>Sandbox mode starts the next time you open CampaignForge.</source>
        <translation>يبدأ وضع التجربة في المرة القادمة التي تفتح فيها CampaignForge.</translation>
    </message>
    <message>
        <source>Sandbox mode ends the next time you open CampaignForge.</source>
        <translation>ينتهي وضع التجربة في المرة القادمة التي تفتح فيها CampaignForge.</translation>
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
    <name>cf::ContentCalendarModel</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
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
    <name>cf::CreativeRenderer</name>
    <message>
        <source>Cannot read the image "%1": %2</source>
        <translation>تعذّرت قراءة الصورة "⁨%1⁩": %2</translation>
    </message>
</context>
<context>
    <name>cf::CreativeSpec</name>
    <message>
        <source>Cannot read the image "%1": %2</source>
        <translation>تعذّرت قراءة الصورة "⁨%1⁩": %2</translation>
    </message>
    <message>
        <source>%1 is not a supported creative size; use one of %2.</source>
        <translation>المقاس %1 غير مدعوم للتصاميم الإعلانية؛ استخدم أحد المقاسات: %2.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use en or ar.</source>
        <translation>اللغة "%1" غير معروفة: استخدم en أو ar.</translation>
    </message>
    <message>
        <source>The space kept for captions must be between 0 and 40 %.</source>
        <translation>يجب أن تتراوح المساحة المحجوزة للنصوص المصاحبة بين 0 و40 %.</translation>
    </message>
    <message>
        <source>A creative needs a headline.</source>
        <translation>يحتاج التصميم الإعلاني إلى عنوان رئيسي.</translation>
    </message>
    <message>
        <source>The headline is longer than %1 characters.</source>
        <translation>عدد أحرف العنوان الرئيسي أكثر من %1.</translation>
    </message>
    <message>
        <source>The offer is longer than %1 characters.</source>
        <translation>عدد أحرف العرض أكثر من %1.</translation>
    </message>
    <message>
        <source>The call to action is longer than %1 characters.</source>
        <translation>عدد أحرف عبارة الحث على اتخاذ إجراء أكثر من %1.</translation>
    </message>
</context>
<context>
    <name>cf::DashboardPage</name>
    <message>
        <source>The results could not be read: %1</source>
        <translation>تعذّرت قراءة النتائج: %1</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>ال&amp;حملة:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>ال&amp;منصة:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>المؤ&amp;شر:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Save every measured value of this campaign as a spreadsheet file</source>
        <translation>احفظ كل القيم المقيسة لهذه الحملة في ملف جدول بيانات</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>لا نتائج بعد</translation>
    </message>
    <message>
        <source>Results appear here after the first sync, about an hour after publishing.</source>
        <translation>تظهر النتائج هنا بعد أول مزامنة، أي بعد النشر بنحو ساعة.</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>نسبة النقر</translation>
    </message>
    <message>
        <source>Cost per click</source>
        <translation>تكلفة النقرة</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>There are no campaigns yet.</source>
        <translation>لا حملات بعد.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>حُدِّث %1</translation>
    </message>
    <message>
        <source>results-%1.csv</source>
        <translation>results-%1.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n result row(s) saved to %1.</source>
        <translation>
            <numerusform>لم يُحفظ أي صف من النتائج في %1.</numerusform>
            <numerusform>حُفظ صف واحد من النتائج في %1.</numerusform>
            <numerusform>حُفظ صفّان من النتائج في %1.</numerusform>
            <numerusform>حُفظت %n صفوف من النتائج في %1.</numerusform>
            <numerusform>حُفظ %n صفًا من النتائج في %1.</numerusform>
            <numerusform>حُفظ %n صف من النتائج في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results were not exported. %1</source>
        <translation>لم تُصدَّر النتائج. %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Reach is added up across posts and ad sets; people reached by more than one count more than once.</source>
        <translation>الوصول مجموع المنشورات والمجموعات الإعلانية؛ فمن وصل إليه أكثر من واحد منها يُحسب أكثر من مرة.</translation>
    </message>
    <message>
        <source>Clicks divided by impressions</source>
        <translation>النقرات مقسومة على مرات الظهور</translation>
    </message>
    <message>
        <source>Spend divided by clicks; shown when the platforms report spend (paid ads)</source>
        <translation>الإنفاق مقسومًا على النقرات؛ يظهر حين تُبلغ المنصات عن الإنفاق (الإعلانات المدفوعة)</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 في الساعة</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 في اليوم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Predicted vs actual, whole campaign</source>
        <translation>المتوقع مقابل الفعلي للحملة كلها</translation>
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
    <message>
        <source>There is no generation job with id %1.</source>
        <translation>لا توجد مهمة إنشاء بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no connection with id %1.</source>
        <translation>لا يوجد حساب مرتبط معرّفه %1.</translation>
    </message>
    <message>
        <source>There is no publishing target with id %1.</source>
        <translation>لا توجد وجهة نشر بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no publishing attempt with id %1.</source>
        <translation>لا توجد محاولة نشر بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The audit entry's details are not a JSON object.</source>
        <translation>تفاصيل قيد سجل التدقيق ليست كائن JSON.</translation>
    </message>
    <message>
        <source>An audit entry needs an action and a time.</source>
        <translation>يحتاج قيد سجل التدقيق إلى إجراء ووقت.</translation>
    </message>
    <message>
        <source>A metric sample needs a campaign, a time and a number.</source>
        <translation>قراءة المؤشر تحتاج إلى حملة ووقت ورقم.</translation>
    </message>
    <message>
        <source>There is no ad set entity with id %1.</source>
        <translation>لا يوجد كيان مجموعة إعلانية برقم %1.</translation>
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
    <name>cf::ExportMetricsCommand</name>
    <message>
        <source>Write a campaign's measured results as CSV: export-metrics --campaign ID [--out FILE].</source>
        <translation>اكتب النتائج المقيسة لحملة بصيغة CSV: export-metrics --campaign ID [--out FILE].</translation>
    </message>
    <message>
        <source>The results could not be written.</source>
        <translation>تعذّرت كتابة النتائج.</translation>
    </message>
    <message numerus="yes">
        <source>%n result row(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي صف من النتائج في %1.</numerusform>
            <numerusform>كُتب صف واحد من النتائج في %1.</numerusform>
            <numerusform>كُتب صفّان من النتائج في %1.</numerusform>
            <numerusform>كُتبت %n صفوف من النتائج في %1.</numerusform>
            <numerusform>كُتب %n صفًا من النتائج في %1.</numerusform>
            <numerusform>كُتب %n صف من النتائج في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli export-metrics --campaign ID [--out FILE]</source>
        <translation>الاستخدام: campaignforge-cli export-metrics --campaign ID [--out FILE]</translation>
    </message>
</context>
<context>
    <name>cf::ExternalSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the sign-in link, open it in your browser and sign in to %1 there.</source>
        <translation>تعذّر فتح متصفح الويب. انسخ رابط تسجيل الدخول وافتحه في متصفحك وسجّل الدخول إلى %1 هناك.</translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow CampaignForge. The browser then shows a page whose address you paste below.</source>
        <translation>تابع في متصفحك: سجّل الدخول إلى %1 واسمح لـ CampaignForge. سيعرض المتصفح بعدها صفحة تلصق عنوانها أدناه.</translation>
    </message>
    <message>
        <source>Continue in your browser: sign in to %1 and allow CampaignForge. This window closes by itself when the browser hands the answer back.</source>
        <translation>تابع في متصفحك: سجّل الدخول إلى %1 واسمح لـ CampaignForge. تُغلق هذه النافذة تلقائيًا عندما يعيد المتصفح الرد.</translation>
    </message>
    <message>
        <source>&amp;Address the browser ended on:</source>
        <translation>العنوان الذي انتهى إليه المتصفح:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>cf::FacebookPagePublisher</name>
    <message>
        <source>The post text has %1 characters; Facebook allows at most %2.</source>
        <translation>نص المنشور يتكون من %1 حرفًا، بينما يسمح فيسبوك بـ %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The photo %1 is larger than Facebook's 4 MB limit.</source>
        <translation>الصورة %1 أكبر من الحد الذي يسمح به فيسبوك وهو 4 ميغابايت.</translation>
    </message>
    <message>
        <source>Facebook cannot post the file %1 of type %2.</source>
        <translation>لا يستطيع فيسبوك نشر الملف %1 من النوع %2.</translation>
    </message>
    <message>
        <source>A Facebook post carries either one video or photos, not both or several videos.</source>
        <translation>يحمل منشور فيسبوك إما فيديو واحدًا أو صورًا، لا الاثنين معًا ولا عدة مقاطع فيديو.</translation>
    </message>
    <message>
        <source>A Facebook post carries at most %1 photos; this one has %2.</source>
        <translation>يحمل منشور فيسبوك %1 صور على الأكثر، وهذا المنشور فيه %2.</translation>
    </message>
    <message>
        <source>The post has no text, link or media.</source>
        <translation>المنشور لا يحتوي على نص أو رابط أو وسائط.</translation>
    </message>
    <message>
        <source>Facebook schedules posts between 10 minutes and 30 days ahead; this one is due %1.</source>
        <translation>يجدول فيسبوك المنشورات من 10 دقائق إلى 30 يومًا مقدمًا، وموعد هذا المنشور %1.</translation>
    </message>
    <message>
        <source>The Page's recent posts could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة أحدث منشورات الصفحة (HTTP %1).</translation>
    </message>
    <message>
        <source>Found the post among the Page's recent posts.</source>
        <translation>وُجد المنشور بين أحدث منشورات الصفحة.</translation>
    </message>
    <message>
        <source>No scheduled post of the Page has this text.</source>
        <translation>لا يوجد منشور مجدول في الصفحة بهذا النص.</translation>
    </message>
    <message>
        <source>None of the Page's posts from the last two days has this text.</source>
        <translation>لا يوجد بين منشورات الصفحة في اليومين الماضيين منشور بهذا النص.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2: %3)</source>
        <translation>%1 (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>The scheduled post could not be read.</source>
        <translation>تعذّرت قراءة المنشور المجدول.</translation>
    </message>
    <message>
        <source>The post is already live on the Page; delete it there if it should go.</source>
        <translation>المنشور ظاهر بالفعل على الصفحة؛ احذفه من هناك إن كان يجب إزالته.</translation>
    </message>
    <message>
        <source>Facebook did not delete the scheduled post.</source>
        <translation>لم يحذف فيسبوك المنشور المجدول.</translation>
    </message>
    <message>
        <source>The video's upload status could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة حالة رفع الفيديو (HTTP %1).</translation>
    </message>
    <message>
        <source>Facebook reports the video's upload as finished.</source>
        <translation>يفيد فيسبوك بأن رفع الفيديو اكتمل.</translation>
    </message>
    <message>
        <source>The video's upload was never finished, so it was not posted.</source>
        <translation>لم يكتمل رفع الفيديو، فلم يُنشر.</translation>
    </message>
    <message>
        <source>Facebook reports the video as "%1"; check the Page's videos on Facebook.</source>
        <translation>يصف فيسبوك حالة الفيديو بأنها «%1»؛ راجع فيديوهات الصفحة على فيسبوك.</translation>
    </message>
    <message>
        <source>The Page's videos could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة فيديوهات الصفحة (HTTP %1).</translation>
    </message>
    <message>
        <source>Found the video among the Page's videos.</source>
        <translation>وُجد الفيديو بين فيديوهات الصفحة.</translation>
    </message>
    <message>
        <source>None of the Page's videos from the last two days has this description.</source>
        <translation>لا يحمل أيٌّ من فيديوهات الصفحة في اليومين الأخيرين هذا الوصف.</translation>
    </message>
    <message>
        <source>The video %1 is larger than Facebook's 10 GB limit.</source>
        <translation>الفيديو %1 أكبر من حد فيسبوك البالغ 10 غيغابايت.</translation>
    </message>
</context>
<context>
    <name>cf::FinalApprovalDialog</name>
    <message>
        <source>Final approval: %1</source>
        <translation>الاعتماد النهائي: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be queued for publishing as listed below; %1 rejected item(s) will not be sent. After this the campaign is locked until you unlock it.</source>
        <translation>
            <numerusform>لن يُضاف أي عنصر إلى قائمة انتظار النشر؛ ولن يُرسَل %1 من العناصر المرفوضة. بعد ذلك تُقفل الحملة حتى تفتحها.</numerusform>
            <numerusform>سيُضاف عنصر واحد إلى قائمة انتظار النشر كما هو مبيّن أدناه؛ ولن يُرسَل %1 من العناصر المرفوضة. بعد ذلك تُقفل الحملة حتى تفتحها.</numerusform>
            <numerusform>سيُضاف عنصران إلى قائمة انتظار النشر كما هو مبيّن أدناه؛ ولن يُرسَل %1 من العناصر المرفوضة. بعد ذلك تُقفل الحملة حتى تفتحها.</numerusform>
            <numerusform>ستُضاف %n عناصر إلى قائمة انتظار النشر كما هو مبيّن أدناه؛ ولن يُرسَل %1 من العناصر المرفوضة. بعد ذلك تُقفل الحملة حتى تفتحها.</numerusform>
            <numerusform>سيُضاف %n عنصرًا إلى قائمة انتظار النشر كما هو مبيّن أدناه؛ ولن يُرسَل %1 من العناصر المرفوضة. بعد ذلك تُقفل الحملة حتى تفتحها.</numerusform>
            <numerusform>سيُضاف %n عنصر إلى قائمة انتظار النشر كما هو مبيّن أدناه؛ ولن يُرسَل %1 من العناصر المرفوضة. بعد ذلك تُقفل الحملة حتى تفتحها.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ready for final approval:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;غير جاهزة للاعتماد النهائي:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>%1 ad</source>
        <translation>إعلان %1</translation>
    </message>
    <message>
        <source>no account connected yet</source>
        <translation>لم يُربط أي حساب بعد</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>نص فقط</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>اعتماد وقفل</translation>
    </message>
</context>
<context>
    <name>cf::FontRegistry</name>
    <message>
        <source>The bundled font %1 could not be loaded.</source>
        <translation>تعذّر تحميل الخط المضمّن ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>cf::GenerateCommand</name>
    <message>
        <source>Write Arabic and English copy for a saved campaign's items.</source>
        <translation>اكتب النصوص العربية والإنجليزية لعناصر حملة محفوظة.</translation>
    </message>
    <message>
        <source>Vary the copy with seed N (default 1).</source>
        <translation>نوّع النصوص باستخدام البذرة N (الافتراضية 1).</translation>
    </message>
    <message>
        <source>Rewrite only item ITEM_ID, as a new variant.</source>
        <translation>أعد كتابة العنصر ITEM_ID وحده كنسخة بديلة جديدة.</translation>
    </message>
    <message>
        <source>Product name in English.</source>
        <translation>اسم المنتج بالإنجليزية.</translation>
    </message>
    <message>
        <source>Product name in Arabic.</source>
        <translation>اسم المنتج بالعربية.</translation>
    </message>
    <message>
        <source>The offer in English.</source>
        <translation>العرض بالإنجليزية.</translation>
    </message>
    <message>
        <source>The offer in Arabic.</source>
        <translation>العرض بالعربية.</translation>
    </message>
    <message>
        <source>Discount in percent (1-99).</source>
        <translation>نسبة الخصم المئوية (1-99).</translation>
    </message>
    <message>
        <source>Price in the campaign's currency.</source>
        <translation>السعر بعملة الحملة.</translation>
    </message>
    <message>
        <source>Landing page (http or https).</source>
        <translation>صفحة الهبوط (http أو https).</translation>
    </message>
    <message>
        <source>Promo code.</source>
        <translation>الرمز الترويجي.</translation>
    </message>
    <message>
        <source>Also make the creatives, voice-overs and videos.</source>
        <translation>أنشئ أيضًا التصاميم الإعلانية والتعليقات الصوتية ومقاطع الفيديو.</translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation>معرّف الحملة.</translation>
    </message>
    <message>
        <source>The campaign id and the seed must be whole numbers.</source>
        <translation>يجب أن يكون معرّف الحملة والبذرة عددين صحيحين.</translation>
    </message>
    <message>
        <source>The item id must be a whole number.</source>
        <translation>يجب أن يكون معرّف العنصر عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Campaign %1 has no item %2.</source>
        <translation>لا تحتوي الحملة %1 على العنصر %2.</translation>
    </message>
    <message>
        <source>The discount must be a whole number from 1 to 99.</source>
        <translation>يجب أن يكون الخصم عددًا صحيحًا من 1 إلى 99.</translation>
    </message>
    <message>
        <source>The price must be a positive number.</source>
        <translation>يجب أن يكون السعر عددًا موجبًا.</translation>
    </message>
    <message>
        <source>"%1" is not an http or https address.</source>
        <translation>"⁨%1⁩" ليس عنوان http أو https.</translation>
    </message>
    <message>
        <source>--ai runs only from campaignforge-cli's event loop.</source>
        <translation>لا يعمل ‎--ai إلا من حلقة أحداث campaignforge-cli.</translation>
    </message>
    <message>
        <source>Let the AI provider (see "ai set") improve the copy; template copy is kept where it fails.</source>
        <translation>اسمح لمزوّد الذكاء الاصطناعي (انظر «ai set») بتحسين النصوص؛ ويُبقى على نص القوالب حيث يفشل.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli generate CAMPAIGN_ID [--seed N] [--regenerate ITEM_ID] [--product-en TEXT] [--product-ar TEXT] [--offer-en TEXT] [--offer-ar TEXT] [--discount N] [--price AMOUNT] [--url URL] [--code CODE] [--ai] [--media]</source>
        <translation>الاستخدام: campaignforge-cli generate CAMPAIGN_ID [--seed N] [--regenerate ITEM_ID] [--product-en TEXT] [--product-ar TEXT] [--offer-en TEXT] [--offer-ar TEXT] [--discount N] [--price AMOUNT] [--url URL] [--code CODE] [--ai] [--media]</translation>
    </message>
    <message>
        <source>The AI key could not be read (%1); template copy was used.</source>
        <translation>تعذّرت قراءة مفتاح الذكاء الاصطناعي (%1)؛ استُخدم نص القوالب.</translation>
    </message>
    <message>
        <source>The AI provider is not set up (run "campaignforge-cli ai set --base-url URL --model MODEL"); template copy was used.</source>
        <translation>مزوّد الذكاء الاصطناعي غير مُعَد (شغّل «campaignforge-cli ai set --base-url URL --model MODEL»)؛ استُخدم نص القوالب.</translation>
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
    <message>
        <source>Accounts cannot be connected while the campaign database is unavailable.</source>
        <translation>لا يمكن ربط الحسابات ما دامت قاعدة بيانات الحملات غير متاحة.</translation>
    </message>
</context>
<context>
    <name>cf::IdentityFetcher</name>
    <message>
        <source>%1 could not be reached to read the account. Check the internet connection and try again.</source>
        <translation>تعذّر الوصول إلى %1 لقراءة بيانات الحساب. تحقق من الاتصال بالإنترنت وحاول مجددًا.</translation>
    </message>
    <message>
        <source>%1 refused to show the account (HTTP %2): the sign-in may lack a permission. Sign in again and allow every permission.</source>
        <translation>رفض %1 عرض بيانات الحساب (HTTP %2): ربما ينقص تسجيلَ الدخول أحدُ الأذونات. سجّل الدخول مجددًا واسمح بجميع الأذونات.</translation>
    </message>
    <message>
        <source>%1 could not show the account (HTTP %2).</source>
        <translation>تعذّر على %1 عرض بيانات الحساب (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 described the account in a way CampaignForge cannot read.</source>
        <translation>أرسل %1 بيانات الحساب بصيغة لا يستطيع CampaignForge قراءتها.</translation>
    </message>
</context>
<context>
    <name>cf::ImageImport</name>
    <message>
        <source>"%1" is not a file.</source>
        <translation>«%1» ليس ملفًا.</translation>
    </message>
    <message>
        <source>"%1" is larger than 20 MB.</source>
        <translation>«%1» أكبر من 20 ميغابايت.</translation>
    </message>
    <message>
        <source>"%1" is not an image CampaignForge can read (%2).</source>
        <translation>«%1» ليس صورة يستطيع CampaignForge قراءتها (%2).</translation>
    </message>
    <message>
        <source>"%1" is only %2×%3 pixels; use an image of at least %4×%4.</source>
        <translation>أبعاد «%1» هي %2×%3 بكسل فقط؛ استخدم صورة لا تقل عن %4×%4.</translation>
    </message>
    <message>
        <source>"%1" cannot be read: %2</source>
        <translation>تعذّرت قراءة «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cf::InstagramPublisher</name>
    <message>
        <source>Instagram fetches media from a public web address. Connect a WordPress site or an S3 bucket as the media host in Settings.</source>
        <translation>يجلب إنستغرام الوسائط من رابط عام على الويب. اربط موقع ووردبريس أو حاوية S3 كمستضيف للوسائط من الإعدادات.</translation>
    </message>
    <message>
        <source>The container was already published by an earlier attempt.</source>
        <translation>نُشرت حاوية الوسائط بالفعل في محاولة سابقة.</translation>
    </message>
    <message>
        <source>The caption has %1 characters; Instagram allows at most %2.</source>
        <translation>الشرح يتكون من %1 حرفًا، بينما يسمح إنستغرام بـ %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The post has %1 hashtags; Instagram allows at most %2.</source>
        <translation>في المنشور %1 وسمًا، بينما يسمح إنستغرام بـ %2 وسمًا على الأكثر.</translation>
    </message>
    <message>
        <source>Instagram posts need an image or a video.</source>
        <translation>منشورات إنستغرام تحتاج إلى صورة أو فيديو.</translation>
    </message>
    <message>
        <source>An Instagram carousel has %1 to %2 items; this one has %3.</source>
        <translation>يضم منشور إنستغرام الدوّار من %1 إلى %2 عناصر، وهذا المنشور فيه %3.</translation>
    </message>
    <message>
        <source>An Instagram story carries one image or video.</source>
        <translation>تحمل قصة إنستغرام صورة واحدة أو فيديو واحدًا.</translation>
    </message>
    <message>
        <source>Instagram cannot post the file %1 of type %2.</source>
        <translation>لا يستطيع إنستغرام نشر الملف %1 من النوع %2.</translation>
    </message>
    <message>
        <source>The video %1 is larger than Instagram's 300 MB limit.</source>
        <translation>الفيديو %1 أكبر من الحد الذي يسمح به إنستغرام وهو 300 ميغابايت.</translation>
    </message>
    <message>
        <source>The video %1 lasts %2 s; Instagram takes %3 to %4 s here.</source>
        <translation>مدة الفيديو %1 هي %2 ثانية، بينما يقبل إنستغرام هنا من %3 إلى %4 ثانية.</translation>
    </message>
    <message>
        <source>The image %1 is larger than Instagram's 8 MB limit.</source>
        <translation>الصورة %1 أكبر من الحد الذي يسمح به إنستغرام وهو 8 ميغابايت.</translation>
    </message>
    <message>
        <source>The image %1 is %2×%3; Instagram feed images are between 4:5 and 1.91:1.</source>
        <translation>أبعاد الصورة %1 هي %2×%3، بينما تتراوح نسبة صور موجز إنستغرام بين 4:5 و1.91:1.</translation>
    </message>
    <message>
        <source>Instagram had already returned the post's id.</source>
        <translation>كان إنستغرام قد أعاد معرّف المنشور بالفعل.</translation>
    </message>
    <message>
        <source>The account's recent posts could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة أحدث منشورات الحساب (HTTP %1).</translation>
    </message>
    <message>
        <source>Found the post among the account's recent posts.</source>
        <translation>وُجد المنشور بين أحدث منشورات الحساب.</translation>
    </message>
    <message>
        <source>Instagram says the post was published, but it is not among the recent posts; check the account.</source>
        <translation>يقول إنستغرام إن المنشور نُشر، لكنه ليس بين أحدث المنشورات؛ راجع الحساب.</translation>
    </message>
    <message>
        <source>None of the account's posts from the last two days has this caption.</source>
        <translation>لا يوجد بين منشورات الحساب في اليومين الماضيين منشور بهذا الشرح.</translation>
    </message>
    <message>
        <source>The media container's status could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة حالة حاوية الوسائط (HTTP %1).</translation>
    </message>
    <message>
        <source>The media container was not published (status %1).</source>
        <translation>لم تُنشر حاوية الوسائط (الحالة %1).</translation>
    </message>
    <message>
        <source>Instagram did not name a valid upload address for the video.</source>
        <translation>لم يحدد إنستغرام عنوانًا صالحًا لرفع الفيديو.</translation>
    </message>
</context>
<context>
    <name>cf::InstructionArguments</name>
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
</context>
<context>
    <name>cf::InstructionPage</name>
    <message>
        <source>%1 per day</source>
        <translation>%1 يوميًا</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>الميزانية %1</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>الأعمار %1–%2</translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation>الأعمار %1+</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>يبدأ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe your campaign</source>
        <translation>صِف حملتك</translation>
    </message>
    <message>
        <source>One sentence is enough, in English or Arabic: platforms, budget, audience, place and occasion.</source>
        <translation>تكفي جملة واحدة بالعربية أو الإنجليزية: المنصات والميزانية والجمهور والمكان والمناسبة.</translation>
    </message>
    <message>
        <source>What should the campaign do?</source>
        <translation>ماذا تريد من الحملة؟</translation>
    </message>
    <message>
        <source>For example: Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh</source>
        <translation>مثال: حملة على إنستغرام وتيك توك لتخفيضات رمضان بميزانية 1000 ريال تستهدف النساء من 25 إلى 40 عامًا في الرياض</translation>
    </message>
    <message>
        <source>Campaign instruction</source>
        <translation>وصف الحملة</translation>
    </message>
    <message>
        <source>Examples (click one to use it):</source>
        <translation>أمثلة (انقر على أحدها لاستخدامه):</translation>
    </message>
    <message>
        <source>Recognised:</source>
        <translation>ما تم التعرّف عليه:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>المشكلات:</translation>
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
    <name>cf::KeychainPublishBackend</name>
    <message>
        <source>No sign-in is stored for this account.</source>
        <translation>لا توجد بيانات تسجيل دخول محفوظة لهذا الحساب.</translation>
    </message>
    <message>
        <source>The WordPress user name is missing from the keychain.</source>
        <translation>اسم مستخدم ووردبريس غير موجود في سلسلة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>cf::KeychainS3MediaHost</name>
    <message>
        <source>The media host's endpoint must be a web address such as https://s3.eu-central-1.amazonaws.com.</source>
        <translation>يجب أن يكون عنوان مضيف الوسائط عنوان ويب مثل https://s3.eu-central-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>The media host's bucket name is missing.</source>
        <translation>اسم الحاوية لمضيف الوسائط مفقود.</translation>
    </message>
    <message>
        <source>The media host's access key ID is missing.</source>
        <translation>معرّف مفتاح الوصول لمضيف الوسائط مفقود.</translation>
    </message>
    <message>
        <source>%1 Correct it in Settings, Publishing.</source>
        <translation>%1 صحّحه من الإعدادات، قسم النشر.</translation>
    </message>
    <message>
        <source>The media host's secret access key is not in the keychain. Enter it again in Settings, Publishing.</source>
        <translation>مفتاح الوصول السري لمضيف الوسائط غير موجود في سلسلة المفاتيح. أدخله من جديد في الإعدادات، قسم النشر.</translation>
    </message>
</context>
<context>
    <name>cf::KeychainStore</name>
    <message>
        <source>The system keychain is not available or is locked. CampaignForge keeps sign-ins only in the keychain, never in a file: unlock or start it (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>سلسلة مفاتيح النظام (Keychain) غير متاحة أو مقفلة. لا يحفظ CampaignForge بيانات تسجيل الدخول إلا في سلسلة المفاتيح، ولا يحفظها في ملف أبدًا: افتح قفلها أو شغّلها (مثل GNOME Keyring أو KWallet) ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keychain refused to change a saved sign-in.</source>
        <translation>رفضت سلسلة مفاتيح النظام تعديل بيانات تسجيل دخول محفوظة.</translation>
    </message>
    <message>
        <source>A saved sign-in in the keychain is damaged. Sign in again.</source>
        <translation>إحدى بيانات تسجيل الدخول المحفوظة في سلسلة المفاتيح تالفة. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>A saved sign-in in the keychain is incomplete. Sign in again.</source>
        <translation>إحدى بيانات تسجيل الدخول المحفوظة في سلسلة المفاتيح ناقصة. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>A sign-in is too large to keep in the keychain.</source>
        <translation>بيانات تسجيل الدخول أكبر من أن تُحفظ في سلسلة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>cf::KeychainWordPressMediaHost</name>
    <message>
        <source>The WordPress site chosen as media host is no longer connected. Choose a media host again in Settings.</source>
        <translation>موقع ووردبريس المختار مستضيفًا للوسائط لم يعد مرتبطًا. اختر مستضيفًا للوسائط من جديد في الإعدادات.</translation>
    </message>
    <message>
        <source>The media host %1 needs attention under Connections before files can be put on it.</source>
        <translation>يحتاج مستضيف الوسائط %1 إلى مراجعة في صفحة الحسابات المرتبطة قبل رفع الملفات إليه.</translation>
    </message>
    <message>
        <source>The application password of the media host %1 is not in the keychain. Connect the site again.</source>
        <translation>كلمة مرور التطبيق لمستضيف الوسائط %1 غير موجودة في سلسلة المفاتيح. أعد ربط الموقع.</translation>
    </message>
</context>
<context>
    <name>cf::KitPublisher</name>
    <message>
        <source>The e-mail has no subject.</source>
        <translation>الرسالة بلا موضوع.</translation>
    </message>
    <message>
        <source>The e-mail subject has %1 characters; at most %2 are allowed.</source>
        <translation>موضوع الرسالة يتكون من %1 حرفًا، والمسموح %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The e-mail has no content.</source>
        <translation>الرسالة بلا محتوى.</translation>
    </message>
    <message>
        <source>Kit broadcasts are sent without attachments; put images in the e-mail's HTML instead.</source>
        <translation>تُرسَل رسائل Kit الجماعية دون مرفقات؛ ضع الصور في محتوى HTML للرسالة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The broadcast is due %1, which has passed.</source>
        <translation>موعد الرسالة الجماعية %1، وقد مضى.</translation>
    </message>
    <message>
        <source>Kit's list of broadcasts could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة قائمة الرسائل الجماعية في Kit (HTTP %1).</translation>
    </message>
    <message>
        <source>Found the broadcast in the Kit account.</source>
        <translation>وُجدت الرسالة الجماعية في حساب Kit.</translation>
    </message>
    <message>
        <source>No recent Kit broadcast has this subject.</source>
        <translation>لا توجد رسالة جماعية حديثة في Kit بهذا الموضوع.</translation>
    </message>
    <message>
        <source>The scheduled broadcast was not deleted.</source>
        <translation>لم تُحذف الرسالة الجماعية المجدولة.</translation>
    </message>
</context>
<context>
    <name>cf::LinkedInPublisher</name>
    <message>
        <source>The post text has %1 characters; LinkedIn allows at most %2.</source>
        <translation>نص المنشور يتكون من %1 حرفًا، بينما يسمح لينكدإن بـ %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The post has no text or image.</source>
        <translation>المنشور لا يحتوي على نص أو صورة.</translation>
    </message>
    <message>
        <source>A LinkedIn post carries at most %1 images.</source>
        <translation>يحمل منشور لينكدإن %1 صور على الأكثر.</translation>
    </message>
    <message>
        <source>CampaignForge posts images to LinkedIn; %1 (%2) cannot be sent there.</source>
        <translation>ينشر CampaignForge الصور على لينكدإن؛ ولا يمكن إرسال %1 (%2) إليه.</translation>
    </message>
    <message>
        <source>The image %1 is larger than LinkedIn's 36 MB limit.</source>
        <translation>الصورة %1 أكبر من الحد الذي يسمح به لينكدإن وهو 36 ميغابايت.</translation>
    </message>
    <message>
        <source>LinkedIn does not let CampaignForge read this account's posts; check the account on LinkedIn.</source>
        <translation>لا يسمح لينكدإن لـ CampaignForge بقراءة منشورات هذا الحساب؛ راجع الحساب على لينكدإن.</translation>
    </message>
    <message>
        <source>The account's recent posts could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة أحدث منشورات الحساب (HTTP %1).</translation>
    </message>
    <message>
        <source>Found the post among the account's recent posts.</source>
        <translation>وُجد المنشور بين أحدث منشورات الحساب.</translation>
    </message>
    <message>
        <source>None of the account's posts from the last two days has this text.</source>
        <translation>لا يوجد بين منشورات الحساب في اليومين الماضيين منشور بهذا النص.</translation>
    </message>
</context>
<context>
    <name>cf::LoopbackRedirectListener</name>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1 port %1: %2</source>
        <translation>تعذّر انتظار ردّ تسجيل الدخول على 127.0.0.1 عبر المنفذ %1: %2</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>رُفض الطلب</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>الطلب كبير جدًا.</translation>
    </message>
    <message>
        <source>This is not a request this window expects.</source>
        <translation>هذه النافذة لا تنتظر هذا الطلب.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>رُفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in CampaignForge started. Return to CampaignForge and try again.</source>
        <translation>هذا الرد لا يخص عملية تسجيل الدخول التي بدأها CampaignForge. عد إلى CampaignForge وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>أُلغي تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this window and return to CampaignForge.</source>
        <translation>لم يكتمل تسجيل الدخول. يمكنك إغلاق هذه النافذة والعودة إلى CampaignForge.</translation>
    </message>
    <message>
        <source>CampaignForge received the answer. You can close this window.</source>
        <translation>تلقّى CampaignForge الرد. يمكنك إغلاق هذه النافذة.</translation>
    </message>
</context>
<context>
    <name>cf::MailchimpPublisher</name>
    <message>
        <source>The e-mail has no subject line.</source>
        <translation>الرسالة بلا سطر موضوع.</translation>
    </message>
    <message>
        <source>The subject line has %1 characters; Mailchimp allows at most %2.</source>
        <translation>سطر الموضوع يتكون من %1 حرفًا، بينما يسمح Mailchimp بـ %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The preview text has %1 characters; at most %2 are shown.</source>
        <translation>نص المعاينة يتكون من %1 حرفًا، ولا يظهر منه إلا %2 على الأكثر.</translation>
    </message>
    <message>
        <source>The e-mail has no content.</source>
        <translation>الرسالة بلا محتوى.</translation>
    </message>
    <message>
        <source>Mailchimp campaigns are sent without attachments; put images in the e-mail's HTML instead.</source>
        <translation>تُرسَل حملات Mailchimp دون مرفقات؛ ضع الصور في محتوى HTML للرسالة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The Mailchimp connection has no API address; connect the account again.</source>
        <translation>ربط Mailchimp لا يتضمن عنوان الواجهة البرمجية؛ أعد ربط الحساب.</translation>
    </message>
    <message>
        <source>The campaign is due %1, which has passed or is too close to schedule.</source>
        <translation>موعد الحملة %1، وقد مضى أو أنه أقرب من أن تتم جدولته.</translation>
    </message>
    <message>
        <source>The Mailchimp account has no audience to send to; create one in Mailchimp.</source>
        <translation>لا يوجد في حساب Mailchimp جمهور للإرسال إليه؛ أنشئ جمهورًا في Mailchimp.</translation>
    </message>
    <message>
        <source>Mailchimp's campaigns could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة حملات Mailchimp (HTTP %1).</translation>
    </message>
    <message>
        <source>The campaign exists in Mailchimp but was neither sent nor scheduled.</source>
        <translation>الحملة موجودة في Mailchimp لكنها لم تُرسَل ولم تُجدوَل.</translation>
    </message>
    <message>
        <source>Found the campaign in Mailchimp, sent or scheduled.</source>
        <translation>وُجدت الحملة في Mailchimp مُرسَلة أو مجدولة.</translation>
    </message>
    <message>
        <source>Mailchimp has no campaign for this item.</source>
        <translation>لا توجد في Mailchimp حملة لهذا العنصر.</translation>
    </message>
    <message>
        <source>The scheduled campaign was not deleted.</source>
        <translation>لم تُحذف الحملة المجدولة.</translation>
    </message>
    <message>
        <source>The scheduled campaign could not be read.</source>
        <translation>تعذّرت قراءة الحملة المجدولة.</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Publishing needs attention</source>
        <translation>النشر يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>&amp;Publishing status…</source>
        <translation>حالة النشر…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة النتائج</translation>
    </message>
</context>
<context>
    <name>cf::MediaHostCommand</name>
    <message>
        <source>No media host: Instagram and TikTok photos cannot be published.</source>
        <translation>لا يوجد مستضيف للوسائط: لا يمكن نشر صور إنستغرام وتيك توك.</translation>
    </message>
    <message>
        <source>"%1" is not a connection id; the connections command lists them.</source>
        <translation>«%1» ليس معرّف ربط؛ يعرض الأمر connections المعرّفات المتاحة.</translation>
    </message>
    <message>
        <source>Media host: none.</source>
        <translation>مستضيف الوسائط: لا يوجد.</translation>
    </message>
    <message>
        <source>Connection %1 is not a connected WordPress site. Connect one with: campaignforge-cli connect wordpress --site URL --user NAME</source>
        <translation>الربط %1 ليس موقع ووردبريس مرتبطًا. اربط موقعًا بالأمر: campaignforge-cli connect wordpress --site URL --user NAME</translation>
    </message>
    <message>
        <source>Media host: WordPress connection %1, which is no longer a connected WordPress site. Choose another one.</source>
        <translation>مستضيف الوسائط: ربط ووردبريس %1، ولم يعد موقع ووردبريس مرتبطًا. اختر مستضيفًا آخر.</translation>
    </message>
    <message>
        <source>Media host: WordPress site %1 (%2), connection %3.</source>
        <translation>مستضيف الوسائط: موقع ووردبريس %1 (%2)، الربط %3.</translation>
    </message>
    <message>
        <source>Choose the public media host for Instagram and TikTok photos: media-host set WORDPRESS_CONNECTION_ID | s3 ... | test | clear | show.</source>
        <translation>اختر مضيف الوسائط العام لصور إنستغرام وتيك توك: media-host set WORDPRESS_CONNECTION_ID | s3 ... | test | clear | show.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli media-host set WORDPRESS_CONNECTION_ID | clear | show | test
       campaignforge-cli media-host s3 --endpoint URL [--region REGION] --bucket NAME --key-id ACCESS_KEY_ID &lt; secret-access-key</source>
        <translation>الاستخدام: campaignforge-cli media-host set WORDPRESS_CONNECTION_ID | clear | show | test
       campaignforge-cli media-host s3 --endpoint URL [--region REGION] --bucket NAME --key-id ACCESS_KEY_ID &lt; secret-access-key</translation>
    </message>
    <message>
        <source>Media host: %1</source>
        <translation>مضيف الوسائط: %1</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli media-host s3 --endpoint URL [--region REGION] --bucket NAME --key-id ACCESS_KEY_ID &lt; secret-access-key</source>
        <translation>الاستخدام: campaignforge-cli media-host s3 --endpoint URL [--region REGION] --bucket NAME --key-id ACCESS_KEY_ID &lt; secret-access-key</translation>
    </message>
    <message>
        <source>Media host: %1 The secret access key is in the system keychain.</source>
        <translation>مضيف الوسائط: %1 مفتاح الوصول السري محفوظ في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>تعذّرت قراءة الإدخال القياسي.</translation>
    </message>
    <message>
        <source>No secret access key on standard input.</source>
        <translation>لا يوجد مفتاح وصول سري في الإدخال القياسي.</translation>
    </message>
    <message>
        <source>The media host is not an S3-compatible bucket; choose one with: campaignforge-cli media-host s3 ...</source>
        <translation>مضيف الوسائط ليس حاوية متوافقة مع S3؛ اختر واحدة بالأمر: campaignforge-cli media-host s3 ...</translation>
    </message>
</context>
<context>
    <name>cf::MediaJob</name>
    <message>
        <source>Text is not generated by media jobs.</source>
        <translation>لا تُنشئ مهام الوسائط النصوص.</translation>
    </message>
    <message>
        <source>Cannot copy the voice-over to %1.</source>
        <translation>تعذّر نسخ التعليق الصوتي إلى %1.</translation>
    </message>
</context>
<context>
    <name>cf::MediaLimits</name>
    <message>
        <source>The built-in video limits table is damaged: %1</source>
        <translation>جدول حدود الفيديو المضمّن تالف: %1</translation>
    </message>
</context>
<context>
    <name>cf::MetaAdsPublisher</name>
    <message>
        <source>This item belongs to no ad set, so it cannot go out as a Meta ad.</source>
        <translation>لا ينتمي هذا العنصر إلى مجموعة إعلانية، فلا يمكن نشره إعلانًا على ميتا.</translation>
    </message>
    <message>
        <source>A Meta ad speaks for a Facebook Page: connect a Page under the same Facebook account.</source>
        <translation>إعلان ميتا يُنشر باسم صفحة فيسبوك: اربط صفحة تحت حساب فيسبوك نفسه.</translation>
    </message>
    <message>
        <source>Instagram placements need the Instagram account connected to the Page; connect it or remove the Instagram placement.</source>
        <translation>مواضع إنستغرام تحتاج إلى حساب إنستغرام المرتبط بالصفحة؛ اربطه أو احذف موضع إنستغرام.</translation>
    </message>
    <message>
        <source>App promotion ads need an app, which CampaignForge does not manage yet; choose another objective.</source>
        <translation>إعلانات الترويج للتطبيقات تحتاج إلى تطبيق، وهذا ما لا يديره CampaignForge بعد؛ اختر هدفًا آخر.</translation>
    </message>
    <message>
        <source>The ad set names no city to target.</source>
        <translation>لا تحدد المجموعة الإعلانية أي مدينة للاستهداف.</translation>
    </message>
    <message>
        <source>The ad set has no budget.</source>
        <translation>لا ميزانية للمجموعة الإعلانية.</translation>
    </message>
    <message>
        <source>A total (lifetime) budget needs an end date for the ad set.</source>
        <translation>الميزانية الإجمالية تحتاج إلى تاريخ انتهاء للمجموعة الإعلانية.</translation>
    </message>
    <message>
        <source>The ad set's end date (%1) has passed.</source>
        <translation>مضى تاريخ انتهاء المجموعة الإعلانية (%1).</translation>
    </message>
    <message>
        <source>A Meta ad needs an image or a video.</source>
        <translation>إعلان ميتا يحتاج إلى صورة أو فيديو.</translation>
    </message>
    <message>
        <source>The image %1 is larger than Meta's 30 MB limit.</source>
        <translation>الصورة %1 أكبر من حد ميتا البالغ 30 ميغابايت.</translation>
    </message>
    <message>
        <source>The video %1 is larger than Meta's 4 GB limit for ad videos.</source>
        <translation>الفيديو %1 أكبر من حد ميتا لفيديوهات الإعلانات البالغ 4 غيغابايت.</translation>
    </message>
    <message>
        <source>The ad needs a landing page link for its call to action.</source>
        <translation>يحتاج الإعلان إلى رابط صفحة هبوط لزر الدعوة إلى الإجراء.</translation>
    </message>
    <message>
        <source>The ad's primary text has %1 characters; Meta allows about %2.</source>
        <translation>في النص الأساسي للإعلان %1 حرفًا، وتسمح ميتا بنحو %2.</translation>
    </message>
    <message>
        <source>The ad's headline has %1 characters; keep it under %2 (Meta shows about 40).</source>
        <translation>في عنوان الإعلان %1 حرفًا؛ اجعله دون %2 (تعرض ميتا نحو 40).</translation>
    </message>
    <message>
        <source>Meta knows no city called "%1" for ad targeting; correct the place name in the ad set.</source>
        <translation>لا تعرف ميتا مدينة باسم «%1» لاستهداف الإعلانات؛ صحّح اسم المكان في المجموعة الإعلانية.</translation>
    </message>
    <message>
        <source>The ad account bills in %1 but the ad set's budget is in %2; use an ad account in %2 or change the campaign's currency.</source>
        <translation>يحاسب الحساب الإعلاني بعملة %1 وميزانية المجموعة الإعلانية بعملة %2؛ استخدم حسابًا إعلانيًا بعملة %2 أو غيّر عملة الحملة.</translation>
    </message>
    <message>
        <source>The ad has no name to look it up by; check Ads Manager.</source>
        <translation>لا اسم للإعلان يُبحث به عنه؛ راجع مدير الإعلانات.</translation>
    </message>
    <message>
        <source>The ad account's ads could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة إعلانات الحساب الإعلاني (HTTP %1).</translation>
    </message>
    <message>
        <source>Found the ad "%1" in the ad account.</source>
        <translation>وُجد الإعلان «%1» في الحساب الإعلاني.</translation>
    </message>
    <message>
        <source>The ad account has no ad named "%1".</source>
        <translation>لا إعلان باسم «%1» في الحساب الإعلاني.</translation>
    </message>
    <message>
        <source>There is no Meta campaign, ad set or ad to switch.</source>
        <translation>لا توجد حملة أو مجموعة إعلانية أو إعلان على ميتا لتبديل حالته.</translation>
    </message>
    <message>
        <source>A budget change needs the ad set's Meta id and an amount above zero.</source>
        <translation>تغيير الميزانية يحتاج إلى معرّف المجموعة الإعلانية على ميتا ومبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <source>Meta has not made a thumbnail for the video yet; attach an image to the ad or wait.</source>
        <translation>لم تُنشئ ميتا صورة مصغّرة للفيديو بعد؛ أرفق صورة بالإعلان أو انتظر.</translation>
    </message>
    <message>
        <source>Meta could not process the ad's video; check its format and length.</source>
        <translation>تعذّر على ميتا معالجة فيديو الإعلان؛ تحقق من صيغته ومدته.</translation>
    </message>
    <message>
        <source>Meta is still processing the ad's video; the ad is created when it is ready.</source>
        <translation>ما زالت ميتا تعالج فيديو الإعلان؛ يُنشأ الإعلان حين يجهز.</translation>
    </message>
</context>
<context>
    <name>cf::MetricText</name>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>مشاهدات الفيديو</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>متابعون جدد</translation>
    </message>
</context>
<context>
    <name>cf::MetricsCsvExport</name>
    <message>
        <source>The results could not be saved to %1: %2</source>
        <translation>تعذّر حفظ النتائج في %1: %2</translation>
    </message>
</context>
<context>
    <name>cf::MetricsReader</name>
    <message>
        <source>The platform's answer could not be read (%1 missing or malformed).</source>
        <translation>تعذّرت قراءة ردّ المنصة (%1 مفقود أو تالف).</translation>
    </message>
</context>
<context>
    <name>cf::MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
</context>
<context>
    <name>cf::NativeScheduleActions</name>
    <message>
        <source>Cancel on %1</source>
        <translation>إلغاء على %1</translation>
    </message>
    <message>
        <source>Deletes the post from %1's scheduler so it does not go out.</source>
        <translation>يحذف المنشور من جدولة %1 فلا يُنشر.</translation>
    </message>
    <message>
        <source>Reschedule on %1?</source>
        <translation>إعادة الجدولة على %1؟</translation>
    </message>
    <message>
        <source>“%1” is waiting in %2's scheduler for %3. To move it to %4, CampaignForge deletes the scheduled post on %2 and schedules it again at the new time.</source>
        <translation>«%1» ينتظر في جدولة %2 موعده %3. ولنقله إلى %4 يحذف CampaignForge المنشور المجدول على %2 ثم يجدوله من جديد في الموعد الجديد.</translation>
    </message>
    <message>
        <source>Reschedule on %1</source>
        <translation>إعادة الجدولة على %1</translation>
    </message>
    <message>
        <source>Keep the current time</source>
        <translation>أبقِ الموعد الحالي</translation>
    </message>
    <message>
        <source>Publishing is not available, so nothing can be changed on %1 now.</source>
        <translation>النشر غير متاح، فلا يمكن تغيير شيء على %1 الآن.</translation>
    </message>
    <message>
        <source>Moving “%1” on %2…</source>
        <translation>جارٍ نقل «%1» على %2…</translation>
    </message>
    <message>
        <source>Cancelling “%1” on %2…</source>
        <translation>جارٍ إلغاء «%1» على %2…</translation>
    </message>
    <message>
        <source>“%1” was taken back from %2's scheduler and is scheduled again at its new time.</source>
        <translation>سُحب «%1» من جدولة %2 وجُدول من جديد في موعده الجديد.</translation>
    </message>
    <message>
        <source>“%1” was not moved on %2 and keeps its time: %3</source>
        <translation>لم يُنقل «%1» على %2 وبقي على موعده: %3</translation>
    </message>
    <message>
        <source>“%1” was only partly moved on %2: %3</source>
        <translation>نُقل «%1» على %2 جزئيًا فقط: %3</translation>
    </message>
    <message>
        <source>“%1” was deleted from %2's scheduler and will not go out.</source>
        <translation>حُذف «%1» من جدولة %2 ولن يُنشر.</translation>
    </message>
    <message>
        <source>“%1” was not cancelled on %2: %3</source>
        <translation>لم يُلغَ «%1» على %2: %3</translation>
    </message>
    <message>
        <source>“%1” was only partly cancelled on %2: %3</source>
        <translation>أُلغي «%1» على %2 جزئيًا فقط: %3</translation>
    </message>
</context>
<context>
    <name>cf::OAuthBrowserDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>تحميل الصفحة</translation>
    </message>
    <message>
        <source>Opening the %1 sign-in page…</source>
        <translation>جارٍ فتح صفحة تسجيل الدخول إلى %1…</translation>
    </message>
    <message>
        <source>Encrypted connection to %1</source>
        <translation>اتصال مشفّر بـ %1</translation>
    </message>
    <message>
        <source>Unencrypted connection to %1 (only expected for the local sandbox)</source>
        <translation>اتصال غير مشفّر بـ %1 (متوقع فقط مع محاكي التجربة المحلي)</translation>
    </message>
    <message>
        <source>Signed in. Reading your %1 account…</source>
        <translation>تم تسجيل الدخول. جارٍ قراءة حسابك على %1…</translation>
    </message>
    <message>
        <source>Nobody finished signing in to %1 within %2 minutes, so the sign-in was stopped. Connect again when you are ready.</source>
        <translation>لم يكتمل تسجيل الدخول إلى %1 خلال %2 دقيقة، فأُوقف. اربط الحساب مرة أخرى عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>Nobody finished signing in to %1 in time, so the sign-in was stopped. Connect again when you are ready.</source>
        <translation>لم يكتمل تسجيل الدخول إلى %1 في الوقت المحدد، فأُوقف. اربط الحساب مرة أخرى عندما تكون جاهزًا.</translation>
    </message>
</context>
<context>
    <name>cf::OAuthProviderTable</name>
    <message>
        <source>The OAuth provider table is damaged: provider "%1" has no valid "%2".</source>
        <translation>جدول مزوّدي OAuth تالف: المزوّد "%1" لا يحتوي على قيمة "%2" صالحة.</translation>
    </message>
    <message>
        <source>The OAuth provider table is not a JSON object with a "providers" list.</source>
        <translation>جدول مزوّدي OAuth ليس كائن JSON يحتوي على قائمة "providers".</translation>
    </message>
</context>
<context>
    <name>cf::OptimisationUndo</name>
    <message>
        <source>Entry %1 is not a change made by the optimiser, so there is nothing to undo.</source>
        <translation>القيد %1 ليس تغييرًا أجراه المُحسِّن، فلا شيء يُتراجع عنه.</translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation>سبق التراجع عن هذا التغيير.</translation>
    </message>
    <message>
        <source>The entry does not say what was changed, so it cannot be undone.</source>
        <translation>لا يذكر القيد ما الذي تغيّر، فلا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>لم يعد المنشور موجودًا.</translation>
    </message>
    <message>
        <source>The post was moved again since (it is now at %1), so the change was not undone.</source>
        <translation>نُقل المنشور مرة أخرى بعد ذلك (موعده الآن %1)، فلم يُتراجع عن التغيير.</translation>
    </message>
    <message>
        <source>The post has already gone out or is on its way, so its time cannot change now.</source>
        <translation>نُشر المنشور أو هو في طريقه إلى النشر، فلا يمكن تغيير موعده الآن.</translation>
    </message>
    <message>
        <source>Its earlier time (%1) has already passed, so the post stays at %2.</source>
        <translation>مضى موعده السابق (%1)، فيبقى المنشور على %2.</translation>
    </message>
    <message>
        <source>Undid a schedule change: the %1 post is back at %2.</source>
        <translation>تم التراجع عن تغيير الموعد: عاد منشور %1 إلى %2.</translation>
    </message>
    <message>
        <source>One of the ad sets of this change no longer exists, so nothing was undone.</source>
        <translation>إحدى المجموعات الإعلانية في هذا التغيير لم تعد موجودة، فلم يُتراجع عن شيء.</translation>
    </message>
    <message>
        <source>The budget of the ad set “%1” was changed since (it is now %2), so nothing was undone.</source>
        <translation>تغيّرت ميزانية المجموعة الإعلانية «%1» بعد ذلك (هي الآن %2)، فلم يُتراجع عن شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Undid a budget shift: %n ad set(s) are back at their earlier budgets.</source>
        <translation>
            <numerusform>تم التراجع عن تحويل الميزانية: لم تعد أي مجموعة إعلانية إلى ميزانيتها السابقة.</numerusform>
            <numerusform>تم التراجع عن تحويل الميزانية: عادت مجموعة إعلانية واحدة إلى ميزانيتها السابقة.</numerusform>
            <numerusform>تم التراجع عن تحويل الميزانية: عادت مجموعتان إعلانيتان إلى ميزانيتيهما السابقتين.</numerusform>
            <numerusform>تم التراجع عن تحويل الميزانية: عادت %n مجموعات إعلانية إلى ميزانياتها السابقة.</numerusform>
            <numerusform>تم التراجع عن تحويل الميزانية: عادت %n مجموعة إعلانية إلى ميزانياتها السابقة.</numerusform>
            <numerusform>تم التراجع عن تحويل الميزانية: عادت %n مجموعة إعلانية إلى ميزانياتها السابقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cf::OptimiseCommand</name>
    <message>
        <source>Move an AI-optimised campaign's remaining posts to its best hours and shift ad budget: optimise --campaign ID [--dry-run] [--json] | --undo LOG_ID.</source>
        <translation>انقل المنشورات المتبقية لحملة محسَّنة بالذكاء الاصطناعي إلى أفضل ساعاتها وحوّل ميزانية الإعلانات: optimise --campaign ID [--dry-run] [--json] | --undo LOG_ID.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli optimise --campaign ID [--dry-run] [--json]
       campaignforge-cli optimise --undo LOG_ID [--json]</source>
        <translation>الاستخدام: campaignforge-cli optimise --campaign ID [--dry-run] [--json]
       campaignforge-cli optimise --undo LOG_ID [--json]</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3 -&gt; %4</source>
        <translation>العنصر %1 (%2): %3 ← %4</translation>
    </message>
    <message>
        <source>Ad set %1: %2 -&gt; %3</source>
        <translation>المجموعة الإعلانية %1: %2 ← %3</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n change(s) proposed, nothing saved.</source>
        <translation>
            <numerusform>تجربة: لم يُقترح أي تغيير، ولم يُحفظ شيء.</numerusform>
            <numerusform>تجربة: اقتُرح تغيير واحد، ولم يُحفظ شيء.</numerusform>
            <numerusform>تجربة: اقتُرح تغييران، ولم يُحفظ شيء.</numerusform>
            <numerusform>تجربة: اقتُرحت %n تغييرات، ولم يُحفظ شيء.</numerusform>
            <numerusform>تجربة: اقتُرح %n تغييرًا، ولم يُحفظ شيء.</numerusform>
            <numerusform>تجربة: اقتُرح %n تغيير، ولم يُحفظ شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made and logged.</source>
        <translation>
            <numerusform>لم يُجرَ أي تغيير.</numerusform>
            <numerusform>أُجري تغيير واحد وسُجِّل.</numerusform>
            <numerusform>أُجري تغييران وسُجِّلا.</numerusform>
            <numerusform>أُجريت %n تغييرات وسُجِّلت.</numerusform>
            <numerusform>أُجري %n تغييرًا وسُجِّلت.</numerusform>
            <numerusform>أُجري %n تغيير وسُجِّلت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cf::Optimiser</name>
    <message>
        <source>This campaign is not AI-optimised, so nothing is moved automatically. Choose the AI-optimised automation level for it first.</source>
        <translation>هذه الحملة ليست على مستوى التحسين بالذكاء الاصطناعي، فلا يُنقل فيها شيء تلقائيًا. اختر لها هذا المستوى من الأتمتة أولًا.</translation>
    </message>
    <message>
        <source>The campaign is %1, so nothing is optimised.</source>
        <translation>الحملة %1، فلا يُحسَّن فيها شيء.</translation>
    </message>
    <message>
        <source>%1: this campaign has too little data of its own, so the best hours come from the workspace's other campaigns too.</source>
        <translation>%1: بيانات هذه الحملة وحدها قليلة، لذا تُحسب أفضل الساعات من حملات مساحة العمل الأخرى أيضًا.</translation>
    </message>
    <message>
        <source>%1: not enough measured results yet (%2 posts, %3 impressions; at least %4 posts with %5 impressions at two different hours are needed), so its posts keep their times.</source>
        <translation>%1: النتائج المقيسة لا تكفي بعد (%2 منشورات، %3 مرات ظهور؛ يلزم %4 منشورات على الأقل و%5 مرة ظهور في ساعتين مختلفتين)، فتبقى منشوراتها على مواعيدها.</translation>
    </message>
    <message>
        <source>Moving posts to better hours is switched off for this campaign.</source>
        <translation>نقل المنشورات إلى ساعات أفضل معطَّل لهذه الحملة.</translation>
    </message>
    <message>
        <source>Shifting budget between ad sets is switched off for this campaign.</source>
        <translation>تحويل الميزانية بين المجموعات الإعلانية معطَّل لهذه الحملة.</translation>
    </message>
    <message>
        <source>Not enough ad results yet to compare the ad sets (at least %1 results and some spend in every ad set are needed), so budgets stay as they are.</source>
        <translation>نتائج الإعلانات لا تكفي بعد للمقارنة بين المجموعات الإعلانية (يلزم %1 نتيجة على الأقل وشيء من الإنفاق في كل مجموعة)، فتبقى الميزانيات كما هي.</translation>
    </message>
    <message>
        <source>Moved the %1 post from %2 to %3: posts at %4:00 engaged %5 % of the people who saw them, against %6 % at %7:00.</source>
        <translation>نُقل منشور %1 من %2 إلى %3: المنشورات في الساعة %4:00 تفاعل معها %5٪ ممن شاهدوها، مقابل %6٪ في الساعة %7:00.</translation>
    </message>
    <message>
        <source>Moved the %1 post from %2 to %3: posts at %4:00 engaged %5 % of the people who saw them; nothing was measured yet at %6:00.</source>
        <translation>نُقل منشور %1 من %2 إلى %3: المنشورات في الساعة %4:00 تفاعل معها %5٪ ممن شاهدوها، ولم يُقس شيء بعد في الساعة %6:00.</translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation>لا نتائج بعد</translation>
    </message>
    <message>
        <source>The budget of the ad set “%1” changed while it was being optimised; nothing was shifted.</source>
        <translation>تغيّرت ميزانية المجموعة الإعلانية «%1» أثناء التحسين، فلم يُحوَّل شيء.</translation>
    </message>
    <message>
        <source>“%1” (cost per result %2)</source>
        <translation>«%1» (تكلفة النتيجة %2)</translation>
    </message>
    <message>
        <source>Shifted %1 of daily budget to the ad set “%2”, which has the lowest cost per result (%3), from %4.</source>
        <translation>حُوِّل %1 من الميزانية اليومية إلى المجموعة الإعلانية «%2» صاحبة أقل تكلفة للنتيجة (%3)، من %4.</translation>
    </message>
    <message>
        <source>Shifted %1 of total budget to the ad set “%2”, which has the lowest cost per result (%3), from %4.</source>
        <translation>حُوِّل %1 من الميزانية الإجمالية إلى المجموعة الإعلانية «%2» صاحبة أقل تكلفة للنتيجة (%3)، من %4.</translation>
    </message>
</context>
<context>
    <name>cf::ParseCommand</name>
    <message>
        <source>Show what an instruction says, as JSON.</source>
        <translation>اعرض ما تتضمنه التعليمات بصيغة JSON.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli parse [--today YYYY-MM-DD] TEXT</source>
        <translation>الاستخدام: campaignforge-cli parse [--today YYYY-MM-DD] TEXT</translation>
    </message>
</context>
<context>
    <name>cf::PhraseBank</name>
    <message>
        <source>The phrase bank %1 is missing or not valid JSON.</source>
        <translation>ملف العبارات ⁨%1⁩ مفقود أو ليس بصيغة JSON صالحة.</translation>
    </message>
</context>
<context>
    <name>cf::PlanCommand</name>
    <message>
        <source>Plan a whole campaign from an instruction, as JSON.</source>
        <translation>خطّط لحملة كاملة انطلاقًا من التعليمات، بصيغة JSON.</translation>
    </message>
    <message>
        <source>Store the plan as a draft campaign.</source>
        <translation>احفظ الخطة كحملة في وضع المسودة.</translation>
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
    <name>cf::PlanSummaryHtml</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>من %1 إلى %2 (%3 يومًا)</translation>
    </message>
    <message>
        <source>Budget split</source>
        <translation>توزيع الميزانية</translation>
    </message>
    <message>
        <source>No paid budget: organic posts only.</source>
        <translation>لا توجد ميزانية مدفوعة: منشورات عادية فقط.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <source>Ad structure</source>
        <translation>هيكل الإعلانات</translation>
    </message>
    <message>
        <source>%1 content items in the calendar.</source>
        <translation>%1 عنصر محتوى في التقويم.</translation>
    </message>
    <message>
        <source>%1 ad sets, %2 ads</source>
        <translation>%1 مجموعة إعلانية، %2 إعلان</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>التقديرات</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>The campaign cannot be planned yet</source>
        <translation>لا يمكن تخطيط الحملة بعد</translation>
    </message>
    <message>
        <source>Go back and correct the details.</source>
        <translation>ارجع وصحّح التفاصيل.</translation>
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
    <name>cf::PlatformAppsDialog</name>
    <message>
        <source>Inside CampaignForge (registered https page)</source>
        <translation>داخل CampaignForge (صفحة https مسجّلة)</translation>
    </message>
    <message>
        <source>Web browser, any local port</source>
        <translation>متصفح الويب، أي منفذ محلي</translation>
    </message>
    <message>
        <source>Web browser, fixed local port</source>
        <translation>متصفح الويب، منفذ محلي ثابت</translation>
    </message>
    <message>
        <source>Web browser, then paste the address</source>
        <translation>متصفح الويب، ثم لصق العنوان</translation>
    </message>
    <message>
        <source>Platform apps</source>
        <translation>تطبيقات المنصات</translation>
    </message>
    <message>
        <source>Most platforms only let registered developer apps sign in. Enter the client id (and, where the platform needs one, the client secret) of your or your agency's app. They are kept in your system's keychain.</source>
        <translation>لا تسمح معظم المنصات بتسجيل الدخول إلا لتطبيقات مطوّرين مسجّلة. أدخل معرّف العميل (وسرّ العميل حيث تطلبه المنصة) لتطبيقك أو تطبيق وكالتك. تُحفظ هذه البيانات في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>المنصة:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>معرّف العميل:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>سرّ العميل:</translation>
    </message>
    <message>
        <source>Sign &amp;in:</source>
        <translation>تسجيل الدخول:</translation>
    </message>
    <message>
        <source>&amp;Redirect address (optional):</source>
        <translation>عنوان إعادة التوجيه (اختياري):</translation>
    </message>
    <message>
        <source>Only if your app registered a different redirect address than the usual one.</source>
        <translation>فقط إذا سجّل تطبيقك عنوان إعادة توجيه مختلفًا عن المعتاد.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Forget stored</source>
        <translation>نسيان المحفوظ</translation>
    </message>
    <message>
        <source>Client &amp;secret (required):</source>
        <translation>سرّ العميل (مطلوب):</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>جارٍ قراءة سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>No app is set up for this platform yet.</source>
        <translation>لم يُعَد أي تطبيق لهذه المنصة بعد.</translation>
    </message>
    <message>
        <source>This build carries an app for this platform; what you save here replaces it.</source>
        <translation>يحمل هذا الإصدار تطبيقًا لهذه المنصة؛ وما تحفظه هنا يحل محله.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>محفوظ في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>أدخل معرّف العميل.</translation>
    </message>
    <message>
        <source>%1 needs the client secret too.</source>
        <translation>تحتاج %1 إلى سرّ العميل أيضًا.</translation>
    </message>
    <message>
        <source>The redirect address is not a valid address.</source>
        <translation>عنوان إعادة التوجيه ليس عنوانًا صالحًا.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>جارٍ الحفظ في سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>حُفظ في سلسلة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>cf::PlatformCard</name>
    <message>
        <source>Sign in inside CampaignForge</source>
        <translation>تسجيل الدخول داخل CampaignForge</translation>
    </message>
    <message>
        <source>Sign in with your web browser</source>
        <translation>تسجيل الدخول عبر متصفح الويب</translation>
    </message>
    <message>
        <source>Sign in with your web browser, then paste the address</source>
        <translation>تسجيل الدخول عبر متصفح الويب، ثم لصق العنوان</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير مرتبط</translation>
    </message>
    <message>
        <source>Set up app credentials first</source>
        <translation>أعِدّ بيانات اعتماد التطبيق أولًا</translation>
    </message>
    <message>
        <source>%1 needs a registered developer app: enter its client id under Platform apps.</source>
        <translation>تحتاج %1 إلى تطبيق مطوّرين مسجّل: أدخل معرّف العميل الخاص به في «تطبيقات المنصات».</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>طريقة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>ربط</translation>
    </message>
    <message>
        <source>Connect another account</source>
        <translation>ربط حساب آخر</translation>
    </message>
    <message>
        <source>%1 needs you to sign in again: its sign-in is missing from the keychain</source>
        <translation>يحتاج %1 إلى تسجيل دخولك من جديد: بيانات دخوله غير موجودة في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Granted permissions (%1)</source>
        <translation>الأذونات الممنوحة (%1)</translation>
    </message>
    <message>
        <source>Publish to:</source>
        <translation>النشر على:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>فحص الاتصال</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>إعادة الربط</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>فصل…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, through %3)</source>
        <translation>%1 (%2، عبر %3)</translation>
    </message>
    <message>
        <source>Checked: campaigns can publish here.</source>
        <translation>تم الفحص: يمكن للحملات النشر هنا.</translation>
    </message>
</context>
<context>
    <name>cf::PlatformLimits</name>
    <message>
        <source>The platform limits table has a bad entry for "%1".</source>
        <translation>إدخال "%1" في جدول حدود المنصات غير صالح.</translation>
    </message>
    <message>
        <source>The platform limits table is missing or not valid JSON.</source>
        <translation>جدول حدود المنصات مفقود أو ليس بصيغة JSON صالحة.</translation>
    </message>
</context>
<context>
    <name>cf::PublishDueCommand</name>
    <message>
        <source>Publish everything that is due, once: publish-due [--once] [--settle-secs N].</source>
        <translation>انشر كل ما حان موعده، مرة واحدة: publish-due [--once] [--settle-secs N].</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli publish-due [--once] [--settle-secs N]</source>
        <translation>الاستخدام: campaignforge-cli publish-due [--once] [--settle-secs N]</translation>
    </message>
    <message>
        <source>Pass %1: %2 sent, %3 published, %4 retrying later, %5 failed, %6 unknown, %7 deferred, %8 reconciled, %9 still unknown.</source>
        <translation>الجولة %1: أُرسل %2، ونُشر %3، وسيُعاد لاحقًا %4، وفشل %5، ومجهول %6، ومؤجل %7، وتمت مطابقة %8، وما زال مجهولًا %9.</translation>
    </message>
</context>
<context>
    <name>cf::PublishErrorText</name>
    <message>
        <source>No error.</source>
        <translation>لا يوجد خطأ.</translation>
    </message>
    <message>
        <source>The budget is below the platform's minimum or the ad account has no funds.</source>
        <translation>الميزانية أقل من الحد الأدنى الذي تشترطه المنصة، أو لا يوجد رصيد في الحساب الإعلاني.</translation>
    </message>
    <message>
        <source>Raise the budget or add a payment method to the ad account, then retry.</source>
        <translation>ارفع الميزانية أو أضف وسيلة دفع إلى الحساب الإعلاني، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The platform rejected the audience targeting.</source>
        <translation>رفضت المنصة إعدادات استهداف الجمهور.</translation>
    </message>
    <message>
        <source>Widen or correct the audience (places, ages, interests) and retry.</source>
        <translation>وسّع الجمهور أو صحّحه (الأماكن والأعمار والاهتمامات) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The platform rejected the content under its policies.</source>
        <translation>رفضت المنصة المحتوى بموجب سياساتها.</translation>
    </message>
    <message>
        <source>Edit the text or media so it follows the platform's rules, or appeal on the platform.</source>
        <translation>عدّل النص أو الوسائط لتتوافق مع قواعد المنصة، أو قدّم اعتراضًا على المنصة نفسها.</translation>
    </message>
    <message>
        <source>The platform is limiting how often this account can publish.</source>
        <translation>تحدّ المنصة من عدد مرات النشر المسموح بها لهذا الحساب.</translation>
    </message>
    <message>
        <source>Nothing to do: CampaignForge retries automatically after the platform's waiting time.</source>
        <translation>لا حاجة لأي إجراء: سيعيد CampaignForge المحاولة تلقائيًا بعد انقضاء مدة الانتظار التي تحددها المنصة.</translation>
    </message>
    <message>
        <source>The connection to the account has expired or was revoked.</source>
        <translation>انتهت صلاحية الربط بالحساب أو أُلغي.</translation>
    </message>
    <message>
        <source>Reconnect the account in Connections, then retry.</source>
        <translation>أعد ربط الحساب من صفحة الحسابات المرتبطة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The connected account lacks a permission this post needs.</source>
        <translation>الحساب المرتبط يفتقد إذنًا يحتاجه هذا المنشور.</translation>
    </message>
    <message>
        <source>Reconnect the account and grant every permission asked for, or ask the Page or account admin for the right role.</source>
        <translation>أعد ربط الحساب وامنح كل الأذونات المطلوبة، أو اطلب من مسؤول الصفحة أو الحساب منحك الدور المناسب.</translation>
    </message>
    <message>
        <source>The platform rejected the image or video (format, size, length or address).</source>
        <translation>رفضت المنصة الصورة أو الفيديو (الصيغة أو الحجم أو المدة أو الرابط).</translation>
    </message>
    <message>
        <source>Regenerate or replace the media in a supported format and size, then retry.</source>
        <translation>أعد إنشاء الوسائط أو استبدلها بصيغة وحجم مدعومين، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The platform refused the post as a duplicate of an earlier one.</source>
        <translation>رفضت المنصة المنشور لأنه مكرر لمنشور سابق.</translation>
    </message>
    <message>
        <source>Change the text before publishing again, or check whether the earlier post is already live.</source>
        <translation>غيّر النص قبل إعادة النشر، أو تحقّق مما إذا كان المنشور السابق منشورًا بالفعل.</translation>
    </message>
    <message>
        <source>The platform could not be reached or had a temporary failure.</source>
        <translation>تعذّر الوصول إلى المنصة أو حدث فيها عطل مؤقت.</translation>
    </message>
    <message>
        <source>Check the internet connection; CampaignForge retries automatically when it is safe.</source>
        <translation>تحقّق من اتصال الإنترنت؛ سيعيد CampaignForge المحاولة تلقائيًا متى كان ذلك آمنًا.</translation>
    </message>
    <message>
        <source>The content exceeds the platform's limits, so nothing was sent.</source>
        <translation>المحتوى يتجاوز حدود المنصة، لذلك لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>Shorten the text or change the media as listed, then retry.</source>
        <translation>اختصر النص أو غيّر الوسائط كما هو موضّح، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>It is not known whether the platform applied the request.</source>
        <translation>لا يُعرف ما إذا كانت المنصة قد نفّذت الطلب.</translation>
    </message>
    <message>
        <source>Open the account on the platform and check whether the post exists before publishing again.</source>
        <translation>افتح الحساب على المنصة وتحقّق من وجود المنشور قبل النشر مرة أخرى.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>%1 (The platform said: %2)</source>
        <translation>%1 (ردّ المنصة: %2)</translation>
    </message>
</context>
<context>
    <name>cf::PublishHttp</name>
    <message>
        <source>The media file %1 cannot be read or is empty.</source>
        <translation>ملف الوسائط %1 لا يمكن قراءته أو أنه فارغ.</translation>
    </message>
</context>
<context>
    <name>cf::PublishNowAction</name>
    <message>
        <source>Publishing is unavailable: the campaign database is not open.</source>
        <translation>النشر غير متاح: قاعدة بيانات الحملات غير مفتوحة.</translation>
    </message>
    <message>
        <source>Only approved items are published: approve this item first.</source>
        <translation>لا يُنشر إلا ما اعتُمد: اعتمد هذا العنصر أولًا.</translation>
    </message>
    <message>
        <source>This item is being published right now.</source>
        <translation>يُنشر هذا العنصر الآن.</translation>
    </message>
    <message>
        <source>This item is already published.</source>
        <translation>نُشر هذا العنصر من قبل.</translation>
    </message>
    <message>
        <source>It is not known whether this item was published: settle it in Publishing status first.</source>
        <translation>لا يُعرف إن كان هذا العنصر قد نُشر: احسم أمره من حالة النشر أولًا.</translation>
    </message>
    <message>
        <source>Publishing of this item was cancelled.</source>
        <translation>أُلغي نشر هذا العنصر.</translation>
    </message>
    <message>
        <source>The campaign is cancelled or archived, so nothing of it is published.</source>
        <translation>الحملة ملغاة أو مؤرشفة، فلا يُنشر منها شيء.</translation>
    </message>
    <message>
        <source>No %1 account that can publish this item is connected and selected.</source>
        <translation>لا يوجد حساب %1 متصل ومختار يستطيع نشر هذا العنصر.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>لم يُنشر: %1</translation>
    </message>
    <message>
        <source>Nothing was released: every account of this item is already handled.</source>
        <translation>لم يُطلق شيء: كل حسابات هذا العنصر عولجت من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing now to %n account(s).</source>
        <translation><numerusform>لا نشر الآن إلى أي حساب.</numerusform><numerusform>يُنشر الآن إلى حساب واحد.</numerusform><numerusform>يُنشر الآن إلى حسابين.</numerusform><numerusform>يُنشر الآن إلى %n حسابات.</numerusform><numerusform>يُنشر الآن إلى %n حسابًا.</numerusform><numerusform>يُنشر الآن إلى %n حساب.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Released to %n account(s); it is sent when publishing is resumed.</source>
        <translation><numerusform>لم يُطلق إلى أي حساب.</numerusform><numerusform>أُطلق إلى حساب واحد، ويُرسل حين يُستأنف النشر.</numerusform><numerusform>أُطلق إلى حسابين، ويُرسل حين يُستأنف النشر.</numerusform><numerusform>أُطلق إلى %n حسابات، ويُرسل حين يُستأنف النشر.</numerusform><numerusform>أُطلق إلى %n حسابًا، ويُرسل حين يُستأنف النشر.</numerusform><numerusform>أُطلق إلى %n حساب، ويُرسل حين يُستأنف النشر.</numerusform></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>انشر الآن</translation>
    </message>
    <message>
        <source>Send this item to its accounts now, before its scheduled time.</source>
        <translation>أرسل هذا العنصر إلى حساباته الآن قبل موعده المجدول.</translation>
    </message>
</context>
<context>
    <name>cf::PublishQueue</name>
    <message>
        <source>No %1 account is connected and selected for item %2.</source>
        <translation>لا يوجد حساب %1 مرتبط ومحدد للعنصر %2.</translation>
    </message>
    <message>
        <source>Approved automatically: the brand guard and the safety checks passed.</source>
        <translation>اعتُمد تلقائيًا: اجتاز فحص حارس العلامة التجارية وفحوص الأمان.</translation>
    </message>
    <message>
        <source>Item %1 is not approved, so it cannot be published.</source>
        <translation>العنصر %1 غير معتمد، لذا لا يمكن نشره.</translation>
    </message>
</context>
<context>
    <name>cf::PublishStatusReport</name>
    <message>
        <source>Nothing is queued for publishing.</source>
        <translation>لا يوجد شيء في قائمة انتظار النشر.</translation>
    </message>
    <message>
        <source>#%1  item %2  %3 (%4)  %5  %6</source>
        <translation>#%1  العنصر %2  %3 (%4)  %5  %6</translation>
    </message>
    <message>
        <source>Targets by state: %1</source>
        <translation>الوجهات حسب الحالة: %1</translation>
    </message>
    <message>
        <source>ad delivering</source>
        <translation>الإعلان يُعرَض</translation>
    </message>
    <message>
        <source>ad paused</source>
        <translation>الإعلان متوقف</translation>
    </message>
</context>
<context>
    <name>cf::PublishWorker</name>
    <message>
        <source>The app stopped while this was being sent, so it may or may not have been published.</source>
        <translation>توقف التطبيق أثناء الإرسال، لذا قد يكون المنشور قد نُشر وقد لا يكون.</translation>
    </message>
    <message>
        <source>Check the item and its account, then retry.</source>
        <translation>راجع العنصر وحسابه، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This version of CampaignForge cannot publish to %1 yet.</source>
        <translation>هذا الإصدار من CampaignForge لا يستطيع النشر على %1 بعد.</translation>
    </message>
    <message>
        <source>Publish this item by hand on %1.</source>
        <translation>انشر هذا العنصر يدويًا على %1.</translation>
    </message>
    <message>
        <source>%1 asked to wait before the next post; it will go out then.</source>
        <translation>طلبت %1 الانتظار قبل المنشور التالي؛ وسيُنشر عند انتهاء المهلة.</translation>
    </message>
    <message>
        <source>Sign in to the account again under Connections, then retry.</source>
        <translation>سجّل الدخول إلى الحساب من جديد في صفحة الحسابات المرتبطة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Published on %1 (%2).</source>
        <translation>نُشر على %1 (%2).</translation>
    </message>
    <message>
        <source>Handed to %1's scheduler (%2).</source>
        <translation>سُلّم إلى جدولة %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>توقفت المحاولات دون أي محاولة: %1</numerusform>
            <numerusform>توقفت المحاولات بعد محاولة واحدة: %1</numerusform>
            <numerusform>توقفت المحاولات بعد محاولتين: %1</numerusform>
            <numerusform>توقفت المحاولات بعد %n محاولات: %1</numerusform>
            <numerusform>توقفت المحاولات بعد %n محاولة: %1</numerusform>
            <numerusform>توقفت المحاولات بعد %n محاولة: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CampaignForge could not confirm whether this reached %1.</source>
        <translation>تعذّر على CampaignForge التأكد مما إذا كان هذا قد وصل إلى %1.</translation>
    </message>
    <message>
        <source>Please check on %1, then mark it published or not published.</source>
        <translation>يُرجى التحقق على %1، ثم تحديده كمنشور أو غير منشور.</translation>
    </message>
    <message>
        <source>Found on %1 after an unclear answer: published.</source>
        <translation>وُجد على %1 بعد ردّ غير واضح: تم النشر.</translation>
    </message>
    <message>
        <source>Not found on %1 after an unclear answer: it will be sent again.</source>
        <translation>لم يُعثر عليه على %1 بعد ردّ غير واضح: سيُرسَل مرة أخرى.</translation>
    </message>
    <message>
        <source>This item is not waiting in %1's scheduler.</source>
        <translation>هذا العنصر ليس في انتظار النشر ضمن جدولة %1.</translation>
    </message>
    <message>
        <source>%1 does not let apps delete a scheduled post. Delete it on %1 yourself.</source>
        <translation>لا تسمح %1 للتطبيقات بحذف منشور مجدول. احذفه بنفسك على %1.</translation>
    </message>
    <message>
        <source>The post was deleted on the platform, but the item changed here meanwhile.</source>
        <translation>حُذف المنشور على المنصة، لكن العنصر تغيّر هنا في الأثناء.</translation>
    </message>
    <message>
        <source>Taken back from %1's scheduler to be scheduled again (%2).</source>
        <translation>سُحب من جدولة %1 لتُعاد جدولته (%2).</translation>
    </message>
    <message>
        <source>Deleted from %1's scheduler (%2).</source>
        <translation>حُذف من جدولة %1 (%2).</translation>
    </message>
    <message>
        <source>This version of CampaignForge cannot create paid ads on %1 yet.</source>
        <translation>لا يستطيع هذا الإصدار من CampaignForge إنشاء إعلانات مدفوعة على %1 بعد.</translation>
    </message>
    <message>
        <source>Create this ad by hand in %1's ads manager, or remove it from its ad set to publish it as an ordinary post.</source>
        <translation>أنشئ هذا الإعلان يدويًا في مدير إعلانات %1، أو أخرجه من مجموعته الإعلانية لنشره منشورًا عاديًا.</translation>
    </message>
    <message>
        <source>The ads of “%1” on %2 were created but could not be switched on, so they stay paused: %3 CampaignForge tries again at %4.</source>
        <translation>أُنشئت إعلانات «%1» على %2 لكن تعذّر تشغيلها، فبقيت متوقفة: %3 سيحاول CampaignForge مرة أخرى في %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s) of “%1” switched on at %2 (%3).</source>
        <translation>
            <numerusform>لم يُشغَّل أي إعلان من «%1» على %2 (%3).</numerusform>
            <numerusform>شُغِّل إعلان واحد من «%1» على %2 (%3).</numerusform>
            <numerusform>شُغِّل إعلانان من «%1» على %2 (%3).</numerusform>
            <numerusform>شُغِّلت %n إعلانات من «%1» على %2 (%3).</numerusform>
            <numerusform>شُغِّل %n إعلانًا من «%1» على %2 (%3).</numerusform>
            <numerusform>شُغِّل %n إعلان من «%1» على %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The new budget %1 of ad set “%2” could not be sent to %3: %4 CampaignForge tries again at %5.</source>
        <translation>تعذّر إرسال الميزانية الجديدة %1 للمجموعة الإعلانية «%2» إلى %3: %4 سيحاول CampaignForge مرة أخرى في %5.</translation>
    </message>
    <message>
        <source>Budget of ad set “%1” on %2 is now %3.</source>
        <translation>صارت ميزانية المجموعة الإعلانية «%1» على %2 ‏%3.</translation>
    </message>
    <message>
        <source>The ads of “%1” on %2 could not be switched on again: %3 CampaignForge tries again at %4.</source>
        <translation>تعذّرت إعادة تشغيل إعلانات «%1» على %2: %3 سيحاول CampaignForge مرة أخرى في %4.</translation>
    </message>
    <message>
        <source>The ads of “%1” on %2 could not be paused and may still be spending: %3 CampaignForge tries again at %4; you can also pause them in %2's ads manager.</source>
        <translation>تعذّر إيقاف إعلانات «%1» على %2 وقد تكون ما زالت تنفق: %3 سيحاول CampaignForge مرة أخرى في %4، ويمكنك أيضًا إيقافها من مدير إعلانات %2.</translation>
    </message>
    <message>
        <source>The ads of “%1” are paused on %2 (%3).</source>
        <translation>أُوقفت إعلانات «%1» على %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s) of “%1” switched on again at %2 (%3).</source>
        <translation>
            <numerusform>لم يُعَد تشغيل أي إعلان من «%1» على %2 (%3).</numerusform>
            <numerusform>أُعيد تشغيل إعلان واحد من «%1» على %2 (%3).</numerusform>
            <numerusform>أُعيد تشغيل إعلانين من «%1» على %2 (%3).</numerusform>
            <numerusform>أُعيد تشغيل %n إعلانات من «%1» على %2 (%3).</numerusform>
            <numerusform>أُعيد تشغيل %n إعلانًا من «%1» على %2 (%3).</numerusform>
            <numerusform>أُعيد تشغيل %n إعلان من «%1» على %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled ad(s) of “%1” paused at %2 (%3).</source>
        <translation>
            <numerusform>لم يُوقَف أي إعلان ملغى من «%1» على %2 (%3).</numerusform>
            <numerusform>أُوقف إعلان ملغى واحد من «%1» على %2 (%3).</numerusform>
            <numerusform>أُوقف إعلانان ملغيان من «%1» على %2 (%3).</numerusform>
            <numerusform>أُوقفت %n إعلانات ملغاة من «%1» على %2 (%3).</numerusform>
            <numerusform>أُوقف %n إعلانًا ملغى من «%1» على %2 (%3).</numerusform>
            <numerusform>أُوقف %n إعلان ملغى من «%1» على %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cf::PublishingCoordinator</name>
    <message>
        <source>Quit CampaignForge?</source>
        <translation>هل تريد إنهاء CampaignForge؟</translation>
    </message>
    <message>
        <source>%1 publishing targets are waiting. If you quit now they are sent the next time CampaignForge starts (or when campaignforge-cli publish-due runs).</source>
        <translation>هناك %1 من وجهات النشر في الانتظار. إذا أنهيت التطبيق الآن فستُرسَل عند تشغيل CampaignForge في المرة القادمة (أو عند تشغيل campaignforge-cli publish-due).</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>إبقاؤه مفتوحًا</translation>
    </message>
</context>
<context>
    <name>cf::PublishingSettingsSection</name>
    <message>
        <source>None (Instagram and TikTok photos cannot be published)</source>
        <translation>بلا مضيف (لا يمكن نشر صور إنستغرام وتيك توك)</translation>
    </message>
    <message>
        <source>My WordPress media library: %1 (%2)</source>
        <translation>مكتبة وسائط ووردبريس الخاصة بي: %1 (%2)</translation>
    </message>
    <message>
        <source>WordPress connection %1 (no longer connected)</source>
        <translation>اتصال ووردبريس %1 (لم يعد متصلًا)</translation>
    </message>
    <message>
        <source>The chosen WordPress site is no longer connected. Connect it again or choose another host.</source>
        <translation>موقع ووردبريس المختار لم يعد متصلًا. اربطه من جديد أو اختر مضيفًا آخر.</translation>
    </message>
    <message>
        <source>No media host: Instagram and TikTok photos will wait until you choose one.</source>
        <translation>لا مضيف للوسائط: ستنتظر صور إنستغرام وتيك توك حتى تختار واحدًا.</translation>
    </message>
    <message>
        <source>Saved. Photos for Instagram and TikTok go to %1 while they are published, and are deleted again afterwards.</source>
        <translation>حُفظ. تُرفع صور إنستغرام وتيك توك إلى %1 أثناء نشرها، ثم تُحذف بعد ذلك.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Keep publishing when the window is closed</source>
        <translation>واصل النشر عند إغلاق النافذة</translation>
    </message>
    <message>
        <source>CampaignForge stays in the system tray and sends scheduled items on time. Without this, closing the window asks first while items are waiting.</source>
        <translation>يبقى CampaignForge في شريط النظام ويرسل العناصر المجدولة في مواعيدها. ومن دون هذا الخيار يسألك عند إغلاق النافذة إن كانت هناك عناصر تنتظر.</translation>
    </message>
    <message>
        <source>Public media host:</source>
        <translation>مضيف الوسائط العام:</translation>
    </message>
    <message>
        <source>Instagram and TikTok fetch photos from a public web address. CampaignForge puts each photo on this host only while the platform fetches it.</source>
        <translation>يجلب إنستغرام وتيك توك الصور من عنوان ويب عام، فيضع CampaignForge كل صورة على هذا المضيف فقط ريثما تجلبها المنصة.</translation>
    </message>
    <message>
        <source>S3-compatible bucket (Amazon S3, Cloudflare R2, MinIO…)</source>
        <translation>حاوية متوافقة مع S3 (Amazon S3 وCloudflare R2 وMinIO…)</translation>
    </message>
    <message>
        <source>Fill in the bucket's details and press Save to use it.</source>
        <translation>املأ بيانات الحاوية واضغط «حفظ» لاستخدامها.</translation>
    </message>
    <message>
        <source>Saved. Photos for Instagram and TikTok go to the bucket %1 while they are published, and are deleted again afterwards.</source>
        <translation>حُفظ. تُرفع صور إنستغرام وتيك توك إلى الحاوية %1 أثناء نشرها، ثم تُحذف بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>cf::PublishingStatusDialog</name>
    <message>
        <source>Reading the publishing queue…</source>
        <translation>جارٍ قراءة قائمة انتظار النشر…</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>قيد التحضير</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Unknown: check on the platform</source>
        <translation>غير معروف: تحقّق على المنصة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The publishing queue could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة انتظار النشر: %1</translation>
    </message>
    <message>
        <source>Nothing is queued for publishing.</source>
        <translation>لا يوجد شيء في قائمة انتظار النشر.</translation>
    </message>
    <message>
        <source>%1 waiting, %2 need attention, %3 published.</source>
        <translation>%1 في الانتظار، و%2 تحتاج إلى انتباهك، و%3 منشور.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>لم ينجح ذلك: %1</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Problem and what to do</source>
        <translation>المشكلة وما يجب فعله</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>إعادة محاولة الفاشل</translation>
    </message>
    <message>
        <source>Link to the post (optional)</source>
        <translation>رابط المنشور (اختياري)</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>تحديد كمنشور</translation>
    </message>
    <message>
        <source>Mark as not published</source>
        <translation>تحديد كغير منشور</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column header: when the item is due to go out</comment>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>column header: whether a paid ad is running</comment>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Platform review</source>
        <comment>column header: the ad network's review of a paid ad</comment>
        <translation>مراجعة المنصة</translation>
    </message>
</context>
<context>
    <name>cf::PublishingTray</name>
    <message>
        <source>%1
Click to open the item.</source>
        <translation>%1
انقر لفتح العنصر.</translation>
    </message>
    <message>
        <source>Publishing needs your attention</source>
        <translation>النشر يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>CampaignForge is still publishing</source>
        <translation>ما زال CampaignForge ينشر</translation>
    </message>
    <message>
        <source>Queued items keep going out while the window is closed. Use Quit in this menu to stop.</source>
        <translation>تستمر العناصر المنتظرة في النشر والنافذة مغلقة. استخدم «إنهاء» في هذه القائمة للإيقاف.</translation>
    </message>
    <message>
        <source>Open CampaignForge</source>
        <translation>فتح CampaignForge</translation>
    </message>
    <message>
        <source>Publishing: on (click to pause)</source>
        <translation>النشر: يعمل (انقر للإيقاف المؤقت)</translation>
    </message>
    <message>
        <source>Publishing: paused (click to resume)</source>
        <translation>النشر: متوقف مؤقتًا (انقر للاستئناف)</translation>
    </message>
    <message>
        <source>%1 items waiting / %2 need attention</source>
        <translation>%1 عنصر في الانتظار / %2 تحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>CampaignForge: %1 need attention</source>
        <translation>CampaignForge: ‏%1 تحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>CampaignForge: %1 items waiting</source>
        <translation>CampaignForge: ‏%1 عنصر في الانتظار</translation>
    </message>
</context>
<context>
    <name>cf::RenderCommand</name>
    <message>
        <source>Draw one image creative to a PNG or JPEG file.</source>
        <translation>ارسم تصميمًا إعلانيًا واحدًا كصورة في ملف PNG أو JPEG.</translation>
    </message>
    <message>
        <source>Canvas size: 1080x1080, 1080x1350, 1080x1920, 1200x628 or 1280x720.</source>
        <translation>مقاس اللوحة: 1080x1080 أو 1080x1350 أو 1080x1920 أو 1200x628 أو 1280x720.</translation>
    </message>
    <message>
        <source>Language of the text: ar or en.</source>
        <translation>لغة النص: ar أو en.</translation>
    </message>
    <message>
        <source>The headline.</source>
        <translation>العنوان الرئيسي.</translation>
    </message>
    <message>
        <source>The offer, shown on a badge.</source>
        <translation>العرض، ويظهر على شارة.</translation>
    </message>
    <message>
        <source>The call to action, shown as a button.</source>
        <translation>عبارة الحث على اتخاذ إجراء، وتظهر على شكل زر.</translation>
    </message>
    <message>
        <source>The brand's main colour.</source>
        <translation>اللون الرئيسي للعلامة التجارية.</translation>
    </message>
    <message>
        <source>The brand's second colour.</source>
        <translation>اللون الثانوي للعلامة التجارية.</translation>
    </message>
    <message>
        <source>The brand's accent colour.</source>
        <translation>لون التمييز للعلامة التجارية.</translation>
    </message>
    <message>
        <source>The logo image.</source>
        <translation>صورة الشعار.</translation>
    </message>
    <message>
        <source>A product photo.</source>
        <translation>صورة للمنتج.</translation>
    </message>
    <message>
        <source>Where to write the image (.png or .jpg).</source>
        <translation>مكان حفظ الصورة (‎.png أو ‎.jpg).</translation>
    </message>
    <message>
        <source>"%1" is not a supported size: use 1080x1080, 1080x1350, 1080x1920, 1200x628 or 1280x720.</source>
        <translation>المقاس "%1" غير مدعوم: استخدم 1080x1080 أو 1080x1350 أو 1080x1920 أو 1200x628 أو 1280x720.</translation>
    </message>
    <message>
        <source>"%1" is not a colour: write it as #RRGGBB.</source>
        <translation>"%1" ليس لونًا: اكتبه بصيغة ‎#RRGGBB.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>تعذّرت الكتابة في "⁨%1⁩": %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 pixels).</source>
        <translation>كُتبت الصورة في ⁨%1⁩ (%2 × %3 بكسل).</translation>
    </message>
    <message>
        <source>The headline was too long for this size and was shortened.</source>
        <translation>كان العنوان الرئيسي أطول مما يتسع له هذا المقاس، فاختُصر.</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli render [--size WxH] [--lang ar|en] --headline TEXT [--offer TEXT] [--cta TEXT] [--brand-color #RRGGBB] [--secondary-color #RRGGBB] [--accent-color #RRGGBB] [--logo FILE] [--photo FILE] --output FILE</source>
        <translation>الاستخدام: campaignforge-cli render [--size WxH] [--lang ar|en] --headline TEXT [--offer TEXT] [--cta TEXT] [--brand-color #RRGGBB] [--secondary-color #RRGGBB] [--accent-color #RRGGBB] [--logo FILE] [--photo FILE] --output FILE</translation>
    </message>
</context>
<context>
    <name>cf::RescheduleRules</name>
    <message>
        <source>“%1” is already published and cannot be moved.</source>
        <translation>«%1» منشور بالفعل ولا يمكن نقله.</translation>
    </message>
    <message>
        <source>“%1” is being published right now and cannot be moved.</source>
        <translation>«%1» قيد النشر الآن ولا يمكن نقله.</translation>
    </message>
    <message>
        <source>“%1” may already be published (its last attempt has no recorded outcome), so it cannot be moved until that is checked.</source>
        <translation>قد يكون «%1» منشورًا بالفعل (لم تُسجَّل نتيجة آخر محاولة)، لذا لا يمكن نقله حتى يُتحقّق من ذلك.</translation>
    </message>
    <message>
        <source>That is not a valid time.</source>
        <translation>هذا ليس وقتًا صالحًا.</translation>
    </message>
    <message>
        <source>Items cannot be moved into the past (%1).</source>
        <translation>لا يمكن نقل العناصر إلى وقت مضى (%1).</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a time span</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 is inside the Ramadan quiet hours (%2, %3), when nothing is published.</source>
        <translation>%1 يقع ضمن ساعات الهدوء في رمضان (%2، %3)، حين لا يُنشر شيء.</translation>
    </message>
    <message>
        <source>%1 is inside the quiet hours (%2, %3), when nothing is published.</source>
        <translation>%1 يقع ضمن ساعات الهدوء (%2، %3)، حين لا يُنشر شيء.</translation>
    </message>
    <message>
        <source>%1 needs at least %2 minutes between items; “%3” is at %4.</source>
        <translation>تحتاج %1 إلى %2 دقيقة على الأقل بين العناصر؛ و«%3» في الساعة %4.</translation>
    </message>
</context>
<context>
    <name>cf::ResultsCharts</name>
    <message>
        <source>Planned</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Estimate range</source>
        <translation>نطاق التقدير</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>حتى الآن</translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation>المتوقع حتى اليوم</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>الخطة كاملة</translation>
    </message>
    <message>
        <source>%1 so far. The plan has no estimate for %2.</source>
        <translation>%1 حتى الآن. ليس في الخطة تقدير لـ%2.</translation>
    </message>
    <message>
        <source>%1 so far. The campaign has not started yet, so nothing is expected by now.</source>
        <translation>%1 حتى الآن. لم تبدأ الحملة بعد، فلا شيء متوقع حتى الآن.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Behind plan: %1 so far; %2 expected by day %3 of %4.</source>
        <translation>متأخر عن الخطة: %1 حتى الآن، والمتوقع %2 بحلول اليوم %3 من %4.</translation>
    </message>
    <message>
        <source>Ahead of plan: %1 so far; %2 expected by day %3 of %4.</source>
        <translation>متقدم على الخطة: %1 حتى الآن، والمتوقع %2 بحلول اليوم %3 من %4.</translation>
    </message>
    <message>
        <source>On track: %1 so far; %2 expected by day %3 of %4.</source>
        <translation>وفق الخطة: %1 حتى الآن، والمتوقع %2 بحلول اليوم %3 من %4.</translation>
    </message>
    <message>
        <source>%1 so far.</source>
        <translation>%1 حتى الآن.</translation>
    </message>
</context>
<context>
    <name>cf::ReviewField</name>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Primary text</source>
        <translation>النص الأساسي</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>عبارة الحث على الإجراء</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>%1 hashtags: %2 takes at most %3.</source>
        <translation>%1 وسمًا: تقبل %2 حتى %3 على الأكثر.</translation>
    </message>
    <message>
        <source>%1 / %2 hashtags</source>
        <translation>%1 / %2 وسمًا</translation>
    </message>
    <message>
        <source>%1 hashtags</source>
        <translation>%1 وسمًا</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 حرفًا</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2: too long, %3 refuses more than %2.</source>
        <translation>%1 / %2: أطول من اللازم، فـ%3 لا تقبل أكثر من %2.</translation>
    </message>
    <message>
        <source>%1 / %2: longer than %3 shows in full.</source>
        <translation>%1 / %2: أطول مما تعرضه %3 كاملًا.</translation>
    </message>
</context>
<context>
    <name>cf::ReviewItemEditor</name>
    <message>
        <source>Brand guard: no findings (score %1)</source>
        <translation>حارس العلامة التجارية: لا ملاحظات (الدرجة %1)</translation>
    </message>
    <message>
        <source>Brand guard findings (score %1):</source>
        <translation>ملاحظات حارس العلامة التجارية (الدرجة %1):</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
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
    <message>
        <source>All campaigns</source>
        <translation>كل الحملات</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>الحملة %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>الحملة:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>اعتماد المحدد</translation>
    </message>
    <message>
        <source>Final approval…</source>
        <translation>الاعتماد النهائي…</translation>
    </message>
    <message>
        <source>Unlock for changes</source>
        <translation>فتح للتعديل</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة الإنشاء</translation>
    </message>
    <message>
        <source>Replace image…</source>
        <translation>استبدال الصورة…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Campaign structure</source>
        <translation>هيكل الحملة</translation>
    </message>
    <message>
        <source>Reject item</source>
        <translation>رفض العنصر</translation>
    </message>
    <message>
        <source>Why is this item rejected? The reason is kept in the audit log.</source>
        <translation>لماذا رُفض هذا العنصر؟ يُحفظ السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>The item was not rejected: a reason is needed.</source>
        <translation>لم يُرفض العنصر: يجب ذكر السبب.</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>جارٍ إعادة الإنشاء…</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>Final approval given: %n item(s) are queued for publishing. The campaign is locked; unlock it to make changes.</source>
        <translation>
            <numerusform>تم الاعتماد النهائي: لا توجد عناصر في قائمة انتظار النشر. الحملة مقفلة؛ افتحها لإجراء تغييرات.</numerusform>
            <numerusform>تم الاعتماد النهائي: أُضيف عنصر واحد إلى قائمة انتظار النشر. الحملة مقفلة؛ افتحها لإجراء تغييرات.</numerusform>
            <numerusform>تم الاعتماد النهائي: أُضيف عنصران إلى قائمة انتظار النشر. الحملة مقفلة؛ افتحها لإجراء تغييرات.</numerusform>
            <numerusform>تم الاعتماد النهائي: أُضيفت %n عناصر إلى قائمة انتظار النشر. الحملة مقفلة؛ افتحها لإجراء تغييرات.</numerusform>
            <numerusform>تم الاعتماد النهائي: أُضيف %n عنصرًا إلى قائمة انتظار النشر. الحملة مقفلة؛ افتحها لإجراء تغييرات.</numerusform>
            <numerusform>تم الاعتماد النهائي: أُضيف %n عنصر إلى قائمة انتظار النشر. الحملة مقفلة؛ افتحها لإجراء تغييرات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n item(s)</source>
        <translation>
            <numerusform>اعتماد لا شيء</numerusform>
            <numerusform>اعتماد عنصر واحد</numerusform>
            <numerusform>اعتماد عنصرين</numerusform>
            <numerusform>اعتماد %n عناصر</numerusform>
            <numerusform>اعتماد %n عنصرًا</numerusform>
            <numerusform>اعتماد %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Replace image</source>
        <translation>استبدال الصورة</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>انشر الآن</translation>
    </message>
    <message>
        <source>Send this item to its accounts now, before its scheduled time.</source>
        <translation>أرسل هذا العنصر إلى حساباته الآن قبل موعده المجدول.</translation>
    </message>
</context>
<context>
    <name>cf::ReviewQueueTree</name>
    <message>
        <source>Not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4</source>
        <extracomment>A queue row: time, content type, approval state, headline.</extracomment>
        <translation>%1 · %2 · %3 — %4</translation>
    </message>
</context>
<context>
    <name>cf::ReviewService</name>
    <message>
        <source>This campaign has its final approval and is locked. Unlock it to make changes.</source>
        <translation>حصلت هذه الحملة على الاعتماد النهائي وهي مقفلة. افتحها لإجراء تغييرات.</translation>
    </message>
    <message>
        <source>Say why the item is rejected.</source>
        <translation>اذكر سبب رفض العنصر.</translation>
    </message>
    <message>
        <source>Unknown language "%1".</source>
        <translation>لغة غير معروفة «%1».</translation>
    </message>
    <message>
        <source>No new text could be written for this item.</source>
        <translation>تعذّرت كتابة نص جديد لهذا العنصر.</translation>
    </message>
    <message>
        <source>This campaign already has its final approval.</source>
        <translation>حصلت هذه الحملة على الاعتماد النهائي بالفعل.</translation>
    </message>
    <message>
        <source>A cancelled or archived campaign cannot be approved.</source>
        <translation>لا يمكن اعتماد حملة ملغاة أو مؤرشفة.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need approving or rejecting.</source>
        <translation>
            <numerusform>لا توجد عناصر تحتاج إلى اعتماد أو رفض.</numerusform>
            <numerusform>ما زال عنصر واحد يحتاج إلى اعتماد أو رفض.</numerusform>
            <numerusform>ما زال عنصران يحتاجان إلى اعتماد أو رفض.</numerusform>
            <numerusform>ما زالت %n عناصر تحتاج إلى اعتماد أو رفض.</numerusform>
            <numerusform>ما زال %n عنصرًا يحتاج إلى اعتماد أو رفض.</numerusform>
            <numerusform>ما زال %n عنصر يحتاج إلى اعتماد أو رفض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved item(s) have brand-guard errors; fix them first.</source>
        <translation>
            <numerusform>لا توجد عناصر معتمدة فيها أخطاء من حارس العلامة التجارية.</numerusform>
            <numerusform>في عنصر معتمد واحد أخطاء من حارس العلامة التجارية؛ أصلحها أولًا.</numerusform>
            <numerusform>في عنصرين معتمدين أخطاء من حارس العلامة التجارية؛ أصلحها أولًا.</numerusform>
            <numerusform>في %n عناصر معتمدة أخطاء من حارس العلامة التجارية؛ أصلحها أولًا.</numerusform>
            <numerusform>في %n عنصرًا معتمدًا أخطاء من حارس العلامة التجارية؛ أصلحها أولًا.</numerusform>
            <numerusform>في %n عنصر معتمد أخطاء من حارس العلامة التجارية؛ أصلحها أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved item(s) have no text yet.</source>
        <translation>
            <numerusform>لا توجد عناصر معتمدة بلا نص.</numerusform>
            <numerusform>عنصر معتمد واحد بلا نص بعد.</numerusform>
            <numerusform>عنصران معتمدان بلا نص بعد.</numerusform>
            <numerusform>%n عناصر معتمدة بلا نص بعد.</numerusform>
            <numerusform>%n عنصرًا معتمدًا بلا نص بعد.</numerusform>
            <numerusform>%n عنصر معتمد بلا نص بعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is approved, so there is nothing to publish.</source>
        <translation>لم يُعتمد شيء، لذا لا يوجد ما يُنشر.</translation>
    </message>
    <message>
        <source>The youngest age must not be above the oldest.</source>
        <translation>يجب ألا يزيد أصغر عمر على أكبر عمر.</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>لا يمكن أن تكون الميزانية سالبة.</translation>
    </message>
    <message>
        <source>Only a scheduled campaign can be unlocked.</source>
        <translation>لا يمكن فتح إلا الحملة المجدولة.</translation>
    </message>
    <message>
        <source>The file "%1" cannot be read.</source>
        <translation>تعذّرت قراءة الملف «%1».</translation>
    </message>
    <message>
        <source>The image is larger than 30 MB.</source>
        <translation>الصورة أكبر من 30 ميغابايت.</translation>
    </message>
    <message>
        <source>"%1" is not a PNG, JPEG or WebP image.</source>
        <translation>«%1» ليست صورة PNG أو JPEG أو WebP.</translation>
    </message>
    <message>
        <source>"%1" is damaged: %2</source>
        <translation>«%1» تالف: %2</translation>
    </message>
    <message>
        <source>The image is %1×%2 pixels; platforms need at least %3 on each side.</source>
        <translation>أبعاد الصورة %1×%2 بكسل، وتحتاج المنصات إلى %3 على الأقل في كل جانب.</translation>
    </message>
</context>
<context>
    <name>cf::S3BucketForm</name>
    <message>
        <source>Testing the bucket…</source>
        <translation>جارٍ اختبار الحاوية…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved. Photos for Instagram and TikTok go to this bucket while they are published, and are deleted again afterwards.</source>
        <translation>حُفظ. تُرفع صور إنستغرام وتيك توك إلى هذه الحاوية أثناء نشرها، ثم تُحذف بعد ذلك.</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>عنوان نقطة الوصول:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <source>us-east-1 when empty; "auto" for Cloudflare R2</source>
        <translation>us-east-1 إن تُرك فارغًا؛ و"auto" لـ Cloudflare R2</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>الحاوية:</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>معرّف مفتاح الوصول:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>مفتاح الوصول السري:</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored key</source>
        <translation>يُحفظ في سلسلة مفاتيح النظام؛ اتركه فارغًا للإبقاء على المفتاح المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>ا&amp;ختبار</translation>
    </message>
    <message>
        <source>The system keychain is not available here.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة هنا.</translation>
    </message>
    <message>
        <source>Saves, then uploads a tiny test file and deletes it again.</source>
        <translation>يحفظ، ثم يرفع ملف اختبار صغيرًا ويحذفه.</translation>
    </message>
</context>
<context>
    <name>cf::S3MediaHost</name>
    <message>
        <source>The storage bucket refused the upload (HTTP %1).</source>
        <translation>رفضت حاوية التخزين الرفع (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>cf::S3MediaHostSetup</name>
    <message>
        <source>S3-compatible bucket "%1" at %2 (region %3), access key ID %4.</source>
        <translation>حاوية متوافقة مع S3 «%1» على %2 (المنطقة %3)، معرّف مفتاح الوصول %4.</translation>
    </message>
    <message>
        <source>A test file could not be written in the temporary folder.</source>
        <translation>تعذّرت كتابة ملف الاختبار في المجلد المؤقت.</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>رمز حالة HTTP ‏%1.</translation>
    </message>
    <message>
        <source>The endpoint could not be reached.</source>
        <translation>تعذّر الوصول إلى نقطة الوصول.</translation>
    </message>
    <message>
        <source>The test upload failed: %1</source>
        <translation>فشل رفع ملف الاختبار: %1</translation>
    </message>
    <message>
        <source>The test file was uploaded but could not be deleted again; delete %1 from the bucket and check that the key may delete objects.</source>
        <translation>رُفع ملف الاختبار لكن تعذّر حذفه؛ احذف %1 من الحاوية وتأكد أن المفتاح يملك صلاحية حذف الملفات.</translation>
    </message>
    <message>
        <source>The bucket works: a test file was uploaded and deleted again.</source>
        <translation>الحاوية تعمل: رُفع ملف اختبار ثم حُذف.</translation>
    </message>
</context>
<context>
    <name>cf::SafetyChecks</name>
    <message>
        <source>The %1 account "%2" is not connected (%3).</source>
        <translation>حساب %1 «%2» غير مرتبط (%3).</translation>
    </message>
    <message>
        <source>Reconnect the account under Connections, then retry.</source>
        <translation>أعد ربط الحساب من صفحة الحسابات المرتبطة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The %1 account "%2" is not chosen for publishing.</source>
        <translation>حساب %1 «%2» غير محدد للنشر.</translation>
    </message>
    <message>
        <source>Select it under Connections, then retry.</source>
        <translation>حدّده في صفحة الحسابات المرتبطة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Adjust the ad set's budget or the campaign's budget, then retry.</source>
        <translation>عدّل ميزانية المجموعة الإعلانية أو ميزانية الحملة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The campaign has no budget for ads.</source>
        <translation>لا توجد ميزانية إعلانية لهذه الحملة.</translation>
    </message>
    <message>
        <source>The ad set's budget is in %1 but the campaign's is in %2.</source>
        <translation>ميزانية المجموعة الإعلانية بعملة %1 بينما ميزانية الحملة بعملة %2.</translation>
    </message>
    <message>
        <source>The ad set would spend more than the campaign's budget allows.</source>
        <translation>ستنفق المجموعة الإعلانية أكثر مما تسمح به ميزانية الحملة.</translation>
    </message>
    <message>
        <source>The brand guard found a problem: %1</source>
        <translation>وجد حارس العلامة التجارية مشكلة: %1</translation>
    </message>
    <message>
        <source>Edit the item's copy, approve it again, then retry.</source>
        <translation>عدّل نص العنصر واعتمده من جديد، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Shorten or change the item, then retry.</source>
        <translation>اختصر العنصر أو عدّله، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Waiting for the end of quiet hours (%1).</source>
        <translation>بانتظار انتهاء ساعات الهدوء (%1).</translation>
    </message>
</context>
<context>
    <name>cf::SandboxBadge</name>
    <message>
        <source>SANDBOX</source>
        <translation>وضع التجربة</translation>
    </message>
    <message>
        <source>Sandbox mode: platform calls go to the local platform emulator; nothing is published.</source>
        <translation>وضع التجربة: تذهب طلبات المنصات إلى المحاكي المحلي، ولا يُنشر شيء.</translation>
    </message>
    <message>
        <source>Sandbox mode: platform calls go to the local platform emulator at %1; nothing is published.</source>
        <translation>وضع التجربة: تذهب طلبات المنصات إلى المحاكي المحلي على %1، ولا يُنشر شيء.</translation>
    </message>
</context>
<context>
    <name>cf::SandboxMode</name>
    <message>
        <source>The platform sandbox stopped (exit code %1). Restart CampaignForge to start it again.</source>
        <translation>توقف محاكي المنصات (رمز الخروج %1). أعد تشغيل CampaignForge لتشغيله من جديد.</translation>
    </message>
    <message>
        <source>The platform sandbox (campaignforge-sandbox) was not found next to CampaignForge. Install it, or set CAMPAIGNFORGE_SANDBOX to its path.</source>
        <translation>لم يُعثر على محاكي المنصات (campaignforge-sandbox) بجوار CampaignForge. ثبّته، أو اضبط CAMPAIGNFORGE_SANDBOX على مساره.</translation>
    </message>
    <message>
        <source>The platform sandbox could not be started: %1</source>
        <translation>تعذّر تشغيل محاكي المنصات: %1</translation>
    </message>
    <message>
        <source>The platform sandbox did not report its address in time.</source>
        <translation>لم يُبلغ محاكي المنصات عن عنوانه في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The platform sandbox started but did not answer as expected.</source>
        <translation>بدأ محاكي المنصات لكنه لم يستجب كما هو متوقع.</translation>
    </message>
    <message>
        <source>The platform sandbox did not list its test apps, so sandbox sign-ins need app credentials entered under Platform apps.</source>
        <translation>لم يعرض محاكي المنصات تطبيقاته التجريبية، لذا يحتاج تسجيل الدخول في وضع التجربة إلى إدخال بيانات اعتماد التطبيقات في «تطبيقات المنصات».</translation>
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
    <name>cf::SnapchatAdsPublisher</name>
    <message>
        <source>This item belongs to no ad squad, so it cannot run as a Snapchat ad.</source>
        <translation>لا ينتمي هذا العنصر إلى مجموعة إعلانية، فلا يمكن عرضه إعلانًا على سناب شات.</translation>
    </message>
    <message>
        <source>A Snapchat ad squad needs at least one location.</source>
        <translation>مجموعة إعلانات سناب شات تحتاج إلى موقع واحد على الأقل.</translation>
    </message>
    <message>
        <source>CampaignForge does not know where %1 is, so Snapchat cannot target it.</source>
        <translation>لا يعرف CampaignForge مكان %1، فلا يستطيع سناب شات استهدافه.</translation>
    </message>
    <message>
        <source>Snapchat has no targetable area named %1.</source>
        <translation>لا منطقة قابلة للاستهداف باسم %1 على سناب شات.</translation>
    </message>
    <message>
        <source>A Snapchat ad needs an image or a video.</source>
        <translation>إعلان سناب شات يحتاج إلى صورة أو فيديو.</translation>
    </message>
    <message>
        <source>No Snapchat ad squad was created for this ad, so the ad cannot exist.</source>
        <translation>لم تُنشأ مجموعة إعلانات على سناب شات لهذا الإعلان، فلا يمكن أن يكون الإعلان موجودًا.</translation>
    </message>
    <message>
        <source>Snapchat did not list the ads of ad squad %1 (HTTP %2); check Snapchat Ads Manager.</source>
        <translation>لم يعرض سناب شات إعلانات المجموعة %1 (HTTP %2)؛ راجع مدير إعلانات سناب شات.</translation>
    </message>
    <message>
        <source>Snapchat lists the ad "%1" in its ad squad.</source>
        <translation>يُظهر سناب شات الإعلان «%1» في مجموعته الإعلانية.</translation>
    </message>
    <message>
        <source>Snapchat lists no ad named "%1" in its ad squad.</source>
        <translation>لا يُظهر سناب شات أي إعلان باسم «%1» في مجموعته الإعلانية.</translation>
    </message>
    <message>
        <source>Snapchat needs a daily budget of at least 5 %1 for an ad squad.</source>
        <translation>يشترط سناب شات ميزانية يومية لا تقل عن 5 %1 للمجموعة الإعلانية.</translation>
    </message>
</context>
<context>
    <name>cf::StatusCommand</name>
    <message>
        <source>Show the publishing queue and each target's state: status [--json].</source>
        <translation>اعرض قائمة انتظار النشر وحالة كل وجهة: status [--json].</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli status [--json]</source>
        <translation>الاستخدام: campaignforge-cli status [--json]</translation>
    </message>
</context>
<context>
    <name>cf::SummaryPage</name>
    <message>
        <source>Planning…</source>
        <translation>جارٍ التخطيط…</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>خطتك</translation>
    </message>
    <message>
        <source>Check the plan, then press Generate to write the copy and make the images and videos.</source>
        <translation>راجع الخطة، ثم اضغط «إنشاء» لكتابة النصوص وإنشاء الصور والفيديوهات.</translation>
    </message>
</context>
<context>
    <name>cf::SyncMetricsCommand</name>
    <message>
        <source>Read published posts' and ads' numbers and statuses once: sync-metrics [--once] [--json].</source>
        <translation>اقرأ أرقام المنشورات والإعلانات المنشورة وحالاتها مرة واحدة: sync-metrics [--once] [--json].</translation>
    </message>
    <message>
        <source>Usage: campaignforge-cli sync-metrics [--once] [--json]</source>
        <translation>الاستخدام: campaignforge-cli sync-metrics [--once] [--json]</translation>
    </message>
    <message>
        <source>%1 published targets read, %2 values stored, %3 statuses changed, %4 need attention, %5 tokens renewed.</source>
        <translation>قُرئت أهداف منشورة: %1، وخُزّنت قيم: %2، وتغيّرت حالات: %3، وتحتاج إلى انتباه: %4، وجُدّدت رموز: %5.</translation>
    </message>
</context>
<context>
    <name>cf::TikTokAdsPublisher</name>
    <message>
        <source>This item belongs to no ad group, so it cannot run as a TikTok ad.</source>
        <translation>لا ينتمي هذا العنصر إلى مجموعة إعلانية، فلا يمكن عرضه إعلانًا على تيك توك.</translation>
    </message>
    <message>
        <source>TikTok has no targetable location named %1.</source>
        <translation>لا موقع قابلًا للاستهداف باسم %1 على تيك توك.</translation>
    </message>
    <message>
        <source>TikTok has no cover image for the uploaded video.</source>
        <translation>لا صورة غلاف لدى تيك توك للفيديو المرفوع.</translation>
    </message>
    <message>
        <source>No TikTok ad group was created for this ad, so the ad cannot exist.</source>
        <translation>لم تُنشأ مجموعة إعلانية على تيك توك لهذا الإعلان، فلا يمكن أن يكون الإعلان موجودًا.</translation>
    </message>
    <message>
        <source>TikTok did not list the ads of ad group %1 (%2); check TikTok Ads Manager.</source>
        <translation>لم يعرض تيك توك إعلانات المجموعة %1 (%2)؛ راجع مدير إعلانات تيك توك.</translation>
    </message>
    <message>
        <source>TikTok lists the ad "%1" in its ad group.</source>
        <translation>يُظهر تيك توك الإعلان «%1» في مجموعته الإعلانية.</translation>
    </message>
    <message>
        <source>TikTok lists no ad named "%1" in its ad group.</source>
        <translation>لا يُظهر تيك توك أي إعلان باسم «%1» في مجموعته الإعلانية.</translation>
    </message>
    <message>
        <source>TikTok needs at least %1 %2 a day for an ad group.</source>
        <translation>يشترط تيك توك %1 %2 يوميًا على الأقل للمجموعة الإعلانية.</translation>
    </message>
</context>
<context>
    <name>cf::TikTokPublisher</name>
    <message>
        <source>A TikTok post needs a video or photos.</source>
        <translation>منشور تيك توك يحتاج إلى فيديو أو صور.</translation>
    </message>
    <message>
        <source>A TikTok video post carries one video and nothing else.</source>
        <translation>يحمل منشور الفيديو على تيك توك فيديو واحدًا فقط لا غير.</translation>
    </message>
    <message>
        <source>The caption has %1 characters; TikTok allows at most %2.</source>
        <translation>الشرح يتكون من %1 حرفًا، بينما يسمح تيك توك بـ %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The video is larger than TikTok's 4 GB limit.</source>
        <translation>الفيديو أكبر من الحد الذي يسمح به تيك توك وهو 4 غيغابايت.</translation>
    </message>
    <message>
        <source>TikTok takes MP4, MOV or WebM videos, not %1.</source>
        <translation>يقبل تيك توك فيديوهات MP4 أو MOV أو WebM، وليس %1.</translation>
    </message>
    <message>
        <source>A TikTok photo post carries at most %1 photos; this one has %2.</source>
        <translation>يحمل منشور الصور على تيك توك %1 صورة على الأكثر، وهذا المنشور فيه %2.</translation>
    </message>
    <message>
        <source>TikTok photo posts take JPEG or WebP images; %1 is %2.</source>
        <translation>منشورات الصور على تيك توك تقبل صور JPEG أو WebP، والملف %1 من نوع %2.</translation>
    </message>
    <message>
        <source>The photo %1 is larger than TikTok's 20 MB limit.</source>
        <translation>الصورة %1 أكبر من الحد الذي يسمح به تيك توك وهو 20 ميغابايت.</translation>
    </message>
    <message>
        <source>The photo post title has %1 characters; TikTok allows at most %2.</source>
        <translation>عنوان منشور الصور يتكون من %1 حرفًا، بينما يسمح تيك توك بـ %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The description has %1 characters; TikTok allows at most %2.</source>
        <translation>الوصف يتكون من %1 حرفًا، بينما يسمح تيك توك بـ %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>TikTok offers this account no privacy level to post with.</source>
        <translation>لا يتيح تيك توك لهذا الحساب أي مستوى خصوصية للنشر به.</translation>
    </message>
    <message>
        <source>The video lasts %1 s; this TikTok account may post at most %2 s.</source>
        <translation>مدة الفيديو %1 ثانية، بينما يُسمح لهذا الحساب على تيك توك بنشر %2 ثانية على الأكثر.</translation>
    </message>
    <message>
        <source>The video %1 could not be read.</source>
        <translation>تعذّرت قراءة الفيديو %1.</translation>
    </message>
    <message>
        <source>TikTok refused a part of the video (HTTP %1).</source>
        <translation>رفض تيك توك جزءًا من الفيديو (HTTP %1).</translation>
    </message>
    <message>
        <source>TikTok fetches photos from a public address: choose a media host (your WordPress site or an S3 bucket) in Settings.</source>
        <translation>يجلب تيك توك الصور من رابط عام: اختر مستضيفًا للوسائط (موقعك على ووردبريس أو حاوية S3) من الإعدادات.</translation>
    </message>
    <message>
        <source>The video is in the creator's TikTok inbox; they finish posting it in the app.</source>
        <translation>الفيديو في صندوق وارد صاحب الحساب على تيك توك، ويُكمل نشره من التطبيق.</translation>
    </message>
    <message>
        <source>TikTok did not post it (%1).</source>
        <translation>لم ينشره تيك توك (%1).</translation>
    </message>
    <message>
        <source>TikTok is still processing the post.</source>
        <translation>ما زال تيك توك يعالج المنشور.</translation>
    </message>
    <message>
        <source>The video was never uploaded to TikTok, so it cannot have been posted.</source>
        <translation>لم يُرفع الفيديو إلى تيك توك أصلًا، لذا لا يمكن أن يكون قد نُشر.</translation>
    </message>
    <message>
        <source>TikTok gave no publish id for these photos; check the account's posts in the TikTok app.</source>
        <translation>لم يُعد تيك توك معرّف نشر لهذه الصور؛ راجع منشورات الحساب في تطبيق تيك توك.</translation>
    </message>
    <message>
        <source>TikTok reports the post as published.</source>
        <translation>يفيد تيك توك بأن المنشور نُشر.</translation>
    </message>
    <message>
        <source>TikTok reports the post as failed (%1).</source>
        <translation>يفيد تيك توك بأن المنشور فشل (%1).</translation>
    </message>
    <message>
        <source>TikTok has not finished the post %1 (status %2); check again later.</source>
        <translation>لم يُكمل تيك توك المنشور %1 (الحالة %2)؛ تحقّق مرة أخرى لاحقًا.</translation>
    </message>
</context>
<context>
    <name>cf::TimelineOptimizer</name>
    <message numerus="yes">
        <source>%n item(s) could not fit the best posting windows and were placed at other times of the same day.</source>
        <translation>
            <numerusform>لا توجد عناصر تعذّر وضعها في أفضل أوقات النشر.</numerusform>
            <numerusform>تعذّر وضع عنصر واحد في أفضل أوقات النشر، فوُضع في وقت آخر من اليوم نفسه.</numerusform>
            <numerusform>تعذّر وضع عنصرين في أفضل أوقات النشر، فوُضعا في أوقات أخرى من اليوم نفسه.</numerusform>
            <numerusform>تعذّر وضع %n عناصر في أفضل أوقات النشر، فوُضعت في أوقات أخرى من اليوم نفسه.</numerusform>
            <numerusform>تعذّر وضع %n عنصرًا في أفضل أوقات النشر، فوُضعت في أوقات أخرى من اليوم نفسه.</numerusform>
            <numerusform>تعذّر وضع %n عنصر في أفضل أوقات النشر، فوُضعت في أوقات أخرى من اليوم نفسه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are closer than the recommended spacing because their day is full.</source>
        <translation>
            <numerusform>لا توجد عناصر أقرب من التباعد الموصى به.</numerusform>
            <numerusform>عنصر واحد أقرب إلى غيره من التباعد الموصى به لأن يومه ممتلئ.</numerusform>
            <numerusform>عنصران أقرب إلى غيرهما من التباعد الموصى به لأن يومهما ممتلئ.</numerusform>
            <numerusform>%n عناصر أقرب إلى غيرها من التباعد الموصى به لأن أيامها ممتلئة.</numerusform>
            <numerusform>%n عنصرًا أقرب إلى غيرها من التباعد الموصى به لأن أيامها ممتلئة.</numerusform>
            <numerusform>%n عنصر أقرب إلى غيرها من التباعد الموصى به لأن أيامها ممتلئة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cf::TokenExchange</name>
    <message>
        <source>This connection cannot be renewed automatically. Sign in again.</source>
        <translation>لا يمكن تجديد ربط هذا الحساب تلقائيًا. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>This platform offers no way to revoke access from an app.</source>
        <translation>لا توفر هذه المنصة طريقة لإلغاء إذن الوصول الممنوح لتطبيق.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the internet connection and try again.</source>
        <translation>تعذّر الوصول إلى %1. تحقق من الاتصال بالإنترنت وحاول مجددًا.</translation>
    </message>
    <message>
        <source>%1 refused the app credentials. Check the client id and secret under Platform apps.</source>
        <translation>رفض %1 بيانات اعتماد التطبيق. تحقق من معرّف التطبيق (client ID) وسرّ التطبيق (client secret) في "تطبيقات المنصات".</translation>
    </message>
    <message>
        <source>%1 had a server problem (HTTP %2). Try again later.</source>
        <translation>حدثت مشكلة في خادم %1 (HTTP %2). حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in. Sign in again.</source>
        <translation>لم يقبل %1 تسجيل الدخول. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something CampaignForge cannot read.</source>
        <translation>ردّ %1 على تسجيل الدخول بمحتوى لا يستطيع CampaignForge قراءته.</translation>
    </message>
</context>
<context>
    <name>cf::TokenRefresher</name>
    <message>
        <source>The sign-in for %1 is no longer in the keychain. Sign in again.</source>
        <translation>لم تعد بيانات تسجيل الدخول إلى %1 موجودة في سلسلة المفاتيح. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The sign-in for %1 has expired and cannot be renewed automatically. Sign in again.</source>
        <translation>انتهت صلاحية تسجيل الدخول إلى %1 ولا يمكن تجديده تلقائيًا. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>%1 has no app credentials under Platform apps.</source>
        <translation>لم تُدخَل بيانات اعتماد تطبيق %1 في "تطبيقات المنصات".</translation>
    </message>
</context>
<context>
    <name>cf::TokenVault</name>
    <message>
        <source>A saved sign-in in the keychain is damaged. Sign in again.</source>
        <translation>إحدى بيانات تسجيل الدخول المحفوظة في سلسلة المفاتيح تالفة. سجّل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>cf::ToolLocator</name>
    <message>
        <source>Download the espeak-ng installer (.msi) from https://github.com/espeak-ng/espeak-ng/releases and run it.</source>
        <translation>نزّل مثبّت espeak-ng (ملف ‎.msi) من https://github.com/espeak-ng/espeak-ng/releases وشغّله.</translation>
    </message>
    <message>
        <source>Install it with "winget install Gyan.FFmpeg" (or from https://ffmpeg.org/download.html) and make sure ffmpeg.exe is on PATH.</source>
        <translation>ثبّته بالأمر "winget install Gyan.FFmpeg" (أو من https://ffmpeg.org/download.html)، وتأكد من أن ffmpeg.exe موجود ضمن PATH.</translation>
    </message>
    <message>
        <source>Install it with Homebrew: brew install espeak-ng</source>
        <translation>ثبّته باستخدام Homebrew: brew install espeak-ng</translation>
    </message>
    <message>
        <source>Install it with Homebrew: brew install ffmpeg</source>
        <translation>ثبّته باستخدام Homebrew: brew install ffmpeg</translation>
    </message>
    <message>
        <source>Install it with your package manager, for example "sudo apt install espeak-ng" (Debian, Ubuntu) or "sudo dnf install espeak-ng" (Fedora).</source>
        <translation>ثبّته باستخدام مدير الحزم، مثل "sudo apt install espeak-ng" (Debian أو Ubuntu) أو "sudo dnf install espeak-ng" (Fedora).</translation>
    </message>
    <message>
        <source>Install it with your package manager, for example "sudo apt install ffmpeg" (Debian, Ubuntu) or "sudo dnf install ffmpeg" (Fedora, from RPM Fusion).</source>
        <translation>ثبّته باستخدام مدير الحزم، مثل "sudo apt install ffmpeg" (Debian أو Ubuntu) أو "sudo dnf install ffmpeg" (Fedora، من RPM Fusion).</translation>
    </message>
    <message>
        <source>Videos need %1, which is not installed. Text and images still work.</source>
        <translation>تحتاج مقاطع الفيديو إلى %1، وهو غير مثبّت. أما النصوص والصور فتعمل كالمعتاد.</translation>
    </message>
    <message>
        <source>Voice-overs need %1, which is not installed. Text and images still work.</source>
        <translation>تحتاج التعليقات الصوتية إلى %1، وهو غير مثبّت. أما النصوص والصور فتعمل كالمعتاد.</translation>
    </message>
</context>
<context>
    <name>cf::ToolProcess</name>
    <message>
        <source>%1 could not be started.</source>
        <translation>تعذّر تشغيل %1.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation>توقف %1 بشكل غير متوقع.</translation>
    </message>
    <message>
        <source>%1 took too long and was stopped.</source>
        <translation>استغرق %1 وقتًا طويلًا فأُوقف.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>فشل %1 برمز الخروج %2.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>فشل %1 برمز الخروج %2: %3</translation>
    </message>
</context>
<context>
    <name>cf::TrackingScheduler</name>
    <message>
        <source>The tracking thread has no access to the connected accounts.</source>
        <translation>لا يصل خيط المتابعة إلى الحسابات المتصلة.</translation>
    </message>
</context>
<context>
    <name>cf::TrackingWorker</name>
    <message>
        <source>%1: the numbers could not be read (%2).</source>
        <translation>%1: تعذّرت قراءة الأرقام (%2).</translation>
    </message>
    <message>
        <source>%1: the status could not be read (%2).</source>
        <translation>%1: تعذّرت قراءة الحالة (%2).</translation>
    </message>
    <message>
        <source>%1 rejected "%2" (%3). %4</source>
        <translation>رفضت %1 «%2» (%3). %4</translation>
    </message>
    <message>
        <source>"%2" has a problem on %1 (%3). %4</source>
        <translation>في «%2» مشكلة على %1 (%3). %4</translation>
    </message>
</context>
<context>
    <name>cf::VideoComposer</name>
    <message>
        <source>A video needs at least one frame.</source>
        <translation>يحتاج الفيديو إلى إطار واحد على الأقل.</translation>
    </message>
    <message>
        <source>A frame is %1x%2 pixels; this video needs %3x%4.</source>
        <translation>أبعاد أحد الإطارات %1x%2 بكسل، بينما يتطلب هذا الفيديو %3x%4.</translation>
    </message>
    <message>
        <source>The video would last %1 seconds; this platform accepts at most %2.</source>
        <translation>ستبلغ مدة الفيديو %1 ثانية، بينما تقبل هذه المنصة %2 ثانية كحد أقصى.</translation>
    </message>
    <message>
        <source>The video came out at %1 MB, over the platform's limit of %2 MB.</source>
        <translation>بلغ حجم الفيديو الناتج %1 ميغابايت، وهو أكبر من الحد الأقصى للمنصة البالغ %2 ميغابايت.</translation>
    </message>
</context>
<context>
    <name>cf::VideoFrames</name>
    <message>
        <source>The video script has no scenes.</source>
        <translation>لا يحتوي سيناريو الفيديو على أي مشاهد.</translation>
    </message>
</context>
<context>
    <name>cf::VoiceOver</name>
    <message>
        <source>There is no voice for the language "%1".</source>
        <translation>لا يوجد صوت متاح للغة "%1".</translation>
    </message>
    <message>
        <source>The video script has no scenes.</source>
        <translation>لا يحتوي سيناريو الفيديو على أي مشاهد.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>تعذّر إنشاء مجلد مؤقت: %1</translation>
    </message>
    <message>
        <source>The speech engine changed its audio format.</source>
        <translation>غيّر محرك النطق تنسيق الصوت أثناء العمل.</translation>
    </message>
    <message>
        <source>Cannot write the voice-over "%1": %2</source>
        <translation>تعذّرت كتابة التعليق الصوتي "⁨%1⁩": %2</translation>
    </message>
</context>
<context>
    <name>cf::VoiceTrackCache</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The voice-over cache is locked by another program.</source>
        <translation>ذاكرة التعليق الصوتي المؤقتة مقفلة من برنامج آخر.</translation>
    </message>
</context>
<context>
    <name>cf::WavAudio</name>
    <message>
        <source>The speech engine did not produce a readable WAV file.</source>
        <translation>لم يُنتج محرك النطق ملف WAV قابلًا للقراءة.</translation>
    </message>
    <message>
        <source>The WAV file is not 16-bit PCM audio.</source>
        <translation>ملف WAV ليس بتنسيق PCM بدقة 16 بت.</translation>
    </message>
</context>
<context>
    <name>cf::WeekView</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>cf::WizardText</name>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>إجمالًا</translation>
    </message>
</context>
<context>
    <name>cf::WordPressConnectDialog</name>
    <message>
        <source>Connect a WordPress site</source>
        <translation>ربط موقع ووردبريس</translation>
    </message>
    <message>
        <source>Create an application password in WordPress (Users → Profile → Application Passwords) and enter it here. CampaignForge checks it with the site and keeps it only in your system's keychain.</source>
        <translation>أنشئ كلمة مرور تطبيق في ووردبريس (المستخدمون ← الملف الشخصي ← كلمات مرور التطبيقات) وأدخلها هنا. يتحقق CampaignForge منها مع الموقع ويحفظها في سلسلة مفاتيح النظام فقط.</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>عنوان الموقع:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Application password:</source>
        <translation>كلمة مرور التطبيق:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>ربط</translation>
    </message>
</context>
<context>
    <name>cf::WordPressMediaHost</name>
    <message>
        <source>The WordPress site did not give the file a public https address; Instagram cannot fetch it.</source>
        <translation>لم يمنح موقع ووردبريس الملف رابط https عامًا، لذا لا يستطيع إنستغرام جلبه.</translation>
    </message>
</context>
<context>
    <name>cf::WordPressPublisher</name>
    <message>
        <source>The WordPress user name or application password is missing; connect the site again.</source>
        <translation>اسم مستخدم ووردبريس أو كلمة مرور التطبيق مفقودة؛ أعد ربط الموقع.</translation>
    </message>
    <message>
        <source>The blog post has no title.</source>
        <translation>تدوينة المدونة بلا عنوان.</translation>
    </message>
    <message>
        <source>The blog post title has %1 characters; at most %2 are allowed.</source>
        <translation>عنوان التدوينة يتكون من %1 حرفًا، والمسموح %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The blog post has no text.</source>
        <translation>تدوينة المدونة بلا نص.</translation>
    </message>
    <message>
        <source>The WordPress connection has no site address; connect the site again.</source>
        <translation>ربط ووردبريس لا يتضمن عنوان الموقع؛ أعد ربط الموقع.</translation>
    </message>
    <message>
        <source>Only images can be attached to a blog post; %1 is %2.</source>
        <translation>لا يمكن إرفاق سوى الصور بتدوينة المدونة، والملف %1 من نوع %2.</translation>
    </message>
    <message>
        <source>The post has %1 tags; at most %2 are used.</source>
        <translation>في التدوينة %1 وسمًا، ولا يُستخدم منها إلا %2 على الأكثر.</translation>
    </message>
    <message>
        <source>A scheduled blog post must be due at least a minute ahead; this one is due %1.</source>
        <translation>يجب أن يكون موعد التدوينة المجدولة بعد دقيقة على الأقل، وموعد هذه التدوينة %1.</translation>
    </message>
    <message>
        <source>The site's posts could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة تدوينات الموقع (HTTP %1).</translation>
    </message>
    <message>
        <source>Found the post on the site.</source>
        <translation>وُجدت التدوينة على الموقع.</translation>
    </message>
    <message>
        <source>No published or scheduled post on the site has this title.</source>
        <translation>لا توجد تدوينة منشورة أو مجدولة على الموقع بهذا العنوان.</translation>
    </message>
    <message>
        <source>The scheduled post was not moved to the trash.</source>
        <translation>لم يُنقل المنشور المجدول إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>The scheduled post could not be read.</source>
        <translation>تعذّرت قراءة المنشور المجدول.</translation>
    </message>
</context>
<context>
    <name>cf::XPublisher</name>
    <message>
        <source>Post %1 weighs %2 characters on X; the limit is %3.</source>
        <translation>يُحتسب المنشور %1 على X بـ %2 حرفًا، والحد المسموح %3.</translation>
    </message>
    <message>
        <source>The post has no text or media.</source>
        <translation>المنشور لا يحتوي على نص أو وسائط.</translation>
    </message>
    <message>
        <source>The video %1 is larger than X's 512 MB limit.</source>
        <translation>الفيديو %1 أكبر من الحد الذي تسمح به X وهو 512 ميغابايت.</translation>
    </message>
    <message>
        <source>The video %1 lasts %2 s; X takes 0.5 to 140 s.</source>
        <translation>مدة الفيديو %1 هي %2 ثانية، بينما تقبل X من 0.5 إلى 140 ثانية.</translation>
    </message>
    <message>
        <source>The image %1 is larger than X's 5 MB limit.</source>
        <translation>الصورة %1 أكبر من الحد الذي تسمح به X وهو 5 ميغابايت.</translation>
    </message>
    <message>
        <source>X cannot post the file %1 of type %2.</source>
        <translation>لا تستطيع X نشر الملف %1 من النوع %2.</translation>
    </message>
    <message>
        <source>An X post carries up to 4 images or one video.</source>
        <translation>يحمل منشور X حتى 4 صور أو فيديو واحدًا.</translation>
    </message>
    <message>
        <source>The account's recent posts could not be read (HTTP %1).</source>
        <translation>تعذّرت قراءة أحدث منشورات الحساب (HTTP %1).</translation>
    </message>
    <message>
        <source>Found the post among the account's recent posts.</source>
        <translation>وُجد المنشور بين أحدث منشورات الحساب.</translation>
    </message>
    <message>
        <source>None of the account's recent posts has this text.</source>
        <translation>لا يوجد بين أحدث منشورات الحساب منشور بهذا النص.</translation>
    </message>
    <message>
        <source>Only part of the thread is on X (%1 of %2 posts); check the account before publishing again.</source>
        <translation>نُشر جزء من السلسلة فقط على X (%1 من %2 منشورات)؛ راجع الحساب قبل النشر مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>cf::YouTubePublisher</name>
    <message>
        <source>The video has no title.</source>
        <translation>الفيديو بلا عنوان.</translation>
    </message>
    <message>
        <source>The video title has %1 characters; YouTube allows at most %2.</source>
        <translation>عنوان الفيديو يتكون من %1 حرفًا، بينما يسمح يوتيوب بـ %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>The description is %1 bytes long; YouTube allows at most %2.</source>
        <translation>حجم الوصف %1 بايت، بينما يسمح يوتيوب بـ %2 بايت على الأكثر.</translation>
    </message>
    <message>
        <source>YouTube titles and descriptions cannot contain &lt; or &gt;.</source>
        <translation>لا يجوز أن تحتوي عناوين يوتيوب وأوصافه على &lt; أو &gt;.</translation>
    </message>
    <message>
        <source>A YouTube upload needs exactly one video; this item has %1.</source>
        <translation>الرفع إلى يوتيوب يحتاج إلى فيديو واحد بالضبط، وفي هذا العنصر %1.</translation>
    </message>
    <message>
        <source>The thumbnail %1 is larger than YouTube's 2 MB limit.</source>
        <translation>الصورة المصغّرة %1 أكبر من الحد الذي يسمح به يوتيوب وهو 2 ميغابايت.</translation>
    </message>
    <message>
        <source>The video is due %1, which has passed.</source>
        <translation>موعد الفيديو %1، وقد مضى.</translation>
    </message>
    <message>
        <source>The video %1 could not be read.</source>
        <translation>تعذّرت قراءة الفيديو %1.</translation>
    </message>
    <message>
        <source>The video was uploaded but its thumbnail was refused (HTTP %1); set it in YouTube Studio.</source>
        <translation>رُفع الفيديو لكن صورته المصغّرة رُفضت (HTTP %1)؛ عيّنها من YouTube Studio.</translation>
    </message>
    <message>
        <source>No upload to YouTube was started for this item.</source>
        <translation>لم يبدأ أي رفع إلى يوتيوب لهذا العنصر.</translation>
    </message>
    <message>
        <source>The upload finished and the video exists on YouTube.</source>
        <translation>اكتمل الرفع والفيديو موجود على يوتيوب.</translation>
    </message>
    <message>
        <source>The upload session is incomplete: YouTube has not created the video.</source>
        <translation>جلسة الرفع غير مكتملة: لم ينشئ يوتيوب الفيديو.</translation>
    </message>
    <message>
        <source>YouTube could not say whether the video exists (HTTP %1); check YouTube Studio.</source>
        <translation>تعذّر على يوتيوب تأكيد وجود الفيديو (HTTP %1)؛ راجع YouTube Studio.</translation>
    </message>
    <message>
        <source>The scheduled video could not be read.</source>
        <translation>تعذّرت قراءة الفيديو المجدول.</translation>
    </message>
    <message>
        <source>The scheduled video was not deleted.</source>
        <translation>لم يُحذف الفيديو المجدول.</translation>
    </message>
</context>
</TS>
