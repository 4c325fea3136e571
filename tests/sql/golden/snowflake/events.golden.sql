-- params: [1797336000000,"purchased",10,"USD","EUR",1794744000000,1792152000000,20,200,"viewed_product",3,"opened_app",1795737600000,1796342400000,5,1796731200000,1793534400000,1796126400000,604800000,1794916800000]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((EXISTS (SELECT 1
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."entity_id" = e."id"
      AND ev1."event" = :2
      AND ev1."time" <= :1
      AND COALESCE((STRIP_NULL_VALUE(GET(ev1."properties", 'amount'))::DOUBLE >= :3), FALSE)
      AND COALESCE((STRIP_NULL_VALUE(GET(ev1."properties", 'currency'))::STRING IN (:4, :5)), FALSE)
      AND ev1."time" > :6
      AND ev1."time" <= :1))
  AND (COALESCE(((SELECT AVG(STRIP_NULL_VALUE(GET(ev2."properties", 'amount'))::DOUBLE)
          FROM "events" ev2
          WHERE ev2."entity_type" = 'user'
          AND ev2."entity_id" = e."id"
          AND ev2."event" = :2
          AND ev2."time" <= :1
          AND ev2."time" > :7
          AND ev2."time" <= :6) >= :8
        AND (SELECT AVG(STRIP_NULL_VALUE(GET(ev2."properties", 'amount'))::DOUBLE)
          FROM "events" ev2
          WHERE ev2."entity_type" = 'user'
          AND ev2."entity_id" = e."id"
          AND ev2."event" = :2
          AND ev2."time" <= :1
          AND ev2."time" > :7
          AND ev2."time" <= :6) <= :9), FALSE))
  AND (COALESCE(((SELECT COUNT(DISTINCT (TYPEOF(GET(ev3."properties", 'product')) || ':' || STRIP_NULL_VALUE(GET(ev3."properties", 'product'))::STRING))
          FROM "events" ev3
          WHERE ev3."entity_type" = 'user'
          AND ev3."entity_id" = e."id"
          AND ev3."event" = :10
          AND ev3."time" <= :1
          AND ev3."time" <= :1) >= :11), FALSE))
  AND (COALESCE(((SELECT COUNT(DISTINCT FLOOR(ev4."time" / 86400000))
          FROM "events" ev4
          WHERE ev4."entity_type" = 'user'
          AND ev4."entity_id" = e."id"
          AND ev4."event" = :12
          AND ev4."time" <= :1
          AND ev4."time" >= :13
          AND ev4."time" < :14
          AND ev4."time" <= :1) >= :15), FALSE))
  AND (EXISTS (SELECT MIN(ev5."time")
      FROM "events" ev5
      WHERE ev5."entity_type" = 'user'
      AND ev5."entity_id" = e."id"
      AND ev5."event" = :2
      AND ev5."time" <= :1
      HAVING MIN(ev5."time") > :16
      AND MIN(ev5."time") <= :1))
  AND ((EXISTS (SELECT 1
        FROM "events" ev6
        WHERE ev6."entity_type" = 'user'
        AND ev6."entity_id" = e."id"
        AND ev6."event" = :12
        AND ev6."time" <= :1
        AND ev6."time" > :17
        AND ev6."time" <= :18)
      AND NOT EXISTS (SELECT 1
        FROM "events" ev7
        WHERE ev7."entity_type" = 'user'
        AND ev7."entity_id" = e."id"
        AND ev7."event" = :12
        AND ev7."time" <= :1
        AND ev7."time" > :18
        AND ev7."time" <= :1)))
  AND (COALESCE(((SELECT COUNT(DISTINCT FLOOR((:1 - ev8."time") / :19))
          FROM "events" ev8
          WHERE ev8."entity_type" = 'user'
          AND ev8."entity_id" = e."id"
          AND ev8."event" = :12
          AND ev8."time" <= :1
          AND ev8."time" > :20) >= :11), FALSE)))
ORDER BY 1
