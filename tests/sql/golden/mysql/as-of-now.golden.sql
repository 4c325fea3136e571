-- params: ["purchased",10,"USD","EUR",-2592000000,-2592000000]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED))
AND ((EXISTS (SELECT 1
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`entity_id` = e.`id`
      AND ev1.`event` = ?
      AND ev1.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)
      AND COALESCE((CAST(NULLIF(JSON_EXTRACT(ev1.`properties`, '$."amount"'), CAST('null' AS JSON)) AS DOUBLE) >= ?), FALSE)
      AND COALESCE((JSON_UNQUOTE(NULLIF(JSON_EXTRACT(ev1.`properties`, '$."currency"'), CAST('null' AS JSON))) IN (?, ?)), FALSE)
      AND ev1.`time` > (CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) + ?)
      AND ev1.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)))
  AND (COALESCE((e.`created_at` > (CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) + ?)
        AND e.`created_at` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)), FALSE)))
ORDER BY 1
