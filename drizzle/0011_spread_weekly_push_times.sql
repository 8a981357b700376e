-- Shops still on the old default weekly push time (08:00) move to their own minute of 07:00–09:59, as new
-- shops get it: 420 + (the shop id's first 7 hex digits, 28 bits) mod 180 minutes after midnight.
UPDATE "shop_settings"
SET "weekly_push_time" = to_char(
  make_interval(mins => 420 + (('x' || substr("shop_id"::text, 1, 7))::bit(28)::int % 180)),
  'HH24:MI'
)
WHERE "weekly_push_time" = '08:00';
