-- params: [1797336000000,"viewed_product","50%_off","added_to_cart",1794744000000,86400000,604800000,"purchased"]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((EXISTS (SELECT 1
      FROM "events" s1, "events" s2
      WHERE s1."entity_type" = 'user'
      AND s1."entity_id" = e."id"
      AND s1."event" = :2
      AND s1."time" <= :1
      AND COALESCE((POSITION(:3, TRANSLATE(STRIP_NULL_VALUE(GET(s1."properties", 'category'))::STRING, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) > 0), FALSE)
      AND s2."entity_type" = 'user'
      AND s2."entity_id" = e."id"
      AND s2."event" = :4
      AND s2."time" <= :1
      AND s1."time" > :5
      AND s1."time" <= :1
      AND s2."time" > :5
      AND s2."time" <= :1
      AND s2."time" > s1."time"
      AND s2."time" - s1."time" <= :6
      AND s2."time" - s1."time" <= :7
      AND NOT EXISTS (SELECT 1
        FROM "events" n3
        WHERE n3."entity_type" = 'user'
        AND n3."entity_id" = e."id"
        AND n3."event" = :8
        AND n3."time" <= :1
        AND n3."time" > s2."time"
        AND n3."time" <= s2."time" + :6))))
ORDER BY 1
