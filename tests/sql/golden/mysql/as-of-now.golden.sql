-- params: ["purchased",10,"USD","EUR",-2592000000,-2592000000]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED))
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = ?
      AND ev1.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)
      AND COALESCE((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev1.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev1.`properties`, '$."amount"') END AS DOUBLE) >= ?), FALSE)
      AND COALESCE((JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev1.`properties`, '$."currency"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev1.`properties`, '$."currency"') END) IN (?, ?)), FALSE)
      AND ev1.`time` > (CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) + ?)
      AND ev1.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)
      AND ev1.`entity_id` IS NOT NULL))
  AND (COALESCE((e.`created_at` > (CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) + ?)
        AND e.`created_at` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)), FALSE)))
ORDER BY 1
