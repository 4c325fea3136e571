-- params: {"p1":1797336000000,"p2":"@example.com","p3":"US","p4":"DE","p5":18,"p6":65,"p7":1796731200000,"p8":"books","p9":"tech","p10":"music","p11":1794744000000,"p12":"free","p13":"purchased","p14":-2592000000,"p15":100}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p1:Int64})
AND ((COALESCE((endsWith(lower(e.`email`), {p2:String})), false))
  AND (NOT COALESCE((e.`country` IN ({p3:String}, {p4:String})), false))
  AND (COALESCE((e.`age` >= {p5:Float64}
        AND e.`age` <= {p6:Float64}), false))
  AND (COALESCE((e.`marketing_consent` = true), false))
  AND (COALESCE((e.`last_seen_at` > {p7:Int64}
        AND e.`last_seen_at` <= {p1:Int64}), false))
  AND (COALESCE((hasAny(JSONExtract(e.`interests`, 'Array(String)'), [{p8:String}, {p9:String}])), false))
  AND (COALESCE((hasAll(JSONExtract(e.`interests`, 'Array(String)'), [{p10:String}])), false))
  AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h1
            WHERE h1.`entity_type` = 'user'
            AND h1.`entity_id` = e.`id`
            AND h1.`property` = 'plan') THEN (SELECT tupleElement(argMax(tuple(JSONExtract(h2.`value`, 'Nullable(String)')), tuple(h2.`valid_from`, h2.`seq`)), 1)
            FROM `property_history` h2
            WHERE h2.`entity_type` = 'user'
            AND h2.`entity_id` = e.`id`
            AND h2.`property` = 'plan'
            AND h2.`valid_from` <= {p11:Int64}) ELSE e.`plan` END) = {p12:String}), false))
  AND (COALESCE(((SELECT COALESCE(SUM(CASE WHEN (JSONExtract(ev3.`properties`, 'amount', 'Nullable(Float64)') * 1000000) < 0 THEN -FLOOR(0.5 - (JSONExtract(ev3.`properties`, 'amount', 'Nullable(Float64)') * 1000000)) ELSE FLOOR((JSONExtract(ev3.`properties`, 'amount', 'Nullable(Float64)') * 1000000) + 0.5) END), 0) / 1000000.0
          FROM `events` ev3
          WHERE ev3.`entity_id` = e.`id`
          AND ev3.`entity_type` = 'user'
          AND ev3.`event` = {p13:String}
          AND ev3.`time` <= {p1:Int64}
          AND ev3.`time` > ({p1:Int64} + {p14:Int64})
          AND ev3.`time` <= {p1:Int64}) > {p15:Float64}), false)))
ORDER BY 1
