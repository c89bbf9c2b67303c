# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Bahasa Indonesia: short questions in everyday words; "Anda" for respect.

q-consent = Kami bukan bagian dari perusahaan tempat Anda bekerja. Jawaban Anda rahasia dan sukarela; Anda boleh lewati pertanyaan atau balas STOP kapan saja. Lanjut?
q-retaliation = Sejak kita bicara, apakah ada yang memperlakukan Anda lebih buruk karena Anda bicara dengan kami?
q-retaliation-kind = Apa yang terjadi?
q-retaliation-kind-pay-cut = Gaji dikurangi
q-retaliation-kind-worse-shifts = Shift atau kerja lebih berat
q-retaliation-kind-threats = Diancam atau dibentak
q-retaliation-kind-fired = Dipecat atau disuruh keluar
q-retaliation-kind-other = Lainnya
q-wages-paid = Apakah gaji bulan lalu dibayar penuh dan tepat waktu?
q-deductions = Apakah gaji Anda dipotong tanpa persetujuan Anda?
q-rest-day = Apakah Anda dapat libur minimal satu hari setiap minggu?
q-rest-day-every-week = Setiap minggu
q-rest-day-sometimes = Kadang-kadang
q-rest-day-never = Tidak pernah
q-overtime-forced = Apakah Anda dipaksa lembur padahal tidak mau?
q-documents = Siapa yang memegang paspor atau KTP Anda?
q-documents-i-keep = Saya sendiri
q-documents-employer-keeps = Perusahaan
q-documents-agent-keeps = Agen
q-documents-no-documents = Saya tidak punya
q-fees-debt = Apakah Anda membayar biaya untuk dapat kerja ini, atau punya utang karenanya?
q-free-to-leave = Apakah Anda boleh keluar dari tempat kerja atau asrama saat tidak bekerja?
q-harassment = Apakah ada orang di tempat kerja yang menyentuh, menyakiti, atau menghina Anda?
q-danger-now = Apakah Anda atau orang lain dalam bahaya sekarang?
q-child-workers = Apakah ada pekerja yang kelihatan berumur di bawah 15 tahun?
q-safe-to-complain = Apakah Anda bisa menyampaikan masalah di tempat kerja tanpa rasa takut?
q-wants-contact = Apakah Anda ingin dihubungi oleh seseorang dari tim kami?
q-anything-else = Ada hal lain yang ingin Anda sampaikan? Tulis dengan kata-kata sendiri, atau balas 9 untuk lewati.
q-improve = Satu hal apa yang paling bisa membuat kerja Anda lebih baik? Atau balas 9 untuk lewati.
