-- params: {"p1":1797336000000,"p2":"DE","p3":30,"p4":"@example.com"}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND ((((CASE WHEN COALESCE((e.`country` = @p2), FALSE) THEN 1 ELSE 0 END) + (CASE WHEN COALESCE((e.`age` > @p3), FALSE) THEN 1 ELSE 0 END) + (CASE WHEN COALESCE((ENDS_WITH(e.`email`, @p4)), FALSE) THEN 1 ELSE 0 END)) >= 2))
ORDER BY 1
