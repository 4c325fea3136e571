-- params: {"p1":1794744000000,"p2":"purchased","p3":1797336000000,"p4":-2592000000,"p5":"@example.com","p6":"US","p7":"DE","p8":18,"p9":65,"p10":1796731200000,"p11":"books","p12":"tech","p13":"music","p14":"free","p15":100}
SELECT e.`id` AS id
FROM `users` e LEFT JOIN (SELECT k, m, v
  FROM (SELECT h4.`entity_id` AS k, 1 AS m, CASE WHEN h4.`valid_from` <= @p1 THEN JSON_VALUE(h4.`value`) END AS v, ROW_NUMBER() OVER (PARTITION BY h4.`entity_id`
      ORDER BY CASE WHEN h4.`valid_from` <= @p1 THEN 0 ELSE 1 END, h4.`valid_from` DESC, CASE WHEN h4.`seq` IS NULL THEN 1 ELSE 0 END, h4.`seq` DESC) AS n
    FROM `property_history` h4
    WHERE h4.`entity_type` = 'user'
    AND h4.`property` = 'plan'
    AND h4.`entity_id` IS NOT NULL) h4w
  WHERE n = 1) j3 ON j3.k = e.`id` LEFT JOIN (SELECT ev6.`entity_id` AS k, 1 AS m, COALESCE(SUM(ROUND((CAST(JSON_VALUE(ev6.`properties`, '$."amount"') AS FLOAT64) * 1000000))), 0) / 1000000e0 AS v
  FROM `events` ev6
  WHERE ev6.`entity_type` = 'user'
  AND ev6.`event` = @p2
  AND ev6.`time` <= @p3
  AND ev6.`time` > (@p3 + @p4)
  AND ev6.`time` <= @p3
  AND ev6.`entity_id` IS NOT NULL GROUP BY ev6.`entity_id`) j5 ON j5.k = e.`id`
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p3)
AND ((COALESCE((ENDS_WITH(TRANSLATE(e.`email`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), @p5)), FALSE))
  AND (NOT COALESCE((e.`country` IN (@p6, @p7)), FALSE))
  AND (COALESCE((e.`age` >= @p8
        AND e.`age` <= @p9), FALSE))
  AND (COALESCE((e.`marketing_consent` = TRUE), FALSE))
  AND (COALESCE((e.`last_seen_at` > @p10
        AND e.`last_seen_at` <= @p3), FALSE))
  AND (COALESCE((EXISTS (SELECT 1
          FROM UNNEST(JSON_VALUE_ARRAY(e.`interests`)) AS x1
          WHERE x1 IN (@p11, @p12))), FALSE))
  AND (COALESCE((EXISTS (SELECT 1
          FROM UNNEST(JSON_VALUE_ARRAY(e.`interests`)) AS x2
          WHERE x2 = @p13)), FALSE))
  AND (COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE e.`plan` END) = @p14), FALSE))
  AND (COALESCE(((CASE WHEN j5.m = 1 THEN j5.v ELSE 0 END) > @p15), FALSE)))
ORDER BY 1
