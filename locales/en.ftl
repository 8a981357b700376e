## Commands (the menu Telegram shows; registered with setMyCommands)
command-start =
    .description = Start and create your shop
command-today =
    .description = Enter today's numbers
command-edit =
    .description = Edit a past day
command-delete =
    .description = Delete a day's numbers
command-shop =
    .description = Switch or add a shop
command-lang =
    .description = Change language
command-cancel =
    .description = Cancel what is in progress
command-help =
    .description = Help

## Common
common-error = 😕 Something went wrong; your numbers were not changed. Please try again in a few minutes.
common-need-start = You have no shop yet. Send /start to set one up (it takes less than a minute).
common-stale-button = This button is old or no longer active.
common-foreign-button = This button is not yours.
common-data-changed = The data has changed, look again.
common-data-changed-review = ⚠️ The numbers changed after you looked, so nothing was done. Look again at them as they are now and press again if you still want to:
common-cancelled = Cancelled. Nothing was saved.
common-nothing-to-cancel = Nothing is in progress.
common-too-many-attempts = That was 3 wrong answers, so I stopped here and saved nothing. Send /today to start again.
gloss-break-even-cpa-term = break-even CPA
gloss-break-even-cpa = ℹ️ Break-even CPA: the most ad spend one order can take without a loss, the profit of one order after its cost of goods and per-order fees. An order that costs more in ads than this loses money.
gloss-ad-kill-term = Kill multiplier
gloss-ad-kill = ℹ️ Kill multiplier: an ad that has spent this many times the break-even CPA or CPL with no order or lead yet is one I tell you to turn off. With 3: over 3 × the break-even CPA and no order.
gloss-orders-flat-term = Orders flat
gloss-orders-flat = ℹ️ Orders flat: orders up by no more than this on the week before count as standing still; if ad spend rose by more than “Spend up” meanwhile, I point out that ads went up and orders did not.
common-try-again = Please try again ({ $left ->
    [one] { $left } try left
   *[other] { $left } tries left
  }).
flow-stopped = Stopped: { $flow } — nothing saved.
flow-failed = 😕 Something went wrong, so I stopped: { $flow } — nothing saved. You can start it again.
flow-name-setup = setting up your shop
flow-name-new-shop = adding a shop
flow-name-rename-shop = renaming a shop
flow-name-setting = changing a setting
flow-name-entry = entering the day's numbers
flow-name-edit-day = editing a day
flow-name-change-date = changing an entry card's date
flow-name-delete-day = deleting a day
flow-use-entry-offer = That is a whole day's four numbers (orders, revenue, ad spend, leads), not an answer to the question above. Use it as the entry for { $date }? Or answer the question above.
flow-use-entry-button = Use as the entry for { $date }
flow-resumed-answered = (The bot has just restarted.) Got your answer to: { $question }
flow-resumed-question = (The bot has just restarted.) The question waiting for your answer: { $question }
flow-card-dropped =
    { $count ->
        [1] Dropped the unsaved entry card (its buttons are gone) — nothing saved.
       *[other] Dropped { $count } unsaved entry cards (their buttons are gone) — nothing saved.
    }

## Onboarding
onboarding-welcome = 👋 Hi! I'm ShopPulse: every evening you send me 4 numbers (orders, revenue, ad spend, leads); I work out your profit and point at what to fix.
onboarding-ask-name = What is your shop called? (for example: Hoa Mai Shop)
onboarding-ask-new-shop-name = What is the new shop called?
onboarding-bad-name = The shop name needs 1 to 64 characters.
onboarding-name-is-command = A shop name cannot start with / (that is how commands are typed).
onboarding-name-no-letter = A shop name needs at least one letter or digit.
onboarding-name-is-entry = “{ $name }” reads as a day's numbers (orders, revenue, ad spend, leads), not as a shop name.
onboarding-ask-language = Which language do you prefer?
onboarding-pick-language = Please pick a language with the buttons below.
onboarding-ask-cogs =
    What share of revenue is the cost of goods? Type a number (for example 35 or 35%), or press the button to use the default { $default }.
onboarding-cogs-default-button = Use { $default }
onboarding-bad-cogs = I need a ratio between 0 and { $max }, for example 35 or 35%.
onboarding-done =
    ✅ Shop { $shop } is ready (cost of goods { $cogs }).

    Every evening, send 4 numbers in this order: orders, revenue, ad spend, leads. For example:
    15 8.5m 2m 85

    Or send /today and I will ask for each number.
onboarding-welcome-back = Welcome back! Current shop: { $shop }. Send today's numbers (for example 15 8.5m 2m 85) or /help.

## Daily entry
entry-ask-orders = How many orders today ({ $date })? (a whole number, for example 15)
entry-ask-revenue = How much revenue? (for example 8500000, 8,500,000, 8.5m or 850k)
entry-ask-ad-spend = How much did you spend on ads? (for example 2m, 2,000,000 or 0)
entry-ask-leads = How many leads (customers who messaged or asked)? (a whole number, for example 85)
entry-ask-orders-for = How many orders on { $date }? (a whole number, for example 15)
entry-keep-hint = Send . to keep { $current }.
entry-ask-date = Which day is this for? Press a button or type a date (for example 20/11, yesterday).
entry-bad-date = I can't read that date. Type it like 20/11, 20/11/2026, yesterday or today.
entry-future-date = That day hasn't come yet. Pick today or a past day.
entry-today-already-saved = { $date } already has numbers. Type each one again, or . to keep the saved one; nothing changes until you press Save.
entry-date-today = Today
entry-date-yesterday = Yesterday
entry-date-day-before = 2 days ago

card-title = 📒 { $shop } · { $date }
card-title-replace = 📒 { $shop } · { $date } — this day already has numbers, old → new:
card-orders = Orders: { $value }
card-revenue = Revenue: { $value }
card-ad-spend = Ad spend: { $value }
card-leads = Leads: { $value }
card-aov = AOV (order value): { $value }
card-cpl = CPL (cost per lead): { $value }
card-cvr = CVR (lead to order): { $value }
card-roas = ROAS: { $value }
card-roas-vs-break-even = ROAS: { $value } · break-even { $breakEven } { $verdict } (on the day's actual revenue and costs)
card-net-profit = Net profit: { $value }
card-not-available = —
card-verdict-above = ✅ profitable
card-verdict-below = ⚠️ below break-even
card-verdict-equal = ➖ at break-even
card-no-break-even = ⚠️ With the current costs, ads cannot break even.
card-returns = ↩️ Returns are estimated from the COD return rate in /settings: cost of goods counts only what was delivered, shipping counts the way back.
card-confirm-hint = Press Save to book it.
card-save = 💾 Save
card-edit = ✏️ Edit
card-change-date = 📅 Change date
card-saved = ✅ Saved the numbers for { $date }.
card-saved-answer = Saved
card-dropped = 🚫 Card dropped (/cancel): the numbers for { $date } were not saved. Send the 4 numbers again to book them.
card-already-saved = This day was already saved by an earlier press; nothing was saved twice.
card-replaced-answer = Replaced the old numbers
card-date-before-close = { $date } (books still open)
card-warn-thousands = ⚠️ The money looks typed in thousands of đồng (an order value or ad spend under 1,000 ₫). Did you mean revenue { $revenue }, ad spend { $adSpend }?
card-warn-orders-above-leads = ⚠️ More orders ({ $orders }) than leads ({ $leads }): a conversion rate over 100%.
card-warn-revenue-without-orders = ⚠️ Revenue of { $revenue } with 0 orders.
card-warn-orders-without-revenue = ⚠️ { $orders } orders with 0 ₫ revenue.
card-warn-far-above = ⚠️ { $field } { $value } is over 10× the usual (median { $median }).
card-warn-far-below = ⚠️ { $field } { $value } is under a tenth of the usual (median { $median }).
card-fix-thousands = { $revenue } / { $adSpend }?
card-fixed-answer = Multiplied the money by 1,000

quick-entry-help =
    I didn't understand that. To book a day, send 4 numbers in the order orders, revenue, ad spend, leads:
    15 8.5m 2m 85
    or labelled, in any order:
    orders 15 revenue 8.5m ads 2m leads 85
    Put a date first to fix a past day: yesterday 12 6m 1.5m 40 · 20/11 12 6m 1.5m 40
    Send /help to see every command.
quick-entry-wrong-count = I need exactly 4 numbers: orders, revenue, ad spend, leads. For example: 15 8.5m 2m 85
quick-entry-bad-value = { $field } “{ $value }” is not right: { $reason }
quick-entry-missing-field = { $field ->
        [orders] Orders are
        [revenue] Revenue is
        [adSpend] Ad spend is
       *[leads] Leads are
    } missing. For example: orders 15 revenue 8.5m ads 2m leads 85
quick-entry-duplicate-field = { $field } appears twice. Give each number once.

## Free text that is not an entry
free-day = 📒 { $period } ({ $date }): { $figures }
free-day-empty = { $period } ({ $date }): nothing recorded.
free-today-empty = Nothing recorded for today ({ $date }) yet. Send 4 numbers: orders, revenue, ad spend, leads, e.g. 15 8.5m 2m 85
free-span = 📊 { $period } ({ $range }, { $recorded } of { $days } days recorded): { $figures }
free-span-partial = 📊 { $period } ({ $range }, { $days ->
        [one] first day
       *[other] first { $days } days
    }, { $recorded } of { $days } recorded): { $figures }
free-span-empty = { $period } ({ $range }): no day recorded.
free-span-partial-empty = { $period } ({ $range }, { $days ->
        [one] first day
       *[other] first { $days } days
    }): no day recorded.
free-period-today = Today
free-period-yesterday = Yesterday
free-period-day-before-yesterday = The day before yesterday
free-period-this-week = This week
free-period-last-week = Last week
free-period-this-month = This month
free-period-last-month = Last month
free-figure-profit = net profit { $amount }
free-figure-loss = net loss { $amount }
free-figure-revenue = revenue { $amount }
free-figure-ad-spend = ad spend { $amount }
free-figure-roas = ROAS { $roas }
free-thanks = You're welcome! Good sales today 🌸
free-unknown = I didn't understand that. Send /help to see what I can do.

field-orders = Orders
field-revenue = Revenue
field-ad-spend = Ad spend
field-leads = Leads

error-money-empty = You didn't enter an amount.
error-money-invalid = I can't read that amount. Valid examples: 8500000, 8,500,000, 8.5m, 850k.
error-money-negative = The amount can't be negative.
error-money-too-large = Number too large: an amount is at most 1,000 billion ₫.
error-money-fraction = The amount must be a whole number of đồng.
error-count-empty = You didn't enter a number.
error-count-invalid = I need a whole number, for example 15.
error-count-negative = This number can't be negative.
error-count-fraction = I need a whole number (no decimals).
error-count-too-large = Number too large: at most 100,000.

## Past days
day-ask-which = Which day do you want to edit? Press a button or type a date (for example 20/11).
day-ask-which-delete = Which day's numbers do you want to delete? Press a button or type a date (for example 20/11).
day-no-record = { $date } has no numbers yet.
day-existing = Saved numbers:
day-edit-button = ✏️ Edit numbers
day-delete-button = 🗑 Delete this day
day-confirm-delete = Delete the numbers for { $date }? This can't be undone.
day-delete-yes = 🗑 Delete
day-delete-no = Keep
day-deleted = 🗑 Deleted the numbers for { $date }.
day-delete-kept = Kept the numbers for { $date }.
day-enter-button = ✏️ Enter this day

## Shops
shop-list = Your shops (current: { $current }):
shop-new-button = ➕ Add a shop
shop-switched = Switched to { $shop }.
shop-current-mark = ✓ { $shop }
shop-rename-button = ✏️ Rename
shop-delete-button = 🗑 Delete shop
shop-ask-new-name = What is the shop's new name?
shop-name-taken = You already have a shop called “{ $shop }”; “{ $name }” is the same name (capital letters and accents aside). Pick another name.
shop-renamed = ✅ Shop renamed: { $old } → { $shop }.
shop-delete-confirm =
    Delete the shop { $shop }? It holds { $days ->
        [one] one day
       *[other] { $days } days
    } of numbers; deleting it removes its numbers, reports, goals, ads and products for good.
shop-delete-yes = 🗑 Delete { $shop }
shop-delete-keep = Keep it
shop-delete-kept = Kept the shop { $shop }.
shop-deleted =
    ✅ Deleted the shop { $shop } ({ $days ->
        [one] one day
       *[other] { $days } days
    } of numbers). Now using: { $current }.
shop-deleted-last =
    ✅ Deleted the shop { $shop } ({ $days ->
        [one] one day
       *[other] { $days } days
    } of numbers). You have no shop left; type /start to create one.

## Language
lang-ask = Choose a language:
lang-changed = Switched to English.

## Help
help-text =
    ShopPulse keeps the daily books of { $shop }.

    Quick entry: send orders, revenue, ad spend, leads
    15 8.5m 2m 85
    orders 15 revenue 8.5m ads 2m leads 85
    yesterday 12 6m 1.5m 40 · 20/11 12 6m 1.5m 40

    Amounts can be written { $moneyForms } (the unit apart or joined).

    /today one number at a time · /edit a past day · /delete a day
    /ads SCALE / KEEP / KILL for each ad (one line: /ads Red dress: days 4, spend 1m, leads 0, orders 0, revenue 0)
    /products products: sell price, cost, margin, break-even ROAS (quick add: /products add Flower dress 350k 140k)
    /goal monthly goal: /goal 300m 60m sets revenue and net profit, /goal 12/2026 300m another month, /goal shows the pace
    /simulate 300m what a monthly revenue takes: orders, leads, ad spend and how feasible; /simulate lists the last five
    /week weekly P&L · /actions to-dos · /chart charts · /export Excel (xlsx) download, /export csv CSV download
    /settings costs, thresholds, schedule (quick: /settings shipping 30k, /settings cogs 35%, /settings help)
    /remind evening reminder · /shop switch, add, rename, delete a shop · /lang language · /cancel cancel
    /dayclose when your day closes: numbers sent after midnight, before it, count for the day before
help-no-shop = not set up yet
onboarding-too-many-attempts = That was 3 wrong answers, so I stopped here and created nothing. Send /start to try again.

## Charts
command-chart =
    .description = Charts: week, 30 days, monthly goal
chart-pick = 📊 Which chart would you like?
chart-button-week = 📅 Week
chart-button-month = 📈 30 days
chart-button-goal = 🎯 Goal
chart-not-available = —
chart-revenue = Revenue
chart-ad-spend = Ad spend
chart-net-profit = Net profit
chart-money-axis = VND
chart-roas-axis = ROAS
chart-missing-day = no entry
chart-weekday-mon = Mon
chart-weekday-tue = Tue
chart-weekday-wed = Wed
chart-weekday-thu = Thu
chart-weekday-fri = Fri
chart-weekday-sat = Sat
chart-weekday-sun = Sun
chart-week-title = { $shop } · { $from } – { $to }
chart-week-subtitle = Revenue { $revenue } · Ads { $adSpend } · ROAS { $roas } (break-even { $breakEven }) · Net profit { $profit }
chart-break-even-revenue = Break-even revenue (= ad spend × break-even ROAS { $breakEven })
chart-week-caption = 📊 { $from } – { $to }: revenue { $revenue }, ad spend { $adSpend }, ROAS { $roas } (break-even { $breakEven }), net profit { $profit }.
chart-too-little-week = 📊 Not enough numbers for a week chart yet: { $from } – { $to } has { $days ->
        [one] 1 recorded day
       *[other] { $days } recorded days
    }, and it needs at least { $needed }. Send your 4 numbers each evening (e.g. 15 8.5m 2m 85) and try again.
chart-month-title = { $shop } · 30 days { $from } – { $to }
chart-month-subtitle = Revenue { $revenue } · Ads { $adSpend } · ROAS { $roas } (break-even { $breakEven }) · { $days }/{ $total } days recorded
chart-revenue-average = Revenue, { $days }-day average
chart-ad-spend-average = Ad spend, { $days }-day average
chart-roas-daily = Daily ROAS
chart-roas-average = ROAS, { $days } days
chart-break-even-roas = Break-even ROAS { $breakEven }
chart-month-caption = 📈 30 days { $from } – { $to } ({ $days } days recorded): revenue { $revenue }, ad spend { $adSpend }, ROAS { $roas } (break-even { $breakEven }).
chart-too-little-month = 📈 Not enough numbers for a 30-day trend yet: { $from } – { $to } has { $days } recorded days, and it needs at least { $needed }. Keep entering your numbers each evening, or look at the week chart meanwhile.
chart-goal-title = { $shop } · Goal for { $month }
chart-goal-subtitle = Reached { $revenue } / { $target } ({ $percent }) · Month-end forecast { $forecast } ({ $forecastPercent })
chart-cumulative = Revenue so far
chart-target-path = Straight path to { $target }
chart-forecast = Month-end forecast
chart-goal-caption = 🎯 { $month }: reached { $revenue } of { $target } ({ $percent }); on pace would be { $onPace } by today; month-end forecast { $forecast } ({ $forecastPercent } of the goal).
chart-goal-missing = 🎯 There is no revenue goal for { $month } yet. Once you set a monthly goal (/goal 300m, or /goal to see how), this chart compares your revenue so far with the straight path to the goal and forecasts the month's end.
chart-too-little-goal = 🎯 { $month } has { $days } recorded days so far; the month-end forecast needs at least { $needed }. Send your 4 numbers each evening (e.g. 15 8.5m 2m 85) and try again.

## Export
command-export =
    .description = Export your numbers as an Excel file (xlsx); /export csv: a CSV file; /export all: all your data
export-header-date = Date
export-header-orders = Orders
export-header-revenue = Revenue (₫)
export-header-ad-spend = Ad spend (₫)
export-header-leads = Leads
export-header-cogs = COGS (₫)
export-header-returned-revenue = Returns (₫)
export-header-shipping = Shipping (₫)
export-header-payment-fees = Payment fees (₫)
export-header-fixed-cost = Fixed cost (₫)
export-header-aov = AOV (₫)
export-header-cpl = CPL (₫)
export-header-cvr = CVR (%)
export-header-roas = ROAS
export-header-net-profit = Net profit (₫)
export-caption = 📄 { $shop }: { $days } recorded days, { $from } to { $to }. Dates are year-month-day, money in whole đồng.
export-empty = This shop has no numbers to export yet. Send today's numbers first (e.g. 15 8.5m 2m 85).
export-empty-range = There are no numbers from { $from } to { $to }.
export-bad-date = I could not read that date range. Send /export for every day, /export 01/11 for 01/11 until today, or /export 01/11 30/11.
export-future-date = That day has not come yet. Example: /export 01/11 30/11
export-swapped = Swapped the two dates: { $from } → { $to }.
export-end-cut = The end date is after today, so the export stops today.
export-sheet-name = Daily numbers
export-total = Total

## Day close
command-dayclose =
    .description = When your day closes (after midnight)
dayclose-status = 🌙 { $shop } closes its day at { $time }: numbers sent without a date between 00:00 and { $time } count for the day before.
dayclose-status-midnight = 🌙 { $shop } closes its day at 00:00 (midnight): numbers sent without a date count for the day they are sent.
dayclose-usage = Change it: /dayclose 3h or /dayclose 02:30 · Midnight: /dayclose 0h (from { $min } to { $max })
dayclose-set = ✅ Your day now closes at { $time }.
dayclose-bad-argument = I could not read «{ $text }». Send a time, e.g. /dayclose 3h or /dayclose 02:30.
dayclose-too-late = Cannot close the day at { $time }: it must be between { $min } and { $max }, as after { $max } in the morning a new day has begun.

## Reminders
command-remind =
    .description = Evening reminder: on/off, time
remind-message =
    ⏰ { $shop }: no numbers for { $day ->
        [yesterday] yesterday
       *[today] today
    } ({ $date }) yet.
    Send 4 numbers: orders, revenue, ad spend, leads, e.g.:
    15 8.5m 2m 85
remind-missed-days = Missing { $count ->
        [one] 1 day
       *[other] { $count } days
    }: { $dates }. Tap a day to enter it.
remind-fill-button = ✍️ { $date }
remind-fill-recorded = { $date } already has numbers, so this button changes nothing. To see or change it: /edit
remind-button-off = 🔕 Turn reminders off
remind-button-on = 🔔 Turn reminders on
remind-button-push-off = Turn weekly summary off
remind-button-push-on = 📊 Turn weekly summary on
remind-status-on = ⏰ Evening reminder ({ $shop }): on, at { $time } ({ $zone }), when that day has no numbers yet.
remind-status-off = 🔕 Evening reminder ({ $shop }): off.
remind-push-on = 📊 Weekly summary: on, { $day } at { $time }.
remind-push-off = 📊 Weekly summary: off.
remind-usage = Change the time: /remind 20:30 · Off: /remind off · On: /remind on
remind-time-set = ✅ New reminder time: { $time }.
remind-bad-argument = I could not read «{ $text }». Send a time as HH:MM, e.g. /remind 20:30, or /remind on, /remind off.
remind-turned-on = Reminders turned on
remind-turned-off = Reminders turned off
remind-already-on = Reminders are already on
remind-already-off = Reminders are already off
remind-push-turned-on = Weekly summary turned on
remind-push-turned-off = Weekly summary turned off
remind-push-already-on = The weekly summary is already on
remind-push-already-off = The weekly summary is already off
remind-weekday =
    { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }

## Weekly report (/week, /actions, the Monday push)
command-week =
    .description = Last week's and this week's P&L
command-actions =
    .description = Open action items
week-title = 📊 Week { $range } · { $shop }
week-title-running = 📊 This week ({ $range }, { $days ->
        [1] first day
        [7] all 7 days
       *[other] first { $days } days
    }) · { $shop }
week-no-data = No day of the week { $range } has been recorded yet.
week-line-revenue = Revenue: { $value }{ $delta }
week-line-orders = Orders: { $value }{ $delta } · Leads: { $leads }{ $leadsDelta }
week-line-ad-spend = Ad spend: { $value }{ $delta }
week-line-metrics = AOV (order value) { $aov } · CPL (cost per lead) { $cpl } · CVR (lead to order) { $cvr }
week-line-roas = ROAS { $roas } · break-even { $breakEven } (on the week's actual revenue and costs)
week-line-roas-no-break-even = ROAS { $roas } · ads cannot break even with the current costs
week-line-net-profit = Net profit: { $value }{ $delta }
week-line-days = { $recorded } of { $days } days recorded
week-previous-not-recorded = Last week: { $recorded } of { $days } days recorded; a day not recorded counts as 0 in the comparison (/edit to fill it in).
week-delta = { " " }({ $change })
week-compared-running = { $days ->
        [1] Compared with the first day of last week.
        [7] Compared with the whole of last week.
       *[other] Compared with the first { $days } days of last week.
    }
week-why-fell = Why: profit fell { $change }, { $share } of it because { $factor } fell from { $from } to { $to }.
week-why-rose = Why: profit rose { $change }, { $share } of it because { $factor } rose from { $from } to { $to }.
week-why-fell-by = Why: profit fell { $change }, { $share } of it because { $factor } rose from { $from } to { $to }.
week-why-rose-by = Why: profit rose { $change }, { $share } of it because { $factor } fell from { $from } to { $to }.
week-why-flat = Net profit is the same as last week.
week-why-plain = Net profit changed by { $change } from last week.
week-factor-leads = lead volume
week-factor-cvr = CVR (lead to order)
week-factor-aov = AOV (order value)
week-factor-margin = margin
week-factor-cpl = CPL (cost per lead)
week-factor-fixed = fixed costs
week-issues-title = Issues:
week-praise = 🎉 No issues in the week { $range }. Keep it up!
week-actions-title = What to do (answer with the buttons):
week-severity-critical = 🔴
week-severity-warning = 🟠
week-severity-info = 🔵
week-goal = 🎯 Goal for { $month }: { $toDate } / { $target } ({ $pace } of pace) · month-end forecast { $forecast }
week-goal-needed =
    Needs { $perDay }/day over { $days ->
        [one] the one day left
       *[other] the { $days } days left
    }.
week-goal-not-recorded = { $missing } of the { $elapsed } days so far not recorded: they count as 0 ₫ in both the pace and the forecast (/edit to fill them in).
week-part-rose = { $factor } rose { $from } → { $to }: { $amount }
week-part-fell = { $factor } fell { $from } → { $to }: { $amount }
week-label-revenue = Revenue
week-label-ad-spend = Ad spend
week-label-net-profit = Net profit
week-label-roas = ROAS
week-label-days-recorded = Days recorded
week-label-revenue-to-date = Month-to-date revenue
week-label-profit-to-date = Month-to-date profit
week-action-target = { "   " }↳ { $metric }: { $actual } → { $threshold }{ $effect }
week-action-effect = { " " }· worth ~{ $amount } of profit
week-action-same-target = { "   " }↳ same target as item { $n }
week-action-overlap = { " " }(overlaps item { $n }, not to be added up)
week-actions-more = + { $count } more in /actions

action-status-pending = ⏳
action-status-accepted = 👍
action-status-dismissed = ✖️
action-status-done = ✅
action-button-accept = { $n } 👍 Accept
action-button-dismiss = { $n } ✖️ Dismiss
action-button-done = { $n } ✅ Done
action-answered-accepted = Accepted item { $n }.
action-answered-dismissed = Dismissed item { $n }.
action-answered-done = Great! Item { $n } is done.
action-already-answered = This item was already answered.
actions-none = No open action items. 🎉
actions-title = Open items of { $shop }:
actions-item = { $n }. { $text } { $status } (week { $week })
actions-item-outdated = { $n }. { $text } { $status } (week { $week } · ⚠️ this figure is out of date, a newer week was diagnosed: see /week)
actions-group = 🎯 { $metric }:
actions-group-general = 📋 General:
actions-more = + { $count } more: tap See more
actions-button-more = See more ▶
actions-button-previous = ◀ Back
actions-expired = { $count ->
    [one] 1 old item expired (not answered after two weekly reports).
   *[other] { $count } old items expired (not answered after two weekly reports).
}

issue-roas-below-break-even = ROAS { $roas } is below break-even { $breakEvenRoas }: { $adSpend } of ads brought only { $revenue } of revenue.
issue-net-profit-negative = Net profit is negative: revenue { $revenue }{ $returnedRevenueRaw ->
        [0] {""}
       *[other] {" "}− returns { $returnedRevenue }
    }{ $cogsRaw ->
        [0] {""}
       *[other] {" "}− cost of goods { $cogs }
    }{ $shippingCostRaw ->
        [0] {""}
       *[other] {" "}− shipping { $shippingCost }
    }{ $paymentFeesRaw ->
        [0] {""}
       *[other] {" "}− payment fees { $paymentFees }
    }{ $adSpendRaw ->
        [0] {""}
       *[other] {" "}− ads { $adSpend }
    }{ $fixedCostsRaw ->
        [0] {""}
       *[other] {" "}− fixed costs { $fixedCosts }
    } = { $netProfit }.
issue-margin-not-positive = Margin { $grossMarginRatio }: variable costs { $variableCosts } match or exceed revenue { $revenue }, so every sale loses money.
issue-cvr-below-min = CVR { $cvr } is below the minimum { $minCvr }: { $leads } leads turned into only { $orders } orders.
issue-cpl-above-max = CPL { $cpl } is above your ceiling { $maxCpl } ({ $leads } leads for { $adSpend }).
issue-cpl-spike = CPL { $cpl } spiked: more than { $multiplier } × the recent median { $medianCpl }.
issue-revenue-down = Revenue dropped ({ $revenueChange }): { $revenue } against { $previousRevenue } the week before.
issue-aov-down = Order value (AOV) dropped ({ $aovChange }): { $aov } against { $previousAov } the week before.
issue-spend-up-orders-flat = Ad spend { $adSpendChange } ({ $previousAdSpend } → { $adSpend }) while orders { $ordersChange } ({ $previousOrders } → { $orders }).
issue-goal-revenue-off-pace = Month-to-date revenue { $revenueToDate } is only { $revenuePace } of pace ({ $proRataRevenueTarget } of the { $revenueTarget } goal by now).
issue-goal-profit-off-pace = Month-to-date profit { $profitToDate } is behind plan: on pace it would be { $proRataProfitTarget } by now (of the { $profitTarget } goal).
issue-data-gap = Only { $daysRecorded } of { $daysInPeriod } days recorded (at least { $minDaysRecorded } needed): the week's numbers may be off.

action-pause-losing-ads = Pause or cut the budget of ads with ROAS under { $breakEvenRoas }.
action-keep-cpl-under-break-even = Keep CPL under { $breakEvenCpl } (break-even per lead).
action-raise-order-value = Raise order value: bundles, gifts for larger orders.
action-cut-ad-budget = Cut the budget of the weakest ad sets.
action-review-costs = Review cost of goods, shipping and fixed costs.
action-raise-prices = Review prices: orders are not profitable as they are.
action-check-cost-settings = Check the cost ratios you entered.
action-reply-leads-faster = Answer customer messages within 5 minutes.
action-follow-up-leads = Follow up with people who asked but did not buy.
action-check-ad-targeting = Check ad targeting: are the leads real buyers?
action-pause-ads-above-cpl = Pause ads with CPL above { $cplLimit }.
action-refresh-ad-creatives = Refresh ad images and videos.
action-contact-past-customers = Send an offer to past customers.
action-offer-bundles = Suggest bundles or add-ons to lift order value.
action-free-shipping-threshold = Offer free shipping on orders from { $previousAov }.
action-roll-back-ad-budget = Bring ad spend back to about { $previousAdSpend }/week until orders pick up.
action-check-new-ads = Check the ads you started that week.
action-review-goal-plan = Review the month plan: is the goal still realistic?
action-fill-missing-days = Fill in the missing days (/edit).
action-turn-on-reminders = Turn on the evening reminder so no day is missed (/remind).

alert-title = ⚠️ Heads-up for { $date }:
alert-zero-orders-with-spend = { $adSpend } of ads ({ $leads } leads) and not a single order.
alert-roas-below-break-even = ROAS { $roas } is below break-even { $breakEvenRoas }: the ads are losing money.
alert-cpl-above-max = CPL { $cpl } is above your ceiling { $maxCpl }.
alert-cvr-below-min = CVR { $cvr } is below the minimum { $minCvr } ({ $orders } orders / { $leads } leads).

## Your data: /export all, /deletemydata
command-deletemydata =
    .description = Delete all your data
help-data-rights = Your data: /export all downloads everything · /deletemydata deletes all of it
data-none = I hold no data of yours.
data-delete-confirm =
    ⚠️ Are you sure you want to delete all your data?

    This will be deleted for good:
    { $summary }

    It cannot be undone. To keep a copy, press “Download my data first” (or send /export all).
data-summary-shops = { $count ->
    [0] • No shop yet
    [one] • 1 shop: { $names }
   *[other] • { $count } shops: { $names }
}
data-summary-days = { $count ->
    [one] • 1 day of numbers
   *[other] • { $count } days of numbers
}
data-summary-diagnoses = { $count ->
    [one] • 1 weekly diagnosis
   *[other] • { $count } weekly diagnoses
} with { $items ->
    [one] 1 action item
   *[other] { $items } action items
}
data-summary-goals = { $count ->
    [one] • 1 monthly goal
   *[other] • { $count } monthly goals
}
data-summary-ad-decisions = { $count ->
    [one] • 1 ad decision
   *[other] • { $count } ad decisions
}
data-summary-presets = { $count ->
    [one] • 1 product preset
   *[other] • { $count } product presets
}
data-summary-simulations = { $count ->
    [one] • 1 growth simulation
   *[other] • { $count } growth simulations
}
data-summary-rest = • your settings, reminders, unsaved entries and your account
data-button-delete = 🗑 Delete everything
data-button-keep = Keep
data-button-export = 📦 Download my data first
data-deleted =
    ✅ All your data is deleted ({ $shops ->
        [1] 1 shop
       *[other] { $shops } shops
    }, { $days ->
        [1] 1 day
       *[other] { $days } days
    } of numbers and everything with them). I hold nothing about you any more. Whenever you like, send /start to begin afresh.
data-deleted-answer = Deleted
data-kept = 👍 Kept everything; nothing was deleted.
data-confirm-expired = This confirmation has expired. Send /deletemydata to start again.
data-export-intro = 📦 All your data in { $files } CSV files, to open in Excel or Google Sheets. Dates are year-month-day, money in whole đồng.
data-export-caption-account = 👤 Your account
data-export-caption-settings = ⚙️ Shops and settings
data-export-caption-days = 📄 { $shop }: { $rows ->
    [one] 1 recorded day
   *[other] { $rows } recorded days
}
data-export-caption-diagnoses = 📊 { $rows ->
    [one] 1 weekly diagnosis
   *[other] { $rows } weekly diagnoses
}
data-export-caption-action-items = ✅ { $rows ->
    [one] 1 action item
   *[other] { $rows } action items
}
data-export-caption-goals = 🎯 { $rows ->
    [one] 1 monthly goal
   *[other] { $rows } monthly goals
}
data-export-caption-ad-decisions = 📣 { $rows ->
    [one] 1 ad decision
   *[other] { $rows } ad decisions
}
data-export-caption-presets = 🏷 { $rows ->
    [one] 1 product preset
   *[other] { $rows } product presets
}
data-export-caption-simulations = 📈 { $rows ->
    [one] 1 growth simulation
   *[other] { $rows } growth simulations
}
data-export-header-shop = Shop
data-export-header-setting = Setting
data-export-header-group = Group
data-export-setting-currency = Currency
data-export-setting-created = Shop created on
data-export-setting-not-set = not set
data-export-setting-with-unit = { $name } ({ $unit })
data-export-setting-unit = { $unit ->
        [percent] %
        [money-order] ₫/order
        [money-month] ₫/month
        [money-lead] ₫/lead
        [money-ad] ₫/ad
        [day] days
        [order] orders
        [impression] impressions
       *[money] ₫
    }
data-export-header-field = Field
data-export-header-value = Value
data-export-header-week = Week
data-export-header-week-start = From
data-export-header-week-end = To
data-export-header-days-recorded = Recorded days
data-export-header-break-even-roas = Break-even ROAS
data-export-header-profit-change = Profit change on the week before (₫)
data-export-header-issues = Issues (codes)
data-export-header-action = Action item
data-export-header-status = Status
data-export-header-status-date = Answered on
data-export-header-month = Month
data-export-header-revenue-target = Revenue target (₫)
data-export-header-profit-target = Profit target (₫)
data-export-header-ad-name = Ad
data-export-header-days-running = Days running
data-export-header-impressions = Impressions
data-export-header-clicks = Clicks
data-export-header-decision = Decision
data-export-header-budget-change = Suggested budget change (ratio)
data-export-header-product = Product
data-export-header-sell-price = Selling price (₫)
data-export-header-unit-cogs = COGS per unit (₫)
data-export-header-target-revenue = Target revenue (₫)
data-export-header-based-on-days = Days used
data-export-header-required-orders = Orders needed
data-export-header-required-leads = Leads needed
data-export-header-required-ad-spend = Ad spend needed (₫)
data-export-header-projected-net-profit = Projected net profit (₫)
data-export-header-feasibility = Feasibility
data-export-status-pending = Not answered
data-export-status-accepted = Accepted
data-export-status-dismissed = Dismissed
data-export-status-done = Done
data-export-field-telegram-id = Telegram ID
data-export-field-name = Name
data-export-field-email = Email
data-export-field-language = Language
data-export-field-joined = Started using ShopPulse

## Groups and channels (the bot works in private chats only)

private-chats-only = ShopPulse works in private chats only, so that each shop's numbers are seen by its owner alone. Message the bot directly: https://t.me/{ $bot }
private-chats-only-button = ShopPulse works in private chats with the bot only.

## Products (/products, and the products of a day's entry)
command-products =
    .description = Products: sell price, cost, margin
flow-name-product-add = adding a product
flow-name-product-edit = editing a product
products-title = 🏷 Products of { $shop }:
products-empty = 🏷 { $shop } has no products yet. Add a product (name, sell price, cost) to see each one's margin and break-even ROAS, and to count cost of goods by orders in a day's entry.
products-hint = Tap a product to edit or delete it. Quick add: /products add Flower dress 350k 140k
products-line = • { $name }: price { $price } · cost { $cost } · margin { $margin } · { $breakEven }
products-break-even = break-even ROAS { $roas }
products-never-breaks-even = never breaks even
products-open-button = ✏️ { $name }
products-add-button = ➕ Add a product
products-edit-name-button = Name
products-edit-price-button = Price
products-edit-cost-button = Cost
products-delete-button = 🗑 Delete
products-delete-confirm = Delete the product { $name }? Saved days keep their cost of goods.
products-delete-yes = 🗑 Delete
products-delete-keep = Keep
products-deleted = 🗑 Deleted { $name }. Saved days keep their cost of goods and net profit.
products-deleted-answer = Deleted
products-gone = This product is gone (or is not in the shop in use).
products-usage = I did not understand that. Send /products to see your products.
products-add-example = Quick add: /products add Flower dress 350k 140k (name, sell price, cost).
products-added = ✅ Added { $name }.
products-updated = ✅ Updated { $name }.
products-ask-name = What is the product called? (e.g. Flower dress)
products-ask-price = Sell price of one { $name }? (e.g. 350k)
products-ask-cost = Cost of one { $name } (sold at { $price })? (e.g. 140k)
products-ask-new-name = New name for { $name }?
products-ask-new-price = New sell price of { $name } (now { $current })?
products-ask-new-cost = New cost of { $name } (now { $current })?
products-too-many-attempts = That was 3 wrong answers, so I stopped here and saved nothing. Send /products to try again.
products-error-duplicate = There is already a product called “{ $name }”. Pick another name.
products-error-duplicate-any = A product of that name already exists; nothing was saved.
products-error-missing-values = I need a name, a sell price and a cost, in that order.
products-error-bad-price = I could not read the sell price.
products-error-bad-cost = I could not read the cost.
products-error-price-too-large = Number too large: a product's sell price and cost are at most 100 million ₫.
products-error-zero-price = The sell price must be above 0.
products-error-cost-above-price = The cost cannot be above the sell price (typed in the wrong order?).
products-error-name-empty = The product name cannot be empty.
products-error-name-no-letter = A product name needs at least one letter or digit.
products-error-name-too-long = A product name has at most 48 characters.
products-error-name-command = A product name cannot start with / (that is how commands are typed).
flow-name-entry-products = picking products for an entry card
card-products-button = 🏷 Products
card-products-cogs = Cost of goods: { $lines } = { $total }
card-product-part = { $orders } × { $unitCogs } ({ $name })
card-products-cogs-delivered = Cost of goods: { $lines } × { $delivered } delivered = { $total }
breakdown-revenue = Revenue: { $value }
breakdown-delivered = Delivered revenue: { $delivered } ({ $revenue } − returns { $returned })
breakdown-cogs = − Cost of goods: { $value }
breakdown-less = − { $part }
breakdown-shipping = − Shipping: { $value }
breakdown-fee = − Payment fees: { $value }
breakdown-ads = − Ads: { $value }
breakdown-fixed = − Fixed cost: { $value }
entry-products-ask-pick = { $date } has { $orders } orders. Which product were they? (cost of goods will count by product instead of the COGS ratio)
entry-products-ask-next = { $remaining } orders left. Next product?
entry-products-ask-count = How many of the { $remaining } orders were { $name }?
entry-products-all-button = All { $remaining } orders
entry-products-pick-hint = Pick a product with the buttons below (or type its name).
entry-products-count-range = I need a number of orders from 1 to { $remaining }.
entry-products-too-many-attempts = That was 3 wrong answers, so I stopped here; the entry card is unchanged. Tap 🏷 Products on it to pick again.
entry-products-gone = { $names } has been deleted; pick again.
entry-products-none-left = The shop has no products left; the entry card is unchanged and nothing was saved.
card-products-gone = { $names } has been deleted, so nothing was saved. Pick the products for this card again:
card-products-gone-answer = Not saved: a product was deleted
card-products-pick-again = 🏷 Pick products again

## Monthly goals (/goal)
command-goal =
    .description = Monthly goal: set it and see the pace
goals-none = 🎯 { $shop } has no goal for { $month } yet. Set one with /goal 300m (revenue) or /goal 300m 60m (revenue and net profit); another month: /goal 12/2026 300m.
goals-title = 🎯 Goal for { $month } · { $shop } (to { $date }, day { $elapsed } of { $days })
goals-revenue = Revenue: { $toDate } / { $target } · on pace would be { $proRata } · { $status }
goals-profit = Net profit: { $toDate } / { $target } · on pace would be { $proRata } · { $status }
goals-pace-behind = { $gap } behind plan, { $pace } of it so far
goals-pace-behind-loss = { $gap } behind plan
goals-pace-ahead = { $gap } ahead of plan
goals-pace-on = on plan
goals-forecast-revenue = Month-end forecast at the current rate: revenue { $forecast } ({ $percent } of the goal)
goals-forecast-profit = Month-end forecast at the current rate: net profit { $forecast } ({ $percent } of the goal)
goals-forecast-profit-short = Month-end forecast at the current rate: net profit { $forecast }, { $short } short of the goal
goals-no-forecast = No day of this month is recorded yet, so there is no forecast.
goals-missing-days = { $count ->
    [one] 1 day not recorded
   *[other] { $count } days not recorded
    }: { $dates }. They count as 0 ₫ in both the pace and the forecast (/edit to fill them in).
goals-more-days = and { $count ->
    [one] 1 more
   *[other] { $count } more
    }
goals-needed =
    { $days ->
        [one] The one day left needs
       *[other] Each of the { $days } days left needs
    }: revenue { $revenue }, { $orders } orders, { $leads } leads, ad spend { $adSpend }.
goals-basis = From the last 28 days: AOV (order value) { $aov }, CVR (close rate) { $cvr }, CPL (cost per lead) { $cpl }.
goals-needed-revenue =
    { $days ->
        [one] The one day left needs
       *[other] Each of the { $days } days left needs
    } revenue { $revenue }.
goals-basis-too-few-days = The orders, leads and ad spend needed per day come from the last 28 days: they need at least { $needed } recorded days, there are { $days }.
goals-basis-no-orders = The orders, leads and ad spend needed per day cannot be worked out: no order in the last 28 days.
goals-basis-no-leads = The orders, leads and ad spend needed per day cannot be worked out: no lead in the last 28 days.
goals-reached = ✅ The month's revenue goal is reached.
goals-set = 🎯 Goal for { $month } set: revenue { $revenue }.
goals-set-profit = 🎯 Goal for { $month } set: revenue { $revenue }, net profit { $profit }.
goals-replaced = 🎯 Goal for { $month } replaced:
goals-change-revenue = Revenue: { $old } → { $new }
goals-change-profit = Net profit: { $old } → { $new }
goals-profit-kept = Net profit: target { $profit } kept (to remove it, type /goal <revenue> 0)
goals-profit-dropped = Net profit: target { $profit } removed, as it is above the revenue target { $revenue }
goals-not-set = not set
goals-bad-month = “{ $text }” is not a month. Put month/year before the amount, e.g. /goal 12/2026 300m. Nothing changed.
goals-past-month = { $month } is over, so it can no longer get a goal: only this month or the months ahead. Nothing changed.
goals-far-month = { $month } is too far ahead: a goal can be set for this month up to { $last }. Nothing changed.
goals-too-large = Number too large: a goal is at most { $max }. Nothing changed.
goals-bad-amount = I couldn't read the amount “{ $text }”. E.g. /goal 300m (revenue) or /goal 300m 60m (revenue, then net profit). Nothing changed.
goals-ambiguous = “{ $text }” reads as one amount or as two. Give each amount its unit, e.g. /goal 300m 60m. Nothing changed.
goals-zero-revenue = The revenue goal must be above 0 ₫. Nothing changed.
goals-profit-above-revenue = The net profit goal cannot be above the revenue goal (typed the other way round?). Nothing changed.

## Ads: SCALE / KEEP / KILL (/ads)
command-ads =
    .description = SCALE / KEEP / KILL for each ad
flow-name-ad-judgement = judging an ad
flow-name-ad-channel = picking an ad's channel
week-ads-title = 📣 Ads judged this week:
ads-decision-scale = 🚀 SCALE (raise the budget)
ads-decision-keep = 🟡 KEEP (leave it)
ads-decision-kill = 🔴 KILL (turn it off)
ads-channel-facebook = Facebook
ads-channel-tiktok = TikTok
ads-channel-zalo = Zalo
ads-channel-other = Other channel
ads-title = { $decision } · { $name } ({ $channel })
ads-reason-kill-no-order = spent { $spend } ≥ { $multiplier } × { $cpaBasis ->
        [owner] target CPA
       *[derived] break-even CPA
    } { $cpa } without a single order
ads-reason-kill-no-lead = spent { $spend } ≥ { $multiplier } × { $cplBasis ->
        [owner] target CPL
       *[derived] break-even CPL
    } { $cpl } without a single lead
ads-reason-kill-roas = ROAS { $roas } below break-even { $breakEvenRoas } after spending { $spend } (≥ { $multiplier } × { $cpaBasis ->
        [owner] target CPA
       *[derived] break-even CPA
    } { $cpa })
ads-reason-learning-days = running { $days }/{ $minDays } days: needs { $missingDays } more days
ads-reason-learning-spend = spent { $spend }/{ $minSpend }: needs { $missingSpend } more
ads-reason-scale-roas = ROAS { $roas } ≥ { $scaleRoas } (the ROAS to scale at)
ads-reason-scale-cpl = CPL { $cpl } ≤ { $cplBasis ->
        [owner] target CPL
       *[derived] break-even CPL
    } { $breakEvenCpl }
ads-reason-scale-orders = { $orders } orders (at least { $minOrders } needed)
ads-reason-keep-roas = ROAS { $roas }: break-even { $breakEvenRoas }, scale from { $scaleRoas }
ads-change-closing = 👉 { $leads } leads but only { $orders } orders (closing { $cvr }, the shop { $shopCvr }): a closing problem (reply faster, follow up those who did not buy), not an ad problem.
ads-change-high-cpl = 👉 CPL { $cpl } above { $cplBasis ->
        [owner] target CPL
       *[derived] break-even CPL
    } { $breakEvenCpl }: change the creative (picture, video, offer) or the targeting.
ads-change-low-ctr = 👉 CTR { $ctr } below the minimum { $minCtr }: few people click, change the picture/video and the opening line.
ads-change-raise-roas = 👉 ROAS { $roas } not yet { $scaleRoas } to scale: keep the budget, try raising the order value (bundles, a gift for buying more).
ads-change-more-orders = 👉 Only { $orders } orders so far ({ $minOrders } needed to scale): leave it and look again in a few days.
ads-change-no-orders = 👉 { $spend } spent and no order yet: check the ad's content and audience. Record 7 days (or set a target CPA: /settings target cpa 300k) so I can tell when to turn it off.
ads-change-need-cpl = 👉 ROAS and orders are enough to scale, but the ad's CPL cannot be compared with a break-even CPL yet (it needs the ad's leads and 7 recorded days, or a target CPL: /settings target cpl 60k): keep it until then.
ads-action-kill = 👉 Turn this ad off before it loses more money.
ads-action-scale = 👉 Raise the budget { $current }/day → { $next }/day (+{ $step }), look again in 2 days.
ads-action-learning = 👉 Let it run: not enough data to decide yet.
ads-basis-derived = 📐 Judged against numbers derived from { $days } recorded days of the last 28:
ads-basis-few-days = 📐 Only { $days } days recorded in the last 28 ({ $needed } needed), so the shop's order value and closing rate are not known yet; judged with what you set:
ads-basis-cpa = break-even CPA { $value }
ads-basis-cpl = break-even CPL { $value }
ads-basis-roas = break-even ROAS { $value }
ads-basis-scale-roas = ROAS to scale { $value }
ads-basis-owner-mark = (set by you)
ads-basis-cpa-target = target CPA { $value }
ads-basis-cpl-target = target CPL { $value }
ads-basis-alert-max-cpl = 🚨 Max CPL { $value } (set by you) is the daily alert threshold, not a break-even: no ad is judged by it.
ads-basis-cpa-name = break-even CPA
ads-basis-cpl-name = break-even CPL
ads-basis-roas-name = break-even ROAS
ads-basis-scale-roas-name = ROAS to scale
ads-basis-missing = Missing: { $missing } (needs 7 recorded days, or a target CPA/CPL you set).
ads-basis-none = ⚠️ No judgement against break-even is possible: the shop's order value is unknown (needs 7 recorded days) and no target CPA, CPL or ROAS is set.
ads-signals-title = ⚡ Early warning signs:
ads-signal-low-ctr = CTR { $value } below the minimum { $threshold }
ads-signal-high-cpl = CPL { $value } above { $threshold } (2 × { $cplBasis ->
        [owner] the target CPL
       *[derived] the break-even CPL
    })
ads-signal-no-lead = spent { $value } (≥ { $threshold } = 3 × { $cplBasis ->
        [owner] the target CPL
       *[derived] the break-even CPL
    }) without a lead
ads-signal-cpm-spike = CPM { $value } above { $threshold } (1.5 × its CPM last time)
ads-previous = 🔁 Since last time ({ $date }): spend { $spendBefore } → { $spend } · ROAS { $roasBefore } → { $roas } · { $decisionBefore } → { $decision }
ads-button-done = ✅ Done
ads-button-later = ⏰ Later
ads-answered-done = Noted: done.
ads-answered-later = Noted: later.
ads-already-answered = This decision was already answered.
ads-response-done = ✅ done
ads-response-later = ⏰ later
ads-response-none = not answered
ads-list-title = 📣 Ads of { $shop } (latest judgement):
ads-list-line = { $name } ({ $channel }): { $decision } · { $date }
ads-list-hint = Judge an ad again or a new one with the button below, or in one line: /ads Red dress: days 4, spend 1m, leads 0, orders 0, revenue 0
ads-button-judge = ➕ Judge an ad
ads-ask-name = Which ad? Pick one judged before, or type the name of a new one.
ads-ask-name-new = What is the ad called? (for example: Red dress)
ads-bad-name = An ad name needs 1 to 64 characters.
ads-name-no-letter = An ad name needs at least one letter or digit.
ads-ask-channel = Where does “{ $name }” run?
ads-ask-line-channel = Where does “{ $name }” run? I will remember it for “{ $name }” next time.
ads-pick-channel = Pick the channel with a button below (or type Facebook, TikTok, Zalo, other).
ads-ask-days = How many days has the ad been running?
ads-bad-days = Days running must be 1 or more, for example 4.
ads-views-too-large = Number too large: impressions and clicks are at most 10,000,000,000.
ads-clicks-above-impressions = Clicks cannot be more than impressions (every click is on an impression shown). Nothing saved.
ads-ask-spend = How much has this ad spent? (for example 1m, 850k, 1.2 million)
ads-ask-leads = How many leads (people who messaged or asked)?
ads-ask-orders = How many orders?
ads-ask-revenue = Revenue from those orders? (0 if none)
ads-ask-impressions = How many impressions? (optional)
ads-ask-clicks = How many clicks? (optional)
ads-button-skip = Skip
ads-too-many-attempts = That was 3 wrong answers, so I stopped here; nothing was saved. Send /ads to try again.
ads-field-days = days running (days)
ads-field-spend = spend (spend)
ads-field-leads = leads (leads)
ads-field-orders = orders (orders)
ads-field-revenue = revenue (revenue)
ads-field-impressions = impressions (impressions)
ads-field-clicks = clicks (clicks)
ads-field-channel = channel (channel)
ads-line-no-name = The ad's name goes before a colon.
ads-line-missing = { $field } is missing.
ads-line-duplicate = { $field } is typed twice.
ads-line-several = This line holds several ads. One ad a line: start a new line before each ad's name and I judge them one after another. Nothing saved.
ads-line-unlabelled = “{ $value }” has no label (days, spend, leads, orders, revenue…).
ads-line-bad-value = { $field }: { $reason }
ads-line-example = For example: /ads Red dress: days 4, spend 1m, leads 0, orders 0, revenue 0 (or just /ads to be asked one number at a time).
ads-line-number = Line { $line }: { $text }
ads-lines-too-many = At most { $max } ads in one message, one ad a line. Nothing saved.

## Growth simulation (/simulate)
command-simulate =
    .description = Simulate: what a monthly revenue takes
sim-usage = E.g. /simulate 300m — I work out the orders, leads and ad spend a month that revenue takes, from your last 28 days.
sim-list-empty = 📈 { $shop } has no simulation yet.
sim-list-title = 📈 Latest simulations · { $shop }
sim-list-item = { $n }. { $date }: { $target }/month → ad spend { $adSpend }, net profit { $profit } · { $feasibility }
sim-list-hint = Tap a number to make that revenue this month's goal.
sim-list-button = 🎯 { $n }
sim-bad-amount = I couldn't read the revenue “{ $text }”. E.g. /simulate 300m (a month's revenue). Nothing saved.
sim-zero = The revenue target must be above 0 ₫. Nothing saved.
sim-too-few-days = 📈 A simulation needs at least { $needed } recorded days in the last 28; there are { $days }, { $missing } more needed. Send your 4 numbers each evening (e.g. 15 8.5m 2m 85) and try again. Nothing saved.
sim-no-orders = 📈 No order in the last 28 days, so there is no order value (AOV) to work from. Nothing saved.
sim-no-leads = 📈 No lead in the last 28 days, so there is no close rate (CVR) to work from. Nothing saved.
sim-no-ad-spend = 📈 No ad spend in the last 28 days, so there is no cost per lead (CPL) nor current spend to compare with. Nothing saved.
sim-too-large = 📈 Number too large: with the shop's current order value and closing rate, this target needs orders, leads or ad spend beyond { $max }. Try a smaller target. Nothing saved.
sim-target-too-large = Number too large: a revenue target is at most { $max }. Nothing saved.
sim-title = 📈 Simulation of { $target }/month revenue · { $shop }
sim-basis = From { $days } recorded days of the last 28: AOV (order value) { $aov } · CVR (close rate) { $cvr } · CPL (cost per lead) { $cpl } · ad spend now { $current }/month
sim-needs = Needed each month: { $orders } orders · { $leads } leads
sim-flat = • At today's CPL: ad spend { $adSpend } ({ $ratio }× today's), projected net profit { $profit }
sim-saturated = • With CPL up { $rise } per doubling of spend, on the extra spend: ad spend { $adSpend } ({ $ratio }× today's), projected net profit { $profit }
sim-feasibility = Feasibility (from the second line): { $level }
sim-feasibility-easy = 🟢 easy
sim-feasibility-moderate = 🟡 moderate
sim-feasibility-hard = 🟠 hard
sim-feasibility-unrealistic = 🔴 unrealistic
sim-change = To get there at today's ad spend ({ $current }/month) it would take a CVR of { $cvr } (now { $currentCvr }) or an AOV of { $aov } (now { $currentAov }).
sim-change-none = Today's ad spend ({ $current }/month) already covers this revenue.
sim-button-set-goal = 🎯 Set as goal
sim-goal-unchanged = The revenue goal for { $month } is already { $target }.
sim-goal-answer = Goal for { $month } set

## Settings (/settings)
command-settings =
    .description = Costs, thresholds, schedule
settings-menu = ⚙️ Settings of { $shop }. Pick a group:
settings-group-costs = 💰 Costs
settings-group-thresholds = 🚦 Alert thresholds
settings-group-ads = 📣 Ads
settings-group-schedule = ⏰ Schedule
settings-group-shop = 🏪 Shop
settings-group-title = { $group } · { $shop }
settings-group-hint = Press an item to change it, or type /settings <name> <value>.
settings-back = ⬅️ Back
settings-default-note = (default { $value })
settings-is-default = (default)
settings-shop-name = Name
settings-language = Language
settings-language-name = English
settings-on = on
settings-off = off
settings-unset-troas = not set, derived: break-even ROAS × 1.3
settings-unset-mcpl = not set, no CPL alert
settings-unset-tcpa = not set, derived: break-even CPA
settings-unset-tcpl = not set, derived: break-even CPL
settings-unset-asr = not set, derived: break-even ROAS × 1.3
settings-reapply-costs-only = Only costs can be re-applied to saved days (cost of goods, payment fee, shipping, fixed cost, return rate).
settings-reapply-bad-date = I could not read the date «{ $text }». Type a past day, e.g. /settings shipping 30k from 01/11.
settings-reapply-future = { $date } has not come yet: only saved days can take a cost again. Nothing was changed; type a past day, e.g. /settings shipping 30k from 01/11.
settings-reapply-none = No day is saved from { $from } to re-apply the costs to.
settings-reapply-preview =
    Apply the new { $cost } to { $days ->
        [one] the day
       *[other] the { $days } days
    } saved from { $from } to { $to }? Only their { $cost } changes; their other costs stay as saved. Net profit of those days: { $before } → { $after }. Nothing changes until you press Apply.
settings-reapply-button =
    ✅ Apply to { $days ->
        [one] one day
       *[other] { $days } days
    }
settings-reapply-keep-button = Keep them
settings-reapplied =
    ✅ Applied the new { $cost } to { $days ->
        [one] one day
       *[other] { $days } days
    } from { $from } to { $to }: net profit { $before } → { $after }. Their weekly reports were recomputed.
settings-reapply-declined = Kept the saved days as they were; the new costs apply from the next saved day.
settings-costs-note = New costs apply to the days saved from now on; days already saved keep their numbers.
settings-ask = { $setting }: now { $current }, default { $default }. Send the new value, e.g. { $example }.
settings-reset-button = ↩️ Back to default ({ $value })
settings-changed = ✅ { $setting }: { $before } → { $after }.
settings-bad-value = I could not read «{ $text }» for { $setting }. For example: { $example }.
settings-out-of-range = «{ $text }» is outside what { $setting } allows: from { $min } to { $max }.
settings-unknown-name = I don't know that setting. Type /settings help for the names, or /settings to pick with buttons.
settings-help-title = ⚙️ Setting names (type /settings <name> <value>, or <name> default):
settings-example-percent = 35%
settings-example-money = 30k
settings-example-factor = 1.5
settings-example-count = 5
settings-example-clock = 21:00 or 9pm
settings-example-weekday = monday or sunday
settings-example-switch = on or off
settings-example-zone = Asia/Ho_Chi_Minh
settings-example-money-order = 30k/order
settings-example-money-month = 14m/month
settings-example-money-lead = 25k/lead
settings-example-money-ad = 300k/ad
settings-money-per-order = { $money }/order
settings-money-per-month = { $money }/month
settings-money-per-lead = { $money }/lead
settings-money-per-ad = { $money }/ad
settings-money-per-month-day = { $money }/month ({ $approx ->
        [yes] ≈ { $perDay }
       *[no] { $perDay }
    }/day)
settings-factor-times = { $factor } times
settings-count-day = { $n ->
        [one] { $count } day
       *[other] { $count } days
    }
settings-count-order = { $n ->
        [one] { $count } order
       *[other] { $count } orders
    }
settings-count-impression = { $n ->
        [one] { $count } impression
       *[other] { $count } impressions
    }
settings-unit-order = per order
settings-unit-month = per month
settings-unit-lead = per lead
settings-unit-ad = per ad
settings-wrong-unit = «{ $text }»: { $setting } is { $unit }. E.g. { $example }.
settings-unit-read-as = The amount you typed is read as { $unit }.
settings-fixed-split = Each day counts its share of the month: about { $day30 }/day in a 30-day month, { $day31 }/day in a 31-day month; a whole month adds up to the amount exactly.
settings-unchanged = { $setting } is already { $value }: nothing changed.
setting-cogs = Cost of goods
setting-fee = Payment fee
setting-shipping = Shipping
setting-returns = Return rate
setting-fixed = Fixed cost
setting-target-roas = Target ROAS
setting-max-cpl = Max CPL
setting-min-cvr = Min CVR
setting-cpl-spike = CPL spike
setting-revenue-drop = Revenue drop
setting-aov-drop = AOV drop
setting-spend-up = Spend up
setting-orders-flat = Orders flat
setting-min-days = Min days
setting-goal-pace = Goal pace
setting-cpl-rise = CPL rise
setting-alerts = Alerts
setting-ad-min-days = Ad min days
setting-ad-min-spend = Ad min spend
setting-ad-kill = Kill multiplier
setting-target-cpa = Target CPA
setting-target-cpl = Target CPL
setting-ad-scale-roas = Scale ROAS
setting-ad-min-orders = Min orders
setting-ad-step = Scale step
setting-ad-min-ctr = Min CTR
setting-ad-min-impressions = Min impressions
setting-ad-cpm-spike = CPM spike
setting-reminder-on = Reminder
setting-reminder-time = Reminder time
setting-push-on = Weekly report
setting-push-day = Report day
setting-push-time = Report time
setting-day-closes = Day closes
setting-time-zone = Time zone
