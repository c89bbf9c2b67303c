# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Marathi: plain spoken Marathi ("पगार", "पासपोर्ट", "ओव्हरटाइम"); "तुम्ही" for respect, and forms that do not
# depend on the worker's gender (बोलता येईल, पाठवा). Keywords STOP and HELP stay in Latin capitals (English
# keywords always work); थांबवा and मदत also work.

gate-first = नमस्कार, तुम्ही नुकतेच ज्यांच्याशी बोललात ती टीम आम्ही आहोत.
gate-again = नमस्कार, तुम्ही ज्यांच्याशी बोललात तीच टीम पुन्हा लिहित आहे.
gate-ask = आत्ता एकांतात निवांत बोलता येईल का?
gate-continue = हो
gate-later = नंतर
gate-stop = थांबवा

answer-yes = हो
answer-no = नाही
answer-prefer-not = सांगायचं नाही
answer-number = { $min } ते { $max } मधला एक नंबर पाठवा.

reprompt = माफ करा, समजलं नाही. कृपया नंबरने उत्तर द्या:
moving-on = हरकत नाही, पुढच्या प्रश्नाकडे जाऊया.
reminder = नमस्कार. एकांतात वेळ मिळाला की उत्तर द्या:
later-ok = ठीक आहे, तुम्ही निवडलेल्या दुसऱ्या वेळी पुन्हा लिहू. थांबवण्यासाठी STOP पाठवा.
stop-ok = धन्यवाद. आम्ही तुम्हाला पुन्हा संपर्क करणार नाही. मन बदलल्यास START असे उत्तर द्या.
handoff = धन्यवाद. आमच्या टीममधली मराठी बोलणारी व्यक्ती लवकरच इथे तुम्हाला लिहील.
resumed = धन्यवाद. पुढे चालू करूया.
end = तुमच्या उत्तरांबद्दल धन्यवाद. कोणाशी बोलायचं असेल तर HELP किंवा मदत लिहा.
connected = धन्यवाद, जोडणी झाली. तुम्ही निवडलेल्या वेळी आम्ही लिहू. थांबवण्यासाठी STOP पाठवा.
resubscribed = पुन्हा स्वागत आहे.
link-invalid = माफ करा, ही लिंक आता चालत नाही. ज्यांनी लिंक दिली त्यांच्याकडे नवीन लिंक मागा.

# The text of the approved WhatsApp template (Twilio Content API) used to write first outside the 24-hour
# window. Register it per language in Twilio; CALLBACKS_TWILIO_WHATSAPP_TEMPLATES maps language to ContentSid.
whatsapp-first-contact = नमस्कार, तुम्ही नुकतेच ज्यांच्याशी बोललात ती टीम आम्ही आहोत. आत्ता एकांतात निवांत बोलता येईल का? उत्तर द्या: 1 हो, 2 नंतर, 3 थांबवा.

# Offered, in the other language, when a worker clearly writes in another language we have.
switch-offer = पुढे मराठीत बोलूया का?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = आमच्याशी बोलल्याबद्दल धन्यवाद. पुन्हा कधी कोणाशी बोलायचं असेल तर HELP किंवा मदत लिहा.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = आमच्या टीममधली एक व्यक्ती तुम्हाला या वेळी फोन करेल: { DATETIME($when, dateStyle: "full", timeStyle: "short") }. ही वेळ जमत नसेल तर इथे उत्तर द्या.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = नमस्कार, तुम्ही ज्यांच्याशी बोललात त्या टीममधून मी लिहित आहे. मी तुमचा मेसेज वाचला. मी तुमच्या मदतीसाठी इथे आहे.
caller-ask-time = तुम्हाला कोणत्या वेळी फोन केला तर एकांतात निवांत बोलता येईल?
caller-closing = आम्हाला सांगितल्याबद्दल धन्यवाद. तुम्ही कधीही इथे पुन्हा लिहू शकता. थांबवण्यासाठी STOP पाठवा.

enrollment-card = हा कोड तुमच्या फोनच्या कॅमेऱ्याने स्कॅन करा. तुम्ही निवडलेल्या वेळी आम्ही मेसेज पाठवू. हे मोफत आहे. कधीही थांबवता येईल.
