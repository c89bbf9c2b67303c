# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Marathi: short questions in everyday words; "तुम्ही" for respect, no gendered verb forms for the worker.

q-consent = आम्ही तुमच्या कंपनीचे नाही. उत्तरं गुप्त राहतील, उत्तर देणं तुमच्या मर्जीवर आहे. कोणताही प्रश्न सोडा किंवा कधीही STOP पाठवा. पुढे जाऊया?
q-retaliation = आमच्याशी बोलल्यामुळे कोणी तुमच्याशी आधीपेक्षा वाईट वागलं का?
q-retaliation-kind = काय झालं?
q-retaliation-kind-pay-cut = पगार कमी केला
q-retaliation-kind-worse-shifts = वाईट शिफ्ट किंवा काम
q-retaliation-kind-threats = धमकी किंवा ओरडणं
q-retaliation-kind-fired = कामावरून काढलं किंवा जायला सांगितलं
q-retaliation-kind-other = दुसरं काही
q-wages-paid = मागच्या महिन्याचा पूर्ण पगार वेळेवर मिळाला का?
q-deductions = तुमच्या संमतीशिवाय पगारातून पैसे कापले जातात का?
q-rest-day = दर आठवड्याला किमान एक दिवस सुट्टी मिळते का?
q-rest-day-every-week = दर आठवड्याला
q-rest-day-sometimes = कधी कधी
q-rest-day-never = कधीच नाही
q-overtime-forced = इच्छा नसताना जबरदस्तीने ओव्हरटाइम करायला लावतात का?
q-documents = तुमचा पासपोर्ट किंवा ओळखपत्र कोणाकडे असतं?
q-documents-i-keep = मी स्वतः
q-documents-employer-keeps = कंपनी
q-documents-agent-keeps = एजंट
q-documents-no-documents = कागदपत्रं नाहीत
q-fees-debt = ही नोकरी मिळवण्यासाठी तुम्ही पैसे दिले का, किंवा त्यासाठी कर्ज आहे का?
q-free-to-leave = काम नसताना कंपनी किंवा हॉस्टेलमधून बाहेर जाता येतं का?
q-harassment = कामावर कोणी तुम्हाला वाईट हेतूने हात लावला, दुखापत केली किंवा अपमान केला का?
q-danger-now = आत्ता तुम्हाला किंवा दुसऱ्या कोणाला धोका आहे का?
q-child-workers = 15 वर्षांपेक्षा लहान दिसणारे कामगार आहेत का?
q-safe-to-complain = कामावर न घाबरता एखादी अडचण सांगता येते का?
q-wants-contact = आमच्या टीममधल्या एखाद्या व्यक्तीने तुमच्याशी संपर्क करावा का?
q-anything-else = आणखी काही सांगायचं आहे का? तुमच्या शब्दांत लिहा, किंवा सोडायचं असेल तर 9 पाठवा.
q-improve = कोणती एक गोष्ट बदलली तर काम चांगलं होईल? किंवा सोडायचं असेल तर 9 पाठवा.
