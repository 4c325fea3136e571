-- params: {"p1":"viewed_product","p2":1797336000000,"p3":1796731200000,"p4":-2592000000,"p5":"Shoes","p6":"A","p7":"shoes","p8":"hats","p9":"Toys"}
SELECT e.`id` AS id
FROM `users` e LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k
      ORDER BY n DESC, v) AS rn
    FROM (SELECT ev2.`entity_id` AS k, MIN(JSON_VALUE(ev2.`properties`, '$."category"')) AS v, COUNT(*) AS n
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = @p1
      AND ev2.`time` <= @p2
      AND ev2.`time` <= @p2
      AND ev2.`entity_id` IS NOT NULL
      AND JSON_VALUE(ev2.`properties`, '$."category"') IS NOT NULL GROUP BY ev2.`entity_id`, JSON_VALUE(ev2.`properties`, '$."category"')) g) r
  WHERE rn = 1) j1 ON j1.k = e.`id` LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT ev4.`entity_id` AS k, JSON_VALUE(ev4.`properties`, '$."product"') AS v, ROW_NUMBER() OVER (PARTITION BY ev4.`entity_id`
      ORDER BY ev4.`time` DESC, JSON_VALUE(ev4.`properties`, '$."product"')) AS rn
    FROM `events` ev4
    WHERE ev4.`entity_type` = 'user'
    AND ev4.`event` = @p1
    AND ev4.`time` <= @p3
    AND ev4.`time` > (@p3 + @p4)
    AND ev4.`time` <= @p3
    AND ev4.`entity_id` IS NOT NULL
    AND JSON_VALUE(ev4.`properties`, '$."product"') IS NOT NULL) r
  WHERE rn = 1) j3 ON j3.k = e.`id`
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p2)
AND ((COALESCE(((CASE WHEN j1.m = 1 THEN j1.v ELSE NULL END) = @p5), FALSE))
  AND (NOT COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE NULL END) = @p6), FALSE))
  AND (e.`id` IN (SELECT ev5.`entity_id`
      FROM `events` ev5
      WHERE ev5.`entity_type` = 'user'
      AND ev5.`event` = @p1
      AND ev5.`time` <= @p2
      AND ev5.`time` <= @p2
      AND ev5.`entity_id` IS NOT NULL
      AND JSON_VALUE(ev5.`properties`, '$."category"') IS NOT NULL
      AND COALESCE((TRANSLATE(JSON_VALUE(ev5.`properties`, '$."category"'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') IN (@p7, @p8)), FALSE) GROUP BY ev5.`entity_id`
      HAVING COUNT(DISTINCT TRANSLATE(JSON_VALUE(ev5.`properties`, '$."category"'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) = 2))
  AND (NOT (e.`id` IN (SELECT ev6.`entity_id`
        FROM `events` ev6
        WHERE ev6.`entity_type` = 'user'
        AND ev6.`event` = @p1
        AND ev6.`time` <= @p2
        AND ev6.`time` <= @p2
        AND ev6.`entity_id` IS NOT NULL
        AND JSON_VALUE(ev6.`properties`, '$."category"') IS NOT NULL
        AND COALESCE((JSON_VALUE(ev6.`properties`, '$."category"') IN (@p9)), FALSE)))))
ORDER BY 1
