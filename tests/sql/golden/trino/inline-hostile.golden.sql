-- params: []
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= 1797336000000)
AND ((COALESCE((e."name" = 'O''Brien \''; DROP TABLE users; --'), FALSE)) AND (COALESCE((strpos(e."email", '%_\') > 0), FALSE)) AND (COALESCE((e."age" > 0.5), FALSE))) ORDER BY 1
