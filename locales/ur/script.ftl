# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Urdu: short questions in everyday words; "آپ" for respect, no gendered verb forms for the worker.
# Digits stay ASCII (the options the bot adds are "1", "2", "9"); workers may answer with ۱ ۲ ۹ too.

q-consent = ہم آپ کی کمپنی سے نہیں ہیں۔ جواب راز میں رہیں گے، دینا آپ کی مرضی ہے۔ کوئی بھی سوال چھوڑیں یا کبھی بھی STOP بھیجیں۔ آگے چلیں؟
q-retaliation = ہم سے بات کرنے کی وجہ سے کیا کسی نے آپ کے ساتھ پہلے سے برا سلوک کیا ہے؟
q-retaliation-kind = کیا ہوا؟
q-retaliation-kind-pay-cut = تنخواہ کم کی
q-retaliation-kind-worse-shifts = بری شفٹ یا کام
q-retaliation-kind-threats = دھمکی یا چیخنا
q-retaliation-kind-fired = نکالا یا جانے کو کہا
q-retaliation-kind-other = کچھ اور
q-wages-paid = کیا پچھلے مہینے کی پوری تنخواہ وقت پر ملی؟
q-deductions = کیا آپ کی مرضی کے بغیر تنخواہ سے پیسے کاٹے جاتے ہیں؟
q-rest-day = کیا ہر ہفتے کم از کم ایک دن چھٹی ملتی ہے؟
q-rest-day-every-week = ہر ہفتے
q-rest-day-sometimes = کبھی کبھی
q-rest-day-never = کبھی نہیں
q-overtime-forced = کیا مرضی کے بغیر زبردستی اوور ٹائم کروایا جاتا ہے؟
q-documents = آپ کا پاسپورٹ یا شناختی کارڈ کس کے پاس رہتا ہے؟
q-documents-i-keep = میں خود
q-documents-employer-keeps = کمپنی
q-documents-agent-keeps = ایجنٹ
q-documents-no-documents = کوئی کاغذ نہیں
q-fees-debt = کیا یہ نوکری لینے کے لیے آپ نے پیسے دیے، یا اس کے لیے آپ پر قرض ہے؟
q-free-to-leave = کام کے بعد کیا فیکٹری یا ہاسٹل سے باہر جانے کی اجازت ہے؟
q-harassment = کیا کام پر کسی نے آپ کو غلط طریقے سے چھوا، چوٹ پہنچائی یا بے عزتی کی؟
q-danger-now = کیا ابھی آپ کو یا کسی اور کو خطرہ ہے؟
q-child-workers = کیا کچھ مزدور 15 سال سے چھوٹے لگتے ہیں؟
q-safe-to-complain = کیا کام پر بغیر ڈر کے کوئی مسئلہ بتایا جا سکتا ہے؟
q-wants-contact = کیا ہماری ٹیم کا کوئی فرد آپ سے رابطہ کرے؟
q-anything-else = کچھ اور بتانا ہے؟ اپنے الفاظ میں لکھیں، یا چھوڑنے کے لیے 9 بھیجیں۔
q-improve = کون سی ایک چیز سے آپ کا کام بہتر ہو گا؟ یا چھوڑنے کے لیے 9 بھیجیں۔
