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
flow-stopped = Đã dừng: { $flow } — chưa lưu gì.
flow-name-setup = tạo cửa hàng
flow-name-new-shop = thêm cửa hàng
flow-name-entry = nhập số liệu ngày
flow-name-edit-day = sửa số liệu một ngày
flow-name-change-date = đổi ngày của thẻ số liệu
flow-name-delete-day = xoá số liệu một ngày
flow-use-entry-offer = Đây là đủ 4 số của một ngày (đơn, doanh thu, quảng cáo, lead), không phải câu trả lời cho câu hỏi trên. Dùng làm số liệu ngày { $date }? Hoặc trả lời câu hỏi trên.
flow-use-entry-button = Dùng làm số liệu ngày { $date }
flow-resumed-answered = (Bot vừa khởi động lại.) Đã nhận câu trả lời cho câu hỏi: { $question }
flow-resumed-question = (Bot vừa khởi động lại.) Câu hỏi đang chờ trả lời: { $question }
flow-card-dropped =
    { $count ->
        [1] Đã bỏ thẻ số liệu chưa lưu (nút của thẻ đã được gỡ) — không có gì được lưu.
       *[other] Đã bỏ { $count } thẻ số liệu chưa lưu (nút của thẻ đã được gỡ) — không có gì được lưu.
    }

## Onboarding
onboarding-welcome = 👋 Chào bạn! Mình là ShopPulse: mỗi tối bạn gửi 4 con số (đơn, doanh thu, tiền quảng cáo, lead), mình tính lãi lỗ và chỉ ra chỗ cần sửa.
onboarding-ask-name = Cửa hàng của bạn tên gì? (ví dụ: Hoa Mai Shop)
onboarding-ask-new-shop-name = Cửa hàng mới tên gì?
onboarding-bad-name = Tên cửa hàng cần từ 1 đến 64 ký tự.
onboarding-name-is-command = Tên cửa hàng không thể bắt đầu bằng dấu / (đó là cách gõ lệnh).
onboarding-name-is-entry = “{ $name }” đọc như số liệu một ngày (đơn, doanh thu, quảng cáo, lead), không giống tên cửa hàng.
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
entry-today-already-saved = Ngày { $date } đã có số liệu. Nhập lại từng số, hoặc gõ . để giữ số đã lưu; chỉ thay khi bấm Lưu.
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
card-confirm-hint = Bấm Lưu để ghi sổ.
card-save = 💾 Lưu
card-edit = ✏️ Sửa
card-change-date = 📅 Đổi ngày
card-saved = ✅ Đã lưu số liệu ngày { $date }.
card-saved-answer = Đã lưu
card-already-saved = Ngày này đã được lưu từ lần bấm trước, không lưu lại lần nữa.
card-replaced-answer = Đã thay số liệu cũ
card-date-before-close = { $date } (hôm qua)
card-warn-thousands = ⚠️ Số tiền có vẻ đang tính bằng nghìn đồng (giá trị đơn hoặc tiền quảng cáo dưới 1.000 ₫). Ý bạn là doanh thu { $revenue }, quảng cáo { $adSpend }?
card-warn-orders-above-leads = ⚠️ Số đơn ({ $orders }) nhiều hơn số lead ({ $leads }): tỉ lệ chốt trên 100 %.
card-warn-revenue-without-orders = ⚠️ Có doanh thu { $revenue } nhưng 0 đơn.
card-warn-orders-without-revenue = ⚠️ Có { $orders } đơn nhưng doanh thu 0 ₫.
card-warn-far-above = ⚠️ { $field } { $value } cao hơn 10 lần mức thường ngày (trung vị { $median }).
card-warn-far-below = ⚠️ { $field } { $value } thấp hơn 1/10 mức thường ngày (trung vị { $median }).
card-fix-thousands = { $revenue } / { $adSpend }?
card-fixed-answer = Đã nhân 1.000 số tiền

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

## Free text that is not an entry
free-today = 📒 Hôm nay ({ $date }): lãi ròng { $profit } · ROAS { $roas }
free-today-empty = Hôm nay ({ $date }) chưa ghi số liệu. Gửi 4 số đơn, doanh thu, quảng cáo, lead, ví dụ: 15 8tr5 2tr 85
free-week = 📊 Tuần này ({ $range }, đã ghi { $recorded }/{ $days } ngày): lãi ròng { $profit } · ROAS { $roas }
free-week-empty = Tuần này ({ $range }) chưa ghi ngày nào.
free-thanks = Không có gì! Chúc shop đắt hàng 🌸
free-unknown = Mình chưa hiểu tin nhắn này. Gõ /help để xem mình làm được gì.

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
day-enter-button = ✏️ Nhập số liệu ngày này

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

    Tiền có thể viết: { $moneyForms } (cách nhau hay viết liền đều được).

    /today nhập từng số · /edit sửa ngày cũ · /delete xóa một ngày
    /week lãi lỗ tuần · /actions việc cần làm · /chart biểu đồ · /export tải file Excel (xlsx), /export csv tải CSV
    /remind nhắc nhở buổi tối · /shop đổi cửa hàng · /lang đổi ngôn ngữ · /cancel hủy
    /dayclose giờ chốt sổ: số gửi sau nửa đêm, trước giờ này, tính cho hôm trước
help-no-shop = chưa tạo
onboarding-too-many-attempts = Bạn đã nhập sai 3 lần nên mình dừng ở đây, chưa có gì được tạo. Gõ /start để thử lại.

## Charts
command-chart =
    .description = Biểu đồ tuần, 30 ngày, mục tiêu tháng
chart-pick = 📊 Bạn muốn xem biểu đồ nào?
chart-button-week = 📅 Tuần
chart-button-month = 📈 30 ngày
chart-button-goal = 🎯 Mục tiêu
chart-not-available = —
chart-revenue = Doanh thu
chart-ad-spend = Chi phí quảng cáo
chart-net-profit = Lãi ròng
chart-money-axis = VNĐ
chart-roas-axis = ROAS
chart-missing-day = chưa nhập
chart-weekday-mon = T2
chart-weekday-tue = T3
chart-weekday-wed = T4
chart-weekday-thu = T5
chart-weekday-fri = T6
chart-weekday-sat = T7
chart-weekday-sun = CN
chart-week-title = { $shop } · { $from } – { $to }
chart-week-subtitle = Doanh thu { $revenue } · Quảng cáo { $adSpend } · ROAS { $roas } (hòa vốn { $breakEven }) · Lãi ròng { $profit }
chart-break-even-revenue = Doanh thu hòa vốn (= quảng cáo × ROAS hòa vốn { $breakEven })
chart-week-caption = 📊 { $from } – { $to }: doanh thu { $revenue }, quảng cáo { $adSpend }, ROAS { $roas } (hòa vốn { $breakEven }), lãi ròng { $profit }.
chart-too-little-week = 📊 Chưa đủ số liệu để vẽ biểu đồ tuần: từ { $from } đến { $to } mới có { $days } ngày được nhập, cần ít nhất { $needed } ngày. Mỗi tối gửi 4 số (ví dụ 15 8tr5 2tr 85) rồi xem lại nhé.
chart-month-title = { $shop } · 30 ngày { $from } – { $to }
chart-month-subtitle = Doanh thu { $revenue } · Quảng cáo { $adSpend } · ROAS { $roas } (hòa vốn { $breakEven }) · { $days }/{ $total } ngày có số liệu
chart-revenue-average = Doanh thu TB { $days } ngày
chart-ad-spend-average = Quảng cáo TB { $days } ngày
chart-roas-daily = ROAS từng ngày
chart-roas-average = ROAS { $days } ngày
chart-break-even-roas = ROAS hòa vốn { $breakEven }
chart-month-caption = 📈 30 ngày { $from } – { $to } ({ $days } ngày có số liệu): doanh thu { $revenue }, quảng cáo { $adSpend }, ROAS { $roas } (hòa vốn { $breakEven }).
chart-too-little-month = 📈 Chưa đủ số liệu để vẽ xu hướng 30 ngày: từ { $from } đến { $to } mới có { $days } ngày được nhập, cần ít nhất { $needed } ngày. Hãy nhập số liệu đều mỗi tối, hoặc xem biểu đồ tuần trước.
chart-goal-title = { $shop } · Mục tiêu tháng { $month }
chart-goal-subtitle = Đã đạt { $revenue } / { $target } ({ $percent }) · Dự báo cuối tháng { $forecast } ({ $forecastPercent })
chart-cumulative = Doanh thu cộng dồn
chart-target-path = Đường tới mục tiêu { $target }
chart-forecast = Dự báo cuối tháng
chart-goal-caption = 🎯 Tháng { $month }: đã đạt { $revenue } / { $target } ({ $percent }); đúng tiến độ thì đến hôm nay cần { $onPace }; dự báo cuối tháng { $forecast } ({ $forecastPercent } mục tiêu).
chart-goal-missing = 🎯 Tháng { $month } chưa có mục tiêu doanh thu. Khi bạn đặt mục tiêu tháng (lệnh /goal sắp có), biểu đồ này sẽ so doanh thu cộng dồn với đường thẳng tới mục tiêu và dự báo doanh thu cuối tháng.
chart-too-little-goal = 🎯 Tháng { $month } mới có { $days } ngày được nhập, cần ít nhất { $needed } ngày để dự báo cuối tháng. Mỗi tối gửi 4 số (ví dụ 15 8tr5 2tr 85) rồi xem lại nhé.

## Export
command-export =
    .description = Xuất số liệu ra file Excel (xlsx); /export csv: file CSV; /export all: mọi dữ liệu của bạn
export-header-date = Ngày
export-header-orders = Số đơn
export-header-revenue = Doanh thu (₫)
export-header-ad-spend = Chi phí quảng cáo (₫)
export-header-leads = Số lead
export-header-cogs = Giá vốn (₫)
export-header-aov = AOV (₫)
export-header-cpl = CPL (₫)
export-header-cvr = CVR (%)
export-header-roas = ROAS
export-header-net-profit = Lãi ròng (₫)
export-caption = 📄 { $shop }: { $days } ngày có số liệu, từ { $from } đến { $to }. Ngày ghi dạng năm-tháng-ngày, tiền tính bằng đồng.
export-empty = Cửa hàng chưa có số liệu nào để xuất. Gửi số liệu hôm nay trước nhé (ví dụ 15 8tr5 2tr 85).
export-empty-range = Không có số liệu nào từ { $from } đến { $to }.
export-bad-date = Mình không hiểu khoảng ngày này. Gõ /export để lấy mọi ngày, /export 01/11 để lấy từ 01/11 đến hôm nay, hoặc /export 01/11 30/11.
export-future-date = Ngày này chưa tới. Ví dụ: /export 01/11 30/11
export-swapped = Đã đổi chỗ hai ngày: { $from } → { $to }.
export-end-cut = Ngày cuối sau hôm nay nên lấy đến hôm nay.
export-sheet-name = Số liệu hằng ngày
export-total = Tổng

## Day close
command-dayclose =
    .description = Giờ chốt sổ (sau nửa đêm)
dayclose-status = 🌙 { $shop } chốt sổ lúc { $time }: số liệu gửi từ 00:00 đến { $time } mà không ghi ngày được tính cho hôm trước.
dayclose-status-midnight = 🌙 { $shop } chốt sổ lúc 00:00 (nửa đêm): số liệu không ghi ngày được tính cho ngày gửi.
dayclose-usage = Đổi giờ: /dayclose 3h hoặc /dayclose 02:30 · Nửa đêm: /dayclose 0h (từ 00:00 đến 06:00)
dayclose-set = ✅ Giờ chốt sổ mới: { $time }.
dayclose-bad-argument = Mình chưa hiểu «{ $text }». Gửi một giờ, ví dụ /dayclose 3h hoặc /dayclose 02:30.
dayclose-too-late = Không đặt được { $time }: giờ chốt sổ phải từ 00:00 đến 06:00, vì sau 6 giờ sáng đã là ngày mới.

## Reminders
command-remind =
    .description = Nhắc nhập số buổi tối: bật/tắt, đổi giờ
remind-message =
    ⏰ { $shop }: chưa có số liệu { $day ->
        [yesterday] hôm qua
       *[today] hôm nay
    } ({ $date }).
    Gửi 4 số: đơn, doanh thu, quảng cáo, lead, ví dụ:
    15 8tr5 2tr 85
remind-button-off = 🔕 Tắt nhắc nhở
remind-button-on = 🔔 Bật nhắc nhở
remind-button-push-off = Tắt báo cáo tuần
remind-button-push-on = 📊 Bật báo cáo tuần
remind-status-on = ⏰ Nhắc nhở buổi tối ({ $shop }): đang bật, lúc { $time } ({ $zone }), nếu hôm đó bạn chưa gửi số liệu.
remind-status-off = 🔕 Nhắc nhở buổi tối ({ $shop }): đang tắt.
remind-push-on = 📊 Báo cáo tuần: đang bật, { $day } lúc { $time }.
remind-push-off = 📊 Báo cáo tuần: đang tắt.
remind-usage = Đổi giờ: /remind 20:30 · Tắt: /remind off · Bật: /remind on
remind-time-set = ✅ Giờ nhắc mới: { $time }.
remind-bad-argument = Mình chưa hiểu «{ $text }». Gửi giờ dạng HH:MM, ví dụ /remind 20:30, hoặc /remind on, /remind off.
remind-turned-on = Đã bật nhắc nhở
remind-turned-off = Đã tắt nhắc nhở
remind-already-on = Nhắc nhở đang bật rồi
remind-already-off = Nhắc nhở đã tắt rồi
remind-push-turned-on = Đã bật báo cáo tuần
remind-push-turned-off = Đã tắt báo cáo tuần
remind-push-already-on = Báo cáo tuần đang bật rồi
remind-push-already-off = Báo cáo tuần đã tắt rồi
remind-weekday =
    { $day ->
        [1] thứ Hai
        [2] thứ Ba
        [3] thứ Tư
        [4] thứ Năm
        [5] thứ Sáu
        [6] thứ Bảy
       *[7] Chủ nhật
    }

## Weekly report (/week, /actions, the Monday push)
command-week =
    .description = Lãi lỗ tuần trước và tuần này
command-actions =
    .description = Việc cần làm đang mở
week-title = 📊 Tuần { $range } · { $shop }
week-title-running = 📊 Tuần này ({ $range }, { $days ->
        [7] đủ 7 ngày
       *[other] { $days } ngày đầu
    }) · { $shop }
week-no-data = Tuần { $range } chưa có ngày nào được ghi.
week-line-revenue = Doanh thu: { $value }{ $delta }
week-line-orders = Đơn: { $value }{ $delta } · Lead: { $leads }{ $leadsDelta }
week-line-ad-spend = Quảng cáo: { $value }{ $delta }
week-line-metrics = AOV (giá trị đơn) { $aov } · CPL (chi phí/lead) { $cpl } · CVR (tỉ lệ chốt) { $cvr }
week-line-roas = ROAS { $roas } · hòa vốn { $breakEven }
week-line-roas-no-break-even = ROAS { $roas } · chưa thể hòa vốn với chi phí hiện tại
week-line-costs = Giá vốn & chi phí biến đổi: { $variable } · Chi phí cố định: { $fixed }
week-line-net-profit = Lãi ròng: { $value }{ $delta }
week-line-days = Đã ghi { $recorded }/{ $days } ngày
week-delta = { " " }({ $change })
week-compared-running = { $days ->
        [7] So với cả tuần trước.
       *[other] So với { $days } ngày đầu tuần trước.
    }
week-why-fell = Vì sao: lãi giảm { $change }, { $share } do { $factor } giảm từ { $from } xuống { $to }.
week-why-rose = Vì sao: lãi tăng { $change }, { $share } nhờ { $factor } tăng từ { $from } lên { $to }.
week-why-fell-by = Vì sao: lãi giảm { $change }, { $share } do { $factor } tăng từ { $from } lên { $to }.
week-why-rose-by = Vì sao: lãi tăng { $change }, { $share } nhờ { $factor } giảm từ { $from } xuống { $to }.
week-why-flat = Lãi ròng không đổi so với tuần trước.
week-why-plain = Lãi ròng thay đổi { $change } so với tuần trước.
week-factor-leads = lượng lead
week-factor-cvr = CVR (tỉ lệ chốt)
week-factor-aov = AOV (giá trị đơn)
week-factor-margin = biên lợi nhuận
week-factor-cpl = CPL (chi phí/lead)
week-factor-fixed = chi phí cố định
week-issues-title = Vấn đề cần xử lý:
week-praise = 🎉 Tuần { $range } không có vấn đề nào. Giữ vững phong độ nhé!
week-actions-title = Việc nên làm (bấm nút để trả lời):
week-severity-critical = 🔴
week-severity-warning = 🟠
week-severity-info = 🔵
week-goal = 🎯 Mục tiêu tháng { $month }: { $toDate } / { $target } ({ $pace } so với tiến độ) · dự báo cuối tháng { $forecast }
week-goal-needed = Cần { $perDay }/ngày trong { $days } ngày còn lại.
week-goal-not-recorded = { $missing }/{ $elapsed } ngày đã qua chưa ghi, tính là 0 ₫ cho cả tiến độ lẫn dự báo (/edit để bổ sung).
week-part-rose = { $factor } tăng { $from } → { $to }: { $amount }
week-part-fell = { $factor } giảm { $from } → { $to }: { $amount }
week-label-revenue = Doanh thu
week-label-ad-spend = Quảng cáo
week-label-net-profit = Lãi ròng
week-label-roas = ROAS
week-label-days-recorded = Số ngày đã ghi
week-label-revenue-to-date = Doanh thu tháng đến nay
week-label-profit-to-date = Lãi tháng đến nay
week-action-target = { "   " }↳ { $metric }: { $actual } → { $threshold }{ $effect }
week-action-effect = { " " }· ảnh hưởng lãi ~{ $amount }
week-action-effect-only = { "   " }↳ ảnh hưởng lãi ~{ $amount }
week-actions-more = + { $count } việc nữa trong /actions

action-status-pending = ⏳
action-status-accepted = 👍
action-status-dismissed = ✖️
action-status-done = ✅
action-button-accept = { $n } 👍 Nhận
action-button-dismiss = { $n } ✖️ Bỏ qua
action-button-done = { $n } ✅ Xong
action-answered-accepted = Đã nhận việc { $n }.
action-answered-dismissed = Đã bỏ qua việc { $n }.
action-answered-done = Tuyệt! Việc { $n } đã xong.
action-already-answered = Việc này đã được trả lời rồi.
actions-none = Không có việc nào đang mở. 🎉
actions-title = Việc đang mở của { $shop }:
actions-item = { $n }. { $text } { $status } (tuần { $week })
actions-item-outdated = { $n }. { $text } { $status } (tuần { $week } · ⚠️ con số này đã cũ, có tuần mới hơn: xem /week)

issue-roas-below-break-even = ROAS { $roas } dưới mức hòa vốn { $breakEvenRoas }: chi { $adSpend } quảng cáo mà chỉ mang về { $revenue } doanh thu.
issue-net-profit-negative = Lãi ròng { $netProfit }: doanh thu { $revenue } không đủ bù chi phí biến đổi { $variableCosts }, quảng cáo { $adSpend } và chi phí cố định { $fixedCosts }.
issue-margin-not-positive = Biên lợi nhuận { $grossMarginRatio }: chi phí biến đổi { $variableCosts } bằng hoặc vượt doanh thu { $revenue }, bán thêm chỉ lỗ thêm.
issue-cvr-below-min = CVR { $cvr } dưới mức tối thiểu { $minCvr }: { $leads } lead chỉ chốt được { $orders } đơn.
issue-cpl-above-max = CPL { $cpl } vượt mức trần { $maxCpl } ({ $leads } lead cho { $adSpend }).
issue-cpl-spike = CPL { $cpl } tăng vọt, cao hơn { $multiplier } lần trung vị gần đây { $medianCpl } (ngưỡng { $cplLimit }).
issue-revenue-down = Doanh thu giảm mạnh ({ $revenueChange }): { $revenue } so với { $previousRevenue } tuần trước.
issue-aov-down = Giá trị đơn (AOV) giảm ({ $aovChange }): { $aov } so với { $previousAov } tuần trước.
issue-spend-up-orders-flat = Tiền quảng cáo { $adSpendChange } ({ $previousAdSpend } → { $adSpend }) nhưng số đơn { $ordersChange } ({ $previousOrders } → { $orders }).
issue-goal-revenue-off-pace = Doanh thu tháng đến nay { $revenueToDate }, mới đạt { $revenuePace } tiến độ ({ $proRataRevenueTarget } theo mục tiêu { $revenueTarget }).
issue-goal-profit-off-pace = Lãi tháng đến nay { $profitToDate }, mới đạt { $profitPace } tiến độ ({ $proRataProfitTarget } theo mục tiêu { $profitTarget }).
issue-data-gap = Chỉ ghi { $daysRecorded }/{ $daysInPeriod } ngày (cần ít nhất { $minDaysRecorded }): số liệu tuần có thể sai lệch.

action-pause-losing-ads = Tắt hoặc giảm ngân sách các quảng cáo có ROAS dưới { $breakEvenRoas }.
action-keep-cpl-under-break-even = Giữ CPL dưới { $breakEvenCpl } (mức hòa vốn mỗi lead).
action-raise-order-value = Tăng giá trị đơn: combo, quà tặng khi mua nhiều.
action-cut-ad-budget = Cắt ngân sách ở các nhóm quảng cáo kém hiệu quả nhất.
action-review-costs = Rà lại giá vốn, phí ship và chi phí cố định.
action-raise-prices = Xem lại giá bán: mỗi đơn đang không có lãi.
action-check-cost-settings = Kiểm tra lại tỉ lệ giá vốn và chi phí đã khai báo.
action-reply-leads-faster = Trả lời tin nhắn khách trong 5 phút.
action-follow-up-leads = Nhắn lại những khách đã hỏi mà chưa mua.
action-check-ad-targeting = Kiểm tra đối tượng quảng cáo: lead có đúng khách mua không?
action-pause-ads-above-cpl = Tạm dừng quảng cáo có CPL trên { $cplLimit }.
action-refresh-ad-creatives = Làm mới hình ảnh/video quảng cáo.
action-fix-biggest-cause = Tập trung sửa nguyên nhân lớn nhất ở dòng "Vì sao".
action-contact-past-customers = Nhắn ưu đãi cho khách cũ.
action-offer-bundles = Gợi ý combo hoặc mua kèm để tăng giá trị đơn.
action-free-shipping-threshold = Miễn phí ship cho đơn từ { $previousAov } trở lên.
action-roll-back-ad-budget = Đưa ngân sách quảng cáo về khoảng { $previousAdSpend }/tuần cho tới khi đơn tăng lại.
action-check-new-ads = Kiểm tra các quảng cáo mới bật trong tuần.
action-hit-daily-revenue = Nhắm doanh thu { $requiredDailyRevenue }/ngày để kịp mục tiêu.
action-review-goal-plan = Xem lại kế hoạch tháng: mục tiêu còn thực tế không?
action-hit-daily-profit = Nhắm lãi { $requiredDailyProfit }/ngày để kịp mục tiêu.
action-fill-missing-days = Bổ sung số liệu các ngày còn thiếu (/edit).
action-turn-on-reminders = Bật nhắc nhở buổi tối để không quên ghi số (/remind).

alert-title = ⚠️ Lưu ý ngày { $date }:
alert-zero-orders-with-spend = Chi { $adSpend } quảng cáo ({ $leads } lead) mà không có đơn nào.
alert-roas-below-break-even = ROAS { $roas } dưới mức hòa vốn { $breakEvenRoas }: quảng cáo đang lỗ.
alert-cpl-above-max = CPL { $cpl } vượt mức trần { $maxCpl }.
alert-cvr-below-min = CVR { $cvr } dưới mức tối thiểu { $minCvr } ({ $orders } đơn / { $leads } lead).

## Your data: /export all, /deletemydata
command-deletemydata =
    .description = Xóa toàn bộ dữ liệu của bạn
help-data-rights = Dữ liệu của bạn: /export all tải về mọi dữ liệu · /deletemydata xóa toàn bộ dữ liệu
data-none = Mình không lưu dữ liệu nào của bạn.
data-delete-confirm =
    ⚠️ Bạn có chắc muốn xóa toàn bộ dữ liệu của mình không?

    Mình sẽ xóa vĩnh viễn:
    { $summary }

    Sau khi xóa sẽ không khôi phục được. Nếu muốn giữ một bản, bạn bấm “Tải dữ liệu về trước” (hoặc gõ /export all).
data-summary-shops = { $count ->
    [0] • Chưa có cửa hàng nào
   *[other] • { $count } cửa hàng: { $names }
}
data-summary-days = • { $count } ngày số liệu
data-summary-diagnoses = • { $count } bản chẩn đoán tuần, kèm { $items } việc cần làm
data-summary-goals = • { $count } mục tiêu tháng
data-summary-ad-decisions = • { $count } quyết định quảng cáo
data-summary-presets = • { $count } sản phẩm mẫu
data-summary-simulations = • { $count } dự phóng tăng trưởng
data-summary-rest = • cài đặt, nhắc nhở, số liệu đang nhập dở và tài khoản của bạn
data-button-delete = 🗑 Xóa tất cả
data-button-keep = Giữ lại
data-button-export = 📦 Tải dữ liệu về trước
data-deleted = ✅ Đã xóa xong toàn bộ dữ liệu của bạn ({ $shops } cửa hàng, { $days } ngày số liệu và mọi thứ liên quan). Mình không còn lưu gì về bạn nữa. Khi nào cần, bạn gõ /start để bắt đầu lại từ đầu.
data-deleted-answer = Đã xóa
data-kept = 👍 Đã giữ nguyên, không có gì bị xóa.
data-confirm-expired = Xác nhận này đã hết hạn. Bạn gõ /deletemydata để làm lại nhé.
data-export-intro = 📦 Toàn bộ dữ liệu của bạn: { $files } tệp CSV, mở được bằng Excel hoặc Google Sheets. Ngày ghi dạng năm-tháng-ngày, tiền tính bằng đồng.
data-export-caption-account = 👤 Tài khoản của bạn
data-export-caption-settings = ⚙️ Cửa hàng và cài đặt
data-export-caption-days = 📄 { $shop }: { $rows } ngày số liệu
data-export-caption-diagnoses = 📊 { $rows } bản chẩn đoán tuần
data-export-caption-action-items = ✅ { $rows } việc cần làm
data-export-caption-goals = 🎯 { $rows } mục tiêu tháng
data-export-caption-ad-decisions = 📣 { $rows } quyết định quảng cáo
data-export-caption-presets = 🏷 { $rows } sản phẩm mẫu
data-export-caption-simulations = 📈 { $rows } dự phóng tăng trưởng
data-export-header-shop = Cửa hàng
data-export-header-setting = Cài đặt
data-export-header-field = Mục
data-export-header-value = Giá trị
data-export-header-week = Tuần
data-export-header-week-start = Từ ngày
data-export-header-week-end = Đến ngày
data-export-header-days-recorded = Số ngày có số liệu
data-export-header-break-even-roas = ROAS hòa vốn
data-export-header-profit-change = Lãi thay đổi so với tuần trước (₫)
data-export-header-issues = Vấn đề (mã)
data-export-header-action = Việc cần làm
data-export-header-status = Trạng thái
data-export-header-status-date = Ngày trả lời
data-export-header-month = Tháng
data-export-header-revenue-target = Mục tiêu doanh thu (₫)
data-export-header-profit-target = Mục tiêu lãi (₫)
data-export-header-ad-name = Tên quảng cáo
data-export-header-days-running = Số ngày chạy
data-export-header-impressions = Lượt hiển thị
data-export-header-clicks = Lượt nhấp
data-export-header-decision = Quyết định
data-export-header-budget-change = Đề xuất đổi ngân sách (tỉ lệ)
data-export-header-product = Sản phẩm
data-export-header-sell-price = Giá bán (₫)
data-export-header-unit-cogs = Giá vốn mỗi sản phẩm (₫)
data-export-header-target-revenue = Doanh thu mục tiêu (₫)
data-export-header-based-on-days = Số ngày dùng để tính
data-export-header-required-orders = Số đơn cần có
data-export-header-required-leads = Số lead cần có
data-export-header-required-ad-spend = Chi phí quảng cáo cần (₫)
data-export-header-projected-net-profit = Lãi ròng dự kiến (₫)
data-export-header-feasibility = Khả năng đạt
data-export-status-pending = Chưa trả lời
data-export-status-accepted = Đã nhận
data-export-status-dismissed = Bỏ qua
data-export-status-done = Đã xong
data-export-field-telegram-id = Telegram ID
data-export-field-name = Tên
data-export-field-email = Email
data-export-field-language = Ngôn ngữ
data-export-field-joined = Ngày bắt đầu dùng

## Groups and channels (the bot works in private chats only)

private-chats-only = ShopPulse chỉ làm việc trong chat riêng, để số liệu của mỗi cửa hàng chỉ chủ cửa hàng thấy. Hãy nhắn riêng cho bot: https://t.me/{ $bot }
private-chats-only-button = ShopPulse chỉ làm việc trong chat riêng với bot.
