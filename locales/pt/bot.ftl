# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Portuguese, plain and neutral ("você"; Brazilian spelling, understood everywhere), avoiding gendered forms
# about the worker. "ã", "ç", "á" are not GSM-7, so most texts go out as UCS-2 (70 characters per segment).
# Keywords STOP and HELP stay in Latin capitals (English keywords always work); PARAR and AJUDA work too.

gate-first = Olá, aqui é a equipe que conversou com você há pouco tempo.
gate-again = Olá de novo, da equipe que conversou com você.
gate-ask = Agora é um bom momento, com privacidade, para conversar?
gate-continue = Sim
gate-later = Depois
gate-stop = Parar

answer-yes = Sim
answer-no = Não
answer-prefer-not = Prefiro não dizer
answer-number = Responda com um número de { $min } a { $max }.

reprompt = Desculpe, não entendi. Responda com um número:
moving-on = Sem problema, vamos para a próxima pergunta.
reminder = Olá de novo. Quando tiver um momento a sós, responda:
later-ok = Certo, vamos escrever de novo em outro horário que você escolheu. Responda STOP para parar.
stop-ok = Obrigado. Não vamos mais entrar em contato. Se mudar de ideia, responda START.
handoff = Obrigado. Uma pessoa da nossa equipe que fala português vai escrever para você aqui em breve.
resumed = Obrigado. Vamos continuar.
end = Obrigado pelas respostas. Se quiser falar com uma pessoa, responda HELP ou AJUDA.
connected = Obrigado, a conexão está feita. Vamos escrever no horário que você escolheu. Responda STOP para parar.
resubscribed = Que bom ter você de volta.
link-invalid = Desculpe, este link não funciona mais. Peça um novo à pessoa que entregou este a você.

# Texto do modelo de WhatsApp aprovado, para escrever primeiro fora da janela de 24 horas.
whatsapp-first-contact = Olá, aqui é a equipe que conversou com você há pouco tempo. Agora é um bom momento, com privacidade, para conversar? Responda 1 sim, 2 depois, 3 parar.

# Offered, in this language, when a worker clearly writes in it while set to another language.
switch-offer = Quer continuar em português?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = Obrigado por conversar conosco. Se quiser falar com uma pessoa de novo, responda HELP ou AJUDA.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = Uma pessoa da nossa equipe vai ligar para você. Dia e hora: { DATETIME($when, dateStyle: "full", timeStyle: "short") }. Se não for um bom horário, responda aqui.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = Olá, sou da equipe que conversou com você. Li sua mensagem. Estou aqui para ajudar você.
caller-ask-time = Qual é um bom horário, com privacidade, para eu ligar para você?
caller-closing = Obrigado por nos contar. Você pode escrever aqui de novo quando quiser. Responda STOP para parar.

enrollment-card = Leia este código com a câmera do seu celular. Vamos mandar mensagens no horário que você escolheu. É grátis, e você pode parar quando quiser.
