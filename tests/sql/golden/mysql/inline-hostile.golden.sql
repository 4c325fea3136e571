-- params: []
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= 1797336000000)
AND (((e.`name` IS NOT NULL
      AND e.`name` = 'O''Brien \\''; DROP TABLE users; --'))
  AND ((e.`email` IS NOT NULL
      AND LOCATE('%_\\', e.`email`) > 0))
  AND ((e.`age` IS NOT NULL
      AND e.`age` > 0.5)))
ORDER BY 1
