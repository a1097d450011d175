ALTER TABLE "indicators" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "unit_en" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "group_name_en" text;--> statement-breakpoint
-- hand-written: the English names of the default catalogue for databases seeded before them
-- (server/features/reporting/indicator-catalogue.ts holds the same texts for new ones).
UPDATE "indicators" AS i SET "name_en" = e.name_en, "unit_en" = e.unit_en, "group_name_en" = e.group_name_en
FROM (VALUES
  ('DIR_DOCS', 'Directives and guidance on foreign information issued', 'documents', 'I. Direction and management'),
  ('NEWS_BY_CHANNEL', 'Foreign-information news items and articles published or broadcast, by medium', 'items', 'II. Press and media'),
  ('NEWS_BY_LANGUAGE', 'Foreign-information news items and articles, by language', 'items', 'II. Press and media'),
  ('BROADCAST_PROGRAMMES', 'Foreign-information radio and television programmes (ethnic languages included)', 'programmes', 'II. Press and media'),
  ('COLUMNS', 'Foreign-information pages and columns maintained', 'columns', 'II. Press and media'),
  ('PRESS_CONFERENCES', 'Press conferences and briefings for the press', 'events', 'III. Press relations'),
  ('PRESS_RELEASES', 'Press releases issued', 'releases', 'III. Press relations'),
  ('FOREIGN_REPORTERS', 'Foreign reporters received and accompanied', 'visits', 'III. Press relations'),
  ('FOREIGN_DELEGATIONS', 'Foreign delegations received', 'delegations', 'IV. External relations'),
  ('PUBLICATIONS', 'Foreign-information publications produced', 'titles', 'V. Publications and events'),
  ('PUBLICATION_COPIES', 'Copies of foreign-information publications', 'copies', 'V. Publications and events'),
  ('EVENTS', 'Events and activities with foreign-information content', 'events', 'V. Publications and events'),
  ('TRAINING_PARTICIPANTS', 'Participants trained in foreign-information work', 'participants', 'V. Publications and events'),
  ('CONTEST_ENTRIES', 'Contest entries (Happy Vietnam, National Award for Foreign Information)', 'entries', 'V. Publications and events'),
  ('FALSE_INFO_REBUTTED', 'News items and articles rebutting false or distorted information', 'items', 'VI. Countering false information'),
  ('SOVEREIGNTY_CASES', 'Products misrepresenting sovereignty or borders detected and handled', 'cases', 'VI. Countering false information'),
  ('BUDGET_SPENT', 'Spending on foreign-information work', 'million VND', 'VII. Funding')
) AS e(code, name_en, unit_en, group_name_en)
WHERE i.code = e.code AND i.name_en IS NULL;
