-- params: [1797336000000,"beta",1797336000000,1797336000000,"whale",1797336000000,1797336000000,1797336000000,"pro","enterprise",1797336000000,"saas",30]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((EXISTS (SELECT 1
      FROM `list_memberships` m1
      WHERE m1.`list_id` = ?
      AND m1.`entity_id` = e.`id`
      AND (m1.`valid_from` IS NULL
        OR m1.`valid_from` <= ?)
      AND (m1.`valid_to` IS NULL
        OR ? < m1.`valid_to`)))
  AND (NOT EXISTS (SELECT 1
      FROM `tag_assignments` m2
      WHERE m2.`tag_id` = ?
      AND m2.`entity_id` = e.`id`
      AND (m2.`valid_from` IS NULL
        OR m2.`valid_from` <= ?)
      AND (m2.`valid_to` IS NULL
        OR ? < m2.`valid_to`)))
  AND (((COALESCE(((CASE WHEN EXISTS (SELECT 1
                FROM `property_history` h3
                WHERE h3.`entity_type` = 'user'
                AND h3.`entity_id` = e.`id`
                AND h3.`property` = 'plan') THEN (SELECT JSON_UNQUOTE(NULLIF(h4.`value`, CAST('null' AS JSON)))
                FROM `property_history` h4
                WHERE h4.`entity_type` = 'user'
                AND h4.`entity_id` = e.`id`
                AND h4.`property` = 'plan'
                AND h4.`valid_from` <= ?
                ORDER BY h4.`valid_from` DESC, h4.`seq` DESC LIMIT 1) ELSE e.`plan` END) IN (?, ?)), FALSE))))
  AND (NOT EXISTS (SELECT 1
      FROM `accounts` r5
      WHERE r5.`id` = e.`account_id`
      AND (r5.`created_at` IS NULL
        OR r5.`created_at` <= ?)
      AND NOT ((COALESCE((r5.`industry` = ?), FALSE)))))
  AND (NOT ((COALESCE((e.`age` > ?), FALSE)))))
ORDER BY 1
