-- params: [1797336000000,"purchased",10,"USD","EUR",1794744000000,1792152000000,20,200,"viewed_product",3,"opened_app",1795737600000,1796342400000,5,1796731200000,1793534400000,1796126400000,1794916800000,604800000]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((e."id" IN (SELECT ev1."entity_id"
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."event" = :2
      AND ev1."time" <= :1
      AND COALESCE((STRIP_NULL_VALUE(GET(ev1."properties", 'amount'))::DOUBLE >= :3), FALSE)
      AND COALESCE((STRIP_NULL_VALUE(GET(ev1."properties", 'currency'))::STRING IN (:4, :5)), FALSE)
      AND ev1."time" > :6
      AND ev1."time" <= :1
      AND ev1."entity_id" IS NOT NULL))
  AND (e."id" IN (SELECT ev2."entity_id"
      FROM "events" ev2
      WHERE ev2."entity_type" = 'user'
      AND ev2."event" = :2
      AND ev2."time" <= :1
      AND ev2."time" > :7
      AND ev2."time" <= :6
      AND ev2."entity_id" IS NOT NULL GROUP BY ev2."entity_id"
      HAVING COALESCE((SUM(ROUND((STRIP_NULL_VALUE(GET(ev2."properties", 'amount'))::DOUBLE * 1000000))) / (NULLIF(COUNT(STRIP_NULL_VALUE(GET(ev2."properties", 'amount'))::DOUBLE), 0) * 1000000e0) >= :8
          AND SUM(ROUND((STRIP_NULL_VALUE(GET(ev2."properties", 'amount'))::DOUBLE * 1000000))) / (NULLIF(COUNT(STRIP_NULL_VALUE(GET(ev2."properties", 'amount'))::DOUBLE), 0) * 1000000e0) <= :9), FALSE)))
  AND (e."id" IN (SELECT ev3."entity_id"
      FROM "events" ev3
      WHERE ev3."entity_type" = 'user'
      AND ev3."event" = :10
      AND ev3."time" <= :1
      AND ev3."time" <= :1
      AND ev3."entity_id" IS NOT NULL GROUP BY ev3."entity_id"
      HAVING COALESCE((COUNT(DISTINCT (TYPEOF(GET(ev3."properties", 'product')) || ':' || STRIP_NULL_VALUE(GET(ev3."properties", 'product'))::STRING)) >= :11), FALSE)))
  AND (e."id" IN (SELECT ev4."entity_id"
      FROM "events" ev4
      WHERE ev4."entity_type" = 'user'
      AND ev4."event" = :12
      AND ev4."time" <= :1
      AND ev4."time" >= :13
      AND ev4."time" < :14
      AND ev4."time" <= :1
      AND ev4."entity_id" IS NOT NULL GROUP BY ev4."entity_id"
      HAVING COALESCE((COUNT(DISTINCT FLOOR(ev4."time" / 86400000)) >= :15), FALSE)))
  AND (e."id" IN (SELECT ev5."entity_id"
      FROM "events" ev5
      WHERE ev5."entity_type" = 'user'
      AND ev5."event" = :2
      AND ev5."time" <= :1
      AND ev5."entity_id" IS NOT NULL GROUP BY ev5."entity_id"
      HAVING MIN(ev5."time") > :16
      AND MIN(ev5."time") <= :1))
  AND ((e."id" IN (SELECT ev6."entity_id"
        FROM "events" ev6
        WHERE ev6."entity_type" = 'user'
        AND ev6."event" = :12
        AND ev6."time" <= :1
        AND ev6."time" > :17
        AND ev6."time" <= :18
        AND ev6."entity_id" IS NOT NULL)
      AND NOT (e."id" IN (SELECT ev7."entity_id"
          FROM "events" ev7
          WHERE ev7."entity_type" = 'user'
          AND ev7."event" = :12
          AND ev7."time" <= :1
          AND ev7."time" > :18
          AND ev7."time" <= :1
          AND ev7."entity_id" IS NOT NULL))))
  AND (e."id" IN (SELECT ev8."entity_id"
      FROM "events" ev8
      WHERE ev8."entity_type" = 'user'
      AND ev8."event" = :12
      AND ev8."time" <= :1
      AND ev8."time" > :19
      AND ev8."entity_id" IS NOT NULL GROUP BY ev8."entity_id"
      HAVING COUNT(DISTINCT FLOOR((:1 - ev8."time") / :20)) >= :11)))
ORDER BY 1
