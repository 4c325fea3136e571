-- params: [1797336000000,"purchased",1797336000000,10,"USD","EUR",1794744000000,1797336000000,"purchased",1797336000000,1792152000000,1794744000000,20,200,"viewed_product",1797336000000,3,"opened_app",1797336000000,1795737600000,1796342400000,5,"purchased",1797336000000,1796731200000,1797336000000,"opened_app",1797336000000,1793534400000,1796126400000,"opened_app",1797336000000,1796126400000,1797336000000,1797336000000,604800000,"opened_app",1794916800000,3]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((EXISTS (SELECT 1
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."entity_id" = e."id"
      AND ev1."event" = :2
      AND ev1."time" <= :3
      AND (GET(ev1."properties", 'amount')::DOUBLE IS NOT NULL
        AND GET(ev1."properties", 'amount')::DOUBLE >= :4)
      AND (GET(ev1."properties", 'currency')::STRING IS NOT NULL
        AND GET(ev1."properties", 'currency')::STRING IN (:5, :6))
      AND ev1."time" > :7
      AND ev1."time" <= :8))
  AND (COALESCE(((SELECT AVG(GET(ev2."properties", 'amount')::DOUBLE)
          FROM "events" ev2
          WHERE ev2."entity_type" = 'user'
          AND ev2."entity_id" = e."id"
          AND ev2."event" = :9
          AND ev2."time" <= :10
          AND ev2."time" > :11
          AND ev2."time" <= :12) >= :13
        AND (SELECT AVG(GET(ev2."properties", 'amount')::DOUBLE)
          FROM "events" ev2
          WHERE ev2."entity_type" = 'user'
          AND ev2."entity_id" = e."id"
          AND ev2."event" = :9
          AND ev2."time" <= :10
          AND ev2."time" > :11
          AND ev2."time" <= :12) <= :14), FALSE))
  AND (COALESCE(((SELECT COUNT(DISTINCT (TYPEOF(GET(ev3."properties", 'product')) || ':' || GET(ev3."properties", 'product')::STRING))
          FROM "events" ev3
          WHERE ev3."entity_type" = 'user'
          AND ev3."entity_id" = e."id"
          AND ev3."event" = :15
          AND ev3."time" <= :16
          AND ev3."time" <= :16) >= :17), FALSE))
  AND (COALESCE(((SELECT COUNT(DISTINCT FLOOR(ev4."time" / 86400000))
          FROM "events" ev4
          WHERE ev4."entity_type" = 'user'
          AND ev4."entity_id" = e."id"
          AND ev4."event" = :18
          AND ev4."time" <= :19
          AND ev4."time" >= :20
          AND ev4."time" < :21
          AND ev4."time" <= :19) >= :22), FALSE))
  AND (EXISTS (SELECT 1
      FROM (SELECT MIN(ev5."time") AS t
        FROM "events" ev5
        WHERE ev5."entity_type" = 'user'
        AND ev5."entity_id" = e."id"
        AND ev5."event" = :23
        AND ev5."time" <= :24) f6
      WHERE f6.t IS NOT NULL
      AND f6.t > :25
      AND f6.t <= :26))
  AND ((EXISTS (SELECT 1
        FROM "events" ev7
        WHERE ev7."entity_type" = 'user'
        AND ev7."entity_id" = e."id"
        AND ev7."event" = :27
        AND ev7."time" <= :28
        AND ev7."time" > :29
        AND ev7."time" <= :30)
      AND NOT EXISTS (SELECT 1
        FROM "events" ev8
        WHERE ev8."entity_type" = 'user'
        AND ev8."entity_id" = e."id"
        AND ev8."event" = :31
        AND ev8."time" <= :32
        AND ev8."time" > :33
        AND ev8."time" <= :34)))
  AND (COALESCE(((SELECT COUNT(DISTINCT FLOOR((:35 - ev9."time") / :36))
          FROM "events" ev9
          WHERE ev9."entity_type" = 'user'
          AND ev9."entity_id" = e."id"
          AND ev9."event" = :37
          AND ev9."time" <= :35
          AND ev9."time" > :38) >= :39), FALSE)))
ORDER BY 1
