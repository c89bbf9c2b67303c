# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Nepali: short questions in everyday words; "तपाईं" with respectful, gender-neutral verb forms.

q-consent = हामी तपाईंको कम्पनीका होइनौं। जवाफ गोप्य रहन्छ, दिनु तपाईंको इच्छा हो। कुनै प्रश्न छोड्न वा जुनसुकै बेला STOP पठाउन सक्नुहुन्छ। अगाडि बढौं?
q-retaliation = हामीसँग कुरा गरेकोले कसैले तपाईंलाई पहिलेभन्दा नराम्रो व्यवहार गरेको छ?
q-retaliation-kind = के भयो?
q-retaliation-kind-pay-cut = तलब घटायो
q-retaliation-kind-worse-shifts = नराम्रो सिफ्ट वा काम
q-retaliation-kind-threats = धम्की वा कराउने
q-retaliation-kind-fired = निकाल्यो वा जान भन्यो
q-retaliation-kind-other = अरू केही
q-wages-paid = गएको महिनाको पूरा तलब समयमै पाउनुभयो?
q-deductions = तपाईंको सहमतिबिना तलबबाट पैसा काटिन्छ?
q-rest-day = हरेक हप्ता कम्तीमा एक दिन बिदा पाउनुहुन्छ?
q-rest-day-every-week = हरेक हप्ता
q-rest-day-sometimes = कहिलेकाहीं
q-rest-day-never = कहिल्यै पाइँदैन
q-overtime-forced = मन नहुँदा पनि जबरजस्ती ओभरटाइम गराइन्छ?
q-documents = तपाईंको पासपोर्ट वा परिचयपत्र कसको हातमा छ?
q-documents-i-keep = म आफैं
q-documents-employer-keeps = कम्पनी
q-documents-agent-keeps = एजेन्ट
q-documents-no-documents = कागजात छैन
q-fees-debt = यो काम पाउन तपाईंले पैसा तिर्नुभयो, वा यसका लागि ऋण छ?
q-free-to-leave = काम नहुँदा कम्पनी वा होस्टल/क्याम्पबाट बाहिर जान पाउनुहुन्छ?
q-harassment = कामको ठाउँमा कसैले तपाईंलाई नराम्रो गरी छोएको, चोट दिएको वा अपमान गरेको छ?
q-danger-now = के अहिले तपाईंलाई वा अरू कसैलाई खतरा छ?
q-child-workers = 15 वर्षभन्दा सानो देखिने कामदार छन्?
q-safe-to-complain = कामको ठाउँमा नडराई समस्या भन्न सकिन्छ?
q-wants-contact = हाम्रो टोलीको कसैले तपाईंलाई सम्पर्क गरोस् भन्ने चाहनुहुन्छ?
q-anything-else = अरू केही भन्नु छ? आफ्नै शब्दमा लेख्नुहोस्, वा छोड्न 9 पठाउनुहोस्।
q-improve = कुन एउटा कुराले तपाईंको काम राम्रो हुन्छ? वा छोड्न 9 पठाउनुहोस्।
