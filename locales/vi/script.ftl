# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Vietnamese, short for UCS-2 SMS; yes/no questions end in "không?" so that "có" / "không" read naturally.

q-consent = Chúng tôi độc lập với công ty. Câu trả lời được giữ kín và tự nguyện; có thể bỏ qua câu hỏi hoặc nhắn STOP bất cứ lúc nào. Tiếp tục không?
q-retaliation = Từ lúc nói chuyện với chúng tôi, có ai đối xử tệ hơn với anh/chị vì việc đó không?
q-retaliation-kind = Chuyện gì đã xảy ra?
q-retaliation-kind-pay-cut = Bị giảm lương
q-retaliation-kind-worse-shifts = Ca hoặc việc tệ hơn
q-retaliation-kind-threats = Bị đe dọa, quát mắng
q-retaliation-kind-fired = Bị đuổi việc
q-retaliation-kind-other = Chuyện khác
q-wages-paid = Tháng trước anh/chị có được trả đủ lương và đúng hạn không?
q-deductions = Có bị trừ tiền lương mà anh/chị không đồng ý không?
q-rest-day = Mỗi tuần anh/chị có được nghỉ ít nhất một ngày không?
q-rest-day-every-week = Tuần nào cũng có
q-rest-day-sometimes = Thỉnh thoảng
q-rest-day-never = Không bao giờ
q-overtime-forced = Anh/chị có bị ép tăng ca không?
q-documents = Ai đang giữ hộ chiếu hoặc thẻ căn cước của anh/chị?
q-documents-i-keep = Tôi tự giữ
q-documents-employer-keeps = Công ty
q-documents-agent-keeps = Môi giới
q-documents-no-documents = Tôi không có
q-fees-debt = Anh/chị có trả phí để có việc này, hoặc đang nợ tiền vì nó không?
q-free-to-leave = Ngoài giờ làm, anh/chị có được ra khỏi xưởng hoặc ký túc xá không?
q-harassment = Ở chỗ làm, có ai sờ mó, làm đau hoặc xúc phạm anh/chị không?
q-danger-now = Anh/chị hoặc ai khác có đang gặp nguy hiểm ngay lúc này không?
q-child-workers = Có công nhân nào trông dưới 15 tuổi không?
q-safe-to-complain = Anh/chị có thể nói ra vấn đề ở chỗ làm mà không sợ không?
q-wants-contact = Anh/chị có muốn một người bên chúng tôi liên lạc không?
q-anything-else = Anh/chị còn muốn nói gì thêm không? Hãy viết bằng lời của mình, hoặc nhắn 9 để bỏ qua.
q-improve = Điều gì sẽ làm công việc tốt hơn cho anh/chị? Hoặc nhắn 9 để bỏ qua.
