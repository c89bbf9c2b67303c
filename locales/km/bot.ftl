# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Khmer, Unicode, plain spoken register; spaces only between phrases, as Khmer is written; Khmer digits in
# the options (១ ២ ៣ are understood, and so are 1 2 3). Keywords STOP and HELP stay in Latin capitals
# (English keywords always work); ឈប់ and ជួយ also work.

gate-first = សួស្តី! យើងជាក្រុមដែលបាននិយាយជាមួយអ្នកថ្មីៗនេះ។
gate-again = សួស្តីម្តងទៀត ពីក្រុមដែលធ្លាប់និយាយជាមួយអ្នក។
gate-ask = ឥឡូវនេះ អ្នកអាចនិយាយតែម្នាក់ឯងបានទេ?
gate-continue = បាទ/ចាស
gate-later = ពេលក្រោយ
gate-stop = ឈប់

answer-yes = បាទ/ចាស
answer-no = អត់ទេ
answer-prefer-not = មិនចង់និយាយ
answer-number = សូមឆ្លើយជាលេខពី { $min } ដល់ { $max }។

reprompt = សូមទោស ខ្ញុំមិនយល់ទេ។ សូមឆ្លើយជាលេខ៖
moving-on = មិនអីទេ តោះទៅសំណួរបន្ទាប់។
reminder = សួស្តីម្តងទៀត។ ពេលអ្នកនៅម្នាក់ឯង សូមឆ្លើយ៖
later-ok = យល់ហើយ។ យើងនឹងផ្ញើសារមកវិញ នៅពេលផ្សេងដែលអ្នកបានជ្រើស។ ឆ្លើយ STOP ដើម្បីឈប់។
stop-ok = អរគុណ។ យើងនឹងមិនទាក់ទងអ្នកទៀតទេ។ បើអ្នកប្ដូរចិត្ត សូមផ្ញើ START។
handoff = អរគុណ។ បុគ្គលិកយើងម្នាក់ដែលនិយាយខ្មែរ នឹងផ្ញើសារមកអ្នកនៅទីនេះឆាប់ៗ។
resumed = អរគុណ។ តោះបន្តទៀត។
end = អរគុណសម្រាប់ចម្លើយ។ បើចង់និយាយជាមួយមនុស្ស សូមឆ្លើយ HELP ពេលណាក៏បាន។
connected = អរគុណ អ្នកបានភ្ជាប់ហើយ។ យើងនឹងផ្ញើសារនៅពេលដែលអ្នកបានជ្រើស។ ឆ្លើយ STOP ដើម្បីឈប់។
resubscribed = សូមស្វាគមន៍ការត្រឡប់មកវិញ។
link-invalid = សូមទោស តំណនេះប្រើមិនបានទៀតទេ។ សូមសុំតំណថ្មីពីអ្នកដែលបានឲ្យវាមកអ្នក។

# អត្ថបទគំរូ WhatsApp ដែលបានអនុម័ត សម្រាប់ផ្ញើសារមុនគេ ក្រៅរយៈពេល ២៤ ម៉ោង។
whatsapp-first-contact = សួស្តី! យើងជាក្រុមដែលបាននិយាយជាមួយអ្នកថ្មីៗនេះ។ ឥឡូវនេះ អ្នកអាចនិយាយតែម្នាក់ឯងបានទេ? ឆ្លើយ ១ បាទ/ចាស ២ ពេលក្រោយ ៣ ឈប់។

# សួរម្តង ជាភាសានោះ ពេលកម្មករសរសេរមកជាភាសាផ្សេង។
switch-offer = តើអ្នកចង់បន្តជាភាសាខ្មែរទេ?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = អរគុណដែលបាននិយាយជាមួយយើង។ បើចង់និយាយជាមួយមនុស្សម្តងទៀត សូមឆ្លើយ HELP ពេលណាក៏បាន។
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = បុគ្គលិកយើងម្នាក់នឹងទូរស័ព្ទមកអ្នក នៅថ្ងៃ{ DATETIME($when, dateStyle: "full", timeStyle: "short") }។ បើពេលនោះមិនស្រួល សូមឆ្លើយនៅទីនេះ។

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = សួស្តី! ខ្ញុំមកពីក្រុមដែលបាននិយាយជាមួយអ្នក។ ខ្ញុំបានអានសាររបស់អ្នកហើយ។ ខ្ញុំនៅទីនេះដើម្បីជួយអ្នក។
caller-ask-time = តើពេលណាដែលអ្នកនៅម្នាក់ឯង និងស្រួលឲ្យខ្ញុំទូរស័ព្ទទៅ?
caller-closing = អរគុណដែលបានប្រាប់យើង។ អ្នកអាចផ្ញើសារមកទីនេះម្តងទៀត ពេលណាក៏បាន។ ឆ្លើយ STOP ដើម្បីឈប់។

enrollment-card = ស្កេនកូដនេះ ដោយកាមេរ៉ាទូរស័ព្ទរបស់អ្នក។ យើងនឹងផ្ញើសារ នៅពេលដែលអ្នកបានជ្រើស។ ឥតគិតថ្លៃ។ អ្នកអាចឈប់បាន គ្រប់ពេល។
