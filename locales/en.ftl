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
common-cancelled = Cancelled. Nothing was saved.
common-nothing-to-cancel = Nothing is in progress.
common-too-many-attempts = That was 3 wrong answers, so I stopped here and saved nothing. Send /today to start again.
common-try-again = Please try again ({ $left } tries left).

## Onboarding
onboarding-welcome = 👋 Hi! I'm ShopPulse: every evening you send me 4 numbers (orders, revenue, ad spend, leads); I work out your profit and point at what to fix.
onboarding-ask-name = What is your shop called? (for example: Hoa Mai Shop)
onboarding-ask-new-shop-name = What is the new shop called?
onboarding-bad-name = The shop name needs 1 to 64 characters.
onboarding-ask-language = Which language do you prefer?
onboarding-pick-language = Please pick a language with the buttons below.
onboarding-ask-cogs =
    What share of revenue is the cost of goods? Type a number (for example 35 or 35%), or press the button to use the default { $default }.
onboarding-cogs-default-button = Use { $default }
onboarding-bad-cogs = I need a ratio between 0 and 95 %, for example 35 or 35%.
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
card-roas-vs-break-even = ROAS: { $value } · break-even { $breakEven } { $verdict }
card-net-profit = Net profit: { $value }
card-not-available = —
card-verdict-above = ✅ profitable
card-verdict-below = ⚠️ below break-even
card-verdict-equal = ➖ at break-even
card-no-break-even = ⚠️ With the current costs, ads cannot break even.
card-flag-overflow = Some metrics were too large to store and were left empty.
card-confirm-hint = Press Save to book it.
card-save = 💾 Save
card-edit = ✏️ Edit
card-change-date = 📅 Change date
card-saved = ✅ Saved the numbers for { $date }.
card-saved-answer = Saved
card-replaced-answer = Replaced the old numbers
card-discarded = This draft was replaced by the new one below.

quick-entry-help =
    I didn't understand that. To book a day, send 4 numbers in the order orders, revenue, ad spend, leads:
    15 8.5m 2m 85
    or labelled, in any order:
    orders 15 revenue 8.5m ads 2m leads 85
    Put a date first to fix a past day: yesterday 12 6m 1.5m 40 · 20/11 12 6m 1.5m 40
    Send /help to see every command.
quick-entry-wrong-count = I need exactly 4 numbers: orders, revenue, ad spend, leads. For example: 15 8.5m 2m 85
quick-entry-bad-value = { $field } “{ $value }” is not right: { $reason }
quick-entry-missing-field = { $field } is missing. For example: orders 15 revenue 8.5m ads 2m leads 85
quick-entry-duplicate-field = { $field } appears twice. Give each number once.

field-orders = Orders
field-revenue = Revenue
field-ad-spend = Ad spend
field-leads = Leads

error-money-empty = You didn't enter an amount.
error-money-invalid = I can't read that amount. Valid examples: 8500000, 8,500,000, 8.5m, 850k.
error-money-negative = The amount can't be negative.
error-money-too-large = That amount is too large (at most 1,000 billion ₫).
error-money-fraction = The amount must be a whole number of đồng.
error-count-empty = You didn't enter a number.
error-count-invalid = I need a whole number, for example 15.
error-count-negative = This number can't be negative.
error-count-fraction = I need a whole number (no decimals).
error-count-too-large = That number is too large.

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

## Shops
shop-list = Your shops (current: { $current }):
shop-new-button = ➕ Add a shop
shop-switched = Switched to { $shop }.
shop-current-mark = ✓ { $shop }

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

    Amounts can be written 8500000, 8,500,000, 8.5m, 850k, 1 tỷ.

    /today one number at a time · /edit a past day · /delete a day
    /shop switch shop · /lang language · /cancel cancel
help-no-shop = not set up yet
onboarding-too-many-attempts = That was 3 wrong answers, so I stopped here and created nothing. Send /start to try again.
