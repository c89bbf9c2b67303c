# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Tamil: plain written Tamil close to speech, with the loanwords workers use ("சம்பளம்", "பாஸ்போர்ட்",
# "ஓவர்டைம்", "லீவு"); "நீங்கள்" and polite imperatives (அனுப்புங்கள்) for respect. Keywords STOP and HELP
# stay in Latin capitals (English keywords always work); நிறுத்து and உதவி also work.

gate-first = வணக்கம், சமீபத்தில் உங்களிடம் பேசிய குழு நாங்கள்.
gate-again = வணக்கம், உங்களிடம் பேசிய அதே குழு மீண்டும் எழுதுகிறோம்.
gate-ask = இப்போது தனியாக, நிம்மதியாகப் பேச முடியுமா?
gate-continue = ஆம்
gate-later = பிறகு
gate-stop = நிறுத்தவும்

answer-yes = ஆம்
answer-no = இல்லை
answer-prefer-not = சொல்ல விருப்பமில்லை
answer-number = { $min } முதல் { $max } வரை ஒரு எண்ணை அனுப்புங்கள்.

reprompt = மன்னிக்கவும், புரியவில்லை. எண்ணால் பதில் அனுப்புங்கள்:
moving-on = பரவாயில்லை, அடுத்த கேள்விக்குப் போகலாம்.
reminder = வணக்கம். தனியாக நேரம் கிடைக்கும்போது பதில் அனுப்புங்கள்:
later-ok = சரி, நீங்கள் தேர்ந்தெடுத்த வேறு நேரத்தில் மீண்டும் எழுதுவோம். நிறுத்த STOP அனுப்புங்கள்.
stop-ok = நன்றி. இனி உங்களைத் தொடர்பு கொள்ள மாட்டோம். மனம் மாறினால் START என்று பதில் அனுப்புங்கள்.
handoff = நன்றி. தமிழ் பேசும் எங்கள் குழுவில் ஒருவர் விரைவில் இங்கே உங்களுக்கு எழுதுவார்.
resumed = நன்றி. தொடரலாம்.
end = பதில்களுக்கு நன்றி. ஒருவரிடம் பேச வேண்டுமென்றால் HELP அல்லது உதவி என்று அனுப்புங்கள்.
connected = நன்றி, இணைப்பு முடிந்தது. நீங்கள் தேர்ந்தெடுத்த நேரத்தில் எழுதுவோம். நிறுத்த STOP அனுப்புங்கள்.
resubscribed = மீண்டும் வருக.
link-invalid = மன்னிக்கவும், இந்த லிங்க் இனி வேலை செய்யாது. கொடுத்தவரிடம் புதிய லிங்க் கேளுங்கள்.

# The text of the approved WhatsApp template (Twilio Content API) used to write first outside the 24-hour
# window. Register it per language in Twilio; CALLBACKS_TWILIO_WHATSAPP_TEMPLATES maps language to ContentSid.
whatsapp-first-contact = வணக்கம், சமீபத்தில் உங்களிடம் பேசிய குழு நாங்கள். இப்போது தனியாக, நிம்மதியாகப் பேச முடியுமா? பதில்: 1 ஆம், 2 பிறகு, 3 நிறுத்தவும்.

# Offered, in the other language, when a worker clearly writes in another language we have.
switch-offer = இனி தமிழில் தொடரலாமா?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = எங்களிடம் பேசியதற்கு நன்றி. மீண்டும் ஒருவரிடம் பேச வேண்டுமென்றால் HELP அல்லது உதவி என்று அனுப்புங்கள்.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = எங்கள் குழுவில் ஒருவர் இந்த நேரத்தில் உங்களுக்கு போன் செய்வார்: { DATETIME($when, dateStyle: "full", timeStyle: "short") }. இந்த நேரம் சரிவராவிட்டால் இங்கே பதில் அனுப்புங்கள்.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = வணக்கம், உங்களிடம் பேசிய குழுவிலிருந்து எழுதுகிறேன். உங்கள் மெசேஜைப் படித்தேன். உங்களுக்கு உதவ நான் இங்கே இருக்கிறேன்.
caller-ask-time = எந்த நேரத்தில் போன் செய்தால் நீங்கள் தனியாக, நிம்மதியாகப் பேச முடியும்?
caller-closing = எங்களிடம் சொன்னதற்கு நன்றி. எப்போது வேண்டுமானாலும் இங்கே மீண்டும் எழுதலாம். நிறுத்த STOP அனுப்புங்கள்.

enrollment-card = இந்தக் குறியீட்டை உங்கள் போன் கேமராவால் ஸ்கேன் செய்யுங்கள். நீங்கள் தேர்ந்தெடுத்த நேரத்தில் மெசேஜ் அனுப்புவோம். இது இலவசம். எப்போது வேண்டுமானாலும் நிறுத்தலாம்.
