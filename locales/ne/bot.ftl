# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Nepali: plain spoken Nepali as migrant workers use it ("तलब", "पासपोर्ट", "ओभरटाइम", "म्यानपावर");
# "तपाईं" with the respectful verb forms (पठाउनुहोस्), which do not depend on the worker's gender.
# Keywords STOP and HELP stay in Latin capitals (English keywords always work); बन्द and मद्दत also work.

gate-first = नमस्ते, हामी तपाईंसँग भर्खरै कुरा गरेको टोली हौं।
gate-again = नमस्ते, फेरि उही टोली, जसले तपाईंसँग कुरा गरेको थियो।
gate-ask = के अहिले एक्लै, आरामले कुरा गर्न मिल्छ?
gate-continue = हुन्छ
gate-later = पछि
gate-stop = बन्द गर्नुहोस्

answer-yes = हो
answer-no = होइन
answer-prefer-not = भन्न चाहन्न
answer-number = { $min } देखि { $max } सम्मको एउटा नम्बर पठाउनुहोस्।

reprompt = माफ गर्नुहोस्, बुझिनँ। कृपया नम्बरमा जवाफ दिनुहोस्:
moving-on = ठिकै छ, अर्को प्रश्नमा जाऔं।
reminder = नमस्ते। एक्लै हुँदा समय मिलेमा जवाफ दिनुहोस्:
later-ok = हुन्छ, तपाईंले रोजेको अर्को समयमा फेरि लेख्नेछौं। बन्द गर्न STOP पठाउनुहोस्।
stop-ok = धन्यवाद। हामी तपाईंलाई फेरि सम्पर्क गर्ने छैनौं। मन बदलियो भने START लेखेर पठाउनुहोस्।
handoff = धन्यवाद। नेपाली बोल्ने हाम्रो टोलीको एक जनाले छिट्टै यहाँ तपाईंलाई लेख्नुहुनेछ।
resumed = धन्यवाद। अब अगाडि बढौं।
end = जवाफका लागि धन्यवाद। कसैसँग कुरा गर्न चाहे HELP वा मद्दत लेख्नुहोस्।
connected = धन्यवाद, जोडिनुभयो। तपाईंले रोजेको समयमा लेख्नेछौं। बन्द गर्न STOP पठाउनुहोस्।
resubscribed = फेरि स्वागत छ।
link-invalid = माफ गर्नुहोस्, यो लिंक अब चल्दैन। लिंक दिने व्यक्तिसँग नयाँ लिंक माग्नुहोस्।

# The text of the approved WhatsApp template (Twilio Content API) used to write first outside the 24-hour
# window. Register it per language in Twilio; CALLBACKS_TWILIO_WHATSAPP_TEMPLATES maps language to ContentSid.
whatsapp-first-contact = नमस्ते, हामी तपाईंसँग भर्खरै कुरा गरेको टोली हौं। के अहिले एक्लै, आरामले कुरा गर्न मिल्छ? जवाफ दिनुहोस्: 1 हुन्छ, 2 पछि, 3 बन्द।

# Offered, in the other language, when a worker clearly writes in another language we have.
switch-offer = के अब नेपालीमा कुरा गरौं?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = हामीसँग कुरा गर्नुभएकोमा धन्यवाद। फेरि कसैसँग कुरा गर्न चाहे HELP वा मद्दत लेख्नुहोस्।
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = हाम्रो टोलीको एक जनाले तपाईंलाई यो समयमा फोन गर्नुहुनेछ: { DATETIME($when, dateStyle: "full", timeStyle: "short") }। यो समय मिल्दैन भने यहाँ जवाफ दिनुहोस्।

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = नमस्ते, म तपाईंसँग कुरा गरेको टोलीबाट हुँ। मैले तपाईंको म्यासेज पढेँ। म तपाईंलाई मद्दत गर्न यहाँ छु।
caller-ask-time = तपाईंलाई कुन समयमा फोन गर्दा एक्लै, आरामले कुरा गर्न मिल्छ?
caller-closing = हामीलाई भन्नुभएकोमा धन्यवाद। जहिले पनि यहाँ फेरि लेख्न सक्नुहुन्छ। बन्द गर्न STOP पठाउनुहोस्।

enrollment-card = यो कोड आफ्नो फोनको क्यामेराले स्क्यान गर्नुहोस्। तपाईंले रोजेको समयमा हामी म्यासेज पठाउनेछौं। यो निःशुल्क हो। जुनसुकै बेला बन्द गर्न सक्नुहुन्छ।
