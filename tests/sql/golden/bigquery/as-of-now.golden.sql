-- params: {"p1":"purchased","p2":10,"p3":"USD","p4":"EUR","p5":-2592000000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= UNIX_MILLIS(CURRENT_TIMESTAMP()))
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = @p1
      AND ev1.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())
      AND COALESCE((CAST(JSON_VALUE(ev1.`properties`, '$."amount"') AS FLOAT64) >= @p2), FALSE)
      AND COALESCE((JSON_VALUE(ev1.`properties`, '$."currency"') IN (@p3, @p4)), FALSE)
      AND ev1.`time` > (UNIX_MILLIS(CURRENT_TIMESTAMP()) + @p5)
      AND ev1.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())
      AND ev1.`entity_id` IS NOT NULL))
  AND (COALESCE((e.`created_at` > (UNIX_MILLIS(CURRENT_TIMESTAMP()) + @p5)
        AND e.`created_at` <= UNIX_MILLIS(CURRENT_TIMESTAMP())), FALSE)))
ORDER BY 1
