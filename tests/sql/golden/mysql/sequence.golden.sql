-- params: [1797336000000,"viewed_product",1797336000000,"50%_off",1794744000000,1797336000000,"added_to_cart",1797336000000,1794744000000,1797336000000,1797249600000,"purchased",1797336000000]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND (e.`id` IN (WITH q2 AS (SELECT sid, st, st AS sb
      FROM (SELECT ev1.`entity_id` AS sid, ev1.`time` AS st, NULL AS sb, 0 AS sk
        FROM `events` ev1
        WHERE ev1.`entity_type` = 'user'
        AND ev1.`event` = ?
        AND ev1.`time` <= ?
        AND COALESCE((LOCATE(?, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev1.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev1.`properties`, '$."category"') END), 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z')) > 0), FALSE)
        AND ev1.`time` > ?
        AND ev1.`time` <= ?
        AND ev1.`entity_id` IS NOT NULL) s), q4 AS (SELECT sid, st, sk, MAX(sb) OVER (PARTITION BY sid
        ORDER BY st RANGE BETWEEN 86400000 PRECEDING
        AND 1 PRECEDING) AS sb
      FROM (SELECT sid, st, sb, 2 AS sk
        FROM q2 UNION ALL SELECT ev3.`entity_id` AS sid, ev3.`time` AS st, NULL AS sb, 0 AS sk
        FROM `events` ev3
        WHERE ev3.`entity_type` = 'user'
        AND ev3.`event` = ?
        AND ev3.`time` <= ?
        AND ev3.`time` > ?
        AND ev3.`time` <= ?
        AND ev3.`entity_id` IS NOT NULL) u), q7 AS (SELECT r5.sid, r5.st, r5.sb
      FROM q4 r5
      WHERE r5.sk = 0
      AND r5.sb IS NOT NULL
      AND r5.st <= ?
      AND NOT EXISTS (SELECT 1
        FROM `events` ev6
        WHERE ev6.`entity_id` = r5.sid
        AND ev6.`entity_type` = 'user'
        AND ev6.`event` = ?
        AND ev6.`time` <= ?
        AND ev6.`time` > r5.st
        AND ev6.`time` <= (r5.st + 86400000))) SELECT sid
    FROM q7
    WHERE st - sb <= 604800000))
ORDER BY 1
