-- params: [1797336000000,"pro","enterprise",1797336000000,"beta",1797336000000,1797336000000,"whale",1797336000000,1797336000000,1797336000000,"saas",30]
WITH seg_6 AS (SELECT s3."id" AS id
  FROM "users" s3
  WHERE (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM "property_history" h4
            WHERE h4."entity_type" = 'user'
            AND h4."entity_id" = s3."id"
            AND h4."property" = 'plan') THEN (SELECT max_by(json_extract_scalar(h5."value", '$'), ROW(h5."valid_from", COALESCE(h5."seq", BIGINT '-9223372036854775808')))
            FROM "property_history" h5
            WHERE h5."entity_type" = 'user'
            AND h5."entity_id" = s3."id"
            AND h5."property" = 'plan'
            AND h5."valid_from" <= CAST(? AS BIGINT)) ELSE s3."plan" END) IN (?, ?)), FALSE))) SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= CAST(? AS BIGINT))
AND ((e."id" IN (SELECT m1."entity_id"
      FROM "list_memberships" m1
      WHERE m1."list_id" = ?
      AND m1."entity_id" IS NOT NULL
      AND (m1."valid_from" IS NULL
        OR m1."valid_from" <= CAST(? AS BIGINT))
      AND (m1."valid_to" IS NULL
        OR m1."valid_to" > CAST(? AS BIGINT))))
  AND (NOT (e."id" IN (SELECT m2."entity_id"
        FROM "tag_assignments" m2
        WHERE m2."tag_id" = ?
        AND m2."entity_id" IS NOT NULL
        AND (m2."valid_from" IS NULL
          OR m2."valid_from" <= CAST(? AS BIGINT))
        AND (m2."valid_to" IS NULL
          OR m2."valid_to" > CAST(? AS BIGINT)))))
  AND (e."id" IN (SELECT id
      FROM seg_6))
  AND (NOT EXISTS (SELECT 1
      FROM "accounts" r7
      WHERE r7."id" = e."account_id"
      AND (r7."created_at" IS NULL
        OR r7."created_at" <= CAST(? AS BIGINT))
      AND NOT (COALESCE((r7."industry" = ?), FALSE))))
  AND (NOT (COALESCE((e."age" > ?), FALSE))))
ORDER BY 1
