-- params: [1797336000000,1797336000000,"pro","enterprise",1797336000000,"beta",1797336000000,1797336000000,"whale",1797336000000,1797336000000,1797336000000,"saas",30]
WITH seg_6 AS (SELECT s3.`id` AS id
  FROM `users` s3 LEFT JOIN (SELECT k, m, v
    FROM (SELECT h5.`entity_id` AS k, 1 AS m, CASE WHEN h5.`valid_from` <= ? THEN JSON_UNQUOTE(CASE WHEN JSON_TYPE(h5.`value`) = 'NULL' THEN NULL ELSE h5.`value` END) END AS v, ROW_NUMBER() OVER (PARTITION BY h5.`entity_id`
        ORDER BY CASE WHEN h5.`valid_from` <= ? THEN 0 ELSE 1 END, h5.`valid_from` DESC, CASE WHEN h5.`seq` IS NULL THEN 1 ELSE 0 END, h5.`seq` DESC) AS n
      FROM `property_history` h5
      WHERE h5.`entity_type` = 'user'
      AND h5.`property` = 'plan'
      AND h5.`entity_id` IS NOT NULL) h5w
    WHERE n = 1) j4 ON j4.k = s3.`id`
  WHERE (COALESCE(((CASE WHEN j4.m = 1 THEN j4.v ELSE s3.`plan` END) IN (?, ?)), FALSE))) SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((e.`id` IN (SELECT m1.`entity_id`
      FROM `list_memberships` m1
      WHERE m1.`list_id` = ?
      AND m1.`entity_id` IS NOT NULL
      AND (m1.`valid_from` IS NULL
        OR m1.`valid_from` <= ?)
      AND (m1.`valid_to` IS NULL
        OR m1.`valid_to` > ?)))
  AND (NOT (e.`id` IN (SELECT m2.`entity_id`
        FROM `tag_assignments` m2
        WHERE m2.`tag_id` = ?
        AND m2.`entity_id` IS NOT NULL
        AND (m2.`valid_from` IS NULL
          OR m2.`valid_from` <= ?)
        AND (m2.`valid_to` IS NULL
          OR m2.`valid_to` > ?))))
  AND (e.`id` IN (SELECT id
      FROM seg_6))
  AND (NOT ((e.`account_id` IS NOT NULL
        AND e.`account_id` IN (SELECT r7.`id`
          FROM `accounts` r7
          WHERE r7.`id` IS NOT NULL
          AND (r7.`created_at` IS NULL
            OR r7.`created_at` <= ?)
          AND NOT (COALESCE((r7.`industry` = ?), FALSE))))))
  AND (NOT (COALESCE((e.`age` > ?), FALSE))))
ORDER BY 1
