# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Hindi: short questions in everyday words; "आप" for respect, no gendered verb forms for the worker.

q-consent = हम आपकी कंपनी से नहीं हैं। जवाब गुप्त रहेंगे, देना आपकी मर्ज़ी है। कोई भी सवाल छोड़ें या कभी भी STOP भेजें। आगे बढ़ें?
q-retaliation = हमसे बात करने की वजह से क्या किसी ने आपके साथ पहले से बुरा बर्ताव किया है?
q-retaliation-kind = क्या हुआ?
q-retaliation-kind-pay-cut = तनख्वाह कम की
q-retaliation-kind-worse-shifts = खराब शिफ्ट या काम
q-retaliation-kind-threats = धमकी या चिल्लाना
q-retaliation-kind-fired = निकाला या जाने को कहा
q-retaliation-kind-other = कुछ और
q-wages-paid = क्या पिछले महीने की पूरी तनख्वाह समय पर मिली?
q-deductions = क्या आपकी मर्ज़ी के बिना तनख्वाह से पैसे काटे जाते हैं?
q-rest-day = क्या हर हफ्ते कम से कम एक दिन छुट्टी मिलती है?
q-rest-day-every-week = हर हफ्ते
q-rest-day-sometimes = कभी-कभी
q-rest-day-never = कभी नहीं
q-overtime-forced = क्या मर्ज़ी के बिना ज़बरदस्ती ओवरटाइम करवाया जाता है?
q-documents = आपका पासपोर्ट या आईडी कार्ड किसके पास रहता है?
q-documents-i-keep = मैं खुद
q-documents-employer-keeps = कंपनी
q-documents-agent-keeps = एजेंट
q-documents-no-documents = कोई कागज़ नहीं
q-fees-debt = क्या यह नौकरी पाने के लिए आपने पैसे दिए, या इसके लिए आप पर कर्ज़ है?
q-free-to-leave = काम के बाद क्या फैक्ट्री या हॉस्टल से बाहर जाने की इजाज़त है?
q-harassment = क्या काम पर किसी ने आपको गलत तरीके से छुआ, चोट पहुँचाई या बेइज़्ज़ती की?
q-danger-now = क्या अभी आपको या किसी और को खतरा है?
q-child-workers = क्या कुछ मज़दूर 15 साल से छोटे लगते हैं?
q-safe-to-complain = क्या काम पर बिना डर के कोई परेशानी बताई जा सकती है?
q-wants-contact = क्या हमारी टीम का कोई व्यक्ति आपसे संपर्क करे?
q-anything-else = कुछ और बताना है? अपने शब्दों में लिखें, या छोड़ने के लिए 9 भेजें।
q-improve = कौन सी एक चीज़ से आपका काम बेहतर होगा? या छोड़ने के लिए 9 भेजें।
