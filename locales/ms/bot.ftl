# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Bahasa Melayu (Malaysia): plain, everyday words, "anda" for respect; keywords STOP and HELP stay in Latin
# capitals (English keywords always work), BERHENTI and TOLONG work too.

gate-first = Hai, ini pasukan yang bercakap dengan anda baru-baru ini.
gate-again = Hai lagi, daripada pasukan yang pernah bercakap dengan anda.
gate-ask = Adakah sekarang masa yang sesuai dan peribadi untuk bersembang?
gate-continue = Ya
gate-later = Nanti
gate-stop = Berhenti

answer-yes = Ya
answer-no = Tidak
answer-prefer-not = Tak mahu jawab
answer-number = Balas dengan nombor { $min } hingga { $max }.

reprompt = Maaf, saya tidak faham. Sila balas dengan nombor:
moving-on = Tidak mengapa, kita teruskan ke soalan seterusnya.
reminder = Hai lagi. Bila anda ada masa bersendirian, sila jawab:
later-ok = Baik, kami akan hubungi lagi pada masa lain yang anda pilih. Balas STOP untuk berhenti.
stop-ok = Terima kasih. Kami tidak akan menghubungi anda lagi. Jika anda berubah fikiran, balas START.
handoff = Terima kasih. Seorang daripada pasukan kami yang berbahasa Melayu akan menulis kepada anda di sini tidak lama lagi.
resumed = Terima kasih. Mari kita teruskan.
end = Terima kasih atas jawapan anda. Jika mahu bercakap dengan seseorang, balas HELP atau TOLONG.
connected = Terima kasih, anda sudah disambungkan. Kami akan menulis pada masa yang anda pilih. Balas STOP untuk berhenti.
resubscribed = Selamat kembali.
link-invalid = Maaf, pautan ini tidak boleh digunakan lagi. Sila minta pautan baharu daripada orang yang memberikannya.

# Teks templat WhatsApp yang diluluskan, untuk menulis dahulu di luar tetingkap 24 jam.
whatsapp-first-contact = Hai, ini pasukan yang bercakap dengan anda baru-baru ini. Adakah sekarang masa yang sesuai dan peribadi untuk bersembang? Balas 1 ya, 2 nanti, 3 berhenti.

# Offered, in this language, when a worker clearly writes in it while set to another language.
switch-offer = Adakah anda mahu teruskan dalam Bahasa Melayu?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = Terima kasih kerana bercakap dengan kami. Jika mahu bercakap dengan seseorang lagi, balas HELP atau TOLONG.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = Seorang daripada pasukan kami akan menelefon anda pada { DATETIME($when, dateStyle: "full", timeStyle: "short") }. Balas di sini jika masa itu tidak sesuai.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = Hai, saya daripada pasukan yang pernah bercakap dengan anda. Saya sudah membaca mesej anda. Saya di sini untuk membantu anda.
caller-ask-time = Bilakah masa yang sesuai dan peribadi untuk saya menelefon anda?
caller-closing = Terima kasih kerana memberitahu kami. Anda boleh menulis di sini lagi bila-bila masa. Balas STOP untuk berhenti.

enrollment-card = Imbas kod ini dengan kamera telefon anda. Kami akan menghantar mesej pada masa yang anda pilih. Percuma, dan anda boleh berhenti bila-bila masa.
