-- params: [1797336000000,"opened_app",1794744000000,"viewed_product","added_to_cart","purchased",1797249600000]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND (e."id" IN (WITH q2 AS (SELECT sid, st, st AS sb
      FROM (SELECT ev1."entity_id" AS sid, ev1."time" AS st, NULL AS sb, 0 AS sk, NULL AS k
        FROM "events" ev1
        WHERE ev1."entity_type" = 'user'
        AND ev1."event" = :2
        AND ev1."time" <= :1
        AND ev1."time" > :3
        AND ev1."time" <= :1
        AND ev1."entity_id" IS NOT NULL) s), q4 AS (SELECT sid, st, sk, k, MAX(sb) OVER (PARTITION BY sid
        ORDER BY st, sk ROWS BETWEEN UNBOUNDED PRECEDING
        AND 1 PRECEDING) AS sb
      FROM (SELECT sid, st, sb, 2 AS sk, NULL AS k
        FROM q2 UNION ALL SELECT ev3."entity_id" AS sid, ev3."time" AS st, NULL AS sb, 0 AS sk, STRIP_NULL_VALUE(GET(ev3."properties", 'product'))::STRING AS k
        FROM "events" ev3
        WHERE ev3."entity_type" = 'user'
        AND ev3."event" = :4
        AND ev3."time" <= :1
        AND ev3."time" > :3
        AND ev3."time" <= :1
        AND ev3."entity_id" IS NOT NULL
        AND STRIP_NULL_VALUE(GET(ev3."properties", 'product'))::STRING IS NOT NULL) u), q5 AS (SELECT sid, st, sb, k
      FROM q4
      WHERE sk = 0
      AND sb IS NOT NULL), q8 AS (SELECT sid, st, sb, sk, k, SUM(CASE WHEN sk = 1
        AND k IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY sid
        ORDER BY st, sk ROWS UNBOUNDED PRECEDING) AS se, SUM(CASE WHEN sk = 1
        AND k IS NOT NULL THEN 1 ELSE 0 END) OVER (PARTITION BY sid, k
        ORDER BY st, sk ROWS UNBOUNDED PRECEDING) AS sek
      FROM (SELECT sid, st, sb, 2 AS sk, k AS k
        FROM q5 UNION ALL SELECT ev6."entity_id" AS sid, ev6."time" AS st, NULL AS sb, 0 AS sk, STRIP_NULL_VALUE(GET(ev6."properties", 'product'))::STRING AS k
        FROM "events" ev6
        WHERE ev6."entity_type" = 'user'
        AND ev6."event" = :5
        AND ev6."time" <= :1
        AND ev6."time" > :3
        AND ev6."time" <= :1
        AND ev6."entity_id" IS NOT NULL
        AND STRIP_NULL_VALUE(GET(ev6."properties", 'product'))::STRING IS NOT NULL UNION ALL SELECT ev7."entity_id" AS sid, ev7."time" AS st, NULL AS sb, 1 AS sk, NULL AS k
        FROM "events" ev7
        WHERE ev7."entity_type" = 'user'
        AND ev7."event" = :2
        AND ev7."time" <= :1
        AND ev7."entity_id" IS NOT NULL) u), q9 AS (SELECT sid, st, sk, k, MAX(sb) OVER (PARTITION BY sid, k, se, sek
        ORDER BY st RANGE BETWEEN 86400000 PRECEDING
        AND 1 PRECEDING) AS sb
      FROM q8), q10 AS (SELECT sid, st, sb, k
      FROM q9
      WHERE sk = 0
      AND sb IS NOT NULL), q12 AS (SELECT sid, st, sb, sk, k, MIN(CASE WHEN sk = 1 THEN st END) OVER (PARTITION BY sid, k
        ORDER BY st, sk ROWS BETWEEN 1 FOLLOWING
        AND UNBOUNDED FOLLOWING) AS sn
      FROM (SELECT sid, st, sb, 2 AS sk, k AS k
        FROM q10 UNION ALL SELECT ev11."entity_id" AS sid, ev11."time" AS st, NULL AS sb, 1 AS sk, STRIP_NULL_VALUE(GET(ev11."properties", 'product'))::STRING AS k
        FROM "events" ev11
        WHERE ev11."entity_type" = 'user'
        AND ev11."event" = :6
        AND ev11."time" <= :1
        AND ev11."entity_id" IS NOT NULL
        AND STRIP_NULL_VALUE(GET(ev11."properties", 'product'))::STRING IS NOT NULL) u), q13 AS (SELECT sid, st, sb, k
      FROM q12
      WHERE sk = 2
      AND (sn IS NULL
        OR sn > st + 86400000)
      AND st <= :7) SELECT sid
    FROM q13
    WHERE st - sb <= 604800000))
ORDER BY 1
