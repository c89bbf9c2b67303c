# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Kannada: plain spoken Kannada as garment workers use it ("ಸಂಬಳ", "ಪಾಸ್ಪೋರ್ಟ್", "ಓಟಿ", "ರಜೆ"); "ನೀವು" and
# polite imperatives (ಕಳುಹಿಸಿ) for respect. No zero-width non-joiner after English loanwords (ನಂಬರ್‌ನಲ್ಲಿ):
# it costs SMS characters and the engine reads it as a space. Keywords STOP and HELP stay in Latin capitals
# (English keywords always work); ನಿಲ್ಲಿಸಿ and ಸಹಾಯ also work.

gate-first = ನಮಸ್ಕಾರ, ಇತ್ತೀಚೆಗೆ ನಿಮ್ಮ ಜೊತೆ ಮಾತಾಡಿದ ತಂಡ ನಾವು.
gate-again = ನಮಸ್ಕಾರ, ನಿಮ್ಮ ಜೊತೆ ಮಾತಾಡಿದ ಅದೇ ತಂಡ ಮತ್ತೆ ಬರೆಯುತ್ತಿದೆ.
gate-ask = ಈಗ ಒಬ್ಬರೇ ಇದ್ದು ಆರಾಮವಾಗಿ ಮಾತಾಡಬಹುದಾ?
gate-continue = ಹೌದು
gate-later = ಆಮೇಲೆ
gate-stop = ನಿಲ್ಲಿಸಿ

answer-yes = ಹೌದು
answer-no = ಇಲ್ಲ
answer-prefer-not = ಹೇಳಲು ಇಷ್ಟವಿಲ್ಲ
answer-number = { $min } ರಿಂದ { $max } ರ ಒಳಗಿನ ಒಂದು ನಂಬರ್ ಕಳುಹಿಸಿ.

reprompt = ಕ್ಷಮಿಸಿ, ಅರ್ಥವಾಗಲಿಲ್ಲ. ದಯವಿಟ್ಟು ನಂಬರ್ ಮೂಲಕ ಉತ್ತರ ಕೊಡಿ:
moving-on = ಪರವಾಗಿಲ್ಲ, ಮುಂದಿನ ಪ್ರಶ್ನೆಗೆ ಹೋಗೋಣ.
reminder = ನಮಸ್ಕಾರ. ಒಬ್ಬರೇ ಇದ್ದಾಗ ಸಮಯ ಸಿಕ್ಕರೆ ಉತ್ತರ ಕೊಡಿ:
later-ok = ಸರಿ, ನೀವು ಆರಿಸಿದ ಬೇರೆ ಸಮಯದಲ್ಲಿ ಮತ್ತೆ ಬರೆಯುತ್ತೇವೆ. ನಿಲ್ಲಿಸಲು STOP ಕಳುಹಿಸಿ.
stop-ok = ಧನ್ಯವಾದ. ಇನ್ನು ಮುಂದೆ ನಿಮ್ಮನ್ನು ಸಂಪರ್ಕಿಸುವುದಿಲ್ಲ. ಮನಸ್ಸು ಬದಲಾದರೆ START ಎಂದು ಉತ್ತರಿಸಿ.
handoff = ಧನ್ಯವಾದ. ಕನ್ನಡ ಮಾತಾಡುವ ನಮ್ಮ ತಂಡದ ಒಬ್ಬರು ಬೇಗ ಇಲ್ಲೇ ನಿಮಗೆ ಬರೆಯುತ್ತಾರೆ.
resumed = ಧನ್ಯವಾದ. ಮುಂದುವರಿಯೋಣ.
end = ಉತ್ತರಗಳಿಗೆ ಧನ್ಯವಾದ. ಯಾರಾದರೂ ವ್ಯಕ್ತಿಯ ಜೊತೆ ಮಾತಾಡಬೇಕಾದರೆ HELP ಅಥವಾ ಸಹಾಯ ಎಂದು ಕಳುಹಿಸಿ.
connected = ಧನ್ಯವಾದ, ಸಂಪರ್ಕ ಆಯಿತು. ನೀವು ಆರಿಸಿದ ಸಮಯದಲ್ಲಿ ಬರೆಯುತ್ತೇವೆ. ನಿಲ್ಲಿಸಲು STOP ಕಳುಹಿಸಿ.
resubscribed = ಮತ್ತೆ ಸ್ವಾಗತ.
link-invalid = ಕ್ಷಮಿಸಿ, ಈ ಲಿಂಕ್ ಈಗ ಕೆಲಸ ಮಾಡುವುದಿಲ್ಲ. ಕೊಟ್ಟವರ ಬಳಿ ಹೊಸ ಲಿಂಕ್ ಕೇಳಿ.

# The text of the approved WhatsApp template (Twilio Content API) used to write first outside the 24-hour
# window. Register it per language in Twilio; CALLBACKS_TWILIO_WHATSAPP_TEMPLATES maps language to ContentSid.
whatsapp-first-contact = ನಮಸ್ಕಾರ, ಇತ್ತೀಚೆಗೆ ನಿಮ್ಮ ಜೊತೆ ಮಾತಾಡಿದ ತಂಡ ನಾವು. ಈಗ ಒಬ್ಬರೇ ಇದ್ದು ಆರಾಮವಾಗಿ ಮಾತಾಡಬಹುದಾ? ಉತ್ತರಿಸಿ: 1 ಹೌದು, 2 ಆಮೇಲೆ, 3 ನಿಲ್ಲಿಸಿ.

# Offered, in the other language, when a worker clearly writes in another language we have.
switch-offer = ಇನ್ನು ಕನ್ನಡದಲ್ಲಿ ಮಾತಾಡೋಣವಾ?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = ನಮ್ಮ ಜೊತೆ ಮಾತಾಡಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದ. ಮತ್ತೆ ಯಾರಾದರೂ ವ್ಯಕ್ತಿಯ ಜೊತೆ ಮಾತಾಡಬೇಕಾದರೆ HELP ಅಥವಾ ಸಹಾಯ ಎಂದು ಕಳುಹಿಸಿ.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = ನಮ್ಮ ತಂಡದ ಒಬ್ಬರು ಈ ಸಮಯದಲ್ಲಿ ನಿಮಗೆ ಫೋನ್ ಮಾಡುತ್ತಾರೆ: { DATETIME($when, dateStyle: "full", timeStyle: "short") }. ಈ ಸಮಯ ಸರಿ ಇಲ್ಲದಿದ್ದರೆ ಇಲ್ಲೇ ಉತ್ತರಿಸಿ.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = ನಮಸ್ಕಾರ, ನಿಮ್ಮ ಜೊತೆ ಮಾತಾಡಿದ ತಂಡದಿಂದ ಬರೆಯುತ್ತಿದ್ದೇನೆ. ನಿಮ್ಮ ಮೆಸೇಜ್ ಓದಿದೆ. ನಿಮಗೆ ಸಹಾಯ ಮಾಡಲು ನಾನು ಇಲ್ಲಿದ್ದೇನೆ.
caller-ask-time = ಯಾವ ಸಮಯದಲ್ಲಿ ಫೋನ್ ಮಾಡಿದರೆ ನೀವು ಒಬ್ಬರೇ ಇದ್ದು ಆರಾಮವಾಗಿ ಮಾತಾಡಬಹುದು?
caller-closing = ನಮಗೆ ಹೇಳಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದ. ಯಾವಾಗ ಬೇಕಾದರೂ ಇಲ್ಲಿ ಮತ್ತೆ ಬರೆಯಬಹುದು. ನಿಲ್ಲಿಸಲು STOP ಕಳುಹಿಸಿ.

enrollment-card = ಈ ಕೋಡ್ ಅನ್ನು ನಿಮ್ಮ ಫೋನ್ ಕ್ಯಾಮೆರಾದಿಂದ ಸ್ಕ್ಯಾನ್ ಮಾಡಿ. ನೀವು ಆರಿಸಿದ ಸಮಯದಲ್ಲಿ ಮೆಸೇಜ್ ಕಳುಹಿಸುತ್ತೇವೆ. ಇದು ಉಚಿತ. ಯಾವಾಗ ಬೇಕಾದರೂ ನಿಲ್ಲಿಸಬಹುದು.
