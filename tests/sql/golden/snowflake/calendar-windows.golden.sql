-- params: [1797336000000,"purchased",1796079600000,"opened_app",1795906800000,1797116400000,3,1796511600000,2]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((e."id" IN (SELECT ev1."entity_id"
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."event" = :2
      AND ev1."time" <= :1
      AND ev1."time" >= :3
      AND ev1."time" <= :1
      AND ev1."entity_id" IS NOT NULL))
  AND (e."id" IN (SELECT ev2."entity_id"
      FROM "events" ev2
      WHERE ev2."entity_type" = 'user'
      AND ev2."event" = :4
      AND ev2."time" <= :1
      AND ev2."time" >= :5
      AND ev2."time" < :6
      AND ev2."entity_id" IS NOT NULL GROUP BY ev2."entity_id"
      HAVING COALESCE((COUNT(DISTINCT DATEDIFF(day, '1970-01-01'::DATE, TO_DATE(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', TO_TIMESTAMP_NTZ(ev2."time", 3))))) >= :7), FALSE)))
  AND (e."id" IN (SELECT ev3."entity_id"
      FROM "events" ev3
      WHERE ev3."entity_type" = 'user'
      AND ev3."event" = :4
      AND ev3."time" <= :1
      AND ev3."time" >= :5
      AND ev3."entity_id" IS NOT NULL GROUP BY ev3."entity_id"
      HAVING COUNT(DISTINCT CASE WHEN ev3."time" >= :6 THEN 0 WHEN ev3."time" >= :8 THEN 1 WHEN ev3."time" >= :5 THEN 2 END) >= :9)))
ORDER BY 1
