# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Urdu (right-to-left): plain spoken Urdu, "آپ" for respect; verbs addressed to the worker avoid gendered
# forms (سکتے/سکتی) by using imperatives (بھیجیں) or impersonal forms. No bidi control characters: they cost
# SMS characters, and the phone displays Arabic script right-to-left by itself. Keywords STOP and HELP stay
# in Latin capitals (English keywords always work); بند and مدد also work.

gate-first = السلام علیکم، ہم وہی ٹیم ہیں جس سے آپ نے حال ہی میں بات کی تھی۔
gate-again = السلام علیکم، پھر سے وہی ٹیم جس سے آپ نے بات کی تھی۔
gate-ask = کیا ابھی اکیلے میں آرام سے بات ہو سکتی ہے؟
gate-continue = ہاں
gate-later = بعد میں
gate-stop = بند کریں

answer-yes = ہاں
answer-no = نہیں
answer-prefer-not = نہیں بتانا
answer-number = { $min } سے { $max } تک کوئی نمبر بھیجیں۔

reprompt = معاف کیجیے، سمجھ نہیں آیا۔ براہ کرم نمبر سے جواب دیں:
moving-on = کوئی بات نہیں، اگلے سوال پر چلتے ہیں۔
reminder = السلام علیکم۔ جب آپ اکیلے ہوں اور وقت ہو تو جواب دیں:
later-ok = ٹھیک ہے، آپ کے چنے ہوئے کسی اور وقت پر پھر لکھیں گے۔ بند کرنے کے لیے STOP بھیجیں۔
stop-ok = شکریہ۔ ہم آپ سے دوبارہ رابطہ نہیں کریں گے۔ اگر آپ کا ارادہ بدلے تو START لکھ کر بھیجیں۔
handoff = شکریہ۔ ہماری ٹیم کا کوئی فرد جلد ہی یہاں آپ کو اردو میں لکھے گا۔
resumed = شکریہ۔ آئیے آگے چلتے ہیں۔
end = آپ کے جوابات کا شکریہ۔ کسی فرد سے بات کرنی ہو تو HELP یا مدد لکھیں۔
connected = شکریہ، رابطہ ہو گیا ہے۔ آپ کے چنے ہوئے وقت پر لکھیں گے۔ بند کرنے کے لیے STOP بھیجیں۔
resubscribed = دوبارہ خوش آمدید۔
link-invalid = معاف کیجیے، یہ لنک اب کام نہیں کرتا۔ جس نے لنک دیا تھا، ان سے نیا لنک مانگیں۔

# The text of the approved WhatsApp template (Twilio Content API) used to write first outside the 24-hour
# window. Register it per language in Twilio; CALLBACKS_TWILIO_WHATSAPP_TEMPLATES maps language to ContentSid.
whatsapp-first-contact = السلام علیکم، ہم وہی ٹیم ہیں جس سے آپ نے حال ہی میں بات کی تھی۔ کیا ابھی اکیلے میں آرام سے بات ہو سکتی ہے؟ جواب دیں: 1 ہاں، 2 بعد میں، 3 بند کریں۔

# Offered, in the other language, when a worker clearly writes in another language we have.
switch-offer = کیا آگے اردو میں بات کریں؟

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = ہم سے بات کرنے کا شکریہ۔ پھر کبھی کسی فرد سے بات کرنی ہو تو HELP یا مدد لکھیں۔
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = ہماری ٹیم کا کوئی فرد اس وقت آپ کو فون کرے گا: { DATETIME($when, dateStyle: "full", timeStyle: "short") }۔ یہ وقت ٹھیک نہ ہو تو یہاں جواب دیں۔

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = السلام علیکم، میں اسی ٹیم سے ہوں جس سے آپ نے بات کی تھی۔ میں نے آپ کا میسج پڑھا۔ میں آپ کی مدد کے لیے یہاں ہوں۔
caller-ask-time = کس وقت فون کروں جب آپ اکیلے میں آرام سے بات کر سکیں؟
caller-closing = ہمیں بتانے کا شکریہ۔ جب چاہیں یہاں پھر سے لکھیں۔ بند کرنے کے لیے STOP بھیجیں۔

enrollment-card = یہ کوڈ اپنے فون کے کیمرے سے اسکین کریں۔ آپ کے چنے ہوئے وقت پر ہم میسج بھیجیں گے۔ یہ مفت ہے۔ کسی بھی وقت بند کیا جا سکتا ہے۔
