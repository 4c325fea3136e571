CREATE TABLE `users` (`id` STRING, `email` STRING, `name` STRING, `country` STRING, `plan` STRING, `ltv` FLOAT64, `age` FLOAT64, `marketing_consent` BOOL, `created_at` INT64, `last_seen_at` INT64, `interests` JSON, `account_id` STRING);
CREATE TABLE `accounts` (`id` STRING, `name` STRING, `industry` STRING, `arr` FLOAT64, `seats` FLOAT64, `plan` STRING, `created_at` INT64);
CREATE TABLE `events` (`entity_type` STRING, `entity_id` STRING, `event` STRING, `time` INT64, `properties` JSON);
CREATE TABLE `list_memberships` (`list_id` STRING, `entity_id` STRING, `valid_from` INT64, `valid_to` INT64);
CREATE TABLE `tag_assignments` (`tag_id` STRING, `entity_id` STRING, `valid_from` INT64, `valid_to` INT64);
CREATE TABLE `property_history` (`entity_type` STRING, `entity_id` STRING, `property` STRING, `value` JSON, `valid_from` INT64, `seq` INT64);
