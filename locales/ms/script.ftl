# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Bahasa Melayu: short questions in everyday words; "anda" for respect. OT (lebih masa) is the word workers use.

q-consent = Kami bebas daripada majikan anda. Jawapan anda sulit dan sukarela; anda boleh langkau soalan atau balas STOP bila-bila masa. Teruskan?
q-retaliation = Sejak kita bercakap, adakah sesiapa melayan anda lebih teruk kerana anda bercakap dengan kami?
q-retaliation-kind = Apa yang berlaku?
q-retaliation-kind-pay-cut = Gaji dipotong
q-retaliation-kind-worse-shifts = Syif atau kerja lebih teruk
q-retaliation-kind-threats = Diugut atau dimarahi
q-retaliation-kind-fired = Dibuang kerja atau disuruh keluar
q-retaliation-kind-other = Lain-lain
q-wages-paid = Adakah gaji bulan lepas dibayar penuh dan tepat pada masanya?
q-deductions = Adakah gaji anda dipotong tanpa persetujuan anda?
q-rest-day = Adakah anda dapat cuti sekurang-kurangnya satu hari setiap minggu?
q-rest-day-every-week = Setiap minggu
q-rest-day-sometimes = Kadang-kadang
q-rest-day-never = Tidak pernah
q-overtime-forced = Adakah anda dipaksa kerja lebih masa (OT) walaupun anda tidak mahu?
q-documents = Siapa yang simpan pasport atau kad pengenalan anda?
q-documents-i-keep = Saya sendiri
q-documents-employer-keeps = Majikan
q-documents-agent-keeps = Ejen
q-documents-no-documents = Saya tiada
q-fees-debt = Adakah anda bayar yuran untuk dapat kerja ini, atau berhutang kerana kerja ini?
q-free-to-leave = Bolehkah anda keluar dari tempat kerja atau asrama semasa tidak bekerja?
q-harassment = Adakah sesiapa di tempat kerja menyentuh, menyakiti atau menghina anda?
q-danger-now = Adakah anda atau orang lain dalam bahaya sekarang?
q-child-workers = Adakah pekerja yang nampak berumur bawah 15 tahun?
q-safe-to-complain = Bolehkah anda beritahu masalah di tempat kerja tanpa rasa takut?
q-wants-contact = Adakah anda mahu seseorang daripada pasukan kami menghubungi anda?
q-anything-else = Ada perkara lain yang anda mahu beritahu kami? Tulis dengan perkataan sendiri, atau balas 9 untuk langkau.
q-improve = Apa satu perkara yang boleh jadikan kerja anda lebih baik? Atau balas 9 untuk langkau.
