-- params: [1797336000000,"viewed_product","added_to_cart",20,1794744000000,3,"signed_up","purchased","opened_app","sent_ticket",1796731200000,2,2592000000]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((e."id" IN (SELECT ev1."entity_id"
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."event" IN (:2, :3)
      AND ev1."time" <= :1
      AND COALESCE((STRIP_NULL_VALUE(GET(ev1."properties", 'price'))::DOUBLE >= :4), FALSE)
      AND ev1."time" > :5
      AND ev1."time" <= :1
      AND ev1."entity_id" IS NOT NULL GROUP BY ev1."entity_id"
      HAVING COALESCE((COUNT(*) >= :6), FALSE)))
  AND (e."id" IN (SELECT ev2."entity_id"
      FROM "events" ev2
      WHERE ev2."entity_type" = 'user'
      AND ev2."event" IN (:7, :2, :3, :8, :9, :10)
      AND ev2."time" <= :1
      AND ev2."time" > :11
      AND ev2."time" <= :1
      AND ev2."entity_id" IS NOT NULL))
  AND (e."id" IN (SELECT nt4.sid
      FROM (SELECT ev3."entity_id" AS sid, ev3."time" AS st, ROW_NUMBER() OVER (PARTITION BY ev3."entity_id"
          ORDER BY ev3."time") AS sn, MIN(ev3."time") OVER (PARTITION BY ev3."entity_id") AS sf
        FROM "events" ev3
        WHERE ev3."entity_type" = 'user'
        AND ev3."event" = :8
        AND ev3."time" <= :1
        AND ev3."entity_id" IS NOT NULL) nt4
      WHERE nt4.sn = :12
      AND nt4.st > :5
      AND nt4.st <= :1
      AND nt4.st - nt4.sf <= :13))
  AND (e."id" IN (WITH q6 AS (SELECT sid, st, st AS sb
        FROM (SELECT ev5."entity_id" AS sid, ev5."time" AS st, NULL AS sb, 0 AS sk
          FROM "events" ev5
          WHERE ev5."entity_type" = 'user'
          AND ev5."event" IN (:2, :3)
          AND ev5."time" <= :1
          AND ev5."time" > :5
          AND ev5."time" <= :1
          AND ev5."entity_id" IS NOT NULL) s), q7 AS (SELECT sid, MIN(st) AS sb
        FROM q6 GROUP BY sid), q11 AS (SELECT c8.sid, c8.st, f9.sb
        FROM (SELECT ev10."entity_id" AS sid, ev10."time" AS st, NULL AS sb, 0 AS sk
          FROM "events" ev10
          WHERE ev10."entity_type" = 'user'
          AND ev10."event" = :8
          AND ev10."time" <= :1
          AND ev10."time" > :5
          AND ev10."time" <= :1
          AND ev10."entity_id" IS NOT NULL) c8 JOIN q7 f9 ON c8.sid = f9.sid
        WHERE c8.st > f9.sb), q13 AS (SELECT sid, st, sb, sk, MIN(CASE WHEN sk = 1 THEN st END) OVER (PARTITION BY sid
          ORDER BY st, sk ROWS BETWEEN 1 FOLLOWING
          AND UNBOUNDED FOLLOWING) AS sn
        FROM (SELECT sid, st, sb, 2 AS sk
          FROM q11 UNION ALL SELECT ev12."entity_id" AS sid, ev12."time" AS st, NULL AS sb, 1 AS sk
          FROM "events" ev12
          WHERE ev12."entity_type" = 'user'
          AND ev12."event" IN (:7, :2, :3, :8, :9, :10)
          AND ev12."time" <= :1
          AND ev12."entity_id" IS NOT NULL) u) SELECT sid
      FROM q13
      WHERE q13.sk = 2
      AND (q13.sn IS NULL
        OR q13.sn > q13.st + 604800000)
      AND q13.st <= :11)))
ORDER BY 1
