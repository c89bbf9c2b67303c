# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Chinese (Simplified), plain spoken register, short for UCS-2 SMS. 老板 (boss) rather than 雇主 (employer):
# it is the word workers use. Yes/no questions are put so that 是/有/可以 and 不是/没有/不可以 all answer them.

q-consent = 我们和您的老板没有关系。回答会保密，完全自愿；任何问题都可以跳过，也可以随时回复STOP停止。继续吗？
q-retaliation = 和我们聊过以后，有没有人因为这件事对您更差？
q-retaliation-kind = 发生了什么？
q-retaliation-kind-pay-cut = 工资变少
q-retaliation-kind-worse-shifts = 班次或活更差
q-retaliation-kind-threats = 威胁或吼骂
q-retaliation-kind-fired = 被开除或赶走
q-retaliation-kind-other = 其他
q-wages-paid = 上个月的工资全部按时发了吗？
q-deductions = 有没有没经您同意就从工资里扣钱？
q-rest-day = 您每周至少能休息一天吗？
q-rest-day-every-week = 每周都有
q-rest-day-sometimes = 有时
q-rest-day-never = 从来没有
q-overtime-forced = 您不想加班的时候，会被逼着加班吗？
q-documents = 您的护照或身份证在谁手里？
q-documents-i-keep = 我自己
q-documents-employer-keeps = 老板或公司
q-documents-agent-keeps = 中介
q-documents-no-documents = 没有证件
q-fees-debt = 为了这份工作，您交过钱吗？或者因此欠着钱吗？
q-free-to-leave = 不上班的时候，您能自由离开工厂或宿舍吗？
q-harassment = 在工作中，有人摸过您、伤害过您或骂过您吗？
q-danger-now = 您或别人现在有危险吗？
q-child-workers = 有没有看起来不到15岁的工人？
q-safe-to-complain = 工作中遇到问题，您能不害怕地说出来吗？
q-wants-contact = 您想让我们团队的人联系您吗？
q-anything-else = 还有别的想告诉我们吗？用您自己的话写，或回复9跳过。
q-improve = 哪一件事能让您的工作变得更好？或回复9跳过。
