-- Schema 9: which of an instance's ports it made itself (Nova's preserve_on_delete). A port the user
-- made and handed to a launch or to Attach Interface outlives its detach and the instance's delete,
-- unbound; the ports the instance made go with them.
ALTER TABLE ports ADD COLUMN preserve_on_delete INTEGER NOT NULL DEFAULT 0;
