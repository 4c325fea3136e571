-- params: [1797336000000,"viewed_product","added_to_cart",1797336000000,20,1794744000000,1797336000000,3,"signed_up","viewed_product","added_to_cart","purchased","opened_app","sent_ticket",1797336000000,1796731200000,1797336000000,"purchased",1797336000000,2,1794744000000,1797336000000,2592000000,"viewed_product","added_to_cart",1797336000000,1794744000000,1797336000000,"purchased",1797336000000,1794744000000,1797336000000,1796731200000,"signed_up","viewed_product","added_to_cart","purchased","opened_app","sent_ticket",1797336000000]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` IN (?, ?)
      AND ev1.`time` <= ?
      AND COALESCE((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev1.`properties`, '$."price"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev1.`properties`, '$."price"') END AS DOUBLE) >= ?), FALSE)
      AND ev1.`time` > ?
      AND ev1.`time` <= ?
      AND ev1.`entity_id` IS NOT NULL GROUP BY ev1.`entity_id`
      HAVING COALESCE((COUNT(*) >= ?), FALSE)))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` IN (?, ?, ?, ?, ?, ?)
      AND ev2.`time` <= ?
      AND ev2.`time` > ?
      AND ev2.`time` <= ?
      AND ev2.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT nt4.sid
      FROM (SELECT ev3.`entity_id` AS sid, ev3.`time` AS st, ROW_NUMBER() OVER (PARTITION BY ev3.`entity_id`
          ORDER BY ev3.`time`) AS sn, MIN(ev3.`time`) OVER (PARTITION BY ev3.`entity_id`) AS sf
        FROM `events` ev3
        WHERE ev3.`entity_type` = 'user'
        AND ev3.`event` = ?
        AND ev3.`time` <= ?
        AND ev3.`entity_id` IS NOT NULL) nt4
      WHERE nt4.sn = ?
      AND nt4.st > ?
      AND nt4.st <= ?
      AND nt4.st - nt4.sf <= ?))
  AND (e.`id` IN (WITH q6 AS (SELECT sid, st, st AS sb
        FROM (SELECT ev5.`entity_id` AS sid, ev5.`time` AS st, NULL AS sb, 0 AS sk
          FROM `events` ev5
          WHERE ev5.`entity_type` = 'user'
          AND ev5.`event` IN (?, ?)
          AND ev5.`time` <= ?
          AND ev5.`time` > ?
          AND ev5.`time` <= ?
          AND ev5.`entity_id` IS NOT NULL) s), q7 AS (SELECT sid, MIN(st) AS sb
        FROM q6 GROUP BY sid), q11 AS (SELECT c8.sid, c8.st, f9.sb
        FROM (SELECT ev10.`entity_id` AS sid, ev10.`time` AS st, NULL AS sb, 0 AS sk
          FROM `events` ev10
          WHERE ev10.`entity_type` = 'user'
          AND ev10.`event` = ?
          AND ev10.`time` <= ?
          AND ev10.`time` > ?
          AND ev10.`time` <= ?
          AND ev10.`entity_id` IS NOT NULL) c8 JOIN q7 f9 ON c8.sid = f9.sid
        WHERE c8.st > f9.sb), q14 AS (SELECT r12.sid, r12.st, r12.sb
        FROM q11 r12
        WHERE r12.st <= ?
        AND NOT EXISTS (SELECT 1
          FROM `events` ev13
          WHERE ev13.`entity_id` = r12.sid
          AND ev13.`entity_type` = 'user'
          AND ev13.`event` IN (?, ?, ?, ?, ?, ?)
          AND ev13.`time` <= ?
          AND ev13.`time` > r12.st
          AND ev13.`time` <= (r12.st + 604800000))) SELECT sid
      FROM q14)))
ORDER BY 1
