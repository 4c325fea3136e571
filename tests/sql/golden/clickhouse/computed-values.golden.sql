-- params: {"p1":"viewed_product","p2":1797336000000,"p3":1796731200000,"p4":-2592000000,"p5":"Shoes","p6":"A","p7":"shoes","p8":"hats","p9":"Toys"}
SELECT e.`id` AS id
FROM `users` e LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k
      ORDER BY n DESC, v) AS rn
    FROM (SELECT ev2.`entity_id` AS k, MIN(JSONExtract(ev2.`properties`, 'category', 'Nullable(String)')) AS v, COUNT(*) AS n
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = {p1:String}
      AND ev2.`time` <= {p2:Int64}
      AND ev2.`time` <= {p2:Int64}
      AND ev2.`entity_id` IS NOT NULL
      AND JSONExtract(ev2.`properties`, 'category', 'Nullable(String)') IS NOT NULL GROUP BY ev2.`entity_id`, JSONExtract(ev2.`properties`, 'category', 'Nullable(String)')) g) r
  WHERE rn = 1) j1 ON j1.k = e.`id` LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT ev4.`entity_id` AS k, JSONExtract(ev4.`properties`, 'product', 'Nullable(String)') AS v, ROW_NUMBER() OVER (PARTITION BY ev4.`entity_id`
      ORDER BY ev4.`time` DESC, JSONExtract(ev4.`properties`, 'product', 'Nullable(String)')) AS rn
    FROM `events` ev4
    WHERE ev4.`entity_type` = 'user'
    AND ev4.`event` = {p1:String}
    AND ev4.`time` <= {p3:Int64}
    AND ev4.`time` > ({p3:Int64} + {p4:Int64})
    AND ev4.`time` <= {p3:Int64}
    AND ev4.`entity_id` IS NOT NULL
    AND JSONExtract(ev4.`properties`, 'product', 'Nullable(String)') IS NOT NULL) r
  WHERE rn = 1) j3 ON j3.k = e.`id`
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p2:Int64})
AND ((COALESCE(((CASE WHEN j1.m = 1 THEN j1.v ELSE NULL END) = {p5:String}), false))
  AND (NOT COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE NULL END) = {p6:String}), false))
  AND (e.`id` IN (SELECT ev5.`entity_id`
      FROM `events` ev5
      WHERE ev5.`entity_type` = 'user'
      AND ev5.`event` = {p1:String}
      AND ev5.`time` <= {p2:Int64}
      AND ev5.`time` <= {p2:Int64}
      AND ev5.`entity_id` IS NOT NULL
      AND JSONExtract(ev5.`properties`, 'category', 'Nullable(String)') IS NOT NULL
      AND COALESCE((lower(JSONExtract(ev5.`properties`, 'category', 'Nullable(String)')) IN ({p7:String}, {p8:String})), false) GROUP BY ev5.`entity_id`
      HAVING COUNT(DISTINCT lower(JSONExtract(ev5.`properties`, 'category', 'Nullable(String)'))) = 2))
  AND (NOT (e.`id` IN (SELECT ev6.`entity_id`
        FROM `events` ev6
        WHERE ev6.`entity_type` = 'user'
        AND ev6.`event` = {p1:String}
        AND ev6.`time` <= {p2:Int64}
        AND ev6.`time` <= {p2:Int64}
        AND ev6.`entity_id` IS NOT NULL
        AND JSONExtract(ev6.`properties`, 'category', 'Nullable(String)') IS NOT NULL
        AND COALESCE((JSONExtract(ev6.`properties`, 'category', 'Nullable(String)') IN ({p9:String})), false)))))
ORDER BY 1
