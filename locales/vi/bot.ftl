# The bot's own texts. Lock-screen previews are seen by others: first messages never name a brand, an audit
# or a complaint. Keep each short: SMS in most of our languages is 70 characters per segment.
# Vietnamese with diacritics (NFC), plain and polite: "anh/chị" for the worker, "chúng tôi" for us. SMS goes
# out as UCS-2 (70 characters per segment), so texts are as short as the meaning allows. Keywords STOP and
# HELP stay in Latin capitals (English keywords always work); NGỪNG and GIÚP work too. The stop word is
# "ngừng", not "dừng": without diacritics "dừng" (stop) and "đúng" (correct) are both "dung".

gate-first = Xin chào, đây là nhóm đã nói chuyện với anh/chị gần đây.
gate-again = Xin chào lần nữa, từ nhóm đã nói chuyện với anh/chị.
gate-ask = Bây giờ có tiện và riêng tư để nói chuyện không?
gate-continue = Có
gate-later = Để sau
gate-stop = Ngừng

answer-yes = Có
answer-no = Không
answer-prefer-not = Không muốn nói
answer-number = Trả lời bằng số từ { $min } đến { $max }.

reprompt = Xin lỗi, tôi chưa hiểu. Vui lòng trả lời bằng số:
moving-on = Không sao, mình sang câu tiếp theo.
reminder = Xin chào lần nữa. Khi có lúc riêng tư, xin trả lời:
later-ok = Vâng, chúng tôi sẽ nhắn lại vào giờ khác anh/chị đã chọn. Nhắn STOP để ngừng.
stop-ok = Cảm ơn. Chúng tôi sẽ không liên lạc nữa. Nếu đổi ý, hãy trả lời START.
handoff = Cảm ơn. Một người nói tiếng Việt trong nhóm sẽ sớm nhắn cho anh/chị tại đây.
resumed = Cảm ơn. Mình tiếp tục nhé.
end = Cảm ơn anh/chị đã trả lời. Nếu muốn nói chuyện với một người, nhắn HELP hoặc GIÚP.
connected = Cảm ơn, đã kết nối xong. Chúng tôi sẽ nhắn vào giờ anh/chị đã chọn. Nhắn STOP để ngừng.
resubscribed = Chào mừng anh/chị quay lại.
link-invalid = Xin lỗi, đường link này không còn dùng được. Vui lòng xin link mới từ người đã đưa nó.

# Nội dung mẫu tin WhatsApp đã được duyệt, dùng để nhắn trước khi ngoài khung 24 giờ.
whatsapp-first-contact = Xin chào, đây là nhóm đã nói chuyện với anh/chị gần đây. Bây giờ có tiện và riêng tư để nói chuyện không? Trả lời 1 có, 2 để sau, 3 ngừng.

# Offered, in this language, when a worker clearly writes in it while set to another language.
switch-offer = Anh/chị có muốn tiếp tục bằng tiếng Việt không?

# After a case: the caller ended the conversation instead of handing the worker back to the questions.
case-end = Cảm ơn anh/chị đã nói chuyện với chúng tôi. Nếu muốn nói chuyện lại với một người, nhắn HELP hoặc GIÚP.
# A caller will phone the worker. $when is the worker's local date and time.
call-scheduled = Một người trong nhóm sẽ gọi cho anh/chị lúc { DATETIME($when, dateStyle: "full", timeStyle: "short") }. Nếu giờ đó không tiện, hãy nhắn lại ở đây.

# Canned replies a caller can pick in the console, in the worker's language. Short: they may go by SMS.
caller-greeting = Xin chào, tôi là người của nhóm đã nói chuyện với anh/chị. Tôi đã đọc tin nhắn của anh/chị. Tôi ở đây để giúp anh/chị.
caller-ask-time = Khi nào là lúc tiện và riêng tư để tôi gọi cho anh/chị?
caller-closing = Cảm ơn anh/chị đã chia sẻ với chúng tôi. Anh/chị có thể nhắn lại ở đây bất cứ lúc nào. Nhắn STOP để ngừng.

enrollment-card = Quét mã này bằng camera điện thoại. Chúng tôi sẽ nhắn tin vào giờ anh/chị đã chọn. Miễn phí, và có thể ngừng bất cứ lúc nào.
