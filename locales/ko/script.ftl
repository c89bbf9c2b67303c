# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Korean, polite everyday style (해요체), no 당신, short for UCS-2 SMS. 회사 (the company) and 사장님 (the boss)
# rather than 고용주 (employer): they are the words workers use. 잔업 for overtime (also 야근, 연장근무).

q-consent = 저희는 회사와 관계없는 팀이에요. 답은 비밀이고, 답할지는 자유예요. 어떤 질문이든 건너뛸 수 있고, 언제든 STOP으로 멈출 수 있어요. 계속할까요?
q-retaliation = 저희와 이야기한 뒤로, 그 일 때문에 누가 더 나쁘게 대했나요?
q-retaliation-kind = 무슨 일이 있었나요?
q-retaliation-kind-pay-cut = 월급이 줄었음
q-retaliation-kind-worse-shifts = 더 나쁜 근무나 일
q-retaliation-kind-threats = 협박이나 고함
q-retaliation-kind-fired = 해고, 나가라고 함
q-retaliation-kind-other = 기타
q-wages-paid = 지난달 월급을 전부 제때 받았나요?
q-deductions = 동의하지 않았는데 월급에서 돈을 떼나요?
q-rest-day = 일주일에 적어도 하루는 쉬나요?
q-rest-day-every-week = 매주
q-rest-day-sometimes = 가끔
q-rest-day-never = 전혀 못 쉼
q-overtime-forced = 원하지 않을 때도 억지로 잔업을 하게 하나요?
q-documents = 여권이나 신분증은 누가 가지고 있나요?
q-documents-i-keep = 내가 보관
q-documents-employer-keeps = 회사
q-documents-agent-keeps = 중개인
q-documents-no-documents = 서류 없음
q-fees-debt = 이 일을 얻으려고 돈을 냈거나, 그 때문에 빚이 있나요?
q-free-to-leave = 일하지 않는 시간에 회사나 기숙사에서 자유롭게 나갈 수 있나요?
q-harassment = 직장에서 누가 몸을 만지거나, 다치게 하거나, 욕한 적이 있나요?
q-danger-now = 지금 본인이나 다른 사람이 위험한가요?
q-child-workers = 15살이 안 돼 보이는 노동자가 있나요?
q-safe-to-complain = 직장에서 문제가 있을 때 무서워하지 않고 말할 수 있나요?
q-wants-contact = 저희 팀 사람이 연락드리기를 원하세요?
q-anything-else = 더 하고 싶은 말이 있나요? 편하게 써 주세요. 건너뛰려면 9를 보내 주세요.
q-improve = 한 가지만 바꾼다면, 무엇이 일을 더 좋게 할까요? 건너뛰려면 9를 보내 주세요.
