# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Thai, polite everyday register without ครับ/ค่ะ (the team has no gender); spaces only between phrases, as
# Thai is written. Keywords STOP and HELP stay in Latin capitals (English keywords always work); หยุด and
# ช่วยหน่อย also work.

gate-first = สวัสดี เราคือทีมที่เพิ่งคุยกับคุณไม่นานมานี้
gate-again = สวัสดีอีกครั้ง จากทีมที่เคยคุยกับคุณ
gate-ask = ตอนนี้สะดวกคุยคนเดียวเป็นส่วนตัวไหม
gate-continue = สะดวก
gate-later = ไว้ทีหลัง
gate-stop = หยุดติดต่อ

answer-yes = ใช่
answer-no = ไม่ใช่
answer-prefer-not = ไม่อยากตอบ
answer-number = กรุณาตอบเป็นตัวเลข { $min } ถึง { $max }

reprompt = ขอโทษ ไม่เข้าใจ กรุณาตอบเป็นตัวเลข:
moving-on = ไม่เป็นไร ไปข้อต่อไปกัน
reminder = สวัสดีอีกครั้ง ถ้าสะดวกคุยคนเดียว กรุณาตอบ:
later-ok = ได้เลย เราจะติดต่อใหม่ในเวลาอื่นที่คุณเลือกไว้ ตอบ STOP เพื่อหยุด
stop-ok = ขอบคุณ เราจะไม่ติดต่อคุณอีก หากเปลี่ยนใจ ตอบกลับ START
handoff = ขอบคุณ เจ้าหน้าที่ของเราที่พูดภาษาไทยจะส่งข้อความหาคุณที่นี่เร็วๆ นี้
resumed = ขอบคุณ ไปต่อกันเลย
end = ขอบคุณที่ตอบคำถาม ถ้าอยากคุยกับเจ้าหน้าที่ ตอบ HELP ได้ทุกเมื่อ
connected = ขอบคุณ เชื่อมต่อแล้ว เราจะติดต่อตามเวลาที่คุณเลือกไว้ ตอบ STOP เพื่อหยุด
resubscribed = ยินดีต้อนรับกลับมา
link-invalid = ขอโทษ ลิงก์นี้ใช้ไม่ได้แล้ว กรุณาขอลิงก์ใหม่จากคนที่ให้ลิงก์นี้กับคุณ

# ข้อความเทมเพลต WhatsApp ที่ได้รับอนุมัติ ใช้ส่งข้อความแรกนอกช่วง 24 ชั่วโมง
whatsapp-first-contact = สวัสดี เราคือทีมที่เพิ่งคุยกับคุณไม่นานมานี้ ตอนนี้สะดวกคุยคนเดียวเป็นส่วนตัวไหม ตอบ 1 สะดวก 2 ไว้ทีหลัง 3 หยุดติดต่อ

# ถามครั้งเดียว เป็นภาษานั้น เมื่อคนงานเขียนมาเป็นอีกภาษาหนึ่ง
switch-offer = อยากคุยต่อเป็นภาษาไทยไหม

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = ขอบคุณที่คุยกับเรา ถ้าอยากคุยกับเจ้าหน้าที่อีก ตอบ HELP ได้ทุกเมื่อ
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = เจ้าหน้าที่ของเราจะโทรหาคุณใน{ DATETIME($when, dateStyle: "full", timeStyle: "short") } ถ้าเวลานี้ไม่สะดวก ตอบกลับมาที่นี่ได้เลย

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = สวัสดี นี่คือเจ้าหน้าที่จากทีมที่เคยคุยกับคุณ อ่านข้อความของคุณแล้ว ยินดีช่วยเหลือคุณ
caller-ask-time = เวลาไหนสะดวกให้โทรหา และคุยคนเดียวเป็นส่วนตัวได้
caller-closing = ขอบคุณที่เล่าให้เราฟัง ส่งข้อความมาที่นี่ได้อีกทุกเมื่อ ตอบ STOP เพื่อหยุด

enrollment-card = สแกนโค้ดนี้ ด้วยกล้องมือถือ เราจะส่งข้อความ ตามเวลาที่คุณเลือกไว้ ฟรี และหยุดได้ทุกเมื่อ
