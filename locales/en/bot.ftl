# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.

gate-first = Hello, this is the team you spoke with recently.
gate-again = Hello again from the team you spoke with.
gate-ask = Is now a good and private time to chat?
gate-continue = Yes
gate-later = Later
gate-stop = Stop

answer-yes = Yes
answer-no = No
answer-prefer-not = Prefer not to say
answer-number = Reply with a number from { $min } to { $max }.

reprompt = Sorry, I did not understand. Please reply with a number:
moving-on = No problem, let's go to the next question.
reminder = Hello again. When you have a private moment, please answer:
later-ok = OK, we will write again at another time you chose. Reply STOP to end.
stop-ok = Thank you. We will not contact you again. If you change your mind, reply START.
handoff = Thank you. A person from our team who speaks your language will write to you here soon.
resumed = Thank you. Let's continue.
end = Thank you for your answers. If you ever want to talk to a person, reply HELP.
connected = Thank you, you are connected. We will write at the time you chose. Reply STOP to end.
resubscribed = Welcome back.
link-invalid = Sorry, this link does not work any more. Please ask the person who gave it to you for a new one.

# The text of the approved WhatsApp template (Twilio Content API) used to write first outside the 24-hour
# window. Register it per language in Twilio; CALLBACKS_TWILIO_WHATSAPP_TEMPLATES maps language to ContentSid.
whatsapp-first-contact = Hello, this is the team you spoke with recently. Is now a good and private time to chat? Reply 1 yes, 2 later, 3 stop.

# Offered, in the other language, when a worker clearly writes in another language we have.
switch-offer = Would you like to continue in English?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = Thank you for talking with us. If you ever want to talk to a person again, reply HELP.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = A person from our team will call you on { DATETIME($when, dateStyle: "full", timeStyle: "short") }. Reply here if that time is not good.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = Hello, I am from the team you spoke with. I read your message. I am here to help you.
caller-ask-time = When is a good and private time for me to call you?
caller-closing = Thank you for telling us. You can write here again any time. Reply STOP to end.

# Printed on the card with the QR code that a Telegram worker is handed. Others may see it: neutral, no
# brand, audit or complaint; plain words for a reader who reads little.
enrollment-card = Scan this code with your phone camera. We will send you messages at the time you chose. It is free, and you can stop any time.
