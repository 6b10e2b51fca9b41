CREATE TABLE "heartbeats" (
	"node" text collate "C" PRIMARY KEY NOT NULL,
	"at" text collate "C" NOT NULL
);
