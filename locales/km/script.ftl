# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Khmer, Unicode, plain spoken register, short for UCS-2 SMS. ថៅកែ (the boss) rather than និយោជក (employer):
# it is the word workers use. Yes/no questions end in ទេ? so that បាទ / ចាស / មាន / បាន and អត់ទេ / អត់មាន /
# មិនបាន all read naturally as answers.

q-consent = យើងមិនពាក់ព័ន្ធនឹងថៅកែ ឬរោងចក្ររបស់អ្នកទេ។ ចម្លើយរក្សាជាការសម្ងាត់ ហើយស្ម័គ្រចិត្ត។ អ្នកអាចរំលងសំណួរណាក៏បាន ឬឆ្លើយ STOP ដើម្បីឈប់ពេលណាក៏បាន។ បន្តទេ?
q-retaliation = ក្រោយពីនិយាយជាមួយយើង តើមានអ្នកណាធ្វើបាបអ្នកជាងមុន ដោយសាររឿងនេះទេ?
q-retaliation-kind = តើមានរឿងអ្វីកើតឡើង?
q-retaliation-kind-pay-cut = កាត់ប្រាក់ខែ
q-retaliation-kind-worse-shifts = វេន ឬការងារអាក្រក់ជាងមុន
q-retaliation-kind-threats = គំរាម ឬស្រែកដាក់
q-retaliation-kind-fired = បណ្តេញចេញ ឬឲ្យឈប់
q-retaliation-kind-other = ផ្សេងទៀត
q-wages-paid = ខែមុន តើអ្នកបានប្រាក់ខែគ្រប់ និងទាន់ពេលទេ?
q-deductions = តើគេកាត់លុយពីប្រាក់ខែ ដែលអ្នកមិនបានយល់ព្រមទេ?
q-rest-day = តើអ្នកបានឈប់សម្រាកយ៉ាងតិច ១ ថ្ងៃក្នុងមួយសប្តាហ៍ទេ?
q-rest-day-every-week = រាល់សប្តាហ៍
q-rest-day-sometimes = ពេលខ្លះ
q-rest-day-never = មិនដែលបាន
q-overtime-forced = តើគេបង្ខំឲ្យអ្នកធ្វើការថែមម៉ោង ពេលអ្នកមិនចង់ធ្វើទេ?
q-documents = តើអ្នកណាកាន់លិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណរបស់អ្នក?
q-documents-i-keep = ខ្ញុំទុកខ្លួនឯង
q-documents-employer-keeps = ថៅកែ
q-documents-agent-keeps = ភ្នាក់ងារ
q-documents-no-documents = គ្មានឯកសារ
q-fees-debt = តើអ្នកបានបង់លុយដើម្បីបានការងារនេះ ឬជំពាក់លុយព្រោះការងារនេះទេ?
q-free-to-leave = ក្រៅម៉ោងធ្វើការ តើអ្នកអាចចេញពីកន្លែងធ្វើការ ឬកន្លែងស្នាក់នៅ តាមចិត្តបានទេ?
q-harassment = នៅកន្លែងធ្វើការ តើមានអ្នកណាប៉ះពាល់ខ្លួន វាយធ្វើបាប ឬជេរប្រមាថអ្នកទេ?
q-danger-now = ឥឡូវនេះ តើអ្នក ឬអ្នកផ្សេង កំពុងមានគ្រោះថ្នាក់ទេ?
q-child-workers = តើមានកម្មករដែលមើលទៅអាយុក្រោម ១៥ ឆ្នាំទេ?
q-safe-to-complain = តើអ្នកអាចប្រាប់ពីបញ្ហានៅកន្លែងធ្វើការ ដោយមិនខ្លាចបានទេ?
q-wants-contact = តើអ្នកចង់ឲ្យបុគ្គលិកយើងទាក់ទងអ្នកទេ?
q-anything-else = តើមានអ្វីផ្សេងទៀតចង់ប្រាប់យើងទេ? សរសេរតាមពាក្យរបស់អ្នក ឬឆ្លើយ 9 ដើម្បីរំលង។
q-improve = បើអាចកែរឿងមួយ តើអ្វីនឹងធ្វើឲ្យការងារល្អជាងមុន? ឬឆ្លើយ 9 ដើម្បីរំលង។
