-- params: [1797336000000,"DE",30,"@example.com","@example.com"]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((((CASE WHEN COALESCE((e.`country` = ?), FALSE) THEN 1 ELSE 0 END) + (CASE WHEN COALESCE((e.`age` > ?), FALSE) THEN 1 ELSE 0 END) + (CASE WHEN COALESCE((RIGHT(e.`email`, CHAR_LENGTH(?)) = ?), FALSE) THEN 1 ELSE 0 END)) >= 2))
ORDER BY 1
