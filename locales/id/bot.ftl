# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Bahasa Indonesia: plain, everyday words ("Anda" for respect); keywords STOP and HELP stay in Latin capitals.

gate-first = Halo, ini tim yang belum lama ini bicara dengan Anda.
gate-again = Halo lagi dari tim yang pernah bicara dengan Anda.
gate-ask = Apakah sekarang waktu yang pas dan pribadi untuk mengobrol?
gate-continue = Ya
gate-later = Nanti
gate-stop = Berhenti

answer-yes = Ya
answer-no = Tidak
answer-prefer-not = Tidak mau jawab
answer-number = Balas dengan angka { $min } sampai { $max }.

reprompt = Maaf, saya tidak mengerti. Mohon balas dengan angka:
moving-on = Tidak apa-apa, kita lanjut ke pertanyaan berikutnya.
reminder = Halo lagi. Kalau Anda ada waktu dan sedang sendiri, mohon jawab:
later-ok = Baik, kami akan menghubungi lagi di waktu lain yang Anda pilih. Balas STOP untuk berhenti.
stop-ok = Terima kasih. Kami tidak akan menghubungi Anda lagi. Jika berubah pikiran, balas START.
handoff = Terima kasih. Seseorang dari tim kami yang berbahasa Indonesia akan segera menulis ke Anda di sini.
resumed = Terima kasih. Mari kita lanjutkan.
end = Terima kasih atas jawaban Anda. Jika ingin bicara dengan seseorang, balas HELP atau TOLONG.
connected = Terima kasih, Anda sudah terhubung. Kami akan menulis pada waktu yang Anda pilih. Balas STOP untuk berhenti.
resubscribed = Selamat datang kembali.
link-invalid = Maaf, tautan ini sudah tidak berlaku. Silakan minta tautan baru kepada orang yang memberikannya.

# Teks templat WhatsApp yang disetujui untuk menulis lebih dulu di luar jendela 24 jam.
whatsapp-first-contact = Halo, ini tim yang belum lama ini bicara dengan Anda. Apakah sekarang waktu yang pas dan pribadi untuk mengobrol? Balas 1 ya, 2 nanti, 3 berhenti.

switch-offer = Apakah Anda ingin melanjutkan dalam Bahasa Indonesia?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = Terima kasih sudah bicara dengan kami. Jika ingin bicara dengan seseorang lagi, balas HELP atau TOLONG.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = Seseorang dari tim kami akan menelepon Anda pada { DATETIME($when, dateStyle: "full", timeStyle: "short") }. Balas di sini jika waktu itu tidak pas.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = Halo, saya dari tim yang pernah bicara dengan Anda. Saya sudah membaca pesan Anda. Saya di sini untuk membantu Anda.
caller-ask-time = Kapan waktu yang pas dan pribadi untuk saya menelepon Anda?
caller-closing = Terima kasih sudah bercerita kepada kami. Anda bisa menulis di sini lagi kapan saja. Balas STOP untuk berhenti.

enrollment-card = Pindai kode ini dengan kamera HP Anda. Kami akan mengirim pesan pada waktu yang Anda pilih. Gratis, dan Anda bisa berhenti kapan saja.
