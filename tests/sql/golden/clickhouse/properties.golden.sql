-- params: {"p1":1794744000000,"p2":"purchased","p3":1797336000000,"p4":-2592000000,"p5":"@example.com","p6":"US","p7":"DE","p8":18,"p9":65,"p10":1796731200000,"p11":"books","p12":"tech","p13":"music","p14":"free","p15":100}
SELECT e.`id` AS id
FROM `users` e LEFT JOIN (SELECT k, m, v
  FROM (SELECT h2.`entity_id` AS k, 1 AS m, CASE WHEN h2.`valid_from` <= {p1:Int64} THEN JSONExtract(h2.`value`, 'Nullable(String)') END AS v, ROW_NUMBER() OVER (PARTITION BY h2.`entity_id`
      ORDER BY CASE WHEN h2.`valid_from` <= {p1:Int64} THEN 0 ELSE 1 END, h2.`valid_from` DESC, CASE WHEN h2.`seq` IS NULL THEN 1 ELSE 0 END, h2.`seq` DESC) AS n
    FROM `property_history` h2
    WHERE h2.`entity_type` = 'user'
    AND h2.`property` = 'plan'
    AND h2.`entity_id` IS NOT NULL) h2w
  WHERE n = 1) j1 ON j1.k = e.`id` LEFT JOIN (SELECT ev4.`entity_id` AS k, 1 AS m, COALESCE(SUM(CASE WHEN (JSONExtract(ev4.`properties`, 'amount', 'Nullable(Float64)') * 1000000) < 0 THEN -FLOOR(0.5 - (JSONExtract(ev4.`properties`, 'amount', 'Nullable(Float64)') * 1000000)) ELSE FLOOR((JSONExtract(ev4.`properties`, 'amount', 'Nullable(Float64)') * 1000000) + 0.5) END), 0) / 1000000e0 AS v
  FROM `events` ev4
  WHERE ev4.`entity_type` = 'user'
  AND ev4.`event` = {p2:String}
  AND ev4.`time` <= {p3:Int64}
  AND ev4.`time` > ({p3:Int64} + {p4:Int64})
  AND ev4.`time` <= {p3:Int64}
  AND ev4.`entity_id` IS NOT NULL GROUP BY ev4.`entity_id`) j3 ON j3.k = e.`id`
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p3:Int64})
AND ((COALESCE((endsWith(lower(e.`email`), {p5:String})), false))
  AND (NOT COALESCE((e.`country` IN ({p6:String}, {p7:String})), false))
  AND (COALESCE((e.`age` >= {p8:Float64}
        AND e.`age` <= {p9:Float64}), false))
  AND (COALESCE((e.`marketing_consent` = true), false))
  AND (COALESCE((e.`last_seen_at` > {p10:Int64}
        AND e.`last_seen_at` <= {p3:Int64}), false))
  AND (COALESCE((hasAny(JSONExtract(e.`interests`, 'Array(String)'), [{p11:String}, {p12:String}])), false))
  AND (COALESCE((hasAll(JSONExtract(e.`interests`, 'Array(String)'), [{p13:String}])), false))
  AND (COALESCE(((CASE WHEN j1.m = 1 THEN j1.v ELSE e.`plan` END) = {p14:String}), false))
  AND (COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE 0 END) > {p15:Float64}), false)))
ORDER BY 1
