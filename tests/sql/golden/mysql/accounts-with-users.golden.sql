-- params: [1797336000000,1797336000000,1797336000000,1797336000000,"pro","enterprise",3]
SELECT e.`id` AS id
FROM `accounts` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND (e.`id` IN (SELECT r1.`account_id`
    FROM `users` r1 LEFT JOIN (SELECT k, m, v
      FROM (SELECT h3.`entity_id` AS k, 1 AS m, CASE WHEN h3.`valid_from` <= ? THEN JSON_UNQUOTE(CASE WHEN JSON_TYPE(h3.`value`) = 'NULL' THEN NULL ELSE h3.`value` END) END AS v, ROW_NUMBER() OVER (PARTITION BY h3.`entity_id`
          ORDER BY CASE WHEN h3.`valid_from` <= ? THEN 0 ELSE 1 END, h3.`valid_from` DESC, CASE WHEN h3.`seq` IS NULL THEN 1 ELSE 0 END, h3.`seq` DESC) AS n
        FROM `property_history` h3
        WHERE h3.`entity_type` = 'user'
        AND h3.`property` = 'plan'
        AND h3.`entity_id` IS NOT NULL) h3w
      WHERE n = 1) j2 ON j2.k = r1.`id`
    WHERE r1.`account_id` IS NOT NULL
    AND (r1.`created_at` IS NULL
      OR r1.`created_at` <= ?)
    AND (COALESCE(((CASE WHEN j2.m = 1 THEN j2.v ELSE r1.`plan` END) IN (?, ?)), FALSE)) GROUP BY r1.`account_id`
    HAVING (COUNT(*) >= ?)))
ORDER BY 1
