# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Thai, polite everyday register, short for UCS-2 SMS. นายจ้าง (employer) is the word workers use; โอที for
# overtime; ค่าหัว is the everyday word for a recruitment fee. Yes/no questions end in ไหม so that ใช่ / มี /
# ได้ and ไม่ใช่ / ไม่มี / ไม่ได้ all read naturally as answers.

q-consent = เราไม่เกี่ยวข้องกับนายจ้างของคุณ คำตอบเป็นความลับและตอบตามสมัครใจ ข้ามข้อไหนก็ได้ หรือตอบ STOP เพื่อหยุดได้ทุกเมื่อ ทำต่อไหม
q-retaliation = มีใครทำไม่ดีกับคุณ เพราะคุยกับเราไหม
q-retaliation-kind = เกิดอะไรขึ้น
q-retaliation-kind-pay-cut = ถูกลดเงิน
q-retaliation-kind-worse-shifts = ได้กะหรืองานที่แย่ลง
q-retaliation-kind-threats = ถูกขู่หรือตะคอก
q-retaliation-kind-fired = ถูกไล่ออกหรือให้ออก
q-retaliation-kind-other = อื่นๆ
q-wages-paid = เดือนที่แล้วได้ค่าจ้างครบและตรงเวลาไหม
q-deductions = มีการหักค่าจ้างโดยคุณไม่ได้ตกลงไหม
q-rest-day = ได้หยุดอย่างน้อยสัปดาห์ละ 1 วันไหม
q-rest-day-every-week = ทุกสัปดาห์
q-rest-day-sometimes = บางครั้ง
q-rest-day-never = ไม่เคยได้หยุด
q-overtime-forced = ถูกบังคับให้ทำโอทีตอนที่ไม่อยากทำไหม
q-documents = ใครเก็บพาสปอร์ตหรือบัตรประจำตัวของคุณ
q-documents-i-keep = ฉันเก็บเอง
q-documents-employer-keeps = นายจ้าง
q-documents-agent-keeps = นายหน้า
q-documents-no-documents = ไม่มีเอกสาร
q-fees-debt = จ่ายค่าหัวหรือเป็นหนี้ เพื่อได้งานนี้ไหม
q-free-to-leave = นอกเวลางาน ออกจากโรงงานหรือหอพักได้ไหม
q-harassment = ที่ทำงาน มีใครจับตัว ทำร้าย หรือด่าคุณไหม
q-danger-now = ตอนนี้คุณหรือคนอื่นกำลังตกอยู่ในอันตรายไหม
q-child-workers = มีคนงานที่ดูอายุต่ำกว่า 15 ปีไหม
q-safe-to-complain = มีปัญหาที่ทำงาน คุณกล้าบอกโดยไม่กลัวไหม
q-wants-contact = อยากให้เจ้าหน้าที่ของเราติดต่อคุณไหม
q-anything-else = มีอะไรอยากบอกเราอีกไหม เขียนด้วยคำพูดของคุณเอง หรือตอบ 9 เพื่อข้าม
q-improve = ถ้าเปลี่ยนได้หนึ่งอย่าง อะไรจะทำให้งานดีขึ้น หรือตอบ 9 เพื่อข้าม
