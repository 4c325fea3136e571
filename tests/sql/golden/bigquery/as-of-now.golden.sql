-- params: {"p1":"purchased","p2":10,"p3":"USD","p4":"EUR","p5":-2592000000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= UNIX_MILLIS(CURRENT_TIMESTAMP()))
AND ((EXISTS (SELECT 1
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`entity_id` = e.`id`
      AND ev1.`event` = @p1
      AND ev1.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())
      AND (CAST(JSON_VALUE(ev1.`properties`, '$."amount"') AS FLOAT64) IS NOT NULL
        AND CAST(JSON_VALUE(ev1.`properties`, '$."amount"') AS FLOAT64) >= @p2)
      AND (JSON_VALUE(ev1.`properties`, '$."currency"') IS NOT NULL
        AND JSON_VALUE(ev1.`properties`, '$."currency"') IN (@p3, @p4))
      AND ev1.`time` > (UNIX_MILLIS(CURRENT_TIMESTAMP()) + @p5)
      AND ev1.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())))
  AND ((e.`created_at` IS NOT NULL
      AND e.`created_at` > (UNIX_MILLIS(CURRENT_TIMESTAMP()) + @p5)
      AND e.`created_at` <= UNIX_MILLIS(CURRENT_TIMESTAMP()))))
ORDER BY 1
