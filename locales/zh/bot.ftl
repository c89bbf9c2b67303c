# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Chinese (Simplified), plain spoken register, 您 for respect. Keywords STOP and HELP stay in Latin capitals
# (English keywords always work); 停止 and 帮助 also work, and so do Traditional characters and 回复TD.

gate-first = 您好，我们是前些天和您聊过的团队。
gate-again = 您好，还是之前和您聊过的团队。
gate-ask = 现在方便一个人私下聊几句吗？
gate-continue = 方便
gate-later = 以后再说
gate-stop = 停止

answer-yes = 是
answer-no = 否
answer-prefer-not = 不想说
answer-number = 请回复{ $min }到{ $max }之间的数字。

reprompt = 抱歉，没看懂。请回复数字：
moving-on = 没关系，我们看下一个问题。
reminder = 您好。等您一个人方便的时候，请回答：
later-ok = 好的，我们会在您选的其他时间再联系您。回复STOP可停止。
stop-ok = 谢谢您。我们不会再联系您。如果改变主意，请回复 START。
handoff = 谢谢您。我们一位说中文的同事很快会在这里给您发消息。
resumed = 谢谢，我们继续。
end = 谢谢您的回答。如果想和真人聊，随时回复HELP或“帮助”。
connected = 谢谢，已经连上了。我们会在您选的时间联系您。回复STOP可停止。
resubscribed = 欢迎回来。
link-invalid = 抱歉，这个链接已经不能用了。请向给您链接的人要一个新的。

# 在24小时窗口之外先发消息用的 WhatsApp 模板文字。
whatsapp-first-contact = 您好，我们是前些天和您聊过的团队。现在方便一个人私下聊几句吗？回复1方便，2以后再说，3停止。

# 工人用另一种语言写时，用那种语言问一次要不要换。
switch-offer = 您想用中文继续吗？

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = 谢谢您和我们聊。如果以后还想和真人聊，随时回复HELP或“帮助”。
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = 我们的一位同事会在{ DATETIME($when, dateStyle: "full", timeStyle: "short") }给您打电话。如果这个时间不方便，请在这里回复。

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = 您好，我来自之前和您聊过的团队。我看到您的消息了，我来帮您。
caller-ask-time = 什么时候给您打电话方便，您能一个人私下说话？
caller-closing = 谢谢您告诉我们。您随时可以再在这里给我们发消息。回复STOP可停止。

enrollment-card = 用手机相机扫这个码。我们会在您选的时间给您发消息。免费，您随时可以停止。
