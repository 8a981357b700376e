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
common-data-changed = Số liệu đã thay đổi, xem lại.
common-data-changed-review = ⚠️ Số liệu đã thay đổi từ lúc bạn xem nên mình chưa làm gì. Xem lại số liệu hiện tại bên dưới và bấm lại nếu vẫn muốn:
common-cancelled = Đã hủy. Không có gì được lưu.
common-nothing-to-cancel = Không có thao tác nào đang chạy.
common-too-many-attempts = Bạn đã nhập sai 3 lần nên mình dừng ở đây, không có gì được lưu. Gõ /today để nhập lại.
gloss-break-even-cpa-term = CPA hòa vốn
gloss-break-even-cpa = ℹ️ CPA hòa vốn: tiền quảng cáo tối đa cho một đơn mà shop không lỗ, bằng phần lãi của một đơn sau giá vốn và các phí theo đơn. Mỗi đơn tốn quảng cáo hơn mức này là lỗ.
gloss-ad-kill-term = Hệ số tắt
gloss-ad-kill = ℹ️ Hệ số tắt: quảng cáo đã chi từ chừng ấy lần CPA hoặc CPL hòa vốn trở lên mà chưa có đơn hay lead nào thì mình khuyên tắt. Ví dụ 3: chi quá 3 × CPA hòa vốn mà chưa có đơn.
gloss-orders-flat-term = Đơn đi ngang
gloss-orders-flat = ℹ️ Đơn đi ngang: số đơn tuần này tăng không quá mức này so với tuần trước thì coi như đứng yên; nếu tiền quảng cáo lại tăng hơn mức “Quảng cáo tăng”, mình báo là quảng cáo tăng mà đơn không tăng.
common-try-again = Vui lòng nhập lại ({ $left } lần thử còn lại).
flow-stopped = Đã dừng: { $flow } — chưa lưu gì.
flow-failed = 😕 Có lỗi xảy ra nên đã dừng: { $flow } — chưa lưu gì. Bạn có thể làm lại từ đầu.
flow-name-setup = tạo cửa hàng
flow-name-new-shop = thêm cửa hàng
flow-name-rename-shop = đổi tên cửa hàng
flow-name-setting = đổi cài đặt
flow-name-entry = nhập số liệu ngày
flow-name-edit-day = sửa số liệu một ngày
flow-name-change-date = đổi ngày của thẻ số liệu
flow-name-delete-day = xóa số liệu một ngày
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
onboarding-name-no-letter = Tên cửa hàng phải có ít nhất một chữ hoặc số.
onboarding-name-is-entry = “{ $name }” đọc như số liệu một ngày (đơn, doanh thu, quảng cáo, lead), không giống tên cửa hàng.
onboarding-ask-language = Bạn muốn dùng ngôn ngữ nào?
onboarding-pick-language = Hãy chọn một ngôn ngữ bằng nút bên dưới.
onboarding-ask-cogs =
    Giá vốn hàng bán chiếm bao nhiêu % doanh thu? Gõ một con số (ví dụ 35 hoặc 35%), hoặc bấm nút để dùng mặc định { $default }.
onboarding-cogs-default-button = Dùng { $default }
onboarding-bad-cogs = Cần một tỉ lệ từ 0 đến { $max }, ví dụ 35 hoặc 35%.
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
card-roas-vs-break-even = ROAS: { $value } · hòa vốn { $breakEven } { $verdict } (theo doanh thu và chi phí thực của ngày)
card-net-profit = Lãi ròng: { $value }
card-not-available = —
card-verdict-above = ✅ có lãi
card-verdict-below = ⚠️ dưới hòa vốn
card-verdict-equal = ➖ vừa hòa vốn
card-no-break-even = ⚠️ Với chi phí hiện tại, quảng cáo không thể hòa vốn.
card-returns = ↩️ Hàng hoàn là ước tính theo tỉ lệ hoàn COD trong /settings: giá vốn chỉ tính hàng giao được, phí ship tính cả chiều về.
card-confirm-hint = Bấm Lưu để ghi sổ.
card-save = 💾 Lưu
card-edit = ✏️ Sửa
card-change-date = 📅 Đổi ngày
card-saved = ✅ Đã lưu số liệu ngày { $date }.
card-saved-answer = Đã lưu
card-dropped = 🚫 Đã bỏ thẻ này (/cancel): số liệu ngày { $date } chưa được lưu. Gửi lại 4 số nếu muốn ghi.
card-already-saved = Ngày này đã được lưu từ lần bấm trước, không lưu lại lần nữa.
card-replaced-answer = Đã thay số liệu cũ
card-date-before-close = { $date } (sổ chưa chốt)
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
quick-entry-missing-field = Thiếu { $field ->
        [orders] số đơn
        [revenue] doanh thu
        [adSpend] tiền quảng cáo
       *[leads] số lead
    }. Ví dụ: đơn 15 doanh thu 8tr5 ads 2tr lead 85
quick-entry-duplicate-field = { $field } xuất hiện hai lần. Mỗi số chỉ ghi một lần.

## Free text that is not an entry
free-day = 📒 { $period } ({ $date }): { $figures }
free-day-empty = { $period } ({ $date }) chưa ghi số liệu.
free-today-empty = Hôm nay ({ $date }) chưa ghi số liệu. Gửi 4 số đơn, doanh thu, quảng cáo, lead, ví dụ: 15 8tr5 2tr 85
free-span = 📊 { $period } ({ $range }, đã ghi { $recorded }/{ $days } ngày): { $figures }
free-span-partial = 📊 { $period } ({ $range }, { $days } ngày đầu, đã ghi { $recorded }/{ $days } ngày): { $figures }
free-span-empty = { $period } ({ $range }) chưa ghi ngày nào.
free-span-partial-empty = { $period } ({ $range }, { $days } ngày đầu) chưa ghi ngày nào.
free-period-today = Hôm nay
free-period-yesterday = Hôm qua
free-period-day-before-yesterday = Hôm kia
free-period-this-week = Tuần này
free-period-last-week = Tuần trước
free-period-this-month = Tháng này
free-period-last-month = Tháng trước
free-figure-profit = lãi ròng { $amount }
free-figure-loss = lỗ ròng { $amount }
free-figure-revenue = doanh thu { $amount }
free-figure-ad-spend = quảng cáo { $amount }
free-figure-roas = ROAS { $roas }
free-thanks = Không có gì! Chúc shop đắt hàng 🌸
free-unknown = Mình chưa hiểu tin nhắn này. Gõ /help để xem mình làm được gì.

field-orders = Số đơn
field-revenue = Doanh thu
field-ad-spend = Tiền quảng cáo
field-leads = Số lead

error-money-empty = Bạn chưa nhập số tiền.
error-money-invalid = Mình không đọc được số tiền này. Ví dụ hợp lệ: 8500000, 8.500.000, 8tr5, 850k, 2 triệu rưỡi.
error-money-negative = Số tiền không được âm.
error-money-too-large = Số quá lớn: số tiền tối đa 1.000 tỷ ₫.
error-money-fraction = Số tiền phải tròn tới đồng.
error-count-empty = Bạn chưa nhập số.
error-count-invalid = Cần một số nguyên, ví dụ 15.
error-count-negative = Số này không được âm.
error-count-fraction = Cần một số nguyên (không có phần lẻ).
error-count-too-large = Số quá lớn: tối đa 100.000.

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
shop-rename-button = ✏️ Đổi tên
shop-delete-button = 🗑 Xóa cửa hàng
shop-ask-new-name = Tên mới của cửa hàng là gì?
shop-name-taken = Bạn đã có cửa hàng “{ $shop }”; tên “{ $name }” trùng với nó (chữ hoa, chữ thường và dấu không tính là khác). Hãy chọn tên khác.
shop-renamed = ✅ Đã đổi tên cửa hàng: { $old } → { $shop }.
shop-delete-confirm = Xóa cửa hàng { $shop }? Cửa hàng có { $days } ngày số liệu; xóa là mất hết số liệu, báo cáo, mục tiêu, quảng cáo và sản phẩm của cửa hàng này, không lấy lại được.
shop-delete-yes = 🗑 Xóa { $shop }
shop-delete-keep = Giữ lại
shop-delete-kept = Đã giữ lại cửa hàng { $shop }.
shop-deleted = ✅ Đã xóa cửa hàng { $shop } ({ $days } ngày số liệu). Đang dùng: { $current }.
shop-deleted-last = ✅ Đã xóa cửa hàng { $shop } ({ $days } ngày số liệu). Bạn không còn cửa hàng nào; gõ /start để tạo cửa hàng mới.

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
    /ads SCALE / KEEP / KILL cho từng quảng cáo (gõ nhanh: /ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0)
    /products sản phẩm: giá bán, giá vốn, biên lãi, ROAS hòa vốn (thêm nhanh: /products add Váy hoa 350k 140k)
    /goal mục tiêu tháng: /goal 300tr 60tr đặt doanh thu và lãi ròng, /goal 12/2026 300tr tháng khác, /goal xem tiến độ
    /simulate 300tr mô phỏng: cần bao nhiêu đơn, lead, quảng cáo cho doanh thu tháng đó và mức khả thi; /simulate xem 5 lần gần nhất
    /week lãi lỗ tuần · /actions việc cần làm · /chart biểu đồ · /export tải file Excel (xlsx), /export csv tải CSV
    /settings cài đặt chi phí, ngưỡng, lịch (gõ nhanh: /settings ship 30k, /settings giá vốn 35%, /settings help)
    /remind nhắc nhở buổi tối · /shop đổi, thêm, đổi tên, xóa cửa hàng · /lang đổi ngôn ngữ · /cancel hủy
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
chart-goal-missing = 🎯 Tháng { $month } chưa có mục tiêu doanh thu. Khi bạn đặt mục tiêu tháng (/goal 300tr, hoặc /goal để xem cách đặt), biểu đồ này sẽ so doanh thu cộng dồn với đường thẳng tới mục tiêu và dự báo doanh thu cuối tháng.
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
export-header-returned-revenue = Hàng hoàn (₫)
export-header-shipping = Phí ship (₫)
export-header-payment-fees = Phí thanh toán (₫)
export-header-fixed-cost = Chi phí cố định (₫)
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
dayclose-usage = Đổi giờ: /dayclose 3h hoặc /dayclose 02:30 · Nửa đêm: /dayclose 0h (từ { $min } đến { $max })
dayclose-set = ✅ Giờ chốt sổ mới: { $time }.
dayclose-bad-argument = Mình chưa hiểu «{ $text }». Gửi một giờ, ví dụ /dayclose 3h hoặc /dayclose 02:30.
dayclose-too-late = Không đặt được { $time }: giờ chốt sổ phải từ { $min } đến { $max }, vì sau { $max } sáng đã là ngày mới.

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
remind-missed-days = Thiếu { $count } ngày: { $dates }. Bấm một ngày để ghi.
remind-fill-button = ✍️ { $date }
remind-fill-recorded = Ngày { $date } đã có số liệu rồi, nút này không đổi gì. Xem hoặc sửa: /edit
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
week-line-roas = ROAS { $roas } · hòa vốn { $breakEven } (theo doanh thu và chi phí thực của tuần)
week-line-roas-no-break-even = ROAS { $roas } · chưa thể hòa vốn với chi phí hiện tại
week-line-net-profit = Lãi ròng: { $value }{ $delta }
week-line-days = Đã ghi { $recorded }/{ $days } ngày
week-previous-not-recorded = Tuần trước: đã ghi { $recorded }/{ $days } ngày; ngày chưa ghi tính là 0 khi so sánh (/edit để bổ sung).
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
week-action-same-target = { "   " }↳ cùng mục tiêu với việc { $n }
week-action-overlap = { " " }(trùng với việc { $n }, không cộng dồn)
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
actions-group = 🎯 { $metric }:
actions-group-general = 📋 Việc chung:
actions-more = + { $count } việc nữa: bấm Xem thêm
actions-button-more = Xem thêm ▶
actions-button-previous = ◀ Trước
actions-expired = { $count } việc cũ đã hết hạn (không được trả lời sau hai báo cáo tuần).

issue-roas-below-break-even = ROAS { $roas } dưới mức hòa vốn { $breakEvenRoas }: chi { $adSpend } quảng cáo mà chỉ mang về { $revenue } doanh thu.
issue-net-profit-negative = Lãi ròng âm: doanh thu { $revenue }{ $returnedRevenueRaw ->
        [0] {""}
       *[other] {" "}− hàng hoàn { $returnedRevenue }
    }{ $cogsRaw ->
        [0] {""}
       *[other] {" "}− giá vốn { $cogs }
    }{ $shippingCostRaw ->
        [0] {""}
       *[other] {" "}− phí ship { $shippingCost }
    }{ $paymentFeesRaw ->
        [0] {""}
       *[other] {" "}− phí thanh toán { $paymentFees }
    }{ $adSpendRaw ->
        [0] {""}
       *[other] {" "}− quảng cáo { $adSpend }
    }{ $fixedCostsRaw ->
        [0] {""}
       *[other] {" "}− chi phí cố định { $fixedCosts }
    } = { $netProfit }.
issue-margin-not-positive = Biên lợi nhuận { $grossMarginRatio }: chi phí biến đổi { $variableCosts } bằng hoặc vượt doanh thu { $revenue }, bán thêm chỉ lỗ thêm.
issue-cvr-below-min = CVR { $cvr } dưới mức tối thiểu { $minCvr }: { $leads } lead chỉ chốt được { $orders } đơn.
issue-cpl-above-max = CPL { $cpl } vượt mức trần { $maxCpl } ({ $leads } lead cho { $adSpend }).
issue-cpl-spike = CPL { $cpl } tăng vọt, cao hơn { $multiplier } lần trung vị gần đây { $medianCpl }.
issue-revenue-down = Doanh thu giảm mạnh ({ $revenueChange }): { $revenue } so với { $previousRevenue } tuần trước.
issue-aov-down = Giá trị đơn (AOV) giảm ({ $aovChange }): { $aov } so với { $previousAov } tuần trước.
issue-spend-up-orders-flat = Tiền quảng cáo { $adSpendChange } ({ $previousAdSpend } → { $adSpend }) nhưng số đơn { $ordersChange } ({ $previousOrders } → { $orders }).
issue-goal-revenue-off-pace = Doanh thu tháng đến nay { $revenueToDate }, mới đạt { $revenuePace } tiến độ ({ $proRataRevenueTarget } theo mục tiêu { $revenueTarget }).
issue-goal-profit-off-pace = Lãi tháng đến nay { $profitToDate }, chậm so với kế hoạch: đúng tiến độ thì đến nay đã lãi { $proRataProfitTarget } (mục tiêu tháng { $profitTarget }).
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
action-contact-past-customers = Nhắn ưu đãi cho khách cũ.
action-offer-bundles = Gợi ý combo hoặc mua kèm để tăng giá trị đơn.
action-free-shipping-threshold = Miễn phí ship cho đơn từ { $previousAov } trở lên.
action-roll-back-ad-budget = Đưa ngân sách quảng cáo về khoảng { $previousAdSpend }/tuần cho tới khi đơn tăng lại.
action-check-new-ads = Kiểm tra các quảng cáo mới bật trong tuần.
action-review-goal-plan = Xem lại kế hoạch tháng: mục tiêu còn thực tế không?
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
data-summary-simulations = • { $count } lần mô phỏng doanh thu
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
data-export-caption-simulations = 📈 { $rows } lần mô phỏng doanh thu
data-export-header-shop = Cửa hàng
data-export-header-setting = Cài đặt
data-export-header-group = Nhóm
data-export-setting-currency = Tiền tệ
data-export-setting-created = Ngày tạo cửa hàng
data-export-setting-not-set = chưa đặt
data-export-setting-with-unit = { $name } ({ $unit })
data-export-setting-unit = { $unit ->
        [percent] %
        [money-order] ₫/đơn
        [money-month] ₫/tháng
        [money-lead] ₫/lead
        [money-ad] ₫/quảng cáo
        [day] ngày
        [order] đơn
        [impression] lượt hiển thị
       *[money] ₫
    }
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

## Products (/products, and the products of a day's entry)
command-products =
    .description = Sản phẩm: giá bán, giá vốn, biên lãi
flow-name-product-add = thêm sản phẩm
flow-name-product-edit = sửa sản phẩm
products-title = 🏷 Sản phẩm của { $shop }:
products-empty = 🏷 { $shop } chưa có sản phẩm nào. Thêm sản phẩm (tên, giá bán, giá vốn) để biết biên lãi và ROAS hòa vốn của từng món, và tính giá vốn theo số đơn khi nhập số liệu ngày.
products-hint = Bấm tên sản phẩm để sửa hoặc xóa. Thêm nhanh: /products add Váy hoa 350k 140k
products-line = • { $name }: giá { $price } · vốn { $cost } · biên lãi { $margin } · { $breakEven }
products-break-even = ROAS hòa vốn { $roas }
products-never-breaks-even = không bao giờ hòa vốn
products-open-button = ✏️ { $name }
products-add-button = ➕ Thêm sản phẩm
products-edit-name-button = Tên
products-edit-price-button = Giá bán
products-edit-cost-button = Giá vốn
products-delete-button = 🗑 Xóa
products-delete-confirm = Xóa sản phẩm { $name }? Những ngày đã lưu vẫn giữ nguyên giá vốn.
products-delete-yes = 🗑 Xóa hẳn
products-delete-keep = Giữ lại
products-deleted = 🗑 Đã xóa { $name }. Những ngày đã lưu vẫn giữ nguyên giá vốn và lãi ròng.
products-deleted-answer = Đã xóa
products-gone = Sản phẩm này không còn (hoặc không thuộc cửa hàng đang dùng).
products-usage = Mình chưa hiểu lệnh này. Gõ /products để xem danh sách sản phẩm.
products-add-example = Thêm nhanh: /products add Váy hoa 350k 140k (tên, giá bán, giá vốn).
products-added = ✅ Đã thêm { $name }.
products-updated = ✅ Đã cập nhật { $name }.
products-ask-name = Tên sản phẩm là gì? (ví dụ: Váy hoa)
products-ask-price = Giá bán một { $name }? (ví dụ: 350k)
products-ask-cost = Giá vốn một { $name } (giá bán { $price })? (ví dụ: 140k)
products-ask-new-name = Tên mới cho { $name }?
products-ask-new-price = Giá bán mới của { $name } (hiện { $current })?
products-ask-new-cost = Giá vốn mới của { $name } (hiện { $current })?
products-too-many-attempts = Bạn đã nhập sai 3 lần nên mình dừng ở đây, không có gì được lưu. Gõ /products để thử lại.
products-error-duplicate = Đã có sản phẩm tên “{ $name }”. Hãy chọn tên khác.
products-error-duplicate-any = Đã có sản phẩm trùng tên, không có gì được lưu.
products-error-missing-values = Cần tên, giá bán và giá vốn, theo thứ tự đó.
products-error-bad-price = Mình không đọc được giá bán.
products-error-bad-cost = Mình không đọc được giá vốn.
products-error-price-too-large = Số quá lớn: giá bán và giá vốn một sản phẩm tối đa 100 triệu ₫.
products-error-zero-price = Giá bán phải lớn hơn 0.
products-error-cost-above-price = Giá vốn không thể cao hơn giá bán (có gõ ngược thứ tự không?).
products-error-name-empty = Tên sản phẩm không được để trống.
products-error-name-no-letter = Tên sản phẩm phải có ít nhất một chữ hoặc số.
products-error-name-too-long = Tên sản phẩm tối đa 48 ký tự.
products-error-name-command = Tên sản phẩm không thể bắt đầu bằng dấu / (đó là cách gõ lệnh).
flow-name-entry-products = chọn sản phẩm cho thẻ số liệu
card-products-button = 🏷 Sản phẩm
card-products-cogs = Giá vốn: { $lines } = { $total }
card-product-part = { $orders } × { $unitCogs } ({ $name })
card-products-cogs-delivered = Giá vốn: { $lines } × { $delivered } giao thành công = { $total }
breakdown-revenue = Doanh thu: { $value }
breakdown-delivered = Doanh thu giao được: { $delivered } ({ $revenue } − hàng hoàn { $returned })
breakdown-cogs = − Giá vốn: { $value }
breakdown-less = − { $part }
breakdown-shipping = − Phí ship: { $value }
breakdown-fee = − Phí thanh toán: { $value }
breakdown-ads = − Quảng cáo: { $value }
breakdown-fixed = − Chi phí cố định: { $value }
entry-products-ask-pick = Ngày { $date } có { $orders } đơn. Đơn của sản phẩm nào? (giá vốn sẽ tính theo sản phẩm thay cho tỉ lệ giá vốn)
entry-products-ask-next = Còn { $remaining } đơn. Sản phẩm tiếp theo?
entry-products-ask-count = Bao nhiêu trong { $remaining } đơn là { $name }?
entry-products-all-button = Cả { $remaining } đơn
entry-products-pick-hint = Hãy chọn một sản phẩm bằng nút bên dưới (hoặc gõ đúng tên sản phẩm).
entry-products-count-range = Cần một số đơn từ 1 đến { $remaining }.
entry-products-too-many-attempts = Bạn đã nhập sai 3 lần nên mình dừng ở đây; thẻ số liệu vẫn như cũ. Bấm 🏷 Sản phẩm trên thẻ để chọn lại.
entry-products-gone = { $names } đã bị xóa, chọn lại.
entry-products-none-left = Cửa hàng không còn sản phẩm nào; thẻ số liệu vẫn như cũ, chưa lưu gì.
card-products-gone = { $names } đã bị xóa nên chưa lưu gì. Chọn lại sản phẩm cho thẻ này:
card-products-gone-answer = Chưa lưu: có sản phẩm đã bị xóa
card-products-pick-again = 🏷 Chọn lại sản phẩm

## Monthly goals (/goal)
command-goal =
    .description = Mục tiêu tháng: đặt và xem tiến độ
goals-none = 🎯 Tháng { $month } của { $shop } chưa có mục tiêu. Đặt bằng /goal 300tr (doanh thu) hoặc /goal 300tr 60tr (doanh thu và lãi ròng); tháng khác: /goal 12/2026 300tr.
goals-title = 🎯 Mục tiêu tháng { $month } · { $shop } (đến { $date }, ngày { $elapsed }/{ $days })
goals-revenue = Doanh thu: { $toDate } / { $target } · đúng tiến độ là { $proRata } · { $status }
goals-profit = Lãi ròng: { $toDate } / { $target } · đúng tiến độ là { $proRata } · { $status }
goals-pace-behind = chậm { $gap } so với kế hoạch, mới được { $pace }
goals-pace-behind-loss = chậm { $gap } so với kế hoạch
goals-pace-ahead = vượt kế hoạch { $gap }
goals-pace-on = đúng kế hoạch
goals-forecast-revenue = Dự báo cuối tháng theo nhịp hiện tại: doanh thu { $forecast } ({ $percent } mục tiêu)
goals-forecast-profit = Dự báo cuối tháng theo nhịp hiện tại: lãi ròng { $forecast } ({ $percent } mục tiêu)
goals-forecast-profit-short = Dự báo cuối tháng theo nhịp hiện tại: lãi ròng { $forecast }, thiếu { $short } so với mục tiêu
goals-no-forecast = Tháng này chưa có ngày nào được ghi nên chưa dự báo được.
goals-missing-days = Chưa ghi { $count } ngày: { $dates }. Các ngày này tính là 0 ₫ cho cả tiến độ lẫn dự báo (/edit để bổ sung).
goals-more-days = và { $count } ngày khác
goals-needed = Mỗi ngày trong { $days } ngày còn lại cần: doanh thu { $revenue }, { $orders } đơn, { $leads } lead, quảng cáo { $adSpend }.
goals-basis = Theo 28 ngày gần nhất: AOV (giá trị đơn) { $aov }, CVR (tỉ lệ chốt) { $cvr }, CPL (chi phí/lead) { $cpl }.
goals-needed-revenue = Mỗi ngày trong { $days } ngày còn lại cần doanh thu { $revenue }.
goals-basis-too-few-days = Số đơn, lead và tiền quảng cáo cần mỗi ngày tính từ 28 ngày gần nhất: cần ít nhất { $needed } ngày được ghi, mới có { $days }.
goals-basis-no-orders = Số đơn, lead và tiền quảng cáo cần mỗi ngày chưa tính được: 28 ngày gần nhất chưa có đơn nào.
goals-basis-no-leads = Số đơn, lead và tiền quảng cáo cần mỗi ngày chưa tính được: 28 ngày gần nhất chưa có lead nào.
goals-reached = ✅ Đã đạt mục tiêu doanh thu của tháng.
goals-set = 🎯 Đã đặt mục tiêu tháng { $month }: doanh thu { $revenue }.
goals-set-profit = 🎯 Đã đặt mục tiêu tháng { $month }: doanh thu { $revenue }, lãi ròng { $profit }.
goals-replaced = 🎯 Đã thay mục tiêu tháng { $month }:
goals-change-revenue = Doanh thu: { $old } → { $new }
goals-change-profit = Lãi ròng: { $old } → { $new }
goals-profit-kept = Lãi ròng: giữ mục tiêu { $profit } (để bỏ mục tiêu lãi, gõ /goal <doanh thu> 0)
goals-profit-dropped = Lãi ròng: đã bỏ mục tiêu { $profit } vì cao hơn mục tiêu doanh thu { $revenue }
goals-not-set = chưa đặt
goals-bad-month = “{ $text }” không phải một tháng. Viết tháng/năm trước số tiền, ví dụ /goal 12/2026 300tr. Chưa thay đổi gì.
goals-past-month = Tháng { $month } đã qua nên không đặt mục tiêu được nữa: chỉ đặt cho tháng này hoặc các tháng tới. Chưa thay đổi gì.
goals-far-month = Tháng { $month } còn xa quá: chỉ đặt mục tiêu cho tháng này đến tháng { $last }. Chưa thay đổi gì.
goals-too-large = Số quá lớn: mục tiêu tối đa { $max }. Chưa thay đổi gì.
goals-bad-amount = Mình không đọc được số tiền “{ $text }”. Ví dụ: /goal 300tr (doanh thu) hoặc /goal 300tr 60tr (doanh thu rồi lãi ròng). Chưa thay đổi gì.
goals-ambiguous = “{ $text }” đọc được thành một số tiền hoặc hai. Ghi đơn vị cho từng số, ví dụ /goal 300tr 60tr. Chưa thay đổi gì.
goals-zero-revenue = Mục tiêu doanh thu phải lớn hơn 0 ₫. Chưa thay đổi gì.
goals-profit-above-revenue = Mục tiêu lãi ròng không thể lớn hơn mục tiêu doanh thu (có gõ ngược thứ tự không?). Chưa thay đổi gì.

## Ads: SCALE / KEEP / KILL (/ads)
command-ads =
    .description = SCALE / KEEP / KILL cho từng quảng cáo
flow-name-ad-judgement = đánh giá quảng cáo
flow-name-ad-channel = chọn kênh quảng cáo
week-ads-title = 📣 Quảng cáo đã đánh giá trong tuần:
ads-decision-scale = 🚀 SCALE (tăng ngân sách)
ads-decision-keep = 🟡 KEEP (giữ nguyên)
ads-decision-kill = 🔴 KILL (tắt)
ads-channel-facebook = Facebook
ads-channel-tiktok = TikTok
ads-channel-zalo = Zalo
ads-channel-other = Kênh khác
ads-title = { $decision } · { $name } ({ $channel })
ads-reason-kill-no-order = chi { $spend } ≥ { $multiplier } × { $cpaBasis ->
        [owner] CPA mục tiêu
       *[derived] CPA hòa vốn
    } { $cpa } mà chưa có đơn nào
ads-reason-kill-no-lead = chi { $spend } ≥ { $multiplier } × { $cplBasis ->
        [owner] CPL mục tiêu
       *[derived] CPL hòa vốn
    } { $cpl } mà chưa có lead nào
ads-reason-kill-roas = ROAS { $roas } dưới mức hòa vốn { $breakEvenRoas } dù đã chi { $spend } (≥ { $multiplier } × { $cpaBasis ->
        [owner] CPA mục tiêu
       *[derived] CPA hòa vốn
    } { $cpa })
ads-reason-learning-days = mới chạy { $days }/{ $minDays } ngày: cần thêm { $missingDays } ngày
ads-reason-learning-spend = mới chi { $spend }/{ $minSpend }: cần chi thêm { $missingSpend }
ads-reason-scale-roas = ROAS { $roas } ≥ { $scaleRoas } (mức để tăng ngân sách)
ads-reason-scale-cpl = CPL { $cpl } ≤ { $cplBasis ->
        [owner] CPL mục tiêu
       *[derived] CPL hòa vốn
    } { $breakEvenCpl }
ads-reason-scale-orders = { $orders } đơn (cần ít nhất { $minOrders })
ads-reason-keep-roas = ROAS { $roas }: hòa vốn { $breakEvenRoas }, tăng ngân sách từ { $scaleRoas }
ads-change-closing = 👉 { $leads } lead mà chỉ { $orders } đơn (chốt { $cvr }, cả shop { $shopCvr }): vấn đề ở khâu chốt đơn (trả lời tin nhắn nhanh hơn, nhắn lại khách chưa mua), không phải ở quảng cáo.
ads-change-high-cpl = 👉 CPL { $cpl } cao hơn { $cplBasis ->
        [owner] CPL mục tiêu
       *[derived] CPL hòa vốn
    } { $breakEvenCpl }: đổi nội dung quảng cáo (hình, video, lời mời) hoặc đối tượng nhắm tới.
ads-change-low-ctr = 👉 CTR { $ctr } dưới mức tối thiểu { $minCtr }: ít người bấm vào, hãy đổi hình/video và câu mở đầu.
ads-change-raise-roas = 👉 ROAS { $roas } chưa tới { $scaleRoas } để tăng ngân sách: giữ ngân sách, thử nâng giá trị đơn (combo, quà khi mua nhiều).
ads-change-more-orders = 👉 Mới có { $orders } đơn (cần { $minOrders } để tăng ngân sách): giữ nguyên và xem lại sau vài ngày.
ads-change-no-orders = 👉 Đã chi { $spend } mà chưa có đơn nào: xem lại nội dung và đối tượng quảng cáo. Ghi đủ 7 ngày số liệu (hoặc đặt CPA mục tiêu: /settings cpa mục tiêu 300k) để mình biết khi nào nên tắt.
ads-change-need-cpl = 👉 ROAS và số đơn đã đủ để tăng ngân sách, nhưng chưa so được CPL của quảng cáo với CPL hòa vốn (cần số lead của quảng cáo và 7 ngày số liệu, hoặc CPL mục tiêu: /settings cpl mục tiêu 60k): giữ nguyên đến khi có.
ads-action-kill = 👉 Tắt quảng cáo này để khỏi mất thêm tiền.
ads-action-scale = 👉 Tăng ngân sách { $current }/ngày → { $next }/ngày (+{ $step }), xem lại sau 2 ngày.
ads-action-learning = 👉 Cứ để chạy tiếp: chưa đủ dữ liệu để kết luận.
ads-basis-derived = 📐 Mốc so sánh, tính từ { $days } ngày đã ghi trong 28 ngày qua:
ads-basis-few-days = 📐 Mới có { $days } ngày được ghi trong 28 ngày qua (cần { $needed }) nên chưa tính được giá trị đơn và tỉ lệ chốt của shop; dùng những gì bạn đã đặt:
ads-basis-cpa = CPA hòa vốn { $value }
ads-basis-cpl = CPL hòa vốn { $value }
ads-basis-roas = ROAS hòa vốn { $value }
ads-basis-scale-roas = ROAS để tăng ngân sách { $value }
ads-basis-owner-mark = (bạn đặt)
ads-basis-cpa-target = CPA mục tiêu { $value }
ads-basis-cpl-target = CPL mục tiêu { $value }
ads-basis-alert-max-cpl = 🚨 CPL tối đa { $value } (bạn đặt) là ngưỡng cảnh báo hằng ngày, không phải mức hòa vốn: không dùng để chấm quảng cáo.
ads-basis-cpa-name = CPA hòa vốn
ads-basis-cpl-name = CPL hòa vốn
ads-basis-roas-name = ROAS hòa vốn
ads-basis-scale-roas-name = ROAS để tăng ngân sách
ads-basis-missing = Chưa có: { $missing } (cần 7 ngày được ghi, hoặc mục tiêu CPA/CPL bạn đặt).
ads-basis-none = ⚠️ Chưa so được với điểm hòa vốn: thiếu giá trị đơn của shop (cần 7 ngày được ghi) và chưa có mục tiêu CPA, CPL hay ROAS nào được đặt.
ads-signals-title = ⚡ Tín hiệu cần để ý:
ads-signal-low-ctr = CTR { $value } dưới mức tối thiểu { $threshold }
ads-signal-high-cpl = CPL { $value } cao hơn { $threshold } (2 × { $cplBasis ->
        [owner] CPL mục tiêu
       *[derived] CPL hòa vốn
    })
ads-signal-no-lead = đã chi { $value } (≥ { $threshold } = 3 × { $cplBasis ->
        [owner] CPL mục tiêu
       *[derived] CPL hòa vốn
    }) mà chưa có lead
ads-signal-cpm-spike = CPM { $value } cao hơn { $threshold } (1,5 × CPM lần trước)
ads-previous = 🔁 So với lần trước ({ $date }): chi { $spendBefore } → { $spend } · ROAS { $roasBefore } → { $roas } · { $decisionBefore } → { $decision }
ads-button-done = ✅ Đã làm
ads-button-later = ⏰ Để sau
ads-answered-done = Đã ghi nhận: bạn đã làm.
ads-answered-later = Đã ghi nhận: để sau.
ads-already-answered = Quyết định này đã được trả lời rồi.
ads-response-done = ✅ đã làm
ads-response-later = ⏰ để sau
ads-response-none = chưa trả lời
ads-list-title = 📣 Quảng cáo của { $shop } (lần đánh giá gần nhất):
ads-list-line = { $name } ({ $channel }): { $decision } · { $date }
ads-list-hint = Đánh giá lại hoặc thêm quảng cáo bằng nút bên dưới, hoặc gõ nhanh: /ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0
ads-button-judge = ➕ Đánh giá một quảng cáo
ads-ask-name = Quảng cáo nào? Chọn một quảng cáo đã đánh giá, hoặc gõ tên quảng cáo mới.
ads-ask-name-new = Quảng cáo tên gì? (ví dụ: Váy đỏ)
ads-bad-name = Tên quảng cáo cần từ 1 đến 64 ký tự.
ads-name-no-letter = Tên quảng cáo phải có ít nhất một chữ hoặc số.
ads-ask-channel = “{ $name }” chạy trên kênh nào?
ads-ask-line-channel = “{ $name }” chạy trên kênh nào? Mình sẽ nhớ kênh này cho “{ $name }” ở những lần sau.
ads-pick-channel = Hãy chọn kênh bằng nút bên dưới (hoặc gõ Facebook, TikTok, Zalo, khác).
ads-ask-days = Quảng cáo đã chạy bao nhiêu ngày?
ads-bad-days = Số ngày chạy cần từ 1 trở lên, ví dụ 4.
ads-views-too-large = Số quá lớn: lượt hiển thị và lượt click tối đa 10.000.000.000.
ads-clicks-above-impressions = Số lượt click không thể nhiều hơn số lượt hiển thị (mỗi click là trên một lượt hiển thị). Chưa lưu gì.
ads-ask-spend = Đã chi bao nhiêu cho quảng cáo này? (ví dụ 1tr, 850k, 1 triệu 2)
ads-ask-leads = Được bao nhiêu lead (khách nhắn tin, hỏi hàng)?
ads-ask-orders = Ra bao nhiêu đơn?
ads-ask-revenue = Doanh thu từ các đơn đó? (0 nếu chưa có)
ads-ask-impressions = Bao nhiêu lượt hiển thị? (không bắt buộc)
ads-ask-clicks = Bao nhiêu lượt click? (không bắt buộc)
ads-button-skip = Bỏ qua
ads-too-many-attempts = Bạn đã nhập sai 3 lần nên mình dừng ở đây, không có gì được lưu. Gõ /ads để thử lại.
ads-field-days = số ngày chạy (ngày)
ads-field-spend = tiền đã chi (chi)
ads-field-leads = số lead (lead)
ads-field-orders = số đơn (đơn)
ads-field-revenue = doanh thu (doanh thu)
ads-field-impressions = lượt hiển thị (hiển thị)
ads-field-clicks = lượt click (click)
ads-field-channel = kênh (kênh)
ads-line-no-name = Cần tên quảng cáo trước dấu hai chấm.
ads-line-missing = Thiếu { $field }.
ads-line-duplicate = { $field } được gõ hai lần.
ads-line-several = Dòng này có nhiều quảng cáo. Mỗi dòng một quảng cáo: xuống dòng trước tên của từng quảng cáo, mình đánh giá lần lượt từng cái. Chưa lưu gì.
ads-line-unlabelled = “{ $value }” chưa có nhãn (ngày, chi, lead, đơn, doanh thu…).
ads-line-bad-value = { $field }: { $reason }
ads-line-example = Ví dụ: /ads Váy đỏ: ngày 4, chi 1tr, lead 0, đơn 0, doanh thu 0 (hoặc chỉ /ads để được hỏi từng số).
ads-line-number = Dòng { $line }: { $text }
ads-lines-too-many = Mỗi tin nhắn tối đa { $max } quảng cáo, mỗi dòng một quảng cáo. Chưa lưu gì.

## Growth simulation (/simulate)
command-simulate =
    .description = Mô phỏng: cần gì để đạt doanh thu tháng
sim-usage = Ví dụ: /simulate 300tr — mình tính số đơn, lead và tiền quảng cáo mỗi tháng cần cho doanh thu đó, từ 28 ngày gần nhất của bạn.
sim-list-empty = 📈 { $shop } chưa có lần mô phỏng nào.
sim-list-title = 📈 Các lần mô phỏng gần nhất · { $shop }
sim-list-item = { $n }. { $date }: { $target }/tháng → quảng cáo { $adSpend }, lãi ròng { $profit } · { $feasibility }
sim-list-hint = Bấm một số để đặt doanh thu đó làm mục tiêu tháng này.
sim-list-button = 🎯 { $n }
sim-bad-amount = Mình không đọc được doanh thu “{ $text }”. Ví dụ: /simulate 300tr (doanh thu một tháng). Chưa lưu gì.
sim-zero = Doanh thu mục tiêu phải lớn hơn 0 ₫. Chưa lưu gì.
sim-too-few-days = 📈 Để mô phỏng cần ít nhất { $needed } ngày được ghi trong 28 ngày gần nhất; mới có { $days }, còn thiếu { $missing } ngày. Mỗi tối gửi 4 số (ví dụ 15 8tr5 2tr 85) rồi thử lại. Chưa lưu gì.
sim-no-orders = 📈 28 ngày gần nhất chưa có đơn nào nên chưa tính được giá trị đơn (AOV). Chưa lưu gì.
sim-no-leads = 📈 28 ngày gần nhất chưa có lead nào nên chưa tính được tỉ lệ chốt (CVR). Chưa lưu gì.
sim-no-ad-spend = 📈 28 ngày gần nhất chưa có tiền quảng cáo nào nên chưa có chi phí/lead (CPL) và mức chi hiện tại để so. Chưa lưu gì.
sim-too-large = 📈 Số quá lớn: với giá trị đơn và tỉ lệ chốt hiện tại của shop, mục tiêu này cần số đơn, số lead hoặc tiền quảng cáo vượt { $max }. Thử một mục tiêu nhỏ hơn. Chưa lưu gì.
sim-target-too-large = Số quá lớn: doanh thu mục tiêu tối đa { $max }. Chưa lưu gì.
sim-title = 📈 Mô phỏng doanh thu { $target }/tháng · { $shop }
sim-basis = Theo { $days } ngày được ghi trong 28 ngày gần nhất: AOV (giá trị đơn) { $aov } · CVR (tỉ lệ chốt) { $cvr } · CPL (chi phí/lead) { $cpl } · quảng cáo hiện tại { $current }/tháng
sim-needs = Cần mỗi tháng: { $orders } đơn · { $leads } lead
sim-flat = • Giữ nguyên CPL: quảng cáo { $adSpend } (gấp { $ratio } lần hiện tại), lãi ròng dự kiến { $profit }
sim-saturated = • CPL tăng { $rise } mỗi lần chi gấp đôi, trên phần chi thêm: quảng cáo { $adSpend } (gấp { $ratio } lần hiện tại), lãi ròng dự kiến { $profit }
sim-feasibility = Mức khả thi (theo dòng thứ hai): { $level }
sim-feasibility-easy = 🟢 dễ
sim-feasibility-moderate = 🟡 vừa sức
sim-feasibility-hard = 🟠 khó
sim-feasibility-unrealistic = 🔴 khó thành hiện thực
sim-change = Muốn đạt mà giữ mức quảng cáo hiện tại ({ $current }/tháng) thì cần CVR { $cvr } (hiện { $currentCvr }) hoặc AOV { $aov } (hiện { $currentAov }).
sim-change-none = Mức quảng cáo hiện tại ({ $current }/tháng) đã đủ cho doanh thu này.
sim-button-set-goal = 🎯 Đặt làm mục tiêu
sim-goal-unchanged = Mục tiêu doanh thu tháng { $month } đã là { $target }.
sim-goal-answer = Đã đặt mục tiêu tháng { $month }

## Settings (/settings)
command-settings =
    .description = Cài đặt chi phí, ngưỡng, lịch
settings-menu = ⚙️ Cài đặt của { $shop }. Chọn nhóm:
settings-group-costs = 💰 Chi phí
settings-group-thresholds = 🚦 Ngưỡng cảnh báo
settings-group-ads = 📣 Quảng cáo
settings-group-schedule = ⏰ Lịch
settings-group-shop = 🏪 Cửa hàng
settings-group-title = { $group } · { $shop }
settings-group-hint = Bấm một mục để đổi, hoặc gõ /settings <tên> <giá trị>.
settings-back = ⬅️ Quay lại
settings-default-note = (mặc định { $value })
settings-is-default = (mặc định)
settings-shop-name = Tên
settings-language = Ngôn ngữ
settings-language-name = Tiếng Việt
settings-on = bật
settings-off = tắt
settings-unset-troas = chưa đặt, tự tính: ROAS hòa vốn × 1,3
settings-unset-mcpl = chưa đặt, không cảnh báo CPL
settings-unset-tcpa = chưa đặt, tự tính: CPA hòa vốn
settings-unset-tcpl = chưa đặt, tự tính: CPL hòa vốn
settings-unset-asr = chưa đặt, tự tính: ROAS hòa vốn × 1,3
settings-reapply-costs-only = Chỉ chi phí mới áp dụng lại được cho các ngày đã lưu (giá vốn, phí thanh toán, phí ship, chi phí cố định, tỉ lệ hoàn).
settings-reapply-bad-date = Mình không đọc được ngày «{ $text }». Gõ ngày đã qua, ví dụ /settings phí ship 30k từ 01/11.
settings-reapply-future = Ngày { $date } chưa tới: chỉ áp dụng lại được cho các ngày đã lưu. Chưa có gì thay đổi; gõ một ngày đã qua, ví dụ /settings phí ship 30k từ 01/11.
settings-reapply-none = Không có ngày nào đã lưu từ { $from } để áp dụng lại.
settings-reapply-preview = Áp dụng { $cost } mới cho { $days } ngày đã lưu từ { $from } đến { $to }? Chỉ { $cost } của các ngày đó thay đổi, các chi phí khác giữ như đã lưu. Lãi ròng các ngày đó: { $before } → { $after }. Chưa có gì thay đổi cho đến khi bạn bấm Áp dụng.
settings-reapply-button = ✅ Áp dụng cho { $days } ngày
settings-reapply-keep-button = Giữ nguyên
settings-reapplied = ✅ Đã áp dụng { $cost } mới cho { $days } ngày từ { $from } đến { $to }: lãi ròng { $before } → { $after }. Báo cáo tuần của các ngày đó đã được tính lại.
settings-reapply-declined = Đã giữ nguyên các ngày đã lưu; chi phí mới chỉ áp dụng từ ngày lưu tiếp theo.
settings-costs-note = Chi phí mới áp dụng cho các ngày lưu từ bây giờ; các ngày đã lưu giữ nguyên số liệu.
settings-ask = { $setting }: hiện { $current }, mặc định { $default }. Gửi giá trị mới, ví dụ { $example }.
settings-reset-button = ↩️ Về mặc định ({ $value })
settings-changed = ✅ { $setting }: { $before } → { $after }.
settings-bad-value = Mình chưa hiểu «{ $text }» cho { $setting }. Ví dụ: { $example }.
settings-out-of-range = «{ $text }» nằm ngoài khoảng cho phép của { $setting }: từ { $min } đến { $max }.
settings-unknown-name = Mình không biết cài đặt này. Gõ /settings help để xem tên các cài đặt, hoặc /settings để chọn bằng nút.
settings-help-title = ⚙️ Tên các cài đặt (gõ /settings <tên> <giá trị>, hoặc <tên> mặc định):
settings-example-percent = 35%
settings-example-money = 30k
settings-example-factor = 1,5
settings-example-count = 5
settings-example-clock = 21:00 hoặc 9h tối
settings-example-weekday = thứ 2 hoặc chủ nhật
settings-example-switch = bật hoặc tắt
settings-example-zone = Asia/Ho_Chi_Minh
settings-example-money-order = 30k/đơn
settings-example-money-month = 14tr/tháng
settings-example-money-lead = 25k/lead
settings-example-money-ad = 300k/quảng cáo
settings-money-per-order = { $money }/đơn
settings-money-per-month = { $money }/tháng
settings-money-per-lead = { $money }/lead
settings-money-per-ad = { $money }/quảng cáo
settings-money-per-month-day = { $money }/tháng ({ $approx ->
        [yes] ≈ { $perDay }
       *[no] { $perDay }
    }/ngày)
settings-count-day = { $count } ngày
settings-factor-times = gấp { $factor } lần
settings-count-order = { $count } đơn
settings-count-impression = { $count } lượt hiển thị
settings-unit-order = mỗi đơn
settings-unit-month = mỗi tháng
settings-unit-lead = mỗi lead
settings-unit-ad = mỗi quảng cáo
settings-wrong-unit = «{ $text }»: { $setting } tính { $unit }. Ví dụ: { $example }.
settings-unit-read-as = Số bạn gõ được hiểu là { $unit }.
settings-fixed-split = Mỗi ngày tính phần của ngày đó trong tháng: khoảng { $day30 }/ngày với tháng 30 ngày, { $day31 }/ngày với tháng 31 ngày; cộng cả tháng đúng bằng số trên.
settings-unchanged = { $setting } đã là { $value }, không có gì thay đổi.
setting-cogs = Giá vốn
setting-fee = Phí thanh toán
setting-shipping = Phí ship
setting-returns = Tỉ lệ hoàn
setting-fixed = Chi phí cố định
setting-target-roas = ROAS mục tiêu
setting-max-cpl = CPL tối đa
setting-min-cvr = Tỉ lệ chốt tối thiểu
setting-cpl-spike = CPL tăng vọt
setting-revenue-drop = Doanh thu giảm
setting-aov-drop = Giá trị đơn giảm
setting-spend-up = Quảng cáo tăng
setting-orders-flat = Đơn đi ngang
setting-min-days = Số ngày tối thiểu
setting-goal-pace = Tiến độ mục tiêu
setting-cpl-rise = CPL tăng khi gấp đôi
setting-alerts = Cảnh báo
setting-ad-min-days = Ngày chạy tối thiểu
setting-ad-min-spend = Chi tối thiểu
setting-ad-kill = Hệ số tắt
setting-target-cpa = CPA mục tiêu
setting-target-cpl = CPL mục tiêu
setting-ad-scale-roas = ROAS tăng ngân sách
setting-ad-min-orders = Đơn tối thiểu
setting-ad-step = Bước tăng
setting-ad-min-ctr = CTR tối thiểu
setting-ad-min-impressions = Hiển thị tối thiểu
setting-ad-cpm-spike = CPM tăng vọt
setting-reminder-on = Nhắc nhở
setting-reminder-time = Giờ nhắc
setting-push-on = Báo cáo tuần
setting-push-day = Ngày báo cáo
setting-push-time = Giờ báo cáo
setting-day-closes = Giờ chốt sổ
setting-time-zone = Múi giờ
