-- params: ["purchased","opened_app",3,2]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP()))
AND ((e."id" IN (SELECT ev1."entity_id"
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."event" = :1
      AND ev1."time" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())
      AND ev1."time" >= DATE_PART(epoch_millisecond, CONVERT_TIMEZONE('Europe/Berlin', 'UTC', DATEADD(month, 0, DATE_TRUNC('month', CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ))))
      AND ev1."time" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())
      AND ev1."entity_id" IS NOT NULL))
  AND (e."id" IN (SELECT ev2."entity_id"
      FROM "events" ev2
      WHERE ev2."entity_type" = 'user'
      AND ev2."event" = :2
      AND ev2."time" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())
      AND ev2."time" >= DATE_PART(epoch_millisecond, CONVERT_TIMEZONE('Europe/Berlin', 'UTC', DATEADD(day, -14, DATEADD(day, -MOD(DAYOFWEEKISO(CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ) + 0, 7), DATE_TRUNC('day', CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ)))))
      AND ev2."time" < DATE_PART(epoch_millisecond, CONVERT_TIMEZONE('Europe/Berlin', 'UTC', DATEADD(day, 0, DATEADD(day, -MOD(DAYOFWEEKISO(CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ) + 0, 7), DATE_TRUNC('day', CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ)))))
      AND ev2."time" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())
      AND ev2."entity_id" IS NOT NULL GROUP BY ev2."entity_id"
      HAVING COALESCE((COUNT(DISTINCT DATEDIFF(day, '1970-01-01'::DATE, TO_DATE(CONVERT_TIMEZONE('UTC', 'Europe/Berlin', TO_TIMESTAMP_NTZ(ev2."time", 3))))) >= :3), FALSE)))
  AND (e."id" IN (SELECT ev3."entity_id"
      FROM "events" ev3
      WHERE ev3."entity_type" = 'user'
      AND ev3."event" = :2
      AND ev3."time" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())
      AND ev3."time" >= DATE_PART(epoch_millisecond, CONVERT_TIMEZONE('Europe/Berlin', 'UTC', DATEADD(day, -14, DATEADD(day, -MOD(DAYOFWEEKISO(CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ) + 0, 7), DATE_TRUNC('day', CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ)))))
      AND ev3."entity_id" IS NOT NULL GROUP BY ev3."entity_id"
      HAVING COUNT(DISTINCT CASE WHEN ev3."time" >= DATE_PART(epoch_millisecond, CONVERT_TIMEZONE('Europe/Berlin', 'UTC', DATEADD(day, 0, DATEADD(day, -MOD(DAYOFWEEKISO(CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ) + 0, 7), DATE_TRUNC('day', CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ))))) THEN 0 WHEN ev3."time" >= DATE_PART(epoch_millisecond, CONVERT_TIMEZONE('Europe/Berlin', 'UTC', DATEADD(day, -7, DATEADD(day, -MOD(DAYOFWEEKISO(CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ) + 0, 7), DATE_TRUNC('day', CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ))))) THEN 1 WHEN ev3."time" >= DATE_PART(epoch_millisecond, CONVERT_TIMEZONE('Europe/Berlin', 'UTC', DATEADD(day, -14, DATEADD(day, -MOD(DAYOFWEEKISO(CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ) + 0, 7), DATE_TRUNC('day', CONVERT_TIMEZONE('Europe/Berlin', CURRENT_TIMESTAMP())::TIMESTAMP_NTZ))))) THEN 2 END) >= :4)))
ORDER BY 1
