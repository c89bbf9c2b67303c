# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Hindi: plain spoken Hindi (Hindustani), not Sanskritised ("तनख्वाह", "पासपोर्ट", "ओवरटाइम"); "आप" for respect.
# Verbs addressed to the worker avoid gendered forms (सकते/सकती): imperatives (भेजें) or impersonal forms.
# Keywords STOP and HELP stay in Latin capitals (English keywords always work); बंद and मदद also work.

gate-first = नमस्ते, हम वही टीम हैं जिससे आपने हाल ही में बात की थी।
gate-again = नमस्ते, फिर से वही टीम जिससे आपने बात की थी।
gate-ask = क्या अभी अकेले में आराम से बात हो सकती है?
gate-continue = हाँ
gate-later = बाद में
gate-stop = बंद करें

answer-yes = हाँ
answer-no = नहीं
answer-prefer-not = नहीं बताना
answer-number = { $min } से { $max } तक कोई नंबर भेजें।

reprompt = माफ़ कीजिए, समझ नहीं आया। कृपया नंबर से जवाब दें:
moving-on = कोई बात नहीं, अगले सवाल पर चलते हैं।
reminder = नमस्ते। जब आप अकेले हों और समय हो, तो जवाब दें:
later-ok = ठीक है, आपके चुने हुए किसी और समय पर फिर लिखेंगे। बंद करने के लिए STOP भेजें।
stop-ok = धन्यवाद। हम आपसे फिर संपर्क नहीं करेंगे। मन बदले तो START लिखकर भेजें।
handoff = धन्यवाद। हमारी टीम का कोई व्यक्ति जल्दी ही यहाँ आपको हिंदी में लिखेगा।
resumed = धन्यवाद। चलिए आगे बढ़ते हैं।
end = आपके जवाबों के लिए धन्यवाद। किसी व्यक्ति से बात करनी हो तो HELP या मदद लिखें।
connected = धन्यवाद, कनेक्शन हो गया है। आपके चुने हुए समय पर लिखेंगे। बंद करने के लिए STOP भेजें।
resubscribed = फिर से स्वागत है।
link-invalid = माफ़ कीजिए, यह लिंक अब काम नहीं करता। जिसने लिंक दिया था, उनसे नया लिंक माँगें।

# The text of the approved WhatsApp template (Twilio Content API) used to write first outside the 24-hour
# window. Register it per language in Twilio; CALLBACKS_TWILIO_WHATSAPP_TEMPLATES maps language to ContentSid.
whatsapp-first-contact = नमस्ते, हम वही टीम हैं जिससे आपने हाल ही में बात की थी। क्या अभी अकेले में आराम से बात हो सकती है? जवाब दें: 1 हाँ, 2 बाद में, 3 बंद करें।

# Offered, in the other language, when a worker clearly writes in another language we have.
switch-offer = क्या आगे हिंदी में बात करें?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = हमसे बात करने के लिए धन्यवाद। फिर कभी किसी व्यक्ति से बात करनी हो तो HELP या मदद लिखें।
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = हमारी टीम का कोई व्यक्ति आपको इस समय फ़ोन करेगा: { DATETIME($when, dateStyle: "full", timeStyle: "short") }। यह समय ठीक न हो तो यहाँ जवाब दें।

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = नमस्ते, मैं उसी टीम से हूँ जिससे आपने बात की थी। मैंने आपका मैसेज पढ़ा। मैं आपकी मदद के लिए यहाँ हूँ।
caller-ask-time = किस समय फ़ोन करूँ, जब आप अकेले में आराम से बात कर पाएँ?
caller-closing = हमें बताने के लिए धन्यवाद। जब चाहें, यहाँ फिर से लिखें। बंद करने के लिए STOP भेजें।

enrollment-card = इस कोड को अपने फ़ोन के कैमरे से स्कैन करें। आपके चुने हुए समय पर हम मैसेज भेजेंगे। यह मुफ़्त है। कभी भी बंद किया जा सकता है।
