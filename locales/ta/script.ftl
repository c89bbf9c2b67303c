# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Tamil: short questions in everyday words; "நீங்கள்" for respect.

q-consent = நாங்கள் உங்கள் கம்பெனியைச் சேர்ந்தவர்கள் அல்ல. பதில்கள் ரகசியம், விருப்பம் இருந்தால் மட்டும் சொல்லுங்கள். எந்தக் கேள்வியையும் விடலாம், எப்போதும் STOP அனுப்பலாம். தொடரலாமா?
q-retaliation = எங்களிடம் பேசியதால், யாராவது உங்களை முன்பை விட மோசமாக நடத்துகிறார்களா?
q-retaliation-kind = என்ன நடந்தது?
q-retaliation-kind-pay-cut = சம்பளக் குறைப்பு
q-retaliation-kind-worse-shifts = மோசமான ஷிப்ட்/வேலை
q-retaliation-kind-threats = மிரட்டல்/திட்டு
q-retaliation-kind-fired = வேலை நீக்கம்/போகச் சொன்னார்கள்
q-retaliation-kind-other = வேறு
q-wages-paid = கடந்த மாதச் சம்பளம் முழுதாக, சரியான நேரத்தில் கிடைத்ததா?
q-deductions = உங்கள் சம்மதம் இல்லாமல் சம்பளத்தில் பணம் பிடிக்கிறார்களா?
q-rest-day = ஒவ்வொரு வாரமும் குறைந்தது ஒரு நாள் லீவு கிடைக்கிறதா?
q-rest-day-every-week = ஒவ்வொரு வாரமும்
q-rest-day-sometimes = சில நேரம்
q-rest-day-never = ஒருபோதும் இல்லை
q-overtime-forced = விருப்பம் இல்லாதபோதும் கட்டாயமாக ஓவர்டைம் செய்ய வைக்கிறார்களா?
q-documents = உங்கள் பாஸ்போர்ட் அல்லது அடையாள அட்டை யாரிடம் இருக்கிறது?
q-documents-i-keep = நானே
q-documents-employer-keeps = கம்பெனி
q-documents-agent-keeps = ஏஜென்ட்
q-documents-no-documents = எதுவும் இல்லை
q-fees-debt = இந்த வேலைக்காக பணம் கட்டினீர்களா, அல்லது அதற்காக கடன் இருக்கிறதா?
q-free-to-leave = வேலை இல்லாத நேரத்தில் கம்பெனி அல்லது ஹாஸ்டலை விட்டு வெளியே போக முடியுமா?
q-harassment = வேலையில் யாராவது உங்களைத் தவறாகத் தொட்டார்களா, காயப்படுத்தினார்களா, அவமானப்படுத்தினார்களா?
q-danger-now = நீங்களோ வேறு யாரோ இப்போது ஆபத்தில் இருக்கிறீர்களா?
q-child-workers = 15 வயதுக்குக் குறைவாகத் தெரியும் தொழிலாளர்கள் இருக்கிறார்களா?
q-safe-to-complain = வேலையில் பயமில்லாமல் ஒரு பிரச்சனையைச் சொல்ல முடியுமா?
q-wants-contact = எங்கள் குழுவில் ஒருவர் உங்களைத் தொடர்பு கொள்ள வேண்டுமா?
q-anything-else = வேறு ஏதாவது சொல்ல வேண்டுமா? உங்கள் வார்த்தைகளில் எழுதுங்கள், அல்லது விட 9 அனுப்புங்கள்.
q-improve = எந்த ஒரு விஷயம் மாறினால் உங்கள் வேலை நன்றாக இருக்கும்? அல்லது விட 9 அனுப்புங்கள்.
