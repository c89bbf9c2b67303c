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
