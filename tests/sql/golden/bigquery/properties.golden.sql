-- params: {"p1":1797336000000,"p2":"@example.com","p3":"US","p4":"DE","p5":18,"p6":65,"p7":1796731200000,"p8":"books","p9":"tech","p10":"music","p11":1794744000000,"p12":"free","p13":"purchased","p14":-2592000000,"p15":100}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND ((COALESCE((ENDS_WITH(TRANSLATE(e.`email`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), @p2)), FALSE))
  AND (NOT COALESCE((e.`country` IN (@p3, @p4)), FALSE))
  AND (COALESCE((e.`age` >= @p5
        AND e.`age` <= @p6), FALSE))
  AND (COALESCE((e.`marketing_consent` = TRUE), FALSE))
  AND (COALESCE((e.`last_seen_at` > @p7
        AND e.`last_seen_at` <= @p1), FALSE))
  AND (COALESCE((EXISTS (SELECT 1
          FROM UNNEST(JSON_VALUE_ARRAY(e.`interests`)) AS x1
          WHERE x1 IN (@p8, @p9))), FALSE))
  AND (COALESCE((EXISTS (SELECT 1
          FROM UNNEST(JSON_VALUE_ARRAY(e.`interests`)) AS x2
          WHERE x2 = @p10)), FALSE))
  AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h3
            WHERE h3.`entity_type` = 'user'
            AND h3.`entity_id` = e.`id`
            AND h3.`property` = 'plan') THEN (SELECT JSON_VALUE(h4.`value`)
            FROM `property_history` h4
            WHERE h4.`entity_type` = 'user'
            AND h4.`entity_id` = e.`id`
            AND h4.`property` = 'plan'
            AND h4.`valid_from` <= @p11
            ORDER BY h4.`valid_from` DESC, h4.`seq` DESC LIMIT 1) ELSE e.`plan` END) = @p12), FALSE))
  AND (COALESCE(((SELECT COALESCE(SUM(ROUND((CAST(JSON_VALUE(ev5.`properties`, '$."amount"') AS FLOAT64) * 1000000))), 0) / 1000000.0
          FROM `events` ev5
          WHERE ev5.`entity_id` = e.`id`
          AND ev5.`entity_type` = 'user'
          AND ev5.`event` = @p13
          AND ev5.`time` <= @p1
          AND ev5.`time` > (@p1 + @p14)
          AND ev5.`time` <= @p1) > @p15), FALSE)))
ORDER BY 1
