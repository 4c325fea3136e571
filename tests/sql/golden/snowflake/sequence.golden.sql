-- params: [1797336000000,"viewed_product","50%_off",1794744000000,"added_to_cart","purchased",1797249600000]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND (e."id" IN (WITH q2 AS (SELECT sid, st, st AS sb
      FROM (SELECT ev1."entity_id" AS sid, ev1."time" AS st, NULL AS sb, 0 AS sk
        FROM "events" ev1
        WHERE ev1."entity_type" = 'user'
        AND ev1."event" = :2
        AND ev1."time" <= :1
        AND COALESCE((POSITION(:3, TRANSLATE(STRIP_NULL_VALUE(GET(ev1."properties", 'category'))::STRING, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) > 0), FALSE)
        AND ev1."time" > :4
        AND ev1."time" <= :1
        AND ev1."entity_id" IS NOT NULL) s), q4 AS (SELECT sid, st, sk, MAX(sb) OVER (PARTITION BY sid
        ORDER BY st RANGE BETWEEN 86400000 PRECEDING
        AND 1 PRECEDING) AS sb
      FROM (SELECT sid, st, sb, 2 AS sk
        FROM q2 UNION ALL SELECT ev3."entity_id" AS sid, ev3."time" AS st, NULL AS sb, 0 AS sk
        FROM "events" ev3
        WHERE ev3."entity_type" = 'user'
        AND ev3."event" = :5
        AND ev3."time" <= :1
        AND ev3."time" > :4
        AND ev3."time" <= :1
        AND ev3."entity_id" IS NOT NULL) u), q6 AS (SELECT sid, st, sb, sk, MIN(CASE WHEN sk = 1 THEN st END) OVER (PARTITION BY sid
        ORDER BY st, sk ROWS BETWEEN 1 FOLLOWING
        AND UNBOUNDED FOLLOWING) AS sn
      FROM (SELECT sid, st, sb, 2 AS sk
        FROM q4
        WHERE q4.sk = 0
        AND q4.sb IS NOT NULL UNION ALL SELECT ev5."entity_id" AS sid, ev5."time" AS st, NULL AS sb, 1 AS sk
        FROM "events" ev5
        WHERE ev5."entity_type" = 'user'
        AND ev5."event" = :6
        AND ev5."time" <= :1
        AND ev5."entity_id" IS NOT NULL) u) SELECT sid
    FROM q6
    WHERE q6.sk = 2
    AND (q6.sn IS NULL
      OR q6.sn > q6.st + 86400000)
    AND q6.st <= :7
    AND st - sb <= 604800000))
ORDER BY 1
