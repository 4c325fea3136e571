-- params: {"p1":"purchased","p2":10,"p3":"USD","p4":"EUR","p5":-2592000000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= toUnixTimestamp64Milli(now64(3)))
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = {p1:String}
      AND ev1.`time` <= toUnixTimestamp64Milli(now64(3))
      AND COALESCE((JSONExtract(ev1.`properties`, 'amount', 'Nullable(Float64)') >= {p2:Float64}), false)
      AND COALESCE((JSONExtract(ev1.`properties`, 'currency', 'Nullable(String)') IN ({p3:String}, {p4:String})), false)
      AND ev1.`time` > (toUnixTimestamp64Milli(now64(3)) + {p5:Int64})
      AND ev1.`time` <= toUnixTimestamp64Milli(now64(3))
      AND ev1.`entity_id` IS NOT NULL))
  AND (COALESCE((e.`created_at` > (toUnixTimestamp64Milli(now64(3)) + {p5:Int64})
        AND e.`created_at` <= toUnixTimestamp64Milli(now64(3))), false)))
ORDER BY 1
