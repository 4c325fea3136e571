-- params: [1797336000000,"beta","whale","pro","enterprise","saas",30]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((EXISTS (SELECT 1
      FROM "list_memberships" m1
      WHERE m1."list_id" = :2
      AND m1."entity_id" = e."id"
      AND (m1."valid_from" IS NULL
        OR m1."valid_from" <= :1)
      AND (m1."valid_to" IS NULL
        OR :1 < m1."valid_to")))
  AND (NOT EXISTS (SELECT 1
      FROM "tag_assignments" m2
      WHERE m2."tag_id" = :3
      AND m2."entity_id" = e."id"
      AND (m2."valid_from" IS NULL
        OR m2."valid_from" <= :1)
      AND (m2."valid_to" IS NULL
        OR :1 < m2."valid_to")))
  AND (((COALESCE(((CASE WHEN EXISTS (SELECT 1
                FROM "property_history" h3
                WHERE h3."entity_type" = 'user'
                AND h3."entity_id" = e."id"
                AND h3."property" = 'plan') THEN (SELECT MAX_BY(STRIP_NULL_VALUE(h4."value")::STRING, h4."valid_from" * 1000000000000000 + COALESCE(h4."seq", 0))
                FROM "property_history" h4
                WHERE h4."entity_type" = 'user'
                AND h4."entity_id" = e."id"
                AND h4."property" = 'plan'
                AND h4."valid_from" <= :1) ELSE e."plan" END) IN (:4, :5)), FALSE))))
  AND (NOT EXISTS (SELECT 1
      FROM "accounts" r5
      WHERE r5."id" = e."account_id"
      AND (r5."created_at" IS NULL
        OR r5."created_at" <= :1)
      AND NOT ((COALESCE((r5."industry" = :6), FALSE)))))
  AND (NOT ((COALESCE((e."age" > :7), FALSE)))))
ORDER BY 1
