CREATE TABLE `heartbeats` (
	`node` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL
);
