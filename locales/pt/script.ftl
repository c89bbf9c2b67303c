# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Portuguese, short questions in everyday words; "você", and no gendered words about the worker.

q-consent = Somos independentes do seu empregador. As respostas são sigilosas e voluntárias; você pode pular perguntas ou responder STOP a qualquer momento. Continuar?
q-retaliation = Desde que conversamos, alguém tratou você pior por ter falado com a gente?
q-retaliation-kind = O que aconteceu?
q-retaliation-kind-pay-cut = Menos salário
q-retaliation-kind-worse-shifts = Turno ou tarefa pior
q-retaliation-kind-threats = Ameaças ou gritos
q-retaliation-kind-fired = Demissão ou expulsão
q-retaliation-kind-other = Outra coisa
q-wages-paid = No mês passado, você recebeu o salário completo e em dia?
q-deductions = Tiram dinheiro do seu salário sem você concordar?
q-rest-day = Você tem pelo menos um dia de folga por semana?
q-rest-day-every-week = Toda semana
q-rest-day-sometimes = Às vezes
q-rest-day-never = Nunca
q-overtime-forced = Obrigam você a fazer hora extra?
q-documents = Quem guarda seu passaporte ou documento de identidade?
q-documents-i-keep = Eu guardo
q-documents-employer-keeps = A empresa
q-documents-agent-keeps = Um agente
q-documents-no-documents = Não tenho
q-fees-debt = Você pagou alguma taxa para conseguir este trabalho, ou tem dívida por causa dele?
q-free-to-leave = Você pode sair do trabalho ou do alojamento quando não está trabalhando?
q-harassment = Alguém no trabalho tocou, machucou ou insultou você?
q-danger-now = Você ou alguém está em perigo agora?
q-child-workers = Há trabalhadores que parecem ter menos de 15 anos?
q-safe-to-complain = Você pode falar de um problema no trabalho sem medo?
q-wants-contact = Quer que uma pessoa da nossa equipe fale com você?
q-anything-else = Quer contar mais alguma coisa? Escreva com suas palavras, ou responda 9 para pular.
q-improve = O que mais melhoraria o seu trabalho? Ou responda 9 para pular.
