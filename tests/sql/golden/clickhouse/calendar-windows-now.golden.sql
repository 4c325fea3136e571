-- params: {"p1":"purchased","p2":"opened_app","p3":3,"p4":2}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= toUnixTimestamp64Milli(now64(3)))
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = {p1:String}
      AND ev1.`time` <= toUnixTimestamp64Milli(now64(3))
      AND ev1.`time` >= (toInt64(toUnixTimestamp(toDateTime(addMonths(toStartOfMonth(toDate32(now(), 'Europe/Berlin')), 0), 'Europe/Berlin'))) * 1000)
      AND ev1.`time` <= toUnixTimestamp64Milli(now64(3))
      AND ev1.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = {p2:String}
      AND ev2.`time` <= toUnixTimestamp64Milli(now64(3))
      AND ev2.`time` >= (toInt64(toUnixTimestamp(toDateTime(addDays(subtractDays(toDate32(now(), 'Europe/Berlin'), MOD(toDayOfWeek(toDate32(now(), 'Europe/Berlin')) + 0, 7)), -14), 'Europe/Berlin'))) * 1000)
      AND ev2.`time` < (toInt64(toUnixTimestamp(toDateTime(addDays(subtractDays(toDate32(now(), 'Europe/Berlin'), MOD(toDayOfWeek(toDate32(now(), 'Europe/Berlin')) + 0, 7)), 0), 'Europe/Berlin'))) * 1000)
      AND ev2.`time` <= toUnixTimestamp64Milli(now64(3))
      AND ev2.`entity_id` IS NOT NULL GROUP BY ev2.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT toRelativeDayNum(fromUnixTimestamp64Milli(toInt64(ev2.`time`), 'UTC'), 'Europe/Berlin')) >= {p3:Float64}), false)))
  AND (e.`id` IN (SELECT ev3.`entity_id`
      FROM `events` ev3
      WHERE ev3.`entity_type` = 'user'
      AND ev3.`event` = {p2:String}
      AND ev3.`time` <= toUnixTimestamp64Milli(now64(3))
      AND ev3.`time` >= (toInt64(toUnixTimestamp(toDateTime(addDays(subtractDays(toDate32(now(), 'Europe/Berlin'), MOD(toDayOfWeek(toDate32(now(), 'Europe/Berlin')) + 0, 7)), -14), 'Europe/Berlin'))) * 1000)
      AND ev3.`entity_id` IS NOT NULL GROUP BY ev3.`entity_id`
      HAVING COUNT(DISTINCT CASE WHEN ev3.`time` >= (toInt64(toUnixTimestamp(toDateTime(addDays(subtractDays(toDate32(now(), 'Europe/Berlin'), MOD(toDayOfWeek(toDate32(now(), 'Europe/Berlin')) + 0, 7)), 0), 'Europe/Berlin'))) * 1000) THEN 0 WHEN ev3.`time` >= (toInt64(toUnixTimestamp(toDateTime(addDays(subtractDays(toDate32(now(), 'Europe/Berlin'), MOD(toDayOfWeek(toDate32(now(), 'Europe/Berlin')) + 0, 7)), -7), 'Europe/Berlin'))) * 1000) THEN 1 WHEN ev3.`time` >= (toInt64(toUnixTimestamp(toDateTime(addDays(subtractDays(toDate32(now(), 'Europe/Berlin'), MOD(toDayOfWeek(toDate32(now(), 'Europe/Berlin')) + 0, 7)), -14), 'Europe/Berlin'))) * 1000) THEN 2 END) >= {p4:Float64})))
ORDER BY 1
