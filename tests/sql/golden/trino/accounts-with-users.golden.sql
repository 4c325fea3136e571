-- params: [1797336000000,1797336000000,1797336000000,"pro","enterprise",3]
SELECT e."id" AS id
FROM "accounts" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= CAST(? AS BIGINT))
AND (COALESCE(((SELECT COUNT(*)
        FROM "users" r1
        WHERE r1."account_id" = e."id"
        AND (r1."created_at" IS NULL
          OR r1."created_at" <= CAST(? AS BIGINT))
        AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
                  FROM "property_history" h2
                  WHERE h2."entity_type" = 'user'
                  AND h2."entity_id" = r1."id"
                  AND h2."property" = 'plan') THEN (SELECT max_by(json_extract_scalar(h3."value", '$'), ROW(h3."valid_from", COALESCE(h3."seq", BIGINT '-9223372036854775808')))
                  FROM "property_history" h3
                  WHERE h3."entity_type" = 'user'
                  AND h3."entity_id" = r1."id"
                  AND h3."property" = 'plan'
                  AND h3."valid_from" <= CAST(? AS BIGINT)) ELSE r1."plan" END) IN (?, ?)), FALSE))) >= ?), FALSE))
ORDER BY 1
