# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Korean, polite everyday style (해요체), no 당신. Keywords STOP and HELP stay in Latin capitals (English keywords
# always work); 그만 and 도와주세요 also work.

gate-first = 안녕하세요. 얼마 전에 이야기 나눈 팀입니다.
gate-again = 안녕하세요. 전에 이야기 나눈 팀입니다.
gate-ask = 지금 혼자 편하게 이야기할 수 있는 시간인가요?
gate-continue = 네
gate-later = 나중에
gate-stop = 그만

answer-yes = 네
answer-no = 아니요
answer-prefer-not = 말하고 싶지 않음
answer-number = { $min }부터 { $max }까지 숫자로 답해 주세요.

reprompt = 죄송해요, 이해하지 못했어요. 숫자로 답해 주세요:
moving-on = 괜찮아요. 다음 질문으로 넘어갈게요.
reminder = 안녕하세요. 혼자 있을 때 답해 주세요:
later-ok = 알겠습니다. 고르신 다른 시간에 다시 연락드릴게요. 그만하려면 STOP이라고 보내 주세요.
stop-ok = 감사합니다. 앞으로 연락드리지 않을게요. 마음이 바뀌면 START라고 답장해 주세요.
handoff = 감사합니다. 한국어를 하는 저희 팀원이 곧 여기로 연락드릴게요.
resumed = 감사합니다. 계속할게요.
end = 답해 주셔서 감사합니다. 사람과 이야기하고 싶으면 언제든 HELP라고 보내 주세요.
connected = 감사합니다. 연결되었어요. 고르신 시간에 연락드릴게요. 그만하려면 STOP이라고 보내 주세요.
resubscribed = 다시 오신 걸 환영해요.
link-invalid = 죄송해요, 이 링크는 더 이상 쓸 수 없어요. 링크를 준 분께 새 링크를 받아 주세요.

# 24시간 창 밖에서 먼저 보낼 때 쓰는 WhatsApp 템플릿 문장.
whatsapp-first-contact = 안녕하세요. 얼마 전에 이야기 나눈 팀입니다. 지금 혼자 편하게 이야기할 수 있는 시간인가요? 1 네, 2 나중에, 3 그만 중에서 답해 주세요.

# 다른 언어로 쓴 노동자에게, 그 언어로 한 번만 묻는 문장.
switch-offer = 한국어로 계속할까요?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = 이야기해 주셔서 감사합니다. 다시 사람과 이야기하고 싶으면 언제든 HELP라고 보내 주세요.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = 저희 팀원이 { DATETIME($when, dateStyle: "full", timeStyle: "short") }에 전화드릴게요. 그 시간이 안 되면 여기로 답장해 주세요.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = 안녕하세요, 전에 이야기 나눈 팀에서 연락드려요. 메시지 잘 읽었어요. 제가 도와드릴게요.
caller-ask-time = 언제 전화드리면 혼자 편하게 이야기할 수 있을까요?
caller-closing = 말씀해 주셔서 감사합니다. 언제든 여기로 다시 보내 주셔도 돼요. 그만하려면 STOP이라고 보내 주세요.

enrollment-card = 휴대폰 카메라로 이 코드를 찍어 주세요. 고르신 시간에 메시지를 보내 드릴게요. 무료예요. 언제든지 그만할 수 있어요.
