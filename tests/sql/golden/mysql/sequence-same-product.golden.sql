-- params: [1797336000000,"opened_app",1797336000000,1794744000000,1797336000000,"viewed_product",1797336000000,1794744000000,1797336000000,"added_to_cart",1797336000000,1794744000000,1797336000000,"opened_app",1797336000000,1797249600000,"purchased",1797336000000]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND (e.`id` IN (WITH q2 AS (SELECT sid, st, st AS sb
      FROM (SELECT ev1.`entity_id` AS sid, ev1.`time` AS st, NULL AS sb, 0 AS sk, NULL AS k
        FROM `events` ev1
        WHERE ev1.`entity_type` = 'user'
        AND ev1.`event` = ?
        AND ev1.`time` <= ?
        AND ev1.`time` > ?
        AND ev1.`time` <= ?
        AND ev1.`entity_id` IS NOT NULL) s), q4 AS (SELECT sid, st, sk, k, MAX(sb) OVER (PARTITION BY sid
        ORDER BY st, sk ROWS BETWEEN UNBOUNDED PRECEDING
        AND 1 PRECEDING) AS sb
      FROM (SELECT sid, st, sb, 2 AS sk, NULL AS k
        FROM q2 UNION ALL SELECT ev3.`entity_id` AS sid, ev3.`time` AS st, NULL AS sb, 0 AS sk, JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev3.`properties`, '$."product"') END) AS k
        FROM `events` ev3
        WHERE ev3.`entity_type` = 'user'
        AND ev3.`event` = ?
        AND ev3.`time` <= ?
        AND ev3.`time` > ?
        AND ev3.`time` <= ?
        AND ev3.`entity_id` IS NOT NULL
        AND JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev3.`properties`, '$."product"') END) IS NOT NULL) u), q5 AS (SELECT sid, st, sb, k
      FROM q4
      WHERE sk = 0
      AND sb IS NOT NULL), q8 AS (SELECT sid, st, sb, sk, k, SUM(CASE WHEN sk = 1
        AND k IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY sid
        ORDER BY st, sk ROWS UNBOUNDED PRECEDING) AS se, SUM(CASE WHEN sk = 1
        AND k IS NOT NULL THEN 1 ELSE 0 END) OVER (PARTITION BY sid, k
        ORDER BY st, sk ROWS UNBOUNDED PRECEDING) AS sek
      FROM (SELECT sid, st, sb, 2 AS sk, k AS k
        FROM q5 UNION ALL SELECT ev6.`entity_id` AS sid, ev6.`time` AS st, NULL AS sb, 0 AS sk, JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev6.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev6.`properties`, '$."product"') END) AS k
        FROM `events` ev6
        WHERE ev6.`entity_type` = 'user'
        AND ev6.`event` = ?
        AND ev6.`time` <= ?
        AND ev6.`time` > ?
        AND ev6.`time` <= ?
        AND ev6.`entity_id` IS NOT NULL
        AND JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev6.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev6.`properties`, '$."product"') END) IS NOT NULL UNION ALL SELECT ev7.`entity_id` AS sid, ev7.`time` AS st, NULL AS sb, 1 AS sk, NULL AS k
        FROM `events` ev7
        WHERE ev7.`entity_type` = 'user'
        AND ev7.`event` = ?
        AND ev7.`time` <= ?
        AND ev7.`entity_id` IS NOT NULL) u), q9 AS (SELECT sid, st, sk, k, MAX(sb) OVER (PARTITION BY sid, k, se, sek
        ORDER BY st RANGE BETWEEN 86400000 PRECEDING
        AND 1 PRECEDING) AS sb
      FROM q8), q10 AS (SELECT sid, st, sb, k
      FROM q9
      WHERE sk = 0
      AND sb IS NOT NULL), q13 AS (SELECT r11.sid, r11.st, r11.sb, r11.k
      FROM q10 r11
      WHERE r11.st <= ?
      AND NOT EXISTS (SELECT 1
        FROM `events` ev12
        WHERE ev12.`entity_id` = r11.sid
        AND ev12.`entity_type` = 'user'
        AND ev12.`event` = ?
        AND ev12.`time` <= ?
        AND ev12.`entity_id` IS NOT NULL
        AND JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev12.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev12.`properties`, '$."product"') END) IS NOT NULL
        AND ev12.`time` > r11.st
        AND JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev12.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev12.`properties`, '$."product"') END) = r11.k
        AND ev12.`time` <= (r11.st + 86400000))) SELECT sid
    FROM q13
    WHERE st - sb <= 604800000))
ORDER BY 1
