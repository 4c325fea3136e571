-- params: [1797336000000,"pro","enterprise",3]
SELECT e."id" AS id
FROM "accounts" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND (COALESCE(((SELECT COUNT(*)
        FROM "users" r1
        WHERE r1."account_id" = e."id"
        AND (r1."created_at" IS NULL
          OR r1."created_at" <= :1)
        AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
                  FROM "property_history" h2
                  WHERE h2."entity_type" = 'user'
                  AND h2."entity_id" = r1."id"
                  AND h2."property" = 'plan') THEN (SELECT MAX_BY(STRIP_NULL_VALUE(h3."value")::STRING, h3."valid_from" * 1000000000000000 + COALESCE(h3."seq", 0))
                  FROM "property_history" h3
                  WHERE h3."entity_type" = 'user'
                  AND h3."entity_id" = r1."id"
                  AND h3."property" = 'plan'
                  AND h3."valid_from" <= :1) ELSE r1."plan" END) IN (:2, :3)), FALSE))) >= :4), FALSE))
ORDER BY 1
