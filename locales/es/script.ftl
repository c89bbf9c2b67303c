# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Spanish, neutral Latin American, "usted"; short questions in everyday words, no gendered words about the
# worker. Option labels are in the worker's own voice ("Yo lo guardo"), like the English ones.

q-consent = Somos independientes de su empleador. Sus respuestas son privadas y voluntarias; puede saltar preguntas o responder STOP en cualquier momento. ¿Continuar?
q-retaliation = Desde que hablamos, ¿alguien le ha tratado peor por hablar con nosotros?
q-retaliation-kind = ¿Qué pasó?
q-retaliation-kind-pay-cut = Menos sueldo
q-retaliation-kind-worse-shifts = Peores turnos o trabajo
q-retaliation-kind-threats = Amenazas o gritos
q-retaliation-kind-fired = Despido o me echaron
q-retaliation-kind-other = Otra cosa
q-wages-paid = ¿El mes pasado le pagaron todo a tiempo?
q-deductions = ¿Le quitan dinero del sueldo sin que usted esté de acuerdo?
q-rest-day = ¿Tiene al menos un día libre cada semana?
q-rest-day-every-week = Cada semana
q-rest-day-sometimes = A veces
q-rest-day-never = Nunca
q-overtime-forced = ¿Le obligan a hacer horas extra?
q-documents = ¿Quién guarda su pasaporte o documento de identidad?
q-documents-i-keep = Yo lo guardo
q-documents-employer-keeps = La empresa
q-documents-agent-keeps = Un agente
q-documents-no-documents = No tengo
q-fees-debt = ¿Pagó algo para conseguir este trabajo, o tiene una deuda por él?
q-free-to-leave = ¿Puede salir del trabajo o del alojamiento cuando no está trabajando?
q-harassment = ¿Alguien en el trabajo le ha tocado, lastimado o insultado?
q-danger-now = ¿Usted o alguien está en peligro ahora?
q-child-workers = ¿Hay trabajadores que parecen tener menos de 15 años?
q-safe-to-complain = ¿Puede hablar de un problema en el trabajo sin miedo?
q-wants-contact = ¿Quiere que una persona de nuestro equipo le contacte?
q-anything-else = ¿Hay algo más que quiera contarnos? Escriba con sus palabras, o responda 9 para saltar.
q-improve = ¿Qué cosa haría mejor su trabajo? O responda 9 para saltar.
