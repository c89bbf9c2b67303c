# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Spanish, neutral Latin American, "usted" for respect, avoiding gendered words about the worker. "á", "í",
# "ó", "ú" are not GSM-7, so most texts go out as UCS-2 (70 characters per segment). Keywords STOP and HELP
# stay in Latin capitals (English keywords always work); PARAR and AYUDA work too.

gate-first = Hola, somos el equipo que habló con usted hace poco.
gate-again = Hola de nuevo, del equipo que habló con usted.
gate-ask = ¿Es un buen momento, en privado, para conversar?
gate-continue = Sí
gate-later = Más tarde
gate-stop = Parar

answer-yes = Sí
answer-no = No
answer-prefer-not = Prefiero no decir
answer-number = Responda con un número del { $min } al { $max }.

reprompt = Perdón, no entendí. Por favor responda con un número:
moving-on = No hay problema, pasemos a la siguiente pregunta.
reminder = Hola de nuevo. Cuando tenga un momento a solas, por favor responda:
later-ok = Bien, le escribiremos en otro horario que usted eligió. Responda STOP para terminar.
stop-ok = Gracias. No volveremos a escribirle. Si cambia de opinión, responda START.
handoff = Gracias. Una persona de nuestro equipo que habla español le escribirá aquí pronto.
resumed = Gracias. Sigamos.
end = Gracias por sus respuestas. Si quiere hablar con una persona, responda HELP o AYUDA.
connected = Gracias, la conexión está lista. Le escribiremos en el horario que eligió. Responda STOP para terminar.
resubscribed = Qué bueno tenerle de vuelta.
link-invalid = Perdón, este enlace ya no funciona. Pida uno nuevo a la persona que se lo dio.

# Texto de la plantilla de WhatsApp aprobada, para escribir primero fuera de la ventana de 24 horas.
whatsapp-first-contact = Hola, somos el equipo que habló con usted hace poco. ¿Es un buen momento, en privado, para conversar? Responda 1 sí, 2 más tarde, 3 parar.

# Offered, in this language, when a worker clearly writes in it while set to another language.
switch-offer = ¿Quiere continuar en español?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = Gracias por hablar con nosotros. Si quiere volver a hablar con una persona, responda HELP o AYUDA.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = Una persona de nuestro equipo le llamará el { DATETIME($when, dateStyle: "full", timeStyle: "short") }. Si ese horario no le conviene, responda aquí.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = Hola, soy del equipo que habló con usted. Leí su mensaje. Estoy aquí para ayudarle.
caller-ask-time = ¿Cuándo es un buen momento, en privado, para llamarle?
caller-closing = Gracias por contarnos. Puede escribir aquí otra vez cuando quiera. Responda STOP para terminar.

enrollment-card = Escanee este código con la cámara de su teléfono. Le escribiremos a la hora que eligió. Es gratis y puede dejarlo cuando quiera.
