## Commands (the menu Telegram shows; registered with setMyCommands)
command-start =
    .description = Bắt đầu, tạo cửa hàng
command-today =
    .description = Nhập số liệu hôm nay
command-edit =
    .description = Sửa số liệu một ngày đã qua
command-delete =
    .description = Xóa số liệu một ngày
command-shop =
    .description = Đổi hoặc thêm cửa hàng
command-lang =
    .description = Đổi ngôn ngữ
command-cancel =
    .description = Hủy thao tác đang làm
command-help =
    .description = Hướng dẫn

## Common
common-error = 😕 Có lỗi xảy ra, số liệu của bạn không bị thay đổi. Vui lòng thử lại sau ít phút.
common-need-start = Bạn chưa có cửa hàng nào. Gõ /start để bắt đầu (chưa tới một phút).
common-stale-button = Nút này đã cũ hoặc không còn hiệu lực.
common-foreign-button = Nút này không thuộc về bạn.
common-cancelled = Đã hủy. Không có gì được lưu.
common-nothing-to-cancel = Không có thao tác nào đang chạy.
common-too-many-attempts = Bạn đã nhập sai 3 lần nên mình dừng ở đây, không có gì được lưu. Gõ /today để nhập lại.
common-try-again = Vui lòng nhập lại ({ $left } lần thử còn lại).

## Onboarding
onboarding-welcome = 👋 Chào bạn! Mình là ShopPulse: mỗi tối bạn gửi 4 con số (đơn, doanh thu, tiền quảng cáo, lead), mình tính lãi lỗ và chỉ ra chỗ cần sửa.
onboarding-ask-name = Cửa hàng của bạn tên gì? (ví dụ: Hoa Mai Shop)
onboarding-ask-new-shop-name = Cửa hàng mới tên gì?
onboarding-bad-name = Tên cửa hàng cần từ 1 đến 64 ký tự.
onboarding-ask-language = Bạn muốn dùng ngôn ngữ nào?
onboarding-pick-language = Hãy chọn một ngôn ngữ bằng nút bên dưới.
onboarding-ask-cogs =
    Giá vốn hàng bán chiếm bao nhiêu % doanh thu? Gõ một con số (ví dụ 35 hoặc 35%), hoặc bấm nút để dùng mặc định { $default }.
onboarding-cogs-default-button = Dùng { $default }
onboarding-bad-cogs = Cần một tỉ lệ từ 0 đến 95 %, ví dụ 35 hoặc 35%.
onboarding-done =
    ✅ Đã tạo cửa hàng { $shop } (giá vốn { $cogs }).

    Mỗi tối, gửi 4 số theo thứ tự: đơn, doanh thu, tiền quảng cáo, lead. Ví dụ:
    15 8tr5 2tr 85

    Hoặc gõ /today để mình hỏi từng số.
onboarding-welcome-back = Chào mừng bạn quay lại! Cửa hàng đang dùng: { $shop }. Gửi số liệu hôm nay (ví dụ 15 8tr5 2tr 85) hoặc gõ /help.

## Daily entry
entry-ask-orders = Hôm nay ({ $date }) có bao nhiêu đơn? (một số nguyên, ví dụ 15)
entry-ask-revenue = Doanh thu bao nhiêu? (ví dụ 8500000, 8.500.000, 8tr5 hoặc 850k)
entry-ask-ad-spend = Tiền quảng cáo đã chi? (ví dụ 2tr, 2.000.000 hoặc 0)
entry-ask-leads = Bao nhiêu lead (khách nhắn tin, hỏi hàng)? (một số nguyên, ví dụ 85)
entry-ask-orders-for = Ngày { $date } có bao nhiêu đơn? (một số nguyên, ví dụ 15)
entry-keep-hint = Gửi . để giữ { $current }.
entry-ask-date = Nhập cho ngày nào? Bấm nút hoặc gõ ngày (ví dụ 20/11, hôm qua).
entry-bad-date = Mình không hiểu ngày này. Gõ theo dạng 20/11, 20/11/2026, hôm qua hoặc hôm nay.
entry-future-date = Ngày này chưa tới. Hãy chọn hôm nay hoặc một ngày đã qua.
entry-date-today = Hôm nay
entry-date-yesterday = Hôm qua
entry-date-day-before = Hôm kia

card-title = 📒 { $shop } · { $date }
card-title-replace = 📒 { $shop } · { $date } — ngày này đã có số liệu, xem cũ → mới:
card-orders = Đơn: { $value }
card-revenue = Doanh thu: { $value }
card-ad-spend = Quảng cáo: { $value }
card-leads = Lead: { $value }
card-aov = AOV (giá trị đơn): { $value }
card-cpl = CPL (chi phí/lead): { $value }
card-cvr = CVR (tỉ lệ chốt): { $value }
card-roas = ROAS: { $value }
card-roas-vs-break-even = ROAS: { $value } · hòa vốn { $breakEven } { $verdict }
card-net-profit = Lãi ròng: { $value }
card-not-available = —
card-verdict-above = ✅ có lãi
card-verdict-below = ⚠️ dưới hòa vốn
card-verdict-equal = ➖ vừa hòa vốn
card-no-break-even = ⚠️ Với chi phí hiện tại, quảng cáo không thể hòa vốn.
card-flag-overflow = Một số chỉ số quá lớn để lưu nên được để trống.
card-confirm-hint = Bấm Lưu để ghi sổ.
card-save = 💾 Lưu
card-edit = ✏️ Sửa
card-change-date = 📅 Đổi ngày
card-saved = ✅ Đã lưu số liệu ngày { $date }.
card-saved-answer = Đã lưu
card-replaced-answer = Đã thay số liệu cũ
card-discarded = Bản nháp này đã được thay bằng bản mới bên dưới.

quick-entry-help =
    Mình chưa hiểu tin nhắn này. Để ghi số liệu trong ngày, gửi 4 số theo thứ tự đơn, doanh thu, quảng cáo, lead:
    15 8tr5 2tr 85
    hoặc ghi nhãn theo thứ tự bất kỳ:
    đơn 15 doanh thu 8tr5 ads 2tr lead 85
    Thêm ngày ở đầu để sửa ngày cũ: hôm qua 12 6tr 1tr5 40 · 20/11 12 6tr 1tr5 40
    Gõ /help để xem mọi lệnh.
quick-entry-wrong-count = Cần đúng 4 số: đơn, doanh thu, quảng cáo, lead. Ví dụ: 15 8tr5 2tr 85
quick-entry-bad-value = { $field } «{ $value }» chưa đúng: { $reason }
quick-entry-missing-field = Thiếu { $field }. Ví dụ: đơn 15 doanh thu 8tr5 ads 2tr lead 85
quick-entry-duplicate-field = { $field } xuất hiện hai lần. Mỗi số chỉ ghi một lần.

field-orders = Số đơn
field-revenue = Doanh thu
field-ad-spend = Tiền quảng cáo
field-leads = Số lead

error-money-empty = Bạn chưa nhập số tiền.
error-money-invalid = Mình không đọc được số tiền này. Ví dụ hợp lệ: 8500000, 8.500.000, 8tr5, 850k, 2 triệu rưỡi.
error-money-negative = Số tiền không được âm.
error-money-too-large = Số tiền quá lớn (tối đa 1.000 tỷ ₫).
error-money-fraction = Số tiền phải tròn tới đồng.
error-count-empty = Bạn chưa nhập số.
error-count-invalid = Cần một số nguyên, ví dụ 15.
error-count-negative = Số này không được âm.
error-count-fraction = Cần một số nguyên (không có phần lẻ).
error-count-too-large = Số này quá lớn.

## Past days
day-ask-which = Bạn muốn sửa ngày nào? Bấm nút hoặc gõ ngày (ví dụ 20/11).
day-ask-which-delete = Bạn muốn xóa số liệu ngày nào? Bấm nút hoặc gõ ngày (ví dụ 20/11).
day-no-record = Ngày { $date } chưa có số liệu.
day-existing = Số liệu đã lưu:
day-edit-button = ✏️ Sửa số liệu
day-delete-button = 🗑 Xóa ngày này
day-confirm-delete = Xóa số liệu ngày { $date }? Thao tác này không hoàn tác được.
day-delete-yes = 🗑 Xóa
day-delete-no = Giữ lại
day-deleted = 🗑 Đã xóa số liệu ngày { $date }.
day-delete-kept = Đã giữ nguyên số liệu ngày { $date }.

## Shops
shop-list = Cửa hàng của bạn (đang dùng: { $current }):
shop-new-button = ➕ Thêm cửa hàng
shop-switched = Đã chuyển sang cửa hàng { $shop }.
shop-current-mark = ✓ { $shop }

## Language
lang-ask = Chọn ngôn ngữ:
lang-changed = Đã chuyển sang tiếng Việt.

## Help
help-text =
    ShopPulse ghi sổ mỗi ngày cho cửa hàng { $shop }.

    Ghi nhanh: gửi 4 số đơn, doanh thu, quảng cáo, lead
    15 8tr5 2tr 85
    đơn 15 doanh thu 8tr5 ads 2tr lead 85
    hôm qua 12 6tr 1tr5 40 · 20/11 12 6tr 1tr5 40

    Tiền có thể viết: 8500000, 8.500.000, 8tr5, 8,5 triệu, 850k, 2 củ, 1 tỷ.

    /today nhập từng số · /edit sửa ngày cũ · /delete xóa một ngày
    /shop đổi cửa hàng · /lang đổi ngôn ngữ · /cancel hủy
help-no-shop = chưa tạo
onboarding-too-many-attempts = Bạn đã nhập sai 3 lần nên mình dừng ở đây, chưa có gì được tạo. Gõ /start để thử lại.
