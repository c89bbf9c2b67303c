# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Japanese, polite but plain (です・ます), common kanji only. Keywords STOP and HELP stay in Latin capitals
# (English keywords always work); やめる / 停止 and 助けて / ヘルプ also work.

gate-first = こんにちは。先日お話ししたチームです。
gate-again = こんにちは。前にお話ししたチームです。
gate-ask = 今、ひとりで話せる時間はありますか？
gate-continue = はい
gate-later = あとで
gate-stop = やめる

answer-yes = はい
answer-no = いいえ
answer-prefer-not = 答えたくない
answer-number = { $min }から{ $max }までの数字で返信してください。

reprompt = すみません、わかりませんでした。数字で返信してください：
moving-on = 大丈夫です。次の質問に進みます。
reminder = こんにちは。ひとりで話せる時に、答えてください：
later-ok = わかりました。あなたが選んだ別の時間に、また連絡します。やめるときはSTOPと返信してください。
stop-ok = ありがとうございました。今後は連絡しません。気が変わったら START と返信してください。
handoff = ありがとうございます。日本語を話すスタッフが、ここにすぐ連絡します。
resumed = ありがとうございます。続けましょう。
end = 答えてくれてありがとうございました。人と話したいときは、HELPと返信してください。
connected = ありがとうございます。つながりました。選んだ時間に連絡します。やめるときはSTOPと返信してください。
resubscribed = おかえりなさい。
link-invalid = すみません、このリンクはもう使えません。リンクをくれた人に、新しいリンクをもらってください。

# 24時間の枠の外で最初に送るときの WhatsApp テンプレートの文。
whatsapp-first-contact = こんにちは。先日お話ししたチームです。今、ひとりで話せる時間はありますか？ 1 はい、2 あとで、3 やめる と返信してください。

# ほかの言語で書かれたとき、その言語で一度だけ聞く文。
switch-offer = 日本語で続けますか？

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = 話してくれてありがとうございました。また人と話したいときは、HELPと返信してください。
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = { DATETIME($when, dateStyle: "full", timeStyle: "short") }に、スタッフから電話します。その時間の都合が悪いときは、ここに返信してください。

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = こんにちは。前にお話ししたチームの者です。メッセージを読みました。お手伝いします。
caller-ask-time = いつ電話すればいいですか？ひとりで話せる時間を教えてください。
caller-closing = 教えてくれてありがとうございます。いつでも、またここに書いてください。やめるときはSTOPと返信してください。

enrollment-card = スマホのカメラでこのコードを読み取ってください。選んだ時間にメッセージを送ります。無料です。いつでもやめられます。
